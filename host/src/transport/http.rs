//! MCP Streamable HTTP: one endpoint, `/mcp`. A POST carries one JSON-RPC message; a request
//! is answered with `application/json`, or with a `text/event-stream` that carries its progress
//! and log notifications as they happen and then the answer (when the client accepts one and
//! the request can send any — its progress, or the question before a destructive call); a
//! notification or response gets 202 (an answer to that question reaches the waiting call).
//! There are no sessions and no server-initiated messages outside a request, so GET and DELETE
//! answer 405. Requests in
//! the stateless revision (2026-07-28) are checked against their MCP headers first and their
//! errors get HTTP statuses (`s3tables_ops::protocol`). Each request runs on its own guest
//! instance under the same capability policy as stdio. Browsers' cross-site requests are
//! refused by `Origin`; a non-loopback bind requires a bearer token.

use super::{error_line, run_request, Envelope, LogLevel, Peek};
use crate::audit::AuditLog;
use crate::config::{Config, HttpConfig};
use crate::consent::{destructive_op, ClientRequests};
use crate::runtime::Runtime;
use anyhow::{Context, Result};
use bytes::Bytes;
use http::{header, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Either, Full, Limited};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use s3tables_ops::protocol::{self, McpHeaders, INTERNAL_ERROR, INVALID_REQUEST};
use serde_json::Value;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::Poll;
use tokio::sync::mpsc;
use tokio::sync::Semaphore;

pub const PATH: &str = "/mcp";

struct Shared {
    runtime: Runtime,
    audit: Option<AuditLog>,
    /// Without sessions, a level set by `logging/setLevel` holds for the whole server.
    log_level: LogLevel,
    /// Elicitations sent on event streams, waiting for the client's answering POST; and
    /// whether the last `initialize` declared elicitation (server-wide, as the log level).
    requests: ClientRequests,
    permits: Semaphore,
    http: HttpConfig,
    max_body: usize,
}

/// A response body: whole, or a stream of server-sent events.
type Body = Either<Full<Bytes>, EventStream>;

/// Each message sent on the channel becomes one SSE `message` event; the stream ends when
/// every sender is gone.
pub struct EventStream(mpsc::UnboundedReceiver<String>);

impl http_body::Body for EventStream {
    type Data = Bytes;
    type Error = Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|message| {
            message.map(|m| {
                Ok(http_body::Frame::data(Bytes::from(format!(
                    "event: message\ndata: {m}\n\n"
                ))))
            })
        })
    }
}

impl Shared {
    /// Runs a request once a concurrency permit is free; `None` when shutting down.
    async fn run(
        &self,
        message: &Envelope,
        notify: Option<mpsc::UnboundedSender<String>>,
    ) -> Option<Vec<String>> {
        let _permit = self.permits.acquire().await.ok()?;
        Some(
            run_request(
                &self.runtime,
                self.audit.as_ref(),
                &self.log_level,
                message,
                notify,
                // The question goes on the request's event stream (`notify`); the answer comes
                // in a POST of its own.
                Some(&self.requests),
            )
            .await,
        )
    }
}

fn respond(
    status: StatusCode,
    content_type: Option<&str>,
    body: impl Into<Bytes>,
) -> Response<Body> {
    let mut r = Response::new(Either::Left(Full::new(body.into())));
    *r.status_mut() = status;
    if let Some(ct) = content_type {
        if let Ok(v) = header::HeaderValue::from_str(ct) {
            r.headers_mut().insert(header::CONTENT_TYPE, v);
        }
    }
    r
}

fn json_error(status: StatusCode, code: i64, message: &str) -> Response<Body> {
    respond(
        status,
        Some("application/json"),
        error_line(serde_json::Value::Null, code, message.to_string()),
    )
}

/// Whether a browser `Origin` may talk to this server: same host as the bind, or loopback.
pub fn origin_allowed(origin: &str, bound: &SocketAddr) -> bool {
    let Ok(uri) = origin.parse::<http::Uri>() else {
        return false;
    };
    let Some(host) = uri.host() else { return false };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    matches!(host, "localhost" | "127.0.0.1" | "::1") || host == bound.ip().to_string()
}

/// Constant-time comparison, so the token cannot be guessed byte by byte from timings.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A header's value as text (lossy: a non-UTF-8 value then fails the checks it is for).
fn header_text(req: &Request<Incoming>, name: &str) -> Option<String> {
    req.headers()
        .get(name)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
}

/// Whether a tool call may send notifications, so an event stream is worth opening: it asked
/// for progress, or a log level applies to it.
fn may_notify(body: &Value, stateless: bool, log_level: &LogLevel) -> bool {
    let meta = body.pointer("/params/_meta");
    let progress = meta.and_then(|m| m.get("progressToken")).is_some();
    let logs = if stateless {
        meta.and_then(|m| m.get(protocol::META_LOG_LEVEL)).is_some()
    } else {
        log_level.get().is_some()
    };
    body.get("method").and_then(Value::as_str) == Some("tools/call") && (progress || logs)
}

async fn handle(req: Request<Incoming>, shared: Arc<Shared>) -> Response<Body> {
    if req.uri().path() != PATH {
        return respond(
            StatusCode::NOT_FOUND,
            Some("text/plain"),
            format!("not found; the MCP endpoint is {PATH}\n"),
        );
    }
    if let Some(origin) = req.headers().get(header::ORIGIN) {
        if !origin
            .to_str()
            .is_ok_and(|o| origin_allowed(o, &shared.http.addr))
        {
            return respond(
                StatusCode::FORBIDDEN,
                Some("text/plain"),
                "origin not allowed\n",
            );
        }
    }
    if let Some(token) = &shared.http.token {
        let given = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        if !given.is_some_and(|g| same_secret(g.as_bytes(), token.as_bytes())) {
            let mut r = respond(
                StatusCode::UNAUTHORIZED,
                Some("text/plain"),
                "a bearer token is required\n",
            );
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
            return r;
        }
    }
    if req.method() != Method::POST {
        let mut r = respond(
            StatusCode::METHOD_NOT_ALLOWED,
            Some("text/plain"),
            "this server sends no server-initiated messages and keeps no sessions: use POST\n",
        );
        r.headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("POST"));
        return r;
    }
    let (version, mcp_method, mcp_name) = (
        header_text(&req, "mcp-protocol-version"),
        header_text(&req, "mcp-method"),
        header_text(&req, "mcp-name"),
    );
    let accepts_events =
        header_text(&req, "accept").is_some_and(|a| a.contains("text/event-stream"));
    let body = match Limited::new(req.into_body(), shared.max_body)
        .collect()
        .await
    {
        Ok(b) => b.to_bytes(),
        Err(_) => {
            return json_error(
                StatusCode::PAYLOAD_TOO_LARGE,
                INVALID_REQUEST,
                &format!(
                    "Invalid Request: message exceeds the {}-byte limit",
                    shared.max_body
                ),
            )
        }
    };
    let message = Envelope::parse(String::from_utf8_lossy(&body).into_owned());
    let parsed = &message.value;
    let headers = McpHeaders {
        protocol_version: version.as_deref(),
        method: mcp_method.as_deref(),
        name: mcp_name.as_deref(),
    };
    if let Err(r) = protocol::check_http_request(&headers, parsed) {
        let id = parsed.get("id").cloned().unwrap_or(Value::Null);
        let mut error = serde_json::json!({"code": r.code, "message": r.message});
        if let Some(data) = r.data {
            error["data"] = data;
        }
        let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::BAD_REQUEST);
        let line = serde_json::json!({"jsonrpc": "2.0", "id": id, "error": error}).to_string();
        return respond(status, Some("application/json"), line);
    }
    let stateless = protocol::is_stateless_http(&headers);
    match message.peek() {
        Peek::Request { tool, .. } => {
            if parsed.get("method").and_then(Value::as_str) == Some("initialize") {
                shared.requests.remember_capabilities(parsed);
            }
            // A destructive call in the handshake era asks the person on its event stream.
            let asks = !stateless
                && tool.is_some_and(|t| destructive_op(t.name).is_some())
                && shared.runtime.config().policy.confirm_destructive;
            if accepts_events && (asks || may_notify(parsed, stateless, &shared.log_level)) {
                return event_stream(shared, message);
            }
            let Some(messages) = shared.run(&message, None).await else {
                return json_error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    INTERNAL_ERROR,
                    "shutting down",
                );
            };
            match messages.into_iter().next() {
                Some(m) => {
                    let status = if stateless {
                        let answer = serde_json::from_str(&m).unwrap_or(Value::Null);
                        StatusCode::from_u16(protocol::stateless_status(&answer))
                            .unwrap_or(StatusCode::OK)
                    } else {
                        StatusCode::OK
                    };
                    respond(status, Some("application/json"), m)
                }
                None => respond(StatusCode::ACCEPTED, None, Bytes::new()),
            }
        }
        // The answer to an elicitation this server sent on an event stream.
        Peek::Other if shared.requests.answer(parsed) => {
            respond(StatusCode::ACCEPTED, None, Bytes::new())
        }
        // A notification, a response, or something malformed: the guest decides.
        Peek::Cancel(_) | Peek::Other => {
            let Ok(_permit) = shared.permits.acquire().await else {
                return json_error(
                    StatusCode::SERVICE_UNAVAILABLE,
                    INTERNAL_ERROR,
                    "shutting down",
                );
            };
            match shared.runtime.handle(&message.text, false).await {
                Ok(h) if h.messages.is_empty() => respond(StatusCode::ACCEPTED, None, Bytes::new()),
                Ok(h) => respond(
                    StatusCode::BAD_REQUEST,
                    Some("application/json"),
                    h.messages.join("\n"),
                ),
                Err(e) => json_error(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    INTERNAL_ERROR,
                    &format!("Internal error: {e}"),
                ),
            }
        }
    }
}

/// Answers a request with an event stream: its notifications as the guest sends them, then
/// its answer. The request runs in its own task, so the stream flows while it works; a
/// client that goes away drops the stream, and the rest is discarded.
fn event_stream(shared: Arc<Shared>, message: Envelope) -> Response<Body> {
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let messages = shared
            .run(&message, Some(tx.clone()))
            .await
            .unwrap_or_default();
        for m in messages {
            let _ = tx.send(m);
        }
    });
    let mut r = Response::new(Either::Right(EventStream(rx)));
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/event-stream"),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    r
}

pub async fn serve(config: Config) -> Result<()> {
    let http = config.http.clone().context("no --http address")?;
    let listener = tokio::net::TcpListener::bind(http.addr)
        .await
        .with_context(|| format!("binding {}", http.addr))?;
    let local = listener.local_addr()?;
    let shared = Arc::new(Shared {
        audit: config.audit_log.as_deref().map(AuditLog::open),
        log_level: LogLevel::default(),
        requests: ClientRequests::default(),
        permits: Semaphore::new(config.limits.settings.max_concurrency),
        max_body: config.limits.settings.max_message_bytes,
        http: HttpConfig {
            addr: local,
            ..http
        },
        runtime: Runtime::new(config).await?,
    });
    // The address goes to stderr, so a caller that asked for port 0 can find the port.
    eprintln!("s3tables-mcp: serving MCP on http://{local}{PATH}");
    let mut connections = tokio::task::JoinSet::new();
    let shutdown = super::terminated();
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let shared = shared.clone();
        connections.spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, Infallible>(handle(req, shared).await) }
            });
            if let Err(e) = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await
            {
                tracing::debug!("connection ended: {e}");
            }
        });
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        let lo: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert!(origin_allowed("http://localhost:3000", &lo));
        assert!(origin_allowed("http://127.0.0.1", &lo));
        assert!(origin_allowed("http://[::1]:1", &lo));
        assert!(!origin_allowed("https://evil.example", &lo));
        assert!(!origin_allowed("null", &lo));
        let lan: SocketAddr = "10.1.2.3:80".parse().unwrap();
        assert!(
            origin_allowed("http://10.1.2.3", &lan) && !origin_allowed("http://10.1.2.4", &lan)
        );
        assert!(
            same_secret(b"abc", b"abc")
                && !same_secret(b"abc", b"abd")
                && !same_secret(b"abc", b"ab")
        );
    }
}
