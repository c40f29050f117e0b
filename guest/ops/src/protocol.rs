//! The MCP protocol versions this server speaks and the Streamable HTTP rules of the
//! stateless revision, shared by the guest (negotiation, the `wasi:http` export) and the host
//! (its HTTP transport), so both edges accept and refuse exactly the same requests.

use serde_json::{json, Value};

/// The versions of the `initialize` handshake, newest first: `initialize` echoes the
/// client's version if it is here, else offers the first.
pub const HANDSHAKE_VERSIONS: &[&str] = &["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];

/// The stateless revision: no handshake; each request names its version in `_meta`.
pub const STATELESS_VERSION: &str = "2026-07-28";

/// `_meta` keys of the stateless revision.
pub const META_PROTOCOL_VERSION: &str = "io.modelcontextprotocol/protocolVersion";
pub const META_CLIENT_CAPABILITIES: &str = "io.modelcontextprotocol/clientCapabilities";
pub const META_LOG_LEVEL: &str = "io.modelcontextprotocol/logLevel";
pub const META_SERVER_INFO: &str = "io.modelcontextprotocol/serverInfo";

/// JSON-RPC 2.0's error codes, used by the guest and by the host alike.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;
pub const METHOD_NOT_FOUND: i64 = -32601;
pub const INVALID_PARAMS: i64 = -32602;
pub const INTERNAL_ERROR: i64 = -32603;

/// JSON-RPC error codes the stateless revision adds.
pub const HEADER_MISMATCH: i64 = -32020;
pub const UNSUPPORTED_PROTOCOL_VERSION: i64 = -32022;

/// Methods whose answers may need AWS (the host fetches credentials only for these).
pub const REACHES_AWS: &[&str] = &[
    "tools/call",
    "resources/list",
    "resources/read",
    "completion/complete",
];

/// Methods the stateless revision removed: refused (404 over HTTP) in a stateless request.
pub const REMOVED_IN_STATELESS: &[&str] = &[
    "initialize",
    "ping",
    "logging/setLevel",
    "resources/subscribe",
    "resources/unsubscribe",
];

/// Whether this server speaks `version`, in either era.
pub fn is_supported(version: &str) -> bool {
    version == STATELESS_VERSION || HANDSHAKE_VERSIONS.contains(&version)
}

/// Every version this server speaks, oldest first (as `server/discover` lists them).
pub fn supported_versions() -> Vec<&'static str> {
    let mut v: Vec<&str> = HANDSHAKE_VERSIONS.iter().rev().copied().collect();
    v.push(STATELESS_VERSION);
    v
}

/// The error for a version this server does not speak: it lists the ones it does.
pub fn unsupported_version(requested: &str) -> Rejection {
    Rejection {
        status: 400,
        code: UNSUPPORTED_PROTOCOL_VERSION,
        message: format!("Unsupported protocol version: {requested}"),
        data: Some(json!({"supported": supported_versions(), "requested": requested})),
    }
}

/// A request refused before it is handled: the HTTP status and the JSON-RPC error.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    pub status: u16,
    pub code: i64,
    pub message: String,
    pub data: Option<Value>,
}

impl Rejection {
    fn new(status: u16, code: i64, message: String) -> Self {
        Rejection {
            status,
            code,
            message,
            data: None,
        }
    }
}

/// The MCP headers of a Streamable HTTP POST (values as sent; whitespace is trimmed here).
#[derive(Debug, Default, Clone, Copy)]
pub struct McpHeaders<'a> {
    pub protocol_version: Option<&'a str>,
    pub method: Option<&'a str>,
    pub name: Option<&'a str>,
}

/// The request parameter a method's `Mcp-Name` header must repeat, if it has one.
fn named_param(method: &str) -> Option<&'static str> {
    match method {
        "tools/call" | "prompts/get" => Some("name"),
        "resources/read" => Some("uri"),
        _ => None,
    }
}

/// Whether a POST is in the stateless era: its `MCP-Protocol-Version` header says so.
pub fn is_stateless_http(headers: &McpHeaders) -> bool {
    headers.protocol_version.map(str::trim) == Some(STATELESS_VERSION)
}

/// Checks a POSTed JSON-RPC message against its MCP headers before it is handled.
/// Without a header, or with a handshake-era one, only the version is checked; a stateless
/// request must repeat its method (and name) in headers that agree with the body, and carry
/// its version and client capabilities in `_meta`.
pub fn check_http_request(headers: &McpHeaders, message: &Value) -> Result<(), Rejection> {
    let Some(version) = headers.protocol_version.map(str::trim) else {
        return Ok(());
    };
    if !is_supported(version) {
        return Err(unsupported_version(version));
    }
    if version != STATELESS_VERSION {
        return Ok(());
    }
    // Malformed bodies and responses are the JSON-RPC layer's to answer.
    let Some(method) = message.get("method").and_then(Value::as_str) else {
        return Ok(());
    };
    let mismatch = |what: String| Err(Rejection::new(400, HEADER_MISMATCH, what));
    match headers.method.map(str::trim) {
        None => return mismatch("HeaderMismatch: the Mcp-Method header is missing".into()),
        Some(h) if h != method => {
            return mismatch(format!(
                "HeaderMismatch: Mcp-Method {h:?} does not match the body's method {method:?}"
            ))
        }
        Some(_) => {}
    }
    let params = message.get("params");
    if let Some(key) = named_param(method) {
        let body_name = params.and_then(|p| p.get(key)).and_then(Value::as_str);
        match (headers.name.map(str::trim), body_name) {
            (None, Some(_)) => {
                return mismatch(format!(
                    "HeaderMismatch: the Mcp-Name header is missing (params.{key} is set)"
                ))
            }
            (Some(h), b) if Some(h) != b => {
                return mismatch(format!(
                    "HeaderMismatch: Mcp-Name {h:?} does not match params.{key}"
                ))
            }
            _ => {}
        }
    }
    if message.get("id").is_none() {
        return Ok(()); // a notification carries no `_meta` requirements
    }
    let meta = params.and_then(|p| p.get("_meta"));
    match meta
        .and_then(|m| m.get(META_PROTOCOL_VERSION))
        .and_then(Value::as_str)
    {
        None => {
            return Err(Rejection::new(
                400,
                INVALID_PARAMS,
                format!("Invalid params: _meta.{META_PROTOCOL_VERSION} is required"),
            ))
        }
        Some(v) if v != version => {
            return mismatch(format!(
                "HeaderMismatch: MCP-Protocol-Version {version:?} does not match _meta.{META_PROTOCOL_VERSION} {v:?}"
            ))
        }
        Some(_) => {}
    }
    check_stateless_meta(meta)
}

/// What every stateless request's `_meta` must carry besides its version.
pub fn check_stateless_meta(meta: Option<&Value>) -> Result<(), Rejection> {
    if !meta
        .and_then(|m| m.get(META_CLIENT_CAPABILITIES))
        .is_some_and(Value::is_object)
    {
        return Err(Rejection::new(
            400,
            INVALID_PARAMS,
            format!("Invalid params: _meta.{META_CLIENT_CAPABILITIES} (an object) is required"),
        ));
    }
    Ok(())
}

/// The HTTP status of a stateless-era answer: errors are not 200s.
pub fn stateless_status(answer: &Value) -> u16 {
    match answer
        .get("error")
        .and_then(|e| e.get("code"))
        .and_then(Value::as_i64)
    {
        None => 200,
        Some(METHOD_NOT_FOUND) => 404,
        Some(INTERNAL_ERROR) => 500,
        Some(_) => 400,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stateless<'a>(method: Option<&'a str>, name: Option<&'a str>) -> McpHeaders<'a> {
        McpHeaders {
            protocol_version: Some(STATELESS_VERSION),
            method,
            name,
        }
    }

    fn call(meta: Value) -> Value {
        json!({"jsonrpc": "2.0", "id": 9, "method": "tools/call",
               "params": {"name": "list_tables", "_meta": meta}})
    }

    fn good_meta() -> Value {
        json!({META_PROTOCOL_VERSION: STATELESS_VERSION, META_CLIENT_CAPABILITIES: {}})
    }

    #[test]
    fn legacy_and_absent_headers_only_check_the_version() {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"});
        assert!(check_http_request(&McpHeaders::default(), &body).is_ok());
        let legacy = McpHeaders {
            protocol_version: Some("2025-06-18"),
            ..Default::default()
        };
        assert!(check_http_request(&legacy, &body).is_ok());
        let future = McpHeaders {
            protocol_version: Some("v999.0.0"),
            ..Default::default()
        };
        let r = check_http_request(&future, &body).unwrap_err();
        assert_eq!((r.status, r.code), (400, UNSUPPORTED_PROTOCOL_VERSION));
        assert_eq!(r.data.unwrap()["requested"], "v999.0.0");
    }

    #[test]
    fn stateless_headers_must_match_the_body() {
        let body = call(good_meta());
        let ok = stateless(Some("tools/call"), Some("  list_tables "));
        assert_eq!(check_http_request(&ok, &body), Ok(()));
        for h in [
            stateless(None, Some("list_tables")),
            stateless(Some("tools/list"), Some("list_tables")),
            stateless(Some("tools/call"), None),
            stateless(Some("tools/call"), Some("wrong_tool_name")),
        ] {
            assert_eq!(
                check_http_request(&h, &body).unwrap_err().code,
                HEADER_MISMATCH
            );
        }
    }

    #[test]
    fn stateless_requests_need_their_meta() {
        let h = stateless(Some("tools/call"), Some("list_tables"));
        let no_version = call(json!({META_CLIENT_CAPABILITIES: {}}));
        let other_version =
            call(json!({META_PROTOCOL_VERSION: "2025-11-25", META_CLIENT_CAPABILITIES: {}}));
        let no_caps = call(json!({META_PROTOCOL_VERSION: STATELESS_VERSION}));
        assert_eq!(
            check_http_request(&h, &no_version).unwrap_err().code,
            INVALID_PARAMS
        );
        assert_eq!(
            check_http_request(&h, &other_version).unwrap_err().code,
            HEADER_MISMATCH
        );
        assert_eq!(
            check_http_request(&h, &no_caps).unwrap_err().code,
            INVALID_PARAMS
        );
    }

    #[test]
    fn stateless_errors_have_statuses() {
        assert_eq!(stateless_status(&json!({"result": {}})), 200);
        assert_eq!(stateless_status(&json!({"error": {"code": -32601}})), 404);
        assert_eq!(stateless_status(&json!({"error": {"code": -32602}})), 400);
        assert_eq!(stateless_status(&json!({"error": {"code": -32603}})), 500);
    }
}
