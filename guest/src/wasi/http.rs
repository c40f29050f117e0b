//! The only code that touches wasi:http: send one request, read the whole response.

use super::bindings::wasi::http::outgoing_handler;
use super::bindings::wasi::http::types::{
    ErrorCode, Fields, IncomingBody, Method, OutgoingBody, OutgoingRequest, Scheme,
};
use super::bindings::wasi::io::streams::StreamError;
use crate::http::{HttpRequest, HttpResponse, Transport, TransportError};

pub struct WasiHttp;

/// Bodies larger than this are refused rather than buffered.
const MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;

fn denied_or_failed(e: ErrorCode, request: &HttpRequest, endpoint: &str) -> TransportError {
    match e {
        ErrorCode::HttpRequestDenied => {
            let why = if request.method == "GET" {
                "only the configured S3 Tables endpoint is reachable"
            } else {
                "writes need the server started with --allow-write, and only the configured S3 Tables endpoint is reachable"
            };
            TransportError::Denied(format!(
                "{} {} ({why}; the host's log on stderr names the rule)",
                request.method, request.url
            ))
        }
        other => TransportError::Connection {
            endpoint: endpoint.to_string(),
            detail: format!("{other:?}"),
        },
    }
}

impl Transport for WasiHttp {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let invalid = |what: &str| TransportError::InvalidRequest(what.to_string());
        let uri: http::Uri = request.url.parse().map_err(|_| invalid("bad URL"))?;
        let authority = uri
            .authority()
            .ok_or_else(|| invalid("URL has no host"))?
            .as_str()
            .to_string();
        let headers = Fields::new();
        for (k, v) in &request.headers {
            headers
                .append(k, v.as_bytes())
                .map_err(|e| invalid(&format!("header {k}: {e:?}")))?;
        }
        let out = OutgoingRequest::new(headers);
        let method = match request.method {
            "GET" => Method::Get,
            "PUT" => Method::Put,
            "POST" => Method::Post,
            "DELETE" => Method::Delete,
            "HEAD" => Method::Head,
            other => Method::Other(other.to_string()),
        };
        out.set_method(&method).map_err(|_| invalid("method"))?;
        out.set_scheme(Some(&match uri.scheme_str() {
            Some("http") => Scheme::Http,
            _ => Scheme::Https,
        }))
        .map_err(|_| invalid("scheme"))?;
        out.set_authority(Some(&authority))
            .map_err(|_| invalid("authority"))?;
        out.set_path_with_query(uri.path_and_query().map(|p| p.as_str()))
            .map_err(|_| invalid("path"))?;

        let body = out.body().map_err(|_| invalid("body"))?;
        {
            let stream = body.write().map_err(|_| invalid("body stream"))?;
            for chunk in request.body.chunks(4096) {
                stream
                    .blocking_write_and_flush(chunk)
                    .map_err(|e| invalid(&format!("writing body: {e:?}")))?;
            }
        }
        let future = outgoing_handler::handle(out, None)
            .map_err(|e| denied_or_failed(e, request, &authority))?;
        OutgoingBody::finish(body, None).map_err(|e| denied_or_failed(e, request, &authority))?;
        let response = loop {
            match future.get() {
                Some(result) => break result,
                None => future.subscribe().block(),
            }
        };
        let response = response
            .map_err(|_| invalid("response already taken"))?
            .map_err(|e| denied_or_failed(e, request, &authority))?;

        let status = response.status();
        let headers = response
            .headers()
            .entries()
            .into_iter()
            .map(|(k, v)| {
                (
                    k.to_ascii_lowercase(),
                    String::from_utf8_lossy(&v).into_owned(),
                )
            })
            .collect();
        let incoming = response.consume().map_err(|_| invalid("response body"))?;
        let mut bytes = Vec::new();
        {
            let stream = incoming.stream().map_err(|_| invalid("response stream"))?;
            loop {
                match stream.blocking_read(64 * 1024) {
                    Ok(chunk) => {
                        bytes.extend_from_slice(&chunk);
                        if bytes.len() > MAX_RESPONSE_BYTES {
                            return Err(TransportError::Connection {
                                endpoint: authority,
                                detail: format!("response body exceeds {MAX_RESPONSE_BYTES} bytes"),
                            });
                        }
                    }
                    Err(StreamError::Closed) => break,
                    Err(StreamError::LastOperationFailed(e)) => {
                        return Err(TransportError::Connection {
                            endpoint: authority,
                            detail: e.to_debug_string(),
                        })
                    }
                }
            }
        }
        let _ = IncomingBody::finish(incoming);
        Ok(HttpResponse {
            status,
            headers,
            body: bytes,
        })
    }
}
