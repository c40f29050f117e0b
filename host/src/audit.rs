//! `--audit-log PATH`: one JSON line per tool call, written by the host — time, tool,
//! arguments (secret-looking values redacted), outcome, AWS request ids, duration. A log
//! that cannot be written is a warning on stderr, never a reason to stop serving.

use serde_json::{json, Map, Value};
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

pub struct AuditLog {
    file: Mutex<Option<File>>,
}

/// Argument names whose values are never written, wherever they appear.
const SECRET_WORDS: &[&str] = &[
    "secret",
    "password",
    "credential",
    "private",
    "session_token",
    "access_key",
    "authorization",
];

fn redact(value: &Value) -> Value {
    match value {
        Value::Object(obj) => Value::Object(
            obj.iter()
                .map(|(k, v)| {
                    let lower = k.to_ascii_lowercase();
                    let v = if SECRET_WORDS.iter().any(|w| lower.contains(w)) {
                        json!("[redacted]")
                    } else {
                        redact(v)
                    };
                    (k.clone(), v)
                })
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact).collect()),
        other => other.clone(),
    }
}

/// How a tool call ended, read from its JSON-RPC response.
fn outcome(response: Option<&str>) -> (&'static str, Option<String>) {
    let Some(v) = response.and_then(|r| serde_json::from_str::<Value>(r).ok()) else {
        return ("no_response", None);
    };
    if let Some(e) = v.get("error") {
        return (
            "rpc_error",
            e.get("message").and_then(Value::as_str).map(str::to_string),
        );
    }
    if v["result"]["isError"] == true {
        let text = v["result"]["content"][0]["text"]
            .as_str()
            .unwrap_or_default();
        return ("tool_error", Some(text.chars().take(500).collect()));
    }
    ("ok", None)
}

impl AuditLog {
    /// Opens (appends to) the log; on failure warns and returns a log that writes nothing.
    pub fn open(path: &Path) -> AuditLog {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path);
        if let Err(e) = &file {
            tracing::warn!(
                "cannot open the audit log {}: {e}; continuing without it",
                path.display()
            );
            eprintln!(
                "s3tables-mcp: warning: cannot open the audit log {}: {e}; continuing without it",
                path.display()
            );
        }
        AuditLog {
            file: Mutex::new(file.ok()),
        }
    }

    pub fn record(
        &self,
        tool: &str,
        arguments: &Value,
        response: Option<&str>,
        request_ids: &[String],
        duration: Duration,
    ) {
        let (result, error) = outcome(response);
        let mut entry = json!({
            "time": aws_smithy_types::DateTime::from(SystemTime::now())
                .fmt(aws_smithy_types::date_time::Format::DateTime)
                .unwrap_or_default(),
            "tool": tool,
            "arguments": redact(arguments),
            "outcome": result,
            "request_ids": request_ids,
            "duration_ms": (duration.as_secs_f64() * 1000.0 * 10.0).round() / 10.0,
        });
        if let Some(e) = error {
            entry["error"] = json!(e);
        }
        let mut guard = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(file) = guard.as_mut() {
            if let Err(e) = writeln!(file, "{entry}") {
                eprintln!("s3tables-mcp: warning: writing the audit log failed: {e}; continuing without it");
                *guard = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_secret_looking_keys_at_any_depth() {
        let v = redact(
            &json!({"name": "t", "nested": {"SecretAccessKey": "s", "list": [{"session_token": "x"}]}, "version_token": "v"}),
        );
        assert_eq!(
            v,
            json!({"name": "t", "nested": {"SecretAccessKey": "[redacted]", "list": [{"session_token": "[redacted]"}]}, "version_token": "v"})
        );
    }

    #[test]
    fn reads_outcomes() {
        assert_eq!(outcome(Some(r#"{"result":{"isError":false}}"#)).0, "ok");
        assert_eq!(
            outcome(Some(
                r#"{"result":{"isError":true,"content":[{"text":"boom"}]}}"#
            )),
            ("tool_error", Some("boom".into()))
        );
        assert_eq!(
            outcome(Some(r#"{"error":{"code":-32602,"message":"bad"}}"#)),
            ("rpc_error", Some("bad".into()))
        );
    }
}
