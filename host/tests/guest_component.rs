//! The guest as a component: its `wasi:cli/run` export is a complete stdio MCP server
//! (as `wasmtime run` would run it), and its imports are only the allowed WASI interfaces.

mod common;

use s3tables_mcp::policy::{Policy, Regions};
use s3tables_mcp::runtime::engine;
use serde_json::{json, Value};

/// Runs the guest's `wasi:cli/run` with `stdin` and returns its stdout lines as JSON.
async fn run_command(args: &[&str], stdin: &str) -> (bool, Vec<Value>) {
    let mut argv = vec!["s3tables-mcp".to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let policy = Policy {
        // Confirmation of destructive calls is tested on its own (consent.rs, hostile.rs).
        confirm_destructive: false,
        grants: Default::default(),
        regions: Regions::Only(vec![]),
        custom_endpoint: None,
        s3_endpoint: None,
        athena: None,
    };
    let (ok, out) = common::run_command(common::full_wasm(), &argv, stdin, policy).await;
    (
        ok,
        out.lines()
            .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
            .collect(),
    )
}

#[tokio::test]
async fn cli_run_serves_a_scripted_session_until_eof() {
    let script = [
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}).to_string(),
        json!({"jsonrpc": "2.0", "method": "notifications/initialized"}).to_string(),
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}).to_string(),
        "{oops".to_string(),
        json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "create_table_bucket", "arguments": {"name": "b"}}}).to_string(),
        json!({"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": {"name": "list_table_buckets", "arguments": {}}}).to_string(),
    ]
    .join("\n");
    let (ok, out) = run_command(&[], &script).await;
    assert!(ok, "run returned an error");
    assert_eq!(out.len(), 5, "{out:?}");
    assert_eq!(out[0]["result"]["protocolVersion"], "2025-06-18");
    let tools = out[1]["result"]["tools"].as_array().expect("tools");
    assert!(tools.iter().any(|t| t["name"] == "list_table_buckets"));
    assert!(tools
        .iter()
        .all(|t| t["annotations"]["readOnlyHint"] == true));
    assert_eq!(out[2]["error"]["code"], -32700);
    assert_eq!(out[3]["result"]["isError"], true);
    assert_eq!(
        out[3]["result"]["content"][0]["text"],
        "Operation not permitted: Server is configured in read-only mode"
    );
    // No credentials were given to this instance: a clear tool error, not a crash.
    assert_eq!(out[4]["result"]["isError"], true);
    assert!(out[4]["result"]["content"][0]["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("No AWS credentials"));
}

#[tokio::test]
async fn cli_run_takes_the_same_flags_as_the_host() {
    let script = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}).to_string();
    let (_, out) = run_command(
        &["--allow-write", "--allow-destructive", "--toolsets", "all"],
        &script,
    )
    .await;
    // The 58 operations and the composite tools.
    assert_eq!(
        out[0]["result"]["tools"].as_array().map(Vec::len),
        Some(58 + s3tables_ops::composite::COMPOSITES.len())
    );
    let (ok, out) = run_command(&["--bogus"], &script).await;
    assert!(!ok && out.is_empty());
}

#[test]
fn component_imports_only_the_allowed_wasi_interfaces() {
    let engine = engine().expect("engine");
    check_imports_and_exports(&engine, common::control_wasm());
    check_imports_and_exports(&engine, common::data_wasm());
    // The SQL engine (DataFusion) links spill-file and local-object-store code, so the SQL
    // build's core module imports the filesystem; build.rs plugs guest/no-filesystem into
    // those imports, and the component imports exactly what the others do.
    check_imports_and_exports(&engine, common::full_wasm());
}

/// Every build: narrow imports, and the stdio and handler exports.
fn check_imports_and_exports(engine: &wasmtime::Engine, wasm: &[u8]) {
    let component = common::compile(engine, wasm);
    common::assert_allowed_imports(engine, &component);
    let exports: Vec<String> = component
        .component_type()
        .exports(engine)
        .map(|(name, _)| name.to_string())
        .collect();
    assert!(
        exports.iter().any(|e| e.starts_with("wasi:cli/run@")),
        "{exports:?}"
    );
    assert!(
        exports
            .iter()
            .any(|e| e == s3tables_mcp::runtime::HANDLER_INTERFACE),
        "{exports:?}"
    );
}
