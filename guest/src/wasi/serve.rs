//! `wasi:http/incoming-handler`: the component as a stateless MCP Streamable HTTP endpoint,
//! for wasi:http runtimes (`wasmtime serve`, Spin, wasmCloud). A POST carries one JSON-RPC
//! message; a request is answered with `application/json`, a notification with 202. The
//! runtime's outbound-host allowlist is the network policy; read-only is the guest's own.

use super::bindings::exports::wasi::http::incoming_handler::Guest as IncomingHandler;
use super::bindings::wasi::http::types::{
    Fields, IncomingRequest, Method, OutgoingBody, OutgoingResponse, ResponseOutparam,
};
use super::bindings::wasi::io::streams::StreamError;
use super::{config, with_client, Component};
use crate::notify::Buffer;
use s3tables_ops::protocol::{self, McpHeaders};
use serde_json::Value;

/// Largest request body read, as the host's default inbound limit.
const MAX_BODY: usize = 4 * 1024 * 1024;

fn reply(out: ResponseOutparam, status: u16, content_type: Option<&str>, body: &[u8]) {
    let headers = Fields::new();
    if let Some(ct) = content_type {
        let _ = headers.append("content-type", ct.as_bytes());
    }
    if status == 405 {
        let _ = headers.append("allow", b"POST");
    }
    let response = OutgoingResponse::new(headers);
    let _ = response.set_status_code(status);
    let Ok(outgoing) = response.body() else {
        return;
    };
    ResponseOutparam::set(out, Ok(response));
    if let Ok(stream) = outgoing.write() {
        for chunk in body.chunks(4096) {
            if stream.blocking_write_and_flush(chunk).is_err() {
                break;
            }
        }
    }
    let _ = OutgoingBody::finish(outgoing, None);
}

fn read_body(request: &IncomingRequest) -> Result<Vec<u8>, u16> {
    let body = request.consume().map_err(|_| 400u16)?;
    let stream = body.stream().map_err(|_| 400u16)?;
    let mut bytes = Vec::new();
    loop {
        match stream.blocking_read(64 * 1024) {
            Ok(chunk) => {
                bytes.extend_from_slice(&chunk);
                if bytes.len() > MAX_BODY {
                    return Err(413);
                }
            }
            Err(StreamError::Closed) => return Ok(bytes),
            Err(StreamError::LastOperationFailed(_)) => return Err(400),
        }
    }
}

/// The first value of a request header, as text.
fn header(fields: &Fields, name: &str) -> Option<String> {
    fields
        .get(name)
        .into_iter()
        .next()
        .and_then(|v| String::from_utf8(v).ok())
}

/// Notifications, then the answer, as one `text/event-stream` body.
fn event_stream(notifications: &[String], answer: &str) -> Vec<u8> {
    let mut body = String::new();
    for message in notifications.iter().map(String::as_str).chain([answer]) {
        body.push_str("event: message\ndata: ");
        body.push_str(message);
        body.push_str("\n\n");
    }
    body.into_bytes()
}

impl IncomingHandler for Component {
    fn handle(request: IncomingRequest, out: ResponseOutparam) {
        if !matches!(request.method(), Method::Post) {
            return reply(
                out,
                405,
                Some("text/plain"),
                b"use POST with one JSON-RPC message\n",
            );
        }
        let fields = request.headers();
        let (version, method, name, accept) = (
            header(&fields, "mcp-protocol-version"),
            header(&fields, "mcp-method"),
            header(&fields, "mcp-name"),
            header(&fields, "accept").unwrap_or_default(),
        );
        drop(fields);
        let body = match read_body(&request) {
            Ok(b) => b,
            Err(status) => {
                return reply(
                    out,
                    status,
                    Some("text/plain"),
                    b"unreadable or oversized body\n",
                )
            }
        };
        let message = String::from_utf8_lossy(&body);
        let headers = McpHeaders {
            protocol_version: version.as_deref(),
            method: method.as_deref(),
            name: name.as_deref(),
        };
        let parsed: Value = serde_json::from_str(&message).unwrap_or(Value::Null);
        if let Err(r) = protocol::check_http_request(&headers, &parsed) {
            let id = parsed.get("id").cloned().unwrap_or(Value::Null);
            let error = crate::jsonrpc::RpcError {
                code: r.code,
                message: r.message,
                data: r.data,
            };
            return reply(
                out,
                r.status,
                Some("application/json"),
                crate::jsonrpc::error(&id, &error).as_bytes(),
            );
        }
        let config = match config() {
            Ok(c) => c,
            Err(e) => return reply(out, 500, Some("text/plain"), e.as_bytes()),
        };
        let notifications = Buffer::default();
        let answers = with_client(&config, &notifications, |client| {
            crate::mcp::handle(client, &message)
        });
        let Some(answer) = answers.first() else {
            return reply(out, 202, None, b"");
        };
        let status = if !crate::jsonrpc::is_request(&message) {
            400 // malformed, or not a request
        } else if protocol::is_stateless_http(&headers) {
            protocol::stateless_status(&serde_json::from_str(answer).unwrap_or(Value::Null))
        } else {
            200
        };
        let notifications = notifications.0.into_inner();
        if !notifications.is_empty() && accept.contains("text/event-stream") {
            // A wasi:http response is sent whole here, so the client gets the progress and
            // log messages with the answer rather than as they happen.
            reply(
                out,
                status,
                Some("text/event-stream"),
                &event_stream(&notifications, answer),
            )
        } else {
            reply(out, status, Some("application/json"), answer.as_bytes())
        }
    }
}
