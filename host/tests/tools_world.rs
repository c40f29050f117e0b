//! The `tools`-world components (`wit-tools/`) for hosts that turn exported functions into
//! tools (wassette): their exports are exactly the functions `wit-tools/*.wit` documents, with
//! record parameters of scalars and lists and `result<string, string>` results; their imports
//! are only the allowed WASI interfaces; they carry a root component name; and calling the
//! functions through wasmtime reaches a loopback endpoint and returns the tool's result.

mod common;

use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::{CustomEndpoint, Policy, Regions};
use s3tables_mcp::runtime::{engine, linker};
use s3tables_ops::grants::{Grants, Writes};
use s3tables_ops::OPS;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wasmtime::component::types::{ComponentItem, Type};
use wasmtime::component::{Component, Val};
use wasmtime_wasi::WasiCtx;

static TOOLS: &[u8] = include_bytes!(env!("S3TABLES_TOOLS_WASM"));
static TOOLS_READ_ONLY: &[u8] = include_bytes!(env!("S3TABLES_TOOLS_READ_ONLY_WASM"));
static TOOLS_WIT: &str = include_str!("../../wit-tools/tools.wit");
static TOOLS_READ_ONLY_WIT: &str = include_str!("../../wit-tools/tools-read-only.wit");

/// The function names a WIT world documents (`export name: func`).
fn documented(wit: &str) -> BTreeSet<String> {
    wit.lines()
        .filter_map(|l| l.trim().strip_prefix("export "))
        .filter_map(|l| l.split_once(": func"))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Tool names from the catalog, kebab-case; `reads_only` keeps the read operations.
fn catalog(reads_only: bool) -> BTreeSet<String> {
    OPS.iter()
        .filter(|op| !reads_only || op.access.is_read())
        .map(|op| op.tool.replace('_', "-"))
        .collect()
}

fn exports(wasm: &[u8]) -> Vec<(String, ComponentItem)> {
    let engine = engine().expect("engine");
    let component = Component::new(&engine, wasm).expect("component");
    component
        .component_type()
        .exports(&engine)
        .map(|(name, item)| (name.to_string(), item.ty))
        .collect()
}

/// A parameter field type that a function-to-tool host renders well: a scalar or a list of them.
fn is_plain(ty: &Type) -> bool {
    match ty {
        Type::String | Type::Bool | Type::U32 | Type::S64 => true,
        Type::List(l) => is_plain(&l.ty()),
        _ => false,
    }
}

#[test]
fn exports_are_the_documented_functions_with_plain_records() {
    for (wasm, wit, reads_only) in [
        (TOOLS, TOOLS_WIT, false),
        (TOOLS_READ_ONLY, TOOLS_READ_ONLY_WIT, true),
    ] {
        let exports = exports(wasm);
        let functions: BTreeSet<String> = exports
            .iter()
            .filter(|(_, item)| matches!(item, ComponentItem::ComponentFunc(_)))
            .map(|(name, _)| name.clone())
            .collect();
        assert_eq!(functions, documented(wit));
        assert_eq!(functions, catalog(reads_only));
        assert_eq!(functions.len(), if reads_only { 26 } else { 58 });
        // Nothing else: no wasi:cli/run, no handler interface (types may be exported too).
        for (name, item) in &exports {
            assert!(
                matches!(
                    item,
                    ComponentItem::ComponentFunc(_) | ComponentItem::Type(_)
                ),
                "unexpected export {name}"
            );
        }
        for (name, item) in &exports {
            let ComponentItem::ComponentFunc(f) = item else {
                continue;
            };
            let params: Vec<(&str, Type)> = f.params().collect();
            assert_eq!(params.len(), 1, "{name}");
            let Type::Record(record) = &params[0].1 else {
                panic!("{name}: the parameter is not a record");
            };
            for field in record.fields() {
                assert!(is_plain(&field.ty), "{name}.{}: {:?}", field.name, field.ty);
            }
            assert!(record.fields().any(|f| f.name == "region-name"), "{name}");
            let results: Vec<Type> = f.results().collect();
            let [Type::Result(r)] = results.as_slice() else {
                panic!("{name}: not one result");
            };
            assert!(matches!(r.ok(), Some(Type::String)), "{name}");
            assert!(matches!(r.err(), Some(Type::String)), "{name}");
        }
    }
    assert!(!catalog(true).contains("create-namespace"));
}

#[test]
fn imports_are_only_the_allowed_wasi_interfaces() {
    let engine = engine().expect("engine");
    for wasm in [TOOLS, TOOLS_READ_ONLY] {
        let component = Component::new(&engine, wasm).expect("component");
        common::assert_allowed_imports(&engine, &component);
    }
}

#[test]
fn components_carry_a_root_name() {
    for (wasm, name) in [
        (TOOLS, "s3tables-tools"),
        (TOOLS_READ_ONLY, "s3tables-tools-read-only"),
    ] {
        assert_eq!(root_name(wasm).as_deref(), Some(name));
    }
}

#[test]
fn components_carry_the_tool_descriptions_wassette_reads() {
    for wasm in [TOOLS, TOOLS_READ_ONLY] {
        let docs = package_docs(wasm).expect("a package-docs section");
        let functions = catalog(false);
        for (world, _) in docs["worlds"].as_object().expect("worlds") {
            let exports = docs["worlds"][world]["func_exports"]
                .as_object()
                .expect("func_exports");
            for (name, doc) in exports {
                assert!(functions.contains(name), "{world}: {name}");
                let text = doc["docs"].as_str().unwrap_or_default();
                assert!(text.contains("Arguments, in `args`:"), "{name}: {text}");
            }
        }
        let list = &docs["worlds"]["tools-read-only"]["func_exports"]["list-table-buckets"]["docs"];
        assert!(list
            .as_str()
            .is_some_and(|d| d.starts_with("Lists table buckets")));
    }
}

/// The custom sections of the outermost component (not of the modules and components nested
/// in it), as `(name, data)`.
fn outer_custom_sections(wasm: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut depth = 0usize;
    let mut sections = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.expect("a valid component") {
            wasmparser::Payload::ModuleSection { .. }
            | wasmparser::Payload::ComponentSection { .. } => depth += 1,
            wasmparser::Payload::End(_) => depth = depth.saturating_sub(1),
            wasmparser::Payload::CustomSection(section) if depth == 0 => {
                sections.push((section.name().to_string(), section.data().to_vec()))
            }
            _ => {}
        }
    }
    sections
}

/// The JSON of the outermost `package-docs` section (after its version byte).
fn package_docs(wasm: &[u8]) -> Option<Value> {
    let (_, data) = outer_custom_sections(wasm)
        .into_iter()
        .find(|(name, _)| name == "package-docs")?;
    assert_eq!(data.first(), Some(&1), "format version 1");
    serde_json::from_slice(&data[1..]).ok()
}

/// The name in the outermost component's `component-name` section (not a nested one's).
fn root_name(wasm: &[u8]) -> Option<String> {
    let (_, data) = outer_custom_sections(wasm)
        .into_iter()
        .find(|(name, _)| name == "component-name")?;
    let reader =
        wasmparser::ComponentNameSectionReader::new(wasmparser::BinaryReader::new(&data, 0));
    reader.into_iter().find_map(|name| match name {
        Ok(wasmparser::ComponentName::Component { name, .. }) => Some(name.to_string()),
        _ => None,
    })
}

/// A loopback S3 Tables stand-in: `PUT /buckets` creates a bucket, `GET /buckets` lists them.
/// Records every request line, so a test can see what reached it.
async fn table_buckets_endpoint() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let authority = listener.local_addr().expect("addr").to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let buckets = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let (log, buckets) = (log.clone(), buckets.clone());
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let (head, body) = loop {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some((head, body)) = text.split_once("\r\n\r\n") {
                        let length = head
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if body.len() >= length {
                            break (head.to_string(), body.to_string());
                        }
                    }
                };
                let request_line = head.lines().next().unwrap_or_default().to_string();
                let signed = head
                    .to_ascii_lowercase()
                    .contains("authorization: aws4-hmac-sha256");
                log.lock()
                    .expect("log")
                    .push(format!("{request_line} signed={signed}"));
                let arn =
                    |name: &str| format!("arn:aws:s3tables:us-east-1:123456789012:bucket/{name}");
                let response = if request_line.starts_with("PUT /buckets ") {
                    let name = serde_json::from_str::<Value>(&body)
                        .ok()
                        .and_then(|v| v["name"].as_str().map(str::to_string))
                        .unwrap_or_default();
                    buckets.lock().expect("buckets").push(name.clone());
                    serde_json::json!({"arn": arn(&name)})
                } else if request_line.starts_with("GET /buckets") {
                    let list: Vec<Value> = buckets
                        .lock()
                        .expect("buckets")
                        .iter()
                        .map(|n| serde_json::json!({"arn": arn(n), "name": n, "ownerAccountId": "123456789012", "createdAt": "2025-01-01T00:00:00Z", "type": "customer"}))
                        .collect();
                    serde_json::json!({"tableBuckets": list})
                } else {
                    serde_json::json!({})
                };
                let body = response.to_string();
                let reply = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
                let _ = sock.write_all(reply.as_bytes()).await;
            });
        }
    });
    (authority, seen)
}

/// Instantiates `wasm` with the host's linker and egress policy (writes allowed by the host, so
/// the guest's own gate is what is tested), and calls `function` with `fields` set on its
/// record (the other fields empty).
async fn call(
    wasm: &[u8],
    authority: &str,
    extra_env: &[(&str, &str)],
    function: &str,
    fields: &[(&str, Val)],
) -> Result<String, String> {
    let engine = engine().expect("engine");
    let component = Component::new(&engine, wasm).expect("component");
    let policy = Policy {
        // Confirmation of destructive calls is tested on its own (consent.rs, hostile.rs).
        confirm_destructive: false,
        grants: Grants {
            writes: Writes::All,
            destructive: true,
            ..Grants::default()
        },
        regions: Regions::Only(vec!["us-east-1".into()]),
        custom_endpoint: Some(CustomEndpoint {
            scheme: "http".into(),
            authority: authority.into(),
            base_path: String::new(),
        }),
        s3_endpoint: None,
        athena: None,
    };
    let endpoint = format!("http://{authority}");
    let mut env = vec![
        ("AWS_REGION", "us-east-1"),
        ("AWS_ACCESS_KEY_ID", "AKIDTOOLSWORLD"),
        ("AWS_SECRET_ACCESS_KEY", "tools-world-secret"),
        ("AWS_ENDPOINT_URL_S3TABLES", endpoint.as_str()),
    ];
    env.extend_from_slice(extra_env);
    let mut wasi = WasiCtx::builder();
    wasi.envs(&env);
    let mut store = common::store(&engine, &mut wasi, Egress::new(Arc::new(policy)));
    let instance = linker(&engine)
        .expect("linker")
        .instantiate_async(&mut store, &component)
        .await
        .expect("instantiate");
    let func = instance
        .get_func(&mut store, function)
        .unwrap_or_else(|| panic!("{function} is not exported"));
    let ty = func.ty(&store);
    let (_, Type::Record(record)) = ty.params().next().expect("one parameter") else {
        panic!("not a record");
    };
    let args: Vec<(String, Val)> = record
        .fields()
        .map(|f| {
            let given = fields
                .iter()
                .find(|(n, _)| *n == f.name)
                .map(|(_, v)| v.clone());
            let empty = match f.ty {
                Type::String => Val::String(String::new()),
                Type::U32 => Val::U32(0),
                Type::S64 => Val::S64(0),
                Type::Bool => Val::Bool(false),
                _ => Val::List(Vec::new()),
            };
            (f.name.to_string(), given.unwrap_or(empty))
        })
        .collect();
    let mut results = [Val::Bool(false)];
    func.call_async(&mut store, &[Val::Record(args)], &mut results)
        .await
        .expect("call");
    match &results[0] {
        Val::Result(Ok(Some(v))) => match v.as_ref() {
            Val::String(s) => Ok(s.clone()),
            other => panic!("{other:?}"),
        },
        Val::Result(Err(Some(v))) => match v.as_ref() {
            Val::String(s) => Err(s.clone()),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn functions_call_the_endpoint_and_gate_writes() {
    let (authority, seen) = table_buckets_endpoint().await;
    let name = |n: &str| ("name", Val::String(n.into()));

    // Read-only unless S3TABLES_MCP_ARGS says otherwise: refused before any request.
    let refused = call(
        TOOLS,
        &authority,
        &[],
        "create-table-bucket",
        &[name("tools-a")],
    )
    .await;
    let refused = refused.expect_err("a write without --allow-write");
    assert!(refused.contains("Operation not permitted"), "{refused}");
    assert!(seen.lock().expect("log").is_empty());

    let allow = [("S3TABLES_MCP_ARGS", "--allow-write")];
    let created = call(
        TOOLS,
        &authority,
        &allow,
        "create-table-bucket",
        &[name("tools-a")],
    )
    .await
    .expect("create-table-bucket");
    let created: Value = serde_json::from_str(&created).expect("JSON result");
    assert_eq!(
        created["arn"],
        "arn:aws:s3tables:us-east-1:123456789012:bucket/tools-a"
    );

    // The read-only component lists the bucket the full one created.
    let listed = call(TOOLS_READ_ONLY, &authority, &[], "list-table-buckets", &[])
        .await
        .expect("list-table-buckets");
    let listed: Value = serde_json::from_str(&listed).expect("JSON result");
    assert_eq!(listed["tableBuckets"][0]["name"], "tools-a");
    assert_eq!(listed["tableBuckets"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        *seen.lock().expect("log"),
        vec![
            "PUT /buckets HTTP/1.1 signed=true".to_string(),
            "GET /buckets HTTP/1.1 signed=true".to_string(),
        ]
    );

    // Bad input is a clear error, not a trap: JSON-valued members must be JSON text.
    let bad = call(
        TOOLS,
        &authority,
        &allow,
        "create-table-bucket",
        &[name("tools-b"), ("tags", Val::String("{not json".into()))],
    )
    .await
    .expect_err("bad JSON");
    assert!(bad.contains("`tags` is not valid JSON text"), "{bad}");
    let missing = call(TOOLS_READ_ONLY, &authority, &[], "get-table-bucket", &[])
        .await
        .expect_err("a required member left empty");
    assert!(missing.contains("table_bucket_arn"), "{missing}");
    assert_eq!(seen.lock().expect("log").len(), 2);
}
