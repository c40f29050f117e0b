//! The only code that touches wasi:http: send requests (several in flight at once) and
//! read whole responses, within the configured timeouts and size limit.

use super::bindings::wasi::http::outgoing_handler;
use super::bindings::wasi::http::types::{
    ErrorCode, Fields, FutureIncomingResponse, IncomingBody, IncomingResponse, Method,
    OutgoingBody, OutgoingRequest, RequestOptions, Scheme,
};
use super::bindings::wasi::io::poll;
use super::bindings::wasi::io::streams::StreamError;
use crate::config::Limits;
use crate::http::{HttpRequest, HttpResponse, Pending, Transport, TransportError};
use std::time::Duration;

pub struct WasiHttp {
    pub limits: Limits,
}

/// A request on its way: the response future and what errors need to name.
struct InFlight {
    method: &'static str,
    url: String,
    authority: String,
    future: FutureIncomingResponse,
    /// Why the body could not be sent in full. Reported only if the response does not say
    /// more: a request the host refuses closes the body stream, and the refusal is the news.
    body_error: Option<TransportError>,
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

impl WasiHttp {
    fn error(&self, e: ErrorCode, method: &str, url: &str, endpoint: &str) -> TransportError {
        let timeout = |what, limit| TransportError::Timeout {
            endpoint: endpoint.to_string(),
            what,
            limit,
        };
        match e {
            ErrorCode::HttpRequestDenied => {
                let why = if method == "GET" {
                    "only the configured S3 Tables endpoint is reachable"
                } else {
                    "writes need the server started with --allow-write, and only the configured S3 Tables endpoint is reachable"
                };
                TransportError::Denied(format!(
                    "{} {} ({why}; the host's log on stderr names the rule)",
                    method, url
                ))
            }
            ErrorCode::ConnectionTimeout => timeout(
                "connecting",
                self.limits.connect_timeout.min(self.limits.call_timeout),
            ),
            ErrorCode::ConnectionReadTimeout | ErrorCode::HttpResponseTimeout => timeout(
                "waiting for the response",
                self.limits.first_byte_timeout.min(self.limits.call_timeout),
            ),
            other => TransportError::Connection {
                endpoint: endpoint.to_string(),
                detail: format!("{other:?}"),
            },
        }
    }

    fn start(&self, request: &HttpRequest) -> Result<InFlight, TransportError> {
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
        let scheme = if uri.scheme_str() == Some("http") {
            Scheme::Http
        } else {
            Scheme::Https
        };
        out.set_scheme(Some(&scheme))
            .map_err(|_| invalid("scheme"))?;
        out.set_authority(Some(&authority))
            .map_err(|_| invalid("authority"))?;
        out.set_path_with_query(uri.path_and_query().map(|p| p.as_str()))
            .map_err(|_| invalid("path"))?;

        let options = RequestOptions::new();
        // A host may not support some timeouts; the call deadline still applies then.
        // No single wait may outlast the whole call's budget.
        let cap = |d: Duration| Some(nanos(d.min(self.limits.call_timeout)));
        let _ = options.set_connect_timeout(cap(self.limits.connect_timeout));
        let _ = options.set_first_byte_timeout(cap(self.limits.first_byte_timeout));
        let _ = options.set_between_bytes_timeout(cap(self.limits.between_bytes_timeout));

        let body = out.body().map_err(|_| invalid("body"))?;
        // Send first, then stream the body: the host buffers only a little of an outgoing
        // body before the request is handed over, so writing a large body (a data file) before
        // `handle` would wait forever for room.
        let future = outgoing_handler::handle(out, Some(options))
            .map_err(|e| self.error(e, request.method, &request.url, &authority))?;
        let mut body_error = None;
        {
            let stream = body.write().map_err(|_| invalid("body stream"))?;
            for chunk in request.body.chunks(4096) {
                if let Err(e) = stream.blocking_write_and_flush(chunk) {
                    body_error = Some(invalid(&format!("writing body: {e:?}")));
                    break;
                }
            }
        }
        if let Err(e) = OutgoingBody::finish(body, None) {
            body_error.get_or_insert(self.error(e, request.method, &request.url, &authority));
        }
        Ok(InFlight {
            method: request.method,
            url: request.url.clone(),
            authority,
            future,
            body_error,
        })
    }

    /// Reads a response whose future is ready.
    fn finish(&self, flight: InFlight) -> Result<HttpResponse, TransportError> {
        let InFlight {
            method,
            url,
            authority,
            future,
            body_error,
        } = flight;
        let invalid = |what: &str| TransportError::InvalidRequest(what.to_string());
        let response = future
            .get()
            .ok_or_else(|| invalid("response not ready"))?
            .map_err(|_| invalid("response already taken"))?
            .map_err(|e| self.error(e, method, &url, &authority))?;
        if let Some(e) = body_error {
            return Err(e);
        }
        self.read(response, &authority)
    }

    fn read(
        &self,
        response: IncomingResponse,
        authority: &str,
    ) -> Result<HttpResponse, TransportError> {
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
        let limit = self.limits.max_response_bytes;
        let incoming = response
            .consume()
            .map_err(|_| TransportError::InvalidRequest("response body".into()))?;
        let mut bytes = Vec::new();
        {
            let stream = incoming
                .stream()
                .map_err(|_| TransportError::InvalidRequest("response stream".into()))?;
            loop {
                match stream.blocking_read(64 * 1024) {
                    Ok(chunk) => {
                        bytes.extend_from_slice(&chunk);
                        if bytes.len() > limit {
                            return Err(TransportError::TooLarge {
                                endpoint: authority.to_string(),
                                limit,
                            });
                        }
                    }
                    Err(StreamError::Closed) => break,
                    Err(StreamError::LastOperationFailed(e)) => {
                        return Err(TransportError::Connection {
                            endpoint: authority.to_string(),
                            detail: format!("reading the response failed: {}", e.to_debug_string()),
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

impl Transport for WasiHttp {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
        self.send_all(std::slice::from_ref(request))
            .pop()
            .expect("one result")
    }

    fn send_all(&self, requests: &[HttpRequest]) -> Vec<Result<HttpResponse, TransportError>> {
        let mut results: Vec<Option<Result<HttpResponse, TransportError>>> =
            requests.iter().map(|_| None).collect();
        let mut flying: Vec<(usize, InFlight)> = Vec::new();
        for (i, request) in requests.iter().enumerate() {
            match self.start(request) {
                Ok(f) => flying.push((i, f)),
                Err(e) => results[i] = Some(Err(e)),
            }
        }
        while !flying.is_empty() {
            let ready: Vec<u32> = {
                let pollables: Vec<_> = flying.iter().map(|(_, f)| f.future.subscribe()).collect();
                let refs: Vec<&poll::Pollable> = pollables.iter().collect();
                poll::poll(&refs)
            };
            // Take the ready ones out, highest index first so the others keep their places.
            let mut ready: Vec<usize> = ready.into_iter().map(|r| r as usize).collect();
            ready.sort_unstable_by(|a, b| b.cmp(a));
            ready.dedup();
            for r in ready {
                let (i, flight) = flying.swap_remove(r);
                results[i] = Some(self.finish(flight));
            }
        }
        results
            .into_iter()
            .map(|r| r.expect("every request finished"))
            .collect()
    }

    fn start_all(&self, requests: Vec<HttpRequest>) -> Box<dyn Pending + '_> {
        let flights = requests.iter().map(|r| Some(self.start(r))).collect();
        Box::new(Flying {
            http: self,
            flights,
        })
    }
}

/// Requests started by `start_all`, each answer read when it is asked for: until then the
/// host carries the exchange while the guest works.
struct Flying<'t> {
    http: &'t WasiHttp,
    flights: Vec<Option<Result<InFlight, TransportError>>>,
}

impl Pending for Flying<'_> {
    fn wait(&mut self, i: usize) -> Result<HttpResponse, TransportError> {
        match self.flights.get_mut(i).and_then(Option::take) {
            None => Err(TransportError::InvalidRequest(format!(
                "no answer {i} to take"
            ))),
            Some(Err(e)) => Err(e),
            Some(Ok(flight)) => {
                flight.future.subscribe().block();
                self.http.finish(flight)
            }
        }
    }
}
