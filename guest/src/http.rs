//! The guest's view of HTTP: plain data plus one trait, so everything above it is
//! testable natively and only `wasi/http.rs` touches wasi:http.

/// A fully built, signed request.
#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    pub method: &'static str,
    /// Absolute URL: scheme, authority, percent-encoded path and query.
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Clone, Debug, Default)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names are lower-case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Why a request never produced a response.
#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    /// The host refused to send it (network policy or read-only gate).
    #[error("the host denied the request: {0}")]
    Denied(String),
    #[error("connection to {endpoint} failed: {detail}")]
    Connection { endpoint: String, detail: String },
    #[error("{endpoint} did not answer in time: {what} exceeded {}", humantime(*.limit))]
    Timeout {
        endpoint: String,
        what: &'static str,
        limit: std::time::Duration,
    },
    #[error("the response from {endpoint} exceeds the {limit}-byte limit (--max-response-bytes)")]
    TooLarge { endpoint: String, limit: usize },
    #[error("invalid request: {0}")]
    InvalidRequest(String),
}

fn humantime(d: std::time::Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} ms", d.as_millis())
    }
}

/// Sends requests and waits for whole responses.
pub trait Transport {
    fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError>;

    /// Sends several requests at once (the WASI transport has them in flight together);
    /// results are in request order.
    fn send_all(&self, requests: &[HttpRequest]) -> Vec<Result<HttpResponse, TransportError>> {
        requests.iter().map(|r| self.send(r)).collect()
    }

    /// Sends several requests and returns before their answers come, so the caller can work
    /// while they travel (the WASI transport leaves them to the host); each answer is taken
    /// when needed (`Pending::wait`). Not retried. By default they are sent now
    /// (`send_all`), which is right for a transport that cannot leave requests in flight.
    fn start_all(&self, requests: Vec<HttpRequest>) -> Box<dyn Pending + '_> {
        Box::new(Answered(
            self.send_all(&requests).into_iter().map(Some).collect(),
        ))
    }
}

/// Requests started by `Transport::start_all`.
pub trait Pending {
    /// The answer to the `i`th request started, waiting for it if it has not come; each is
    /// taken once (again, or out of range: an error).
    fn wait(&mut self, i: usize) -> Result<HttpResponse, TransportError>;
}

/// Answers that came already.
struct Answered(Vec<Option<Result<HttpResponse, TransportError>>>);

impl Pending for Answered {
    fn wait(&mut self, i: usize) -> Result<HttpResponse, TransportError> {
        self.0.get_mut(i).and_then(Option::take).unwrap_or_else(|| {
            Err(TransportError::InvalidRequest(format!(
                "no answer {i} to take"
            )))
        })
    }
}
