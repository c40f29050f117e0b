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
        let config = match config() {
            Ok(c) => c,
            Err(e) => return reply(out, 500, Some("text/plain"), e.as_bytes()),
        };
        let answers = with_client(&config, |client| crate::mcp::handle(client, &message));
        match answers.first() {
            None => reply(out, 202, None, b""),
            Some(answer) => {
                // A message that is not a request (malformed, or no id) answers 400.
                let status = if crate::jsonrpc::is_request(&message) {
                    200
                } else {
                    400
                };
                reply(out, status, Some("application/json"), answer.as_bytes())
            }
        }
    }
}
