//! MCP over stdio: one JSON-RPC message per line. Each request runs concurrently on its
//! own guest instance (up to `--max-concurrency`); responses are written whole, one per
//! line, in completion order. `notifications/cancelled` drops the named request, which then
//! never answers. stdout carries only protocol messages; on EOF or SIGTERM the server stops
//! reading, lets in-flight requests finish (bounded), and exits 0.

use crate::audit::AuditLog;
use crate::config::Config;
use crate::runtime::Runtime;
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::{mpsc, Semaphore};
use tokio::task::{AbortHandle, JoinSet};

/// What the host needs to know about a message without interpreting it.
#[derive(Debug, PartialEq)]
enum Peek {
    /// A request: its id, and for `tools/call` the tool and its arguments (only tool calls
    /// reach AWS, so credentials are fetched only for them; they are also what is audited).
    Request {
        id: Value,
        tool: Option<(String, Value)>,
    },
    /// `notifications/cancelled` for this request id.
    Cancel(Value),
    /// Anything else (other notifications, responses, garbage): the guest sorts it out.
    Other,
}

fn peek(message: &str) -> Peek {
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
                let args = params
                    .and_then(|p| p.get("arguments"))
                    .cloned()
                    .unwrap_or(Value::Null);
                (name.to_string(), args)
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
fn id_key(id: &Value) -> String {
    id.to_string()
}

fn error_line(id: Value, code: i64, message: String) -> String {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}).to_string()
}

/// Reads one line of at most `max` bytes. `Ok(None)` at EOF; an over-long line is
/// consumed and reported as `Err(len)` so the reader stays in step.
async fn read_line<R: AsyncBufReadExt + Unpin>(
    reader: &mut R,
    max: usize,
) -> std::io::Result<Option<Result<String, usize>>> {
    let mut line = Vec::new();
    let mut total = 0usize;
    loop {
        let buf = reader.fill_buf().await?;
        if buf.is_empty() {
            return Ok(if total == 0 {
                None
            } else {
                Some(finish(line, total, max))
            });
        }
        let (chunk, done) = match buf.iter().position(|b| *b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        total += chunk.len();
        if total <= max {
            line.extend_from_slice(chunk);
        }
        let consumed = done.unwrap_or(buf.len());
        reader.consume(consumed);
        if done.is_some() {
            return Ok(Some(finish(line, total, max)));
        }
    }
}

fn finish(line: Vec<u8>, total: usize, max: usize) -> Result<String, usize> {
    if total > max {
        Err(total)
    } else {
        Ok(String::from_utf8_lossy(&line)
            .trim_end_matches('\r')
            .to_string())
    }
}

/// Resolves when the process is asked to terminate.
async fn terminated() {
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

pub async fn serve(config: Config) -> Result<()> {
    let max = config.limits.max_message_bytes;
    let drain_timeout = config.limits.request_timeout;
    let permits = Arc::new(Semaphore::new(config.limits.max_concurrency));
    let audit = config
        .audit_log
        .as_deref()
        .map(|p| Arc::new(AuditLog::open(p)));
    let runtime = Arc::new(Runtime::new(config).await?);
    let (tx, mut rx) = mpsc::unbounded_channel::<String>();
    let writer = tokio::spawn(async move {
        let mut stdout = tokio::io::stdout();
        while let Some(msg) = rx.recv().await {
            let mut line = msg.into_bytes();
            line.push(b'\n');
            if stdout.write_all(&line).await.is_err() || stdout.flush().await.is_err() {
                break;
            }
        }
    });

    let in_flight: Arc<Mutex<HashMap<String, AbortHandle>>> = Arc::default();
    let mut tasks = JoinSet::new();
    let mut reader = BufReader::new(tokio::io::stdin());
    let shutdown = terminated();
    tokio::pin!(shutdown);
    loop {
        let line = tokio::select! {
            line = read_line(&mut reader, max) => line?,
            _ = &mut shutdown => {
                tracing::info!("SIGTERM: finishing in-flight requests");
                break;
            }
        };
        let Some(line) = line else { break };
        let message = match line {
            Ok(m) if m.trim().is_empty() => continue,
            Ok(m) => m,
            Err(len) => {
                tracing::warn!("dropped an inbound message of {len} bytes (limit {max})");
                let _ = tx.send(error_line(
                    Value::Null,
                    -32600,
                    format!("Invalid Request: message of {len} bytes exceeds the {max}-byte limit"),
                ));
                continue;
            }
        };
        match peek(&message) {
            Peek::Cancel(id) => {
                if let Some(handle) = in_flight.lock().expect("lock").remove(&id_key(&id)) {
                    tracing::info!("cancelled request {id}");
                    handle.abort();
                }
            }
            Peek::Request { id, tool } => {
                let permit = permits.clone().acquire_owned().await?;
                let (runtime, tx, registry, audit) = (
                    runtime.clone(),
                    tx.clone(),
                    in_flight.clone(),
                    audit.clone(),
                );
                let key = id_key(&id);
                // Registered under the lock so a completion cannot race the insertion.
                let mut map = in_flight.lock().expect("lock");
                let handle = tasks.spawn(async move {
                    let started = std::time::Instant::now();
                    let outcome = runtime.handle(&message, tool.is_some()).await;
                    // Unregister before answering: once removed, a cancel can no longer abort it.
                    registry.lock().expect("lock").remove(&id_key(&id));
                    let (messages, request_ids) = match outcome {
                        Ok(h) => (h.messages, h.request_ids),
                        Err(e) => {
                            tracing::error!("request {id} failed inside the sandbox: {e:#}");
                            let msg = format!(
                                "Internal error: the request failed inside the sandbox: {e}"
                            );
                            (vec![error_line(id, -32603, msg)], Vec::new())
                        }
                    };
                    if let (Some(audit), Some((name, args))) = (&audit, &tool) {
                        audit.record(
                            name,
                            args,
                            messages.first().map(String::as_str),
                            &request_ids,
                            started.elapsed(),
                        );
                    }
                    for m in messages {
                        let _ = tx.send(m);
                    }
                    drop(permit);
                });
                map.insert(key, handle);
            }
            Peek::Other => {
                // Notifications and malformed input: answered (if at all) by the guest.
                let (runtime, tx) = (runtime.clone(), tx.clone());
                tasks.spawn(async move {
                    if let Ok(handled) = runtime.handle(&message, false).await {
                        for m in handled.messages {
                            let _ = tx.send(m);
                        }
                    }
                });
            }
        }
        while tasks.try_join_next().is_some() {}
    }
    let drained = tokio::time::timeout(drain_timeout, async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!("stopping with requests still in flight after {drain_timeout:?}");
        tasks.abort_all();
    }
    drop(tx);
    let _ = tokio::time::timeout(Duration::from_secs(5), writer).await;
    Ok(())
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
                tool: Some(("list_tables".into(), json!({"prefix": "a"})))
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
