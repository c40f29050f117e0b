//! MCP transports: how JSON-RPC messages reach the runtime. What the transports share —
//! peeking at a message, running a request on its own instance, auditing it — lives here.

pub mod http;
pub mod stdio;

use crate::append_only::CallScope;
use crate::audit::AuditLog;
use crate::runtime::{Request, Runtime};
use s3tables_ops::protocol::INTERNAL_ERROR;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedSender;

/// What the host needs to know about a message without interpreting it.
#[derive(Debug, PartialEq)]
pub enum Peek {
    /// A request: its id, and for `tools/call` the tool and its arguments (only tool calls
    /// reach AWS, so credentials are fetched only for them; they are also what is audited).
    Request { id: Value, tool: Option<ToolCall> },
    /// `notifications/cancelled` for this request id.
    Cancel(Value),
    /// Anything else (other notifications, responses, garbage): the guest sorts it out.
    Other,
}

/// A `tools/call` request as the host sees it.
#[derive(Debug, PartialEq)]
pub struct ToolCall {
    pub name: String,
    pub arguments: Value,
    /// `_meta.progressToken`: the host reports its own slow steps (preparing the data plane)
    /// under it.
    pub progress_token: Option<Value>,
}

pub fn peek(message: &str) -> Peek {
    let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(message) else {
        return Peek::Other;
    };
    let method = obj.get("method").and_then(Value::as_str);
    match (obj.get("id"), method) {
        (Some(id @ (Value::String(_) | Value::Number(_))), Some(m)) => {
            let params = obj.get("params");
            let tool = (m == "tools/call").then(|| {
                let name = params
                    .and_then(|p| p.get("name"))
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let arguments = params
                    .and_then(|p| p.get("arguments"))
                    .cloned()
                    .unwrap_or(Value::Null);
                let progress_token = params
                    .and_then(|p| p.pointer("/_meta/progressToken"))
                    .filter(|t| t.is_string() || t.is_number())
                    .cloned();
                ToolCall {
                    name: name.to_string(),
                    arguments,
                    progress_token,
                }
            });
            Peek::Request {
                id: id.clone(),
                tool,
            }
        }
        (None, Some("notifications/cancelled")) => {
            match obj.get("params").and_then(|p| p.get("requestId")) {
                Some(id @ (Value::String(_) | Value::Number(_))) => Peek::Cancel(id.clone()),
                _ => Peek::Other,
            }
        }
        _ => Peek::Other,
    }
}

/// JSON-RPC ids as map keys (`1` and `"1"` are different ids).
pub fn id_key(id: &Value) -> String {
    id.to_string()
}

pub fn error_line(id: Value, code: i64, message: String) -> String {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}).to_string()
}

/// The log level the client set with `logging/setLevel`. Each message runs on a fresh
/// instance, so the transport remembers it and hands it to every later one.
#[derive(Default, Clone)]
pub struct LogLevel(Arc<Mutex<Option<String>>>);

impl LogLevel {
    pub fn get(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Remembers the level of a `logging/setLevel` request that the guest accepted.
    fn remember(&self, message: &str, answer: Option<&str>) {
        let Ok(request) = serde_json::from_str::<Value>(message) else {
            return;
        };
        if request.get("method").and_then(Value::as_str) != Some("logging/setLevel") {
            return;
        }
        let accepted = answer
            .and_then(|a| serde_json::from_str::<Value>(a).ok())
            .is_some_and(|a| a.get("result").is_some());
        let level = request.pointer("/params/level").and_then(Value::as_str);
        if let (true, Some(level)) = (accepted, level) {
            *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(level.to_string());
        }
    }
}

/// Runs one request on its own guest instance and returns its outbound messages: the
/// guest's answer, or `-32603` if the sandbox failed. Notifications it sends while it runs
/// go to `notify`. Tool calls are audited.
pub async fn run_request(
    runtime: &Runtime,
    audit: Option<&AuditLog>,
    log_level: &LogLevel,
    message: &str,
    id: Value,
    tool: Option<&ToolCall>,
    notify: Option<UnboundedSender<String>>,
) -> Vec<String> {
    let started = std::time::Instant::now();
    let request = Request {
        needs_credentials: tool.is_some(),
        notify,
        log_level: log_level.get(),
        tool: tool.map(|t| t.name.clone()),
        progress_token: tool.and_then(|t| t.progress_token.clone()),
        scope: tool
            .map(|t| CallScope::of_call(&t.name, &t.arguments))
            .unwrap_or_default(),
    };
    let (messages, request_ids) = match runtime.handle_with(message, &request).await {
        Ok(h) => (h.messages, h.request_ids),
        Err(e) => {
            tracing::error!("request {id} failed inside the sandbox: {e:#}");
            let msg = format!("Internal error: the request failed inside the sandbox: {e}");
            (vec![error_line(id, INTERNAL_ERROR, msg)], Vec::new())
        }
    };
    log_level.remember(message, messages.first().map(String::as_str));
    if let (Some(audit), Some(tool)) = (audit, tool) {
        audit.record(
            &tool.name,
            &tool.arguments,
            messages.first().map(String::as_str),
            &request_ids,
            started.elapsed(),
        );
    }
    messages
}

/// Resolves when the process is asked to terminate.
pub async fn terminated() {
    #[cfg(unix)]
    {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    std::future::pending::<()>().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peeks_ids_tool_calls_and_cancellations() {
        assert_eq!(
            peek(
                r#"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"list_tables","arguments":{"prefix":"a"}}}"#
            ),
            Peek::Request {
                id: json!(7),
                tool: Some(ToolCall {
                    name: "list_tables".into(),
                    arguments: json!({"prefix": "a"}),
                    progress_token: None,
                })
            }
        );
        assert_eq!(
            peek(
                r#"{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"query_database","_meta":{"progressToken":"p1"}}}"#
            ),
            Peek::Request {
                id: json!(8),
                tool: Some(ToolCall {
                    name: "query_database".into(),
                    arguments: Value::Null,
                    progress_token: Some(json!("p1")),
                })
            }
        );
        assert_eq!(
            peek(r#"{"jsonrpc":"2.0","id":"a","method":"ping"}"#),
            Peek::Request {
                id: json!("a"),
                tool: None
            }
        );
        assert_eq!(
            peek(
                r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}"#
            ),
            Peek::Cancel(json!(3))
        );
        assert_eq!(
            peek(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#),
            Peek::Other
        );
        assert_eq!(peek("{oops"), Peek::Other);
        assert_ne!(id_key(&json!(1)), id_key(&json!("1")));
    }
}
