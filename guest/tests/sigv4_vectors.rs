//! Wire conformance: requests built from the same parameters by the guest's request
//! builder and signer must equal botocore's byte for byte (URL, body, Authorization).
//! The vectors were signed by botocore at a fixed time; see tests/vectors/.

use s3tables_mcp_guest::aws::{endpoint, request, sign};
use s3tables_mcp_guest::config::Credentials;
use s3tables_mcp_guest::tools::args::structure_to_wire;
use serde_json::Value;
use std::time::{Duration, SystemTime};

/// 2025-01-02T03:04:05Z, the vectors' signing time.
fn vector_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_735_787_045)
}

fn load(name: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(name);
    serde_json::from_str(
        &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .expect("valid JSON")
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Builds and signs `operation` (a snake_case tool name) with `params` in the model's names.
fn build_signed(
    operation: &str,
    params: &Value,
    region: &str,
    token: Option<&str>,
) -> s3tables_mcp_guest::http::HttpRequest {
    let op =
        s3tables_ops::find(operation).unwrap_or_else(|| panic!("unknown operation {operation}"));
    let shape = op.input.expect("operation has input").get();
    let input = structure_to_wire(
        shape,
        shape.members(),
        false,
        params.as_object().expect("params object"),
        "",
    )
    .unwrap_or_else(|e| panic!("{operation}: {e}"));
    let ep = endpoint::resolve(region, None).expect("endpoint");
    let mut req = request::build(op, &input, &ep).expect("request");
    let creds = Credentials {
        access_key_id: "AKIDEXAMPLE".into(),
        secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
        session_token: token.map(str::to_string),
    };
    sign::sign_for(
        sign::Service::S3Tables,
        &mut req,
        &creds,
        region,
        vector_time(),
    )
    .expect("signed");
    req
}

#[test]
fn every_botocore_vector_matches() {
    let vectors = load("sigv4-vectors.json");
    let cases = vectors["cases"].as_array().expect("cases");
    assert!(cases.len() >= 21);
    for case in cases {
        let operation = case["operation"].as_str().expect("operation");
        let req = build_signed(operation, &case["params"], "us-east-1", None);
        assert_eq!(req.method, case["method"], "{operation}: method");
        assert_eq!(req.url, case["url"], "{operation}: url");
        let body = String::from_utf8(req.body.clone()).expect("utf-8");
        match case["body"].as_str() {
            Some(expected) => {
                assert_eq!(body, expected, "{operation}: body");
                assert_eq!(
                    header(&req.headers, "content-type"),
                    Some("application/json"),
                    "{operation}"
                );
            }
            None => assert!(body.is_empty(), "{operation}: unexpected body {body}"),
        }
        assert_eq!(
            header(&req.headers, "x-amz-date"),
            case["headers"]["X-Amz-Date"].as_str(),
            "{operation}: date"
        );
        assert_eq!(
            header(&req.headers, "authorization"),
            case["headers"]["Authorization"].as_str(),
            "{operation}: signature\ncanonical request expected:\n{}",
            case["canonical_request"].as_str().unwrap_or("")
        );
    }
}

#[test]
fn session_token_vector_matches() {
    let extra = load("sigv4-vectors-extra.json");
    let case = extra
        .as_array()
        .expect("list")
        .iter()
        .find(|c| {
            c["case"]
                .as_str()
                .is_some_and(|s| s.starts_with("ListNamespaces with session token"))
        })
        .expect("session token case");
    let params = serde_json::json!({"tableBucketARN": "arn:aws:s3tables:eu-west-1:111122223333:bucket/my-bucket", "prefix": "sa"});
    let req = build_signed(
        "list_namespaces",
        &params,
        "eu-west-1",
        Some("SESSIONTOKENEXAMPLE"),
    );
    assert_eq!(req.url, case["url"]);
    assert_eq!(
        header(&req.headers, "x-amz-security-token"),
        Some("SESSIONTOKENEXAMPLE")
    );
    assert_eq!(
        header(&req.headers, "authorization"),
        case["headers"]["Authorization"].as_str()
    );
}
