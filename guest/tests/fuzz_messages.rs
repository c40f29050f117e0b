//! Fuzzing the guest's message entry point with proptest: whatever arrives, the guest does
//! not panic, and every input that is a JSON-RPC request gets exactly one valid response
//! carrying its id. 100,000 cases by default (CI); `just fuzz` runs more
//! (`FUZZ_CASES=N`).

use proptest::prelude::*;
use s3tables_mcp_guest::aws::{Client, FixedClock};
use s3tables_mcp_guest::config::{Config, Credentials};
use s3tables_mcp_guest::http::{HttpRequest, HttpResponse, Transport, TransportError};
use serde_json::{json, Map, Value};
use std::time::SystemTime;

/// Answers every request with an empty JSON object.
struct Empty;

impl Transport for Empty {
    fn send(&self, _: &HttpRequest) -> Result<HttpResponse, TransportError> {
        Ok(HttpResponse {
            status: 200,
            headers: vec![],
            body: b"{}".to_vec(),
        })
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("arn:aws:s3tables:us-east-1:111122223333:bucket/bkt"),
            Just("../x"),
            Just("%2F"),
            Just("sales"),
            Just("ICEBERG")
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((arg_name(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn arg_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "table_bucket_arn",
            "namespace",
            "name",
            "format",
            "metadata",
            "iceberg",
            "schema",
            "fields",
            "type",
            "region_name",
            "max_results",
            "prefix",
            "encryption_configuration",
            "sse_algorithm",
            "resource_policy",
            "table_arn",
            "tags",
            "version_token",
            "value",
            "settings",
            "continuation_token",
            "tag_keys",
        ])
        .prop_map(str::to_string),
        "[a-z_]{1,10}",
    ]
}

fn tool_name() -> impl Strategy<Value = String> {
    let known: Vec<String> = s3tables_ops::OPS
        .iter()
        .map(|o| o.tool.to_string())
        .collect();
    prop_oneof![
        prop::sample::select(known),
        "[a-z_]{0,20}",
        Just("get_maintenance_job_status".to_string())
    ]
}

fn message() -> impl Strategy<Value = String> {
    let method = prop_oneof![
        prop::sample::select(vec![
            "initialize",
            "ping",
            "tools/list",
            "tools/call",
            "notifications/initialized",
            "notifications/cancelled"
        ])
        .prop_map(str::to_string),
        "\\PC{0,16}",
    ];
    let id = prop_oneof![
        Just(None),
        any::<i32>().prop_map(|i| Some(json!(i))),
        "\\PC{0,8}".prop_map(|s| Some(json!(s))),
        Just(Some(Value::Null)),
        Just(Some(json!({"nested": 1}))),
    ];
    let version = prop_oneof![4 => Just(Some(json!("2.0"))), 1 => Just(None), 1 => Just(Some(json!("1.0"))), 1 => Just(Some(json!(2)))];
    let call_params = (tool_name(), json_value()).prop_map(|(name, args)| {
        let args = match args {
            Value::Object(_) | Value::Null => args,
            other => json!({"table_bucket_arn": other}),
        };
        json!({"name": name, "arguments": args})
    });
    let params = prop_oneof![
        Just(None),
        json_value().prop_map(Some),
        call_params.prop_map(Some)
    ];
    let structured = (version, id, method, params).prop_map(|(v, id, m, p)| {
        let mut obj = Map::new();
        if let Some(v) = v {
            obj.insert("jsonrpc".into(), v);
        }
        if let Some(id) = id {
            obj.insert("id".into(), id);
        }
        obj.insert("method".into(), json!(m));
        if let Some(p) = p {
            obj.insert("params".into(), p);
        }
        Value::Object(obj).to_string()
    });
    prop_oneof![6 => structured, 1 => "\\PC{0,64}", 1 => json_value().prop_map(|v| v.to_string())]
}

/// The id of a well-formed request, if the input is one.
fn request_id(input: &str) -> Option<Value> {
    let v: Value = serde_json::from_str(input).ok()?;
    let obj = v.as_object()?;
    let ok = obj.get("jsonrpc") == Some(&json!("2.0"))
        && obj.get("method").is_some_and(Value::is_string);
    let id = obj.get("id")?;
    (ok && (id.is_string() || id.is_number())).then(|| id.clone())
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_request_gets_one_valid_response(input in message(), allow_write in any::<bool>()) {
        let args: &[&str] = if allow_write { &["--allow-write", "--allow-destructive", "--toolsets", "all"] } else { &[] };
        let mut config = Config::from_args_env(args.iter().copied(), |_| None).expect("config");
        config.credentials = Some(Credentials { access_key_id: "AK".into(), secret_access_key: "SK".into(), session_token: None });
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&config, &Empty, &clock);
        let out = s3tables_mcp_guest::mcp::handle(&client, &input);
        prop_assert!(out.len() <= 1);
        for line in &out {
            let v: Value = serde_json::from_str(line).expect("responses are JSON");
            prop_assert_eq!(&v["jsonrpc"], "2.0");
            prop_assert!(v.get("result").is_some() != v.get("error").is_some(), "one of result/error: {}", line);
            if let Some(e) = v.get("error") {
                prop_assert!(e["code"].is_i64() && e["message"].is_string());
            }
        }
        if let Some(id) = request_id(&input) {
            prop_assert_eq!(out.len(), 1, "a request gets a response: {}", input);
            let v: Value = serde_json::from_str(&out[0]).expect("JSON");
            prop_assert_eq!(&v["id"], &id);
        }
    }
}
