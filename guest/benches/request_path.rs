//! Micro-benchmarks of the guest's per-call work, run natively (`just bench-micro`): SigV4
//! signing, building a signed request from tool arguments, and a whole `tools/call` message
//! through the MCP layer with a transport that answers at once. In the component the same
//! code runs as wasm, so these are the floor of what an instance spends, not its cost.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use s3tables_mcp_guest::aws::{endpoint, request, sign, Client, FixedClock};
use s3tables_mcp_guest::config::{Config, Credentials};
use s3tables_mcp_guest::http::{HttpRequest, HttpResponse, Transport, TransportError};
use s3tables_mcp_guest::tools::{args::structure_to_wire, Tool};
use serde_json::{json, Map, Value};
use std::hint::black_box;
use std::time::{Duration, SystemTime};

const ENDPOINT: &str = "http://127.0.0.1:5000";
const BUCKET_ARN: &str = "arn:aws:s3tables:us-east-1:111122223333:bucket/bench-bucket";

fn credentials() -> Credentials {
    Credentials {
        access_key_id: "AKIDBENCHONLY0000000".into(),
        secret_access_key: "bench/secret/not-a-real-key".into(),
        session_token: Some("bench-session-token".into()),
    }
}

fn signing_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_735_787_045)
}

/// Tool arguments (as a client sends them) -> an unsigned request, as `tools/call` does.
fn build(tool: &str, arguments: &Value) -> HttpRequest {
    let tool = Tool::lookup(tool).expect("a known tool");
    let empty = Map::new();
    let args = arguments.as_object().unwrap_or(&empty);
    let wire = match tool.op.input {
        Some(id) => {
            let shape = id.get();
            structure_to_wire(shape, shape.members(), false, args, "").expect("valid arguments")
        }
        None => Map::new(),
    };
    let endpoint = endpoint::resolve("us-east-1", Some(ENDPOINT)).expect("a valid endpoint");
    request::build(tool.op, &wire, &endpoint).expect("a buildable request")
}

fn create_table_args() -> Value {
    json!({"table_bucket_arn": BUCKET_ARN, "namespace": "analytics", "name": "events", "format": "ICEBERG"})
}

fn signing(c: &mut Criterion) {
    let creds = credentials();
    let mut group = c.benchmark_group("sign");
    for (name, unsigned) in [
        (
            "list_table_buckets (GET)",
            build("list_table_buckets", &json!({})),
        ),
        (
            "create_table (POST, JSON body)",
            build("create_table", &create_table_args()),
        ),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || unsigned.clone(),
                |req| {
                    sign::sign_for(
                        sign::Service::S3Tables,
                        req,
                        &creds,
                        "us-east-1",
                        signing_time(),
                    )
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn request_building(c: &mut Criterion) {
    let creds = credentials();
    let mut group = c.benchmark_group("build and sign");
    for (tool, args) in [
        ("list_table_buckets", json!({})),
        ("create_table", create_table_args()),
    ] {
        group.bench_function(tool, |b| {
            b.iter(|| {
                let mut req = build(tool, black_box(&args));
                sign::sign_for(
                    sign::Service::S3Tables,
                    &mut req,
                    &creds,
                    "us-east-1",
                    signing_time(),
                )
                .expect("signed");
                req
            })
        });
    }
    group.finish();
}

/// Answers every request with one ListTableBuckets page, as an instant endpoint would.
struct Instant;

impl Transport for Instant {
    fn send(&self, _: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let body = json!({"tableBuckets": [{"arn": BUCKET_ARN, "name": "bench-bucket",
            "ownerAccountId": "111122223333", "createdAt": "2025-01-01T00:00:00Z"}]});
        Ok(HttpResponse {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        })
    }
}

fn tools_call(c: &mut Criterion) {
    let mut config = Config::from_args_env([], |_| None).expect("default config");
    config.credentials = Some(credentials());
    config.endpoint_override = Some(ENDPOINT.into());
    let clock = FixedClock::new(signing_time());
    let message = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
        "params": {"name": "list_table_buckets", "arguments": {}}})
    .to_string();
    let first = {
        let client = Client::new(&config, &Instant, &clock);
        s3tables_mcp_guest::mcp::handle(&client, &message)
    };
    // Time the success path, never an error path.
    assert!(
        first.len() == 1
            && first[0].contains("\"isError\":false")
            && first[0].contains("bench-bucket"),
        "unexpected answer: {first:?}"
    );
    c.bench_function(
        "tools/call list_table_buckets (message in, message out)",
        |b| {
            b.iter(|| {
                let client = Client::new(&config, &Instant, &clock);
                s3tables_mcp_guest::mcp::handle(&client, black_box(&message))
            })
        },
    );
}

criterion_group!(benches, signing, request_building, tools_call);
criterion_main!(benches);
