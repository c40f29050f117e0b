//! MCP over JSON-RPC: the lifecycle, `tools/list` and `tools/call`.

use crate::aws::Client;
use crate::jsonrpc::{self, Inbound, RpcError};
use crate::tools::{self, call::call_tool};
use serde_json::{json, Value};

/// Newest first; `initialize` echoes the client's version if it is here, else offers the first.
pub const PROTOCOL_VERSIONS: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

pub const SERVER_NAME: &str = "s3tables-mcp";
pub const SERVER_VERSION: &str = env!("CARGO_PKG_VERSION");

fn instructions(config: &crate::config::Config) -> String {
    let mode = if config.allows_writes() {
        if config.grants.destructive {
            "Writes are ENABLED (--allow-write, --allow-destructive): tools can create, change and delete table buckets, namespaces, tables and their configuration."
        } else {
            "Writes are ENABLED (--allow-write) but destructive tools (deletes, policy changes) are not; restart with --allow-destructive to allow them."
        }
    } else {
        "The server is READ-ONLY: only tools that read are listed, and write tools are refused. To enable writes, restart it with --allow-write."
    };
    format!(
        "Manage Amazon S3 Tables (table buckets, namespaces, Iceberg tables, encryption, maintenance, policies and metadata). {mode} \
         Tools name resources by ARN; list_table_buckets, list_namespaces and list_tables find them. Every tool takes an optional region_name."
    )
}

fn initialize(client: &Client, params: Option<&Value>) -> Value {
    let requested = params
        .and_then(|p| p.get("protocolVersion"))
        .and_then(Value::as_str);
    let version = requested
        .filter(|v| PROTOCOL_VERSIONS.contains(v))
        .unwrap_or(PROTOCOL_VERSIONS[0]);
    json!({
        "protocolVersion": version,
        "capabilities": {"tools": {"listChanged": false}},
        "serverInfo": {"name": SERVER_NAME, "title": "Amazon S3 Tables (sandboxed)", "version": SERVER_VERSION},
        "instructions": instructions(client.config),
    })
}

fn list_tools(client: &Client) -> Value {
    let tools: Vec<Value> = tools::listed(client.config).map(|t| t.to_json()).collect();
    json!({ "tools": tools })
}

fn dispatch(client: &Client, method: &str, params: Option<&Value>) -> Result<Value, RpcError> {
    match method {
        "initialize" => Ok(initialize(client, params)),
        "ping" => Ok(json!({})),
        "tools/list" => Ok(list_tools(client)),
        "tools/call" => {
            let name = params
                .and_then(|p| p.get("name"))
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    RpcError::invalid_params("tools/call needs a string `name`".to_string())
                })?;
            call_tool(client, name, params.and_then(|p| p.get("arguments")))
        }
        other => Err(RpcError::method_not_found(other)),
    }
}

/// Handles one inbound message and returns the outbound ones (none for notifications).
pub fn handle(client: &Client, message: &str) -> Vec<String> {
    match jsonrpc::parse(message) {
        Inbound::Request { id, method, params } => {
            vec![match dispatch(client, &method, params.as_ref()) {
                Ok(result) => jsonrpc::result(&id, result),
                Err(e) => jsonrpc::error(&id, &e),
            }]
        }
        Inbound::Notification { .. } | Inbound::Response => Vec::new(),
        Inbound::Invalid { id, error } => vec![jsonrpc::error(&id, &error)],
    }
}
