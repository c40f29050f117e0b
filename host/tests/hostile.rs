//! The host's gates against a hostile guest: a test component that sends whatever request
//! it is told. Whatever it tries, the host allows only S3 Tables routes on the configured
//! endpoint, and only reads while read-only — denied requests never leave the host. On S3 it
//! allows only reads of table buckets' objects and of bucket metadata configurations.

mod common;

use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::{CustomEndpoint, Policy, Regions};
use s3tables_ops::grants::{Grants, Writes};
use s3tables_ops::{Access, OpSpec, OPS};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

static HOSTILE: &[u8] = include_bytes!(env!("S3TABLES_MCP_HOSTILE_WASM"));

/// A loopback endpoint that answers 200 to anything and counts the requests that reach it.
async fn counting_endpoint() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let authority = listener.local_addr().expect("addr").to_string();
    let count = Arc::new(AtomicUsize::new(0));
    let seen = count.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let seen = seen.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                // The head, and for a chunked body its (empty) last chunk.
                let complete = |buf: &[u8]| {
                    let text = String::from_utf8_lossy(buf).to_ascii_lowercase();
                    text.contains("\r\n\r\n")
                        && (!text.contains("transfer-encoding: chunked")
                            || text.ends_with("0\r\n\r\n"))
                };
                while !complete(&buf) {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                seen.fetch_add(1, Ordering::SeqCst);
                let _ = sock
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
            });
        }
    });
    (authority, count)
}

/// Every attempt was refused by the host, and `reached` (requests the endpoints counted) is 0.
fn assert_all_denied(seen: &[String], reached: usize) {
    assert!(
        seen.iter().all(|s| s.ends_with("HttpRequestDenied")),
        "{seen:?}"
    );
    assert_eq!(reached, 0, "nothing reached the endpoint");
}

fn policy(authority: &str, writes: Writes) -> Policy {
    Policy {
        // As with --no-confirm; `confirmation_lets_through_only_the_confirmed_operation` turns it on.
        confirm_destructive: false,
        grants: Grants {
            writes,
            destructive: true,
            ..Grants::default()
        },
        regions: Regions::Only(vec!["us-east-1".into()]),
        custom_endpoint: Some(CustomEndpoint {
            scheme: "http".into(),
            authority: authority.into(),
            base_path: String::new(),
        }),
        // As with an emulator: S3 on the same authority.
        s3_endpoint: Some(CustomEndpoint {
            scheme: "http".into(),
            authority: authority.into(),
            base_path: String::new(),
        }),
        athena: None,
    }
}

/// Runs the hostile component with `(method, url)` pairs; returns what it saw for each.
async fn attempt(policy: Policy, requests: &[(String, String)]) -> Vec<String> {
    attempt_in(Egress::new(Arc::new(policy)), requests).await
}

/// As [`attempt`], through this egress gate (a call's scope and consent).
async fn attempt_in(egress: Egress, requests: &[(String, String)]) -> Vec<String> {
    let mut argv = vec!["hostile".to_string()];
    for (m, u) in requests {
        argv.push(m.clone());
        argv.push(u.clone());
    }
    let (ok, out) = common::run_command_with(HOSTILE, &argv, "", egress, |_| {}).await;
    assert!(ok);
    out.lines().map(str::to_string).collect()
}

fn sample_path(op: &OpSpec) -> String {
    op.path_segments()
        .map(|s| s.unwrap_or("arn%3Aaws%3As3tables%3Aus-east-1%3A111122223333%3Abucket%2Fbkt"))
        .fold(String::new(), |acc, s| acc + "/" + s)
}

fn write_requests(authority: &str) -> Vec<(String, String)> {
    OPS.iter()
        .filter(|op| matches!(op.access, Access::Write { .. }))
        .map(|op| {
            (
                op.method.as_str().to_string(),
                format!("http://{authority}{}", sample_path(op)),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn read_only_refuses_every_write_route_and_method() {
    let (authority, count) = counting_endpoint().await;
    let mut requests = write_requests(&authority);
    assert_eq!(requests.len(), 32);
    for method in ["PUT", "POST", "DELETE", "PATCH"] {
        requests.push((method.into(), format!("http://{authority}/buckets")));
        requests.push((method.into(), format!("http://{authority}/get-table")));
    }
    let seen = attempt(policy(&authority, Writes::None), &requests).await;
    assert_eq!(seen.len(), requests.len());
    assert_all_denied(&seen, count.load(Ordering::SeqCst));

    // Reads still pass.
    let reads = [
        ("GET".to_string(), format!("http://{authority}/buckets")),
        ("HEAD".to_string(), format!("http://{authority}/buckets")),
    ];
    assert_eq!(
        attempt(policy(&authority, Writes::None), &reads).await,
        ["status 200", "status 200"]
    );
    assert_eq!(count.load(Ordering::SeqCst), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn with_writes_allowed_the_same_routes_pass() {
    let (authority, count) = counting_endpoint().await;
    let requests = write_requests(&authority);
    let seen = attempt(policy(&authority, Writes::All), &requests).await;
    assert!(seen.iter().all(|s| s == "status 200"), "{seen:?}");
    assert_eq!(count.load(Ordering::SeqCst), 32);
    // PATCH is no S3 Tables operation, writes or not.
    let patch = [("PATCH".to_string(), format!("http://{authority}/buckets"))];
    assert_eq!(
        attempt(policy(&authority, Writes::All), &patch).await,
        ["error ErrorCode::HttpRequestDenied"]
    );
}

/// With confirmation on (the default), a destructive route passes only in a call whose
/// operation the person confirmed, and only that operation: a guest that sends other
/// destructive requests — in a call nobody confirmed, or beside the confirmed one — is refused.
#[tokio::test(flavor = "multi_thread")]
async fn confirmation_lets_through_only_the_confirmed_operation() {
    let (authority, count) = counting_endpoint().await;
    let confirming = || {
        Arc::new(Policy {
            confirm_destructive: true,
            ..policy(&authority, Writes::All)
        })
    };
    let destructive: Vec<&OpSpec> = OPS.iter().filter(|op| op.access.is_destructive()).collect();
    assert_eq!(destructive.len(), 14);
    let requests = write_requests(&authority);
    let is_destructive = |(method, url): &(String, String)| {
        destructive
            .iter()
            .any(|op| op.method.as_str() == method && url.ends_with(&sample_path(op)))
    };

    // Nobody confirmed anything: the 14 destructive routes are refused, the other writes pass.
    let seen = attempt_in(Egress::new(confirming()), &requests).await;
    for (request, outcome) in requests.iter().zip(&seen) {
        let expected = if is_destructive(request) {
            "error ErrorCode::HttpRequestDenied"
        } else {
            "status 200"
        };
        assert_eq!(outcome, expected, "{request:?}");
    }
    assert_eq!(count.load(Ordering::SeqCst), 32 - 14);

    // The person confirmed DeleteTable: it passes, and no other destructive route does.
    let before = count.load(Ordering::SeqCst);
    let delete_table = OPS
        .iter()
        .find(|op| op.name == "DeleteTable")
        .expect("DeleteTable");
    let only: Vec<(String, String)> = requests
        .iter()
        .filter(|r| is_destructive(r))
        .cloned()
        .collect();
    let egress = Egress::new(confirming()).consenting(Some(delete_table.name));
    let seen = attempt_in(egress, &only).await;
    for (request, outcome) in only.iter().zip(&seen) {
        let passes = request.1.ends_with(&sample_path(delete_table)) && request.0 == "DELETE";
        let expected = if passes {
            "status 200"
        } else {
            "error ErrorCode::HttpRequestDenied"
        };
        assert_eq!(outcome, expected, "{request:?}");
    }
    assert_eq!(count.load(Ordering::SeqCst) - before, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_s3_tables_endpoint_is_reachable() {
    let (authority, count) = counting_endpoint().await;
    let (other, other_count) = counting_endpoint().await;
    let requests: Vec<(String, String)> = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        &format!("http://{other}/buckets"),
        "https://s3tables.us-east-1.amazonaws.com.evil.test/buckets",
        "http://s3tables.us-east-1.amazonaws.com/buckets",
        "https://s3tables.eu-west-1.amazonaws.com/buckets",
        "https://s3.us-east-1.amazonaws.com/bucket/key",
        &format!("http://{authority}/latest/meta-data/"),
        &format!("http://{authority}/buckets/../../etc/passwd"),
        &format!("http://{authority}/buckets/.."),
    ]
    .iter()
    .map(|u| ("GET".to_string(), u.to_string()))
    .collect();
    let seen = attempt(policy(&authority, Writes::All), &requests).await;
    assert_all_denied(
        &seen,
        count.load(Ordering::SeqCst) + other_count.load(Ordering::SeqCst),
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn s3_is_reachable_only_for_table_data_reads() {
    let (authority, count) = counting_endpoint().await;
    let table = "0a1b2c3d-uuid--table-s3";
    let denied: Vec<(String, String)> = [
        // A general purpose bucket's objects, on the override and on AWS (both forms).
        ("GET", format!("http://{authority}/my-data/secret.csv")),
        (
            "GET",
            "https://my-data.s3.us-east-1.amazonaws.com/secret.csv".to_string(),
        ),
        (
            "GET",
            "https://s3.us-east-1.amazonaws.com/my-data/secret.csv".to_string(),
        ),
        // A table bucket in a Region that is not allowed.
        (
            "GET",
            format!("https://{table}.s3.eu-west-1.amazonaws.com/metadata/0.metadata.json"),
        ),
        (
            "GET",
            format!("https://s3.eu-west-1.amazonaws.com/{table}/metadata/0.metadata.json"),
        ),
        // Writes to a table bucket other than new data/metadata files, though writes are granted.
        ("PUT", format!("http://{authority}/{table}/other/0.json")),
        ("PUT", format!("http://{authority}/my-data/data/f.parquet")),
        (
            "DELETE",
            format!("http://{authority}/{table}/data/f.parquet"),
        ),
        (
            "POST",
            format!("http://{authority}/{table}/data/f.parquet?uploads"),
        ),
        // Listing a table bucket, and escaping it with dot segments.
        ("GET", format!("http://{authority}/{table}?list-type=2")),
        (
            "GET",
            format!("http://{authority}/{table}/../my-data/secret.csv"),
        ),
        // Bucket-level reads other than the metadata configuration.
        ("GET", format!("http://{authority}/my-data?policy")),
    ]
    .into_iter()
    .map(|(m, u)| (m.to_string(), u))
    .collect();
    let seen = attempt(policy(&authority, Writes::All), &denied).await;
    assert_all_denied(&seen, count.load(Ordering::SeqCst));

    // The reads the data tools make pass, read-only.
    let allowed = [
        (
            "GET".to_string(),
            format!("http://{authority}/{table}/metadata/0.metadata.json"),
        ),
        (
            "HEAD".to_string(),
            format!("http://{authority}/{table}/data/f.parquet"),
        ),
        (
            "GET".to_string(),
            format!("http://{authority}/my-data?metadataConfiguration"),
        ),
    ];
    assert_eq!(
        attempt(policy(&authority, Writes::None), &allowed).await,
        ["status 200", "status 200", "status 200"]
    );
    assert_eq!(count.load(Ordering::SeqCst), 3);

    // New table files may be PUT only during a call of an appending tool that may write (the
    // append-only rules, proved end to end in tests/test_append_only.py): never read-only, and
    // never outside a tool call, even with every write granted.
    let put = [(
        "PUT".to_string(),
        format!("http://{authority}/{table}/data/f.parquet"),
    )];
    for writes in [Writes::None, Writes::All] {
        let seen = attempt(policy(&authority, writes), &put).await;
        assert_all_denied(&seen, count.load(Ordering::SeqCst) - 3);
    }
}

/// A component that imports the instance `name` whose type exports only the resource
/// `resource` (which any instance with a resource of that name satisfies), and does nothing
/// else.
fn importing(name: &str, resource: &str) -> Vec<u8> {
    use wasm_encoder::{
        Component, ComponentImportSection, ComponentTypeRef, ComponentTypeSection, InstanceType,
        TypeBounds,
    };
    let mut instance = InstanceType::new();
    instance.export(resource, ComponentTypeRef::Type(TypeBounds::SubResource));
    let mut types = ComponentTypeSection::new();
    types.instance(&instance);
    let mut imports = ComponentImportSection::new();
    imports.import(name, ComponentTypeRef::Instance(0));
    let mut component = Component::new();
    component.section(&types).section(&imports);
    component.finish()
}

#[test]
fn a_guest_that_imports_the_filesystem_or_sockets_does_not_instantiate() {
    let engine = s3tables_mcp::runtime::engine().expect("engine");
    let linker = s3tables_mcp::runtime::linker(&engine).expect("linker");
    let pre = |name: &str, resource: &str| {
        let component = wasmtime::component::Component::new(&engine, importing(name, resource))
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        linker.instantiate_pre(&component).map(drop)
    };
    // Interfaces our builds import instantiate, so a refusal below is about the name alone.
    for (allowed, resource) in [
        ("wasi:io/streams@0.2.12", "input-stream"),
        ("wasi:io/poll@0.2.0", "pollable"),
        ("wasi:cli/terminal-input@0.2.12", "terminal-input"),
        ("wasi:http/types@0.2.12", "fields"),
    ] {
        pre(allowed, resource).unwrap_or_else(|e| panic!("{allowed} refused: {e:#}"));
    }
    for (denied, resource) in [
        ("wasi:filesystem/types@0.2.12", "descriptor"),
        ("wasi:filesystem/types@0.2.0", "directory-entry-stream"),
        ("wasi:sockets/network@0.2.12", "network"),
        ("wasi:sockets/tcp@0.2.12", "tcp-socket"),
        ("wasi:sockets/udp@0.2.12", "udp-socket"),
        (
            "wasi:sockets/ip-name-lookup@0.2.12",
            "resolve-address-stream",
        ),
    ] {
        let err = format!("{:#}", pre(denied, resource).expect_err(denied));
        assert!(
            err.contains("not found") || err.contains("matching implementation"),
            "{denied}: {err}"
        );
    }
}
