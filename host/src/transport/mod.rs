//! MCP transports: how JSON-RPC messages reach the runtime. What the transports share —
//! peeking at a message, running a request on its own instance, auditing it — lives here.

pub mod http;
pub mod stdio;

use crate::append_only::CallScope;
use crate::audit::AuditLog;
use crate::completions::CompletionCache;
use crate::consent::{destructive_op, ClientRequests, Decision};
use crate::runtime::{Request, Runtime};
use s3tables_ops::protocol::{
    INTERNAL_ERROR, INVALID_PARAMS, META_PROTOCOL_VERSION, REACHES_AWS, STATELESS_VERSION,
};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::UnboundedSender;

/// An inbound message, parsed once on arrival. The guest gets `text` (it parses it itself,
/// in its own sandbox); every decision of the host — routing, cancellation, the tool and
/// arguments that scope the append-only checks and the audit log, the HTTP header checks,
/// the log level — reads `value`, borrowed, never copied.
pub struct Envelope {
    pub text: String,
    /// The parsed message; `Null` when it is not JSON (the guest answers that).
    pub value: Value,
}

/// What a message is, to the host.
#[derive(Debug, PartialEq)]
pub enum Peek<'a> {
    /// A request: its id, and for `tools/call` the tool and its arguments (what is audited,
    /// and what the append-only checks scope).
    Request {
        id: &'a Value,
        tool: Option<ToolCall<'a>>,
    },
    /// `notifications/cancelled` for this request id.
    Cancel(&'a Value),
    /// Anything else (other notifications, responses, garbage): the guest sorts it out.
    Other,
}

/// A `tools/call` request as the host sees it.
#[derive(Debug, PartialEq)]
pub struct ToolCall<'a> {
    pub name: &'a str,
    pub arguments: &'a Value,
    /// `_meta.progressToken`: the host reports its own slow steps (preparing the data plane)
    /// under it.
    pub progress_token: Option<&'a Value>,
}

impl Envelope {
    pub fn parse(text: String) -> Envelope {
        let value = serde_json::from_str(&text).unwrap_or(Value::Null);
        Envelope { text, value }
    }

    fn method(&self) -> Option<&str> {
        self.value.get("method").and_then(Value::as_str)
    }

    pub fn peek(&self) -> Peek<'_> {
        const NO_ARGUMENTS: &Value = &Value::Null;
        let params = self.value.get("params");
        match (self.value.get("id"), self.method()) {
            (Some(id @ (Value::String(_) | Value::Number(_))), Some(method)) => Peek::Request {
                id,
                tool: (method == "tools/call").then(|| ToolCall {
                    name: params
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .unwrap_or_default(),
                    arguments: params
                        .and_then(|p| p.get("arguments"))
                        .unwrap_or(NO_ARGUMENTS),
                    progress_token: params
                        .and_then(|p| p.pointer("/_meta/progressToken"))
                        .filter(|t| t.is_string() || t.is_number()),
                }),
            },
            (None, Some("notifications/cancelled")) => {
                match params.and_then(|p| p.get("requestId")) {
                    Some(id @ (Value::String(_) | Value::Number(_))) => Peek::Cancel(id),
                    _ => Peek::Other,
                }
            }
            _ => Peek::Other,
        }
    }

    /// Whether the request names the 2026-07-28 revision (stateless) in its `_meta`.
    fn is_stateless(&self) -> bool {
        self.value
            .pointer("/params/_meta")
            .and_then(|m| m.get(META_PROTOCOL_VERSION))
            .and_then(Value::as_str)
            == Some(STATELESS_VERSION)
    }

    /// Whether answering may need AWS (then the guest gets credentials).
    fn reaches_aws(&self) -> bool {
        self.method().is_some_and(|m| REACHES_AWS.contains(&m))
    }

    /// The level a `logging/setLevel` request asks for.
    fn requested_log_level(&self) -> Option<&str> {
        (self.method() == Some("logging/setLevel"))
            .then(|| self.value.pointer("/params/level").and_then(Value::as_str))
            .flatten()
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
    fn remember(&self, message: &Envelope, answer: Option<&str>) {
        let Some(level) = message.requested_log_level() else {
            return;
        };
        let accepted = answer
            .and_then(|a| serde_json::from_str::<Value>(a).ok())
            .is_some_and(|a| a.get("result").is_some());
        if accepted {
            *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(level.to_string());
        }
    }
}

/// Runs one request on its own guest instance and returns its outbound messages: the
/// guest's answer, or `-32603` if the sandbox failed. Notifications it sends while it runs
/// go to `notify`. A destructive tool runs only once the person agreed (`consent.rs`; `asker`
/// reaches the client where the transport can send it requests). Tool calls are audited.
pub async fn run_request(
    runtime: &Runtime,
    audit: Option<&AuditLog>,
    log_level: &LogLevel,
    message: &Envelope,
    notify: Option<UnboundedSender<String>>,
    asker: Option<&ClientRequests>,
) -> Vec<String> {
    let started = std::time::Instant::now();
    let (id, tool) = match message.peek() {
        Peek::Request { id, tool } => (id.clone(), tool),
        Peek::Cancel(_) | Peek::Other => (Value::Null, None),
    };
    let cached = CompletionCache::key(&message.value);
    if let Some(result) = cached.as_deref().and_then(|k| runtime.completions.get(k)) {
        return vec![json!({"jsonrpc": "2.0", "id": id, "result": result}).to_string()];
    }
    let mut consented = None;
    let destructive = tool
        .as_ref()
        .and_then(|t| destructive_op(t.name))
        // Not granted: the guest refuses it, with no question asked.
        .filter(|op| {
            runtime.config().policy.confirm_destructive
                && runtime.config().policy.grants.check(op).is_ok()
        });
    if let (Some(op), Some(tool)) = (destructive, &tool) {
        let asker = asker.zip(notify.as_ref());
        let stateless = message.is_stateless();
        let answer = match runtime
            .consent
            .decide(op, &message.value, stateless, asker)
            .await
        {
            Decision::Proceed(op) => {
                consented = Some(op);
                None
            }
            Decision::Answer(mut result) => {
                if stateless && result.get("resultType").is_none() {
                    result["resultType"] = json!("complete");
                }
                Some(json!({"jsonrpc": "2.0", "id": id, "result": result}).to_string())
            }
            Decision::Refuse(why) => Some(error_line(id.clone(), INVALID_PARAMS, why)),
        };
        if let Some(answer) = answer {
            if let Some(audit) = audit {
                audit.record(
                    tool.name,
                    tool.arguments,
                    Some(&answer),
                    &[],
                    started.elapsed(),
                );
            }
            return vec![answer];
        }
    }
    let request = Request {
        consented,
        needs_credentials: message.reaches_aws(),
        notify,
        log_level: log_level.get(),
        tool: tool.as_ref().map(|t| t.name.to_string()),
        progress_token: tool.as_ref().and_then(|t| t.progress_token.cloned()),
        scope: tool
            .as_ref()
            .map(|t| CallScope::of_call(t.name, t.arguments))
            .unwrap_or_default(),
    };
    let (messages, request_ids) = match runtime.handle_with(&message.text, &request).await {
        Ok(h) => (h.messages, h.request_ids),
        Err(e) => {
            tracing::error!("request {id} failed inside the sandbox: {e:#}");
            let msg = format!("Internal error: the request failed inside the sandbox: {e}");
            (vec![error_line(id, INTERNAL_ERROR, msg)], Vec::new())
        }
    };
    log_level.remember(message, messages.first().map(String::as_str));
    if let (Some(key), Some(answer)) = (cached, messages.first()) {
        runtime.completions.put(key, answer);
    }
    if let (Some(audit), Some(tool)) = (audit, &tool) {
        audit.record(
            tool.name,
            tool.arguments,
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

    fn check(text: &str, expected: Peek) {
        assert_eq!(Envelope::parse(text.to_string()).peek(), expected, "{text}");
    }

    #[test]
    fn peeks_ids_tool_calls_and_cancellations() {
        check(
            r#"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"list_tables","arguments":{"prefix":"a"}}}"#,
            Peek::Request {
                id: &json!(7),
                tool: Some(ToolCall {
                    name: "list_tables",
                    arguments: &json!({"prefix": "a"}),
                    progress_token: None,
                }),
            },
        );
        check(
            r#"{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"query_database","_meta":{"progressToken":"p1"}}}"#,
            Peek::Request {
                id: &json!(8),
                tool: Some(ToolCall {
                    name: "query_database",
                    arguments: &Value::Null,
                    progress_token: Some(&json!("p1")),
                }),
            },
        );
        check(
            r#"{"jsonrpc":"2.0","id":"a","method":"ping"}"#,
            Peek::Request {
                id: &json!("a"),
                tool: None,
            },
        );
        check(
            r#"{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":3}}"#,
            Peek::Cancel(&json!(3)),
        );
        check(
            r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            Peek::Other,
        );
        check("{oops", Peek::Other);
        assert_ne!(id_key(&json!(1)), id_key(&json!("1")));
    }

    #[test]
    fn only_an_accepted_set_level_is_remembered() {
        let level = LogLevel::default();
        let set = |l: &str| {
            Envelope::parse(format!(
                r#"{{"jsonrpc":"2.0","id":1,"method":"logging/setLevel","params":{{"level":"{l}"}}}}"#
            ))
        };
        level.remember(
            &set("debug"),
            Some(r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"no"}}"#),
        );
        assert_eq!(level.get(), None);
        level.remember(
            &set("info"),
            Some(r#"{"jsonrpc":"2.0","id":1,"result":{}}"#),
        );
        assert_eq!(level.get().as_deref(), Some("info"));
        let ping = Envelope::parse(r#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#.into());
        level.remember(&ping, Some(r#"{"jsonrpc":"2.0","id":2,"result":{}}"#));
        assert_eq!(level.get().as_deref(), Some("info"));
    }
}
