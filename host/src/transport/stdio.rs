//! MCP over stdio: one JSON-RPC message per line. Each request runs concurrently on its
//! own guest instance (up to `--max-concurrency`); responses are written whole, one per
//! line, in completion order. `notifications/cancelled` drops the named request, which then
//! never answers. stdout carries only protocol messages; on EOF or SIGTERM the server stops
//! reading, lets in-flight requests finish (bounded), and exits 0.

use super::{error_line, id_key, Envelope, Peek};
use crate::audit::AuditLog;
use crate::config::Config;
use crate::consent::ClientRequests;
use crate::runtime::Runtime;
use anyhow::Result;
use s3tables_ops::protocol::INVALID_REQUEST;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::{mpsc, Semaphore};
use tokio::task::{AbortHandle, JoinSet};

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
    let max = config.limits.settings.max_message_bytes;
    let drain_timeout = config.limits.request_timeout;
    let permits = Arc::new(Semaphore::new(config.limits.settings.max_concurrency));
    let audit = config
        .audit_log
        .as_deref()
        .map(|p| Arc::new(AuditLog::open(p)));
    let runtime = Arc::new(Runtime::new(config).await?);
    // A person who ran the binary in a terminal (the README's first command) would otherwise
    // see nothing at all: say what it is waiting for. An MCP client's pipe is not a terminal.
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        eprintln!(
            "s3tables-mcp {}: serving MCP over stdio, one JSON-RPC message per line. \
             Add it to an MCP client instead (see the README); Ctrl-D stops it.",
            env!("CARGO_PKG_VERSION")
        );
    }
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
    // Requests to the client (elicitation before a destructive call) and their answers.
    let asker = Arc::new(ClientRequests::default());
    let log_level = super::LogLevel::default();
    let mut tasks = JoinSet::new();
    let mut reader = BufReader::new(tokio::io::stdin());
    let shutdown = super::terminated();
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
                    INVALID_REQUEST,
                    format!("Invalid Request: message of {len} bytes exceeds the {max}-byte limit"),
                ));
                continue;
            }
        };
        let message = Envelope::parse(message);
        match message.peek() {
            Peek::Cancel(id) => {
                if let Some(handle) = in_flight.lock().expect("lock").remove(&id_key(id)) {
                    tracing::info!("cancelled request {id}");
                    handle.abort();
                }
            }
            Peek::Request { id, .. } => {
                if message.value.get("method").and_then(Value::as_str) == Some("initialize") {
                    asker.remember_capabilities(&message.value);
                }
                let key = id_key(id);
                let permit = permits.clone().acquire_owned().await?;
                let (runtime, tx, registry, audit, log_level, asker) = (
                    runtime.clone(),
                    tx.clone(),
                    in_flight.clone(),
                    audit.clone(),
                    log_level.clone(),
                    asker.clone(),
                );
                // Registered under the lock so a completion cannot race the insertion.
                let mut map = in_flight.lock().expect("lock");
                let done = key.clone();
                let handle = tasks.spawn(async move {
                    // Progress and log notifications are written as the guest sends them.
                    let messages = super::run_request(
                        &runtime,
                        audit.as_deref(),
                        &log_level,
                        &message,
                        Some(tx.clone()),
                        Some(&asker),
                    )
                    .await;
                    // Unregister before answering: once removed, a cancel can no longer abort it.
                    registry.lock().expect("lock").remove(&done);
                    for m in messages {
                        let _ = tx.send(m);
                    }
                    drop(permit);
                });
                map.insert(key, handle);
            }
            Peek::Other if asker.answer(&message.value) => {}
            Peek::Other => {
                // Notifications and malformed input: answered (if at all) by the guest.
                let (runtime, tx) = (runtime.clone(), tx.clone());
                tasks.spawn(async move {
                    if let Ok(handled) = runtime.handle(&message.text, false).await {
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
