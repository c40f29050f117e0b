//! MCP over stdio: one JSON-RPC message per line. Each message runs concurrently on its
//! own guest instance; responses are written whole, one per line, in completion order.
//! stdout carries only protocol messages; EOF on stdin ends the server cleanly.

use crate::config::Config;
use crate::runtime::Runtime;
use anyhow::Result;
use serde_json::{json, Value};
use std::sync::Arc;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

/// What the host needs to know about a message without interpreting it: its id (to answer
/// a failed request) and whether it may reach AWS (to fetch credentials only then).
fn peek(message: &str) -> (Option<Value>, bool) {
    match serde_json::from_str::<Value>(message) {
        Ok(Value::Object(obj)) => {
            let id = obj.get("id").cloned();
            let calls_tool = obj.get("method").and_then(Value::as_str) == Some("tools/call");
            (id, calls_tool)
        }
        _ => (None, false),
    }
}

fn internal_error(id: Value, message: String) -> String {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32603, "message": message}}).to_string()
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

pub async fn serve(config: Config) -> Result<()> {
    let max = config.limits.max_message_bytes;
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

    let mut reader = BufReader::new(tokio::io::stdin());
    let mut tasks = tokio::task::JoinSet::new();
    while let Some(line) = read_line(&mut reader, max).await? {
        let message = match line {
            Ok(m) if m.trim().is_empty() => continue,
            Ok(m) => m,
            Err(len) => {
                tracing::warn!("dropped an inbound message of {len} bytes (limit {max})");
                let _ = tx.send(
                    json!({"jsonrpc": "2.0", "id": null,
                           "error": {"code": -32600, "message": format!("Invalid Request: message of {len} bytes exceeds the {max}-byte limit")}})
                    .to_string(),
                );
                continue;
            }
        };
        let runtime = runtime.clone();
        let tx = tx.clone();
        tasks.spawn(async move {
            let (id, needs_credentials) = peek(&message);
            match runtime.handle(&message, needs_credentials).await {
                Ok(outs) => outs.into_iter().for_each(|o| {
                    let _ = tx.send(o);
                }),
                Err(e) => {
                    tracing::error!("request failed inside the sandbox: {e:#}");
                    if let Some(id) = id {
                        let _ = tx.send(internal_error(
                            id,
                            format!("Internal error: the request failed inside the sandbox: {e}"),
                        ));
                    }
                }
            }
        });
        while tasks.try_join_next().is_some() {}
    }
    while tasks.join_next().await.is_some() {}
    drop(tx);
    let _ = writer.await;
    Ok(())
}
