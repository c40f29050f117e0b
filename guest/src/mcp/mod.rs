//! MCP over JSON-RPC: the lifecycle, tools, resources, prompts and completion.

pub mod complete;
pub mod prompts;
pub mod resources;

use crate::aws::Client;
use crate::jsonrpc::{self, Inbound, RpcError};
use crate::tools::{self, call::call_tool};
use serde_json::{json, Value};

use crate::notify::Level;
use s3tables_ops::protocol::{self, supported_versions, REMOVED_IN_STATELESS};
pub use s3tables_ops::protocol::{
    HANDSHAKE_VERSIONS as PROTOCOL_VERSIONS, META_PROTOCOL_VERSION as PROTOCOL_VERSION_META,
    META_SERVER_INFO as SERVER_INFO_META, STATELESS_VERSION,
};

/// The protocol version a request names in `_meta` (2026-07-28 style), if any.
fn requested_version(params: Option<&Value>) -> Option<&str> {
    params?.get("_meta")?.get(PROTOCOL_VERSION_META)?.as_str()
}

/// What this configuration offers: resources only where some resource's tools are offered.
fn capabilities(client: &Client) -> Value {
    let mut caps = json!({"tools": {"listChanged": false}, "logging": {},
                          "prompts": {"listChanged": false}, "completions": {}});
    if resources::any_offered(client) {
        caps["resources"] = json!({"subscribe": false, "listChanged": false});
    }
    caps
}

fn server_info() -> Value {
    json!({"name": SERVER_NAME, "title": "Amazon S3 Tables (sandboxed)", "version": SERVER_VERSION})
}

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
        "capabilities": capabilities(client),
        "serverInfo": server_info(),
        "instructions": instructions(client.config),
    })
}

fn list_tools(client: &Client) -> Value {
    let tools: Vec<Value> = tools::listed(client.config)
        .map(|t| {
            let mut json = t.to_json();
            // MCP Apps: a client with the extension shows these results in the app.
            if resources::UI_TOOLS.contains(&t.tool_name()) {
                json["_meta"] = json!({"ui": {"resourceUri": resources::UI_URI}});
            }
            json
        })
        .collect();
    json!({ "tools": tools })
}

fn discover(client: &Client) -> Value {
    json!({
        "supportedVersions": supported_versions(),
        "capabilities": capabilities(client),
        "instructions": instructions(client.config),
        "resultType": "complete",
        "ttlMs": 0,
        "cacheScope": "private",
        "_meta": {SERVER_INFO_META: server_info()},
    })
}

fn dispatch(client: &Client, method: &str, params: Option<&Value>) -> Result<Value, RpcError> {
    // 2026-07-28: every request names its version; one we do not speak is refused with the list.
    let stateless = match requested_version(params) {
        None => false,
        Some(v) if v == STATELESS_VERSION => true,
        Some(v) if PROTOCOL_VERSIONS.contains(&v) => false,
        Some(v) => {
            let r = protocol::unsupported_version(v);
            return Err(RpcError {
                code: r.code,
                message: r.message,
                data: r.data,
            });
        }
    };
    if stateless {
        if REMOVED_IN_STATELESS.contains(&method) {
            return Err(RpcError::method_not_found(method));
        }
        if let Err(r) = protocol::check_stateless_meta(params.and_then(|p| p.get("_meta"))) {
            return Err(RpcError::new(r.code, r.message));
        }
    }
    client.notices.begin(params, stateless);
    let mut result = match method {
        "server/discover" => return Ok(discover(client)),
        "initialize" => initialize(client, params),
        "ping" => json!({}),
        // The level outlives this instance only because the host remembers it (see the host's
        // transports); here it is checked and acknowledged.
        "logging/setLevel" => match params.and_then(|p| p.get("level")).and_then(Value::as_str) {
            Some(level) if Level::parse(level).is_some() => json!({}),
            _ => {
                return Err(RpcError::invalid_params(format!(
                    "logging/setLevel needs `level`, one of: {}",
                    Level::names().collect::<Vec<_>>().join(", ")
                )))
            }
        },
        "tools/list" => list_tools(client),
        "tools/call" => {
            let name = params
                .and_then(|p| p.get("name"))
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    RpcError::invalid_params("tools/call needs a string `name`".to_string())
                })?;
            call_tool(client, name, params.and_then(|p| p.get("arguments")))?
        }
        "resources/list" => resources::list(client, params)?,
        "resources/templates/list" => resources::templates(client),
        "resources/read" => resources::read(client, params)?,
        "prompts/list" => prompts::list(client),
        "prompts/get" => prompts::get(client, params)?,
        "completion/complete" => complete::complete(client, params)?,
        other => return Err(RpcError::method_not_found(other)),
    };
    if stateless {
        result["resultType"] = json!("complete");
        // SEP-2549's caching hints: what a listing or read holds can change at any time.
        if method.ends_with("/list") || method == "resources/read" {
            result["ttlMs"] = json!(0);
            result["cacheScope"] = json!("private");
        }
    }
    Ok(result)
}

/// The level a `logging/setLevel` request asks for, if `message` is a valid one: what a
/// process that outlives one message (the `run` export, the host) remembers for the next.
pub fn requested_log_level(message: &str) -> Option<Level> {
    let value: Value = serde_json::from_str(message).ok()?;
    if value.get("method")?.as_str()? != "logging/setLevel" || value.get("id").is_none() {
        return None;
    }
    Level::parse(value.get("params")?.get("level")?.as_str()?)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::FixedClock;
    use crate::config::Config;
    use crate::http::{HttpRequest, HttpResponse, Transport, TransportError};
    use s3tables_ops::protocol::META_CLIENT_CAPABILITIES as CAPS;

    struct Offline;
    impl Transport for Offline {
        fn send(&self, _: &HttpRequest) -> Result<HttpResponse, TransportError> {
            Err(TransportError::Denied("offline".into()))
        }
    }

    fn ask(message: Value) -> Value {
        let config = Config::from_args_env([], |_| None).unwrap();
        let clock = FixedClock::new(std::time::SystemTime::UNIX_EPOCH);
        let client = Client::new(&config, &Offline, &clock);
        serde_json::from_str(&handle(&client, &message.to_string())[0]).unwrap()
    }

    #[test]
    fn discover_advertises_both_eras() {
        let r = ask(
            json!({"jsonrpc": "2.0", "id": 1, "method": "server/discover",
                           "params": {"_meta": {PROTOCOL_VERSION_META: STATELESS_VERSION, CAPS: {}}}}),
        );
        assert_eq!(
            r["result"]["supportedVersions"],
            json!([
                "2024-11-05",
                "2025-03-26",
                "2025-06-18",
                "2025-11-25",
                "2026-07-28"
            ])
        );
        assert_eq!(
            r["result"]["_meta"][SERVER_INFO_META]["name"],
            "s3tables-mcp"
        );
        assert!(r["result"]["instructions"]
            .as_str()
            .unwrap()
            .contains("READ-ONLY"));
    }

    #[test]
    fn stateless_requests_carry_their_version() {
        let r = ask(
            json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list", "params": {"_meta": {PROTOCOL_VERSION_META: "2026-07-28", CAPS: {}}}}),
        );
        assert_eq!(r["result"]["resultType"], "complete");
        assert!(r["result"]["tools"].as_array().unwrap().len() > 10);
        let r = ask(
            json!({"jsonrpc": "2.0", "id": 3, "method": "tools/list", "params": {"_meta": {PROTOCOL_VERSION_META: "2099-01-01"}}}),
        );
        assert_eq!(r["error"]["code"], -32022);
        assert_eq!(r["error"]["data"]["requested"], "2099-01-01");
        assert!(r["error"]["data"]["supported"]
            .as_array()
            .unwrap()
            .contains(&json!("2026-07-28")));
        let legacy = ask(json!({"jsonrpc": "2.0", "id": 4, "method": "tools/list"}));
        assert!(legacy["result"].get("resultType").is_none());
        let no_caps = ask(
            json!({"jsonrpc": "2.0", "id": 5, "method": "tools/list", "params": {"_meta": {PROTOCOL_VERSION_META: "2026-07-28"}}}),
        );
        assert_eq!(no_caps["error"]["code"], -32602);
    }

    #[test]
    fn the_stateless_revision_removed_the_session_methods() {
        for method in ["ping", "initialize", "logging/setLevel"] {
            let r = ask(
                json!({"jsonrpc": "2.0", "id": 6, "method": method, "params": {"_meta": {PROTOCOL_VERSION_META: STATELESS_VERSION, CAPS: {}}}}),
            );
            assert_eq!(r["error"]["code"], -32601, "{method}");
        }
        assert_eq!(
            ask(json!({"jsonrpc": "2.0", "id": 7, "method": "ping"}))["result"],
            json!({})
        );
    }

    #[test]
    fn log_levels_are_checked() {
        let set = |level: Value| {
            ask(
                json!({"jsonrpc": "2.0", "id": 8, "method": "logging/setLevel", "params": {"level": level}}),
            )
        };
        assert_eq!(set(json!("warning"))["result"], json!({}));
        assert_eq!(set(json!("loud"))["error"]["code"], -32602);
        assert_eq!(set(json!(3))["error"]["code"], -32602);
        let message =
            r#"{"jsonrpc":"2.0","id":1,"method":"logging/setLevel","params":{"level":"debug"}}"#;
        assert_eq!(requested_log_level(message), Some(Level::Debug));
        assert_eq!(
            requested_log_level(
                r#"{"jsonrpc":"2.0","method":"logging/setLevel","params":{"level":"debug"}}"#
            ),
            None
        );
    }
}
