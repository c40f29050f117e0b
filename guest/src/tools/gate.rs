//! What every tool call, generated or composite, passes before it runs (`admit`), and the two
//! shapes its result takes (`success`, `failure`). Its own module so that `call` (which
//! dispatches to the composite tools) and `composite` (which runs them) share it without
//! depending on each other.

use crate::aws::Client;
use crate::jsonrpc::RpcError;
use s3tables_ops::grants::Refusal;
use serde_json::{json, Map, Value};

/// A successful tool result: the JSON as structured content and as text.
pub fn success(value: Value) -> Value {
    let text = serde_json::to_string_pretty(&value).unwrap_or_default();
    json!({"content": [{"type": "text", "text": text}], "structuredContent": value, "isError": false})
}

/// A failed tool result the assistant can read and act on.
pub fn failure(message: &str) -> Value {
    json!({"content": [{"type": "text", "text": message}], "isError": true})
}

/// What the checks before a tool runs decided.
pub(super) enum Admitted<'a> {
    /// Run it with these arguments.
    Arguments(&'a Map<String, Value>),
    /// Not permitted: this tool result says why.
    Refused(Value),
}

/// The checks every tool call passes, generated or composite, in this order: the grants (a
/// hidden tool is unknown; a refused one gets a tool error, before its arguments are even
/// parsed, let alone the network), the toolset, and `arguments` being an object.
pub(super) fn admit<'a>(
    client: &Client,
    name: &str,
    grant: Result<(), Refusal>,
    toolset: &str,
    arguments: Option<&'a Value>,
    empty: &'a Map<String, Value>,
) -> Result<Admitted<'a>, RpcError> {
    match grant {
        Ok(()) => {}
        Err(Refusal::Hidden(_)) => {
            return Err(RpcError::invalid_params(format!(
                "Unknown tool: {name} (disabled by --tools/--deny-tools)"
            )))
        }
        Err(refusal) => {
            return Ok(Admitted::Refused(failure(&format!(
                "Operation not permitted: {refusal}"
            ))))
        }
    }
    if !client.config.toolsets.contains(toolset) {
        return Err(RpcError::invalid_params(format!(
            "Tool {name} is not enabled; start the server with --toolsets {toolset} (or all)"
        )));
    }
    match arguments {
        None | Some(Value::Null) => Ok(Admitted::Arguments(empty)),
        Some(Value::Object(obj)) => Ok(Admitted::Arguments(obj)),
        Some(_) => Err(RpcError::invalid_params(
            "`arguments` must be an object".to_string(),
        )),
    }
}
