//! The guest's stdout while it handles a request: each line is a notification for the client
//! (progress, log messages), forwarded as soon as it is written. Only JSON-RPC notifications
//! pass, within a size budget: whatever else a guest writes there never reaches the client.

use serde_json::Value;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use tokio::io::AsyncWrite;
use tokio::sync::mpsc::UnboundedSender;
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};

/// Bytes of notifications one request may send; the rest are dropped (and counted in the log).
const BUDGET: usize = 4 * 1024 * 1024;

/// A guest stdout that forwards notification lines to `tx`.
#[derive(Clone)]
pub struct Forward {
    tx: UnboundedSender<String>,
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    partial: Vec<u8>,
    sent: usize,
    dropped: usize,
}

impl Forward {
    pub fn new(tx: UnboundedSender<String>) -> Self {
        Forward {
            tx,
            state: Arc::default(),
        }
    }

    fn write(&self, bytes: &[u8]) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.partial.extend_from_slice(bytes);
        while let Some(end) = state.partial.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = state.partial.drain(..=end).collect();
            let line = String::from_utf8_lossy(&line[..end]).trim().to_string();
            if line.is_empty() {
                continue;
            }
            if state.sent + line.len() > BUDGET || !is_notification(&line) {
                state.dropped += 1;
                continue;
            }
            state.sent += line.len();
            let _ = self.tx.send(line);
        }
        if state.partial.len() > BUDGET {
            state.partial.clear();
            state.dropped += 1;
        }
    }

    /// How many lines were not forwarded (not notifications, or over budget).
    pub fn dropped(&self) -> usize {
        self.state.lock().map(|s| s.dropped).unwrap_or(0)
    }
}

/// A JSON-RPC notification (`notifications/...`, no id): the only thing forwarded.
pub fn is_notification(line: &str) -> bool {
    let Ok(Value::Object(m)) = serde_json::from_str::<Value>(line) else {
        return false;
    };
    m.get("jsonrpc").and_then(Value::as_str) == Some("2.0")
        && !m.contains_key("id")
        && m.get("method")
            .and_then(Value::as_str)
            .is_some_and(|method| method.starts_with("notifications/"))
}

impl IsTerminal for Forward {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for Forward {
    fn async_stream(&self) -> Box<dyn AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

impl AsyncWrite for Forward {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        self.write(buf);
        Poll::Ready(Ok(buf.len()))
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwards_only_whole_notification_lines() {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let f = Forward::new(tx);
        f.write(br#"{"jsonrpc":"2.0","method":"notifications/progress","#);
        f.write(b"\"params\":{}}\n");
        f.write(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\nnot json\n\n");
        assert_eq!(
            rx.try_recv().unwrap(),
            r#"{"jsonrpc":"2.0","method":"notifications/progress","params":{}}"#
        );
        assert!(rx.try_recv().is_err());
        assert_eq!(f.dropped(), 2);
    }
}
