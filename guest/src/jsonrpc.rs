//! JSON-RPC 2.0 envelopes and error codes. Knows nothing about MCP.

use serde_json::{json, Value};

pub use s3tables_ops::protocol::{
    INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND, PARSE_ERROR,
};
/// MCP 2026-07-28: the request's protocol version is not one the server speaks.

#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
    pub code: i64,
    pub message: String,
    pub data: Option<Value>,
}

impl RpcError {
    pub fn new(code: i64, message: String) -> Self {
        RpcError {
            code,
            message,
            data: None,
        }
    }
    pub fn invalid_params(message: String) -> Self {
        RpcError::new(INVALID_PARAMS, message)
    }
    pub fn method_not_found(method: &str) -> Self {
        RpcError::new(METHOD_NOT_FOUND, format!("Method not found: {method}"))
    }
}

/// What one inbound message turned out to be.
#[derive(Debug)]
pub enum Inbound {
    Request {
        id: Value,
        method: String,
        params: Option<Value>,
    },
    Notification {
        method: String,
    },
    /// A response from the client (we send no requests, so it is ignored).
    Response,
    /// Not JSON-RPC: answer with this error (and the id, when one could be read).
    Invalid {
        id: Value,
        error: RpcError,
    },
}

pub fn parse(message: &str) -> Inbound {
    let value: Value = match serde_json::from_str(message) {
        Ok(v) => v,
        Err(e) => {
            return Inbound::Invalid {
                id: Value::Null,
                error: RpcError::new(PARSE_ERROR, format!("Parse error: {e}")),
            }
        }
    };
    let invalid = |id: Value, why: &str| Inbound::Invalid {
        id,
        error: RpcError::new(INVALID_REQUEST, format!("Invalid Request: {why}")),
    };
    let Value::Object(obj) = value else {
        return invalid(
            Value::Null,
            if value.is_array() {
                "batches are not supported"
            } else {
                "expected an object"
            },
        );
    };
    let id = obj.get("id").cloned();
    let id_ok = matches!(&id, None | Some(Value::String(_)) | Some(Value::Number(_)));
    if obj.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return invalid(
            if id_ok {
                id.unwrap_or(Value::Null)
            } else {
                Value::Null
            },
            "`jsonrpc` must be \"2.0\"",
        );
    }
    if !id_ok {
        return invalid(Value::Null, "`id` must be a string or a number");
    }
    match (obj.get("method"), id) {
        (Some(Value::String(method)), Some(id)) => {
            let params = obj.get("params").cloned();
            if params
                .as_ref()
                .is_some_and(|p| !p.is_object() && !p.is_array())
            {
                return invalid(id, "`params` must be an object");
            }
            Inbound::Request {
                id,
                method: method.clone(),
                params,
            }
        }
        (Some(Value::String(method)), None) => Inbound::Notification {
            method: method.clone(),
        },
        (Some(_), id) => invalid(id.unwrap_or(Value::Null), "`method` must be a string"),
        (None, Some(_)) if obj.contains_key("result") || obj.contains_key("error") => {
            Inbound::Response
        }
        (None, id) => invalid(id.unwrap_or(Value::Null), "missing `method`"),
    }
}

/// Whether a message is a well-formed request (which gets exactly one response).
pub fn is_request(message: &str) -> bool {
    matches!(parse(message), Inbound::Request { .. })
}

pub fn result(id: &Value, result: Value) -> String {
    json!({"jsonrpc": "2.0", "id": id, "result": result}).to_string()
}

pub fn error(id: &Value, error: &RpcError) -> String {
    let mut e = json!({"code": error.code, "message": error.message});
    if let Some(data) = &error.data {
        e["data"] = data.clone();
    }
    json!({"jsonrpc": "2.0", "id": id, "error": e}).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_messages() {
        assert!(matches!(
            parse("{"),
            Inbound::Invalid {
                error: RpcError {
                    code: PARSE_ERROR,
                    ..
                },
                ..
            }
        ));
        assert!(matches!(
            parse("[]"),
            Inbound::Invalid {
                error: RpcError {
                    code: INVALID_REQUEST,
                    ..
                },
                ..
            }
        ));
        assert!(matches!(
            parse(r#"{"jsonrpc":"1.0","id":1,"method":"x"}"#),
            Inbound::Invalid {
                id: Value::Number(_),
                ..
            }
        ));
        assert!(matches!(
            parse(r#"{"jsonrpc":"2.0","id":{},"method":"x"}"#),
            Inbound::Invalid {
                id: Value::Null,
                ..
            }
        ));
        assert!(matches!(
            parse(r#"{"jsonrpc":"2.0","method":"n"}"#),
            Inbound::Notification { .. }
        ));
        assert!(matches!(
            parse(r#"{"jsonrpc":"2.0","id":"a","result":{}}"#),
            Inbound::Response
        ));
        assert!(matches!(
            parse(r#"{"jsonrpc":"2.0","id":7,"method":"ping"}"#),
            Inbound::Request { .. }
        ));
    }
}
