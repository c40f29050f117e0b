//! Calling S3 Tables: resolve the endpoint, build, sign, send, and read the answer.

pub mod endpoint;
pub mod error;
pub mod request;
pub mod response;
pub mod retry;
pub mod sign;

use crate::config::Config;
use crate::http::{HttpRequest, HttpResponse, Pending, Transport, TransportError};
use crate::notify::{Level, Notices};
use error::ServiceError;
use s3tables_ops::{OpSpec, ShapeId};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::time::Duration;
use std::time::SystemTime;

#[derive(Debug, thiserror::Error)]
pub enum CallError {
    #[error("{}{}", service_message(error, operation), attempts_note(*attempts))]
    Service {
        error: ServiceError,
        operation: &'static str,
        attempts: u32,
    },
    #[error("{source}{}", attempts_note(*attempts))]
    Transport {
        source: TransportError,
        attempts: u32,
    },
    #[error("No AWS credentials: {}", .0.as_deref().unwrap_or("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the s3tables-mcp host resolves them from your AWS profile, SSO, or environment)"))]
    NoCredentials(Option<String>),
    #[error("{0}")]
    Endpoint(#[from] endpoint::EndpointError),
    #[error("{0}")]
    Build(#[from] request::BuildError),
    #[error("{0}")]
    Sign(#[from] sign::SignError),
    #[error("{operation} answered HTTP {status} with an unusable body: {detail}")]
    Malformed {
        operation: &'static str,
        status: u16,
        detail: String,
    },
    #[error("the call ran out of time ({limit:?}, see --call-timeout) after {attempts} attempt(s); the last one failed: {last}")]
    Deadline {
        limit: Duration,
        attempts: u32,
        last: String,
    },
}

fn attempts_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

fn service_message(e: &ServiceError, operation: &str) -> String {
    let mut msg = format!("{} (HTTP {})", e.code, e.status);
    if !e.message.is_empty() {
        msg.push_str(": ");
        msg.push_str(&e.message);
    }
    if let Some(id) = &e.request_id {
        msg.push_str(&format!(" [request id: {id}]"));
    }
    let hint = match e.code.as_str() {
        "AccessDeniedException" | "ForbiddenException" => {
            // Service errors come from S3 Tables operations and from query_database's four
            // Athena actions; each names its own IAM action.
            let service = if s3tables_ops::find(operation).is_some() { "s3tables" } else { "athena" };
            format!("Check that your IAM identity allows {service}:{operation} on this resource.")
        }
        "NotFoundException" => {
            "Check the ARN and names; list_table_buckets, list_namespaces and list_tables show what exists.".to_string()
        }
        "ConflictException" => "The resource already exists or changed since you read it; re-read it (for a fresh version_token) before retrying.".to_string(),
        "TooManyRequestsException" => "The request rate was throttled; wait and try again.".to_string(),
        "UnrecognizedClientException" | "InvalidSignatureException" | "ExpiredTokenException" | "InvalidClientTokenId" => {
            "The credentials were rejected; refresh them (for example `aws sso login`) and restart the server.".to_string()
        }
        _ => String::new(),
    };
    if !hint.is_empty() {
        msg.push_str(". Hint: ");
        msg.push_str(&hint);
    }
    msg
}

/// Time, sleep and randomness, from WASI in the component and fixed in tests.
pub trait Clock {
    /// Wall-clock time, for signing.
    fn now(&self) -> SystemTime;
    /// Time since this tool call started (monotonic).
    fn elapsed(&self) -> Duration;
    fn sleep(&self, duration: Duration);
    /// Uniform in [0, 1), for backoff jitter.
    fn random(&self) -> f64;
    /// 64 random bits, for names and ids of new table files and snapshots.
    fn random_u64(&self) -> u64;
}

/// A clock frozen at `time` that does not sleep; it records what it was asked to sleep.
pub struct FixedClock {
    pub time: SystemTime,
    pub slept: std::cell::RefCell<Vec<Duration>>,
    /// `random_u64` counts up from here, so tests get distinct, predictable ids.
    pub next_random: std::cell::Cell<u64>,
}

impl FixedClock {
    pub fn new(time: SystemTime) -> Self {
        FixedClock {
            time,
            slept: Default::default(),
            next_random: std::cell::Cell::new(1),
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.time
    }
    fn elapsed(&self) -> Duration {
        self.slept.borrow().iter().sum()
    }
    fn sleep(&self, duration: Duration) {
        self.slept.borrow_mut().push(duration);
    }
    fn random(&self) -> f64 {
        0.5
    }
    fn random_u64(&self) -> u64 {
        let n = self.next_random.get();
        self.next_random.set(n.wrapping_add(1));
        n
    }
}

/// One request of a batch: an operation, its input (keyed by wire name) and the Region.
pub struct Call<'a> {
    pub op: &'static OpSpec,
    pub input: &'a Map<String, Value>,
    pub region: &'a str,
}

/// One request for [`Client::send_retrying`].
pub struct Outgoing<'r> {
    pub unsigned: HttpRequest,
    pub service: sign::Service,
    pub region: &'r str,
    /// Names the request in retry log lines (`GetTable`, `GET s3://bucket/key`).
    pub label: &'r str,
}

/// What came of sending one request.
pub struct Sent {
    /// The last attempt's outcome.
    pub outcome: Result<HttpResponse, TransportError>,
    pub attempts: u32,
    /// Retrying stopped because the call ran out of time: `outcome` is a failure that would
    /// otherwise have been retried.
    pub out_of_time: bool,
}

pub struct Client<'a> {
    pub config: &'a Config,
    pub transport: &'a dyn Transport,
    pub clock: &'a dyn Clock,
    /// The most attempts any request of this client needed (reported to the user).
    pub max_attempts_used: Cell<u32>,
    /// Progress and log notifications sent while the request runs.
    pub notices: Notices<'a>,
}

impl<'a> Client<'a> {
    pub fn new(config: &'a Config, transport: &'a dyn Transport, clock: &'a dyn Clock) -> Self {
        Client {
            config,
            transport,
            clock,
            max_attempts_used: Cell::new(0),
            notices: Notices::silent(),
        }
    }

    /// The same client, sending notifications as `notices` says.
    pub fn with_notices(self, notices: Notices<'a>) -> Self {
        Client { notices, ..self }
    }

    /// Sends `op` with `input` (keyed by wire name) and returns the normalized response body.
    pub fn call(
        &self,
        op: &'static OpSpec,
        input: &Map<String, Value>,
        region: &str,
    ) -> Result<Value, CallError> {
        self.call_many(&[Call { op, input, region }])
            .pop()
            .expect("one result per call")
    }

    /// Sends every call concurrently, retrying each as the standard retry mode says.
    /// Results are in call order.
    pub fn call_many(&self, calls: &[Call]) -> Vec<Result<Value, CallError>> {
        let built: Vec<Result<HttpRequest, CallError>> =
            calls.iter().map(|call| self.build(call)).collect();
        let outgoing: Vec<Outgoing> = built
            .iter()
            .zip(calls)
            .filter_map(|(req, call)| {
                Some(Outgoing {
                    unsigned: req.as_ref().ok()?.clone(),
                    service: sign::Service::S3Tables,
                    region: call.region,
                    label: call.op.name,
                })
            })
            .collect();
        let mut sent = self.send_retrying(&outgoing).into_iter();
        built
            .into_iter()
            .zip(calls)
            .map(|(req, call)| {
                req?;
                match sent.next() {
                    Some(result) => self.finish(call.op, result?),
                    None => unreachable!("one outcome per request sent"),
                }
            })
            .collect()
    }

    /// Sends every request concurrently — each signed anew for every attempt, at its own
    /// time — and retries those the standard retry mode retries, until each succeeds, fails
    /// for good, runs out of attempts or the call runs out of time. The guest's one retry
    /// loop: S3 Tables calls and S3 object requests go through it alike. Results are in
    /// request order; an error is one that stopped the request before it was sent (no
    /// credentials, a signing failure).
    pub fn send_retrying(&self, requests: &[Outgoing]) -> Vec<Result<Sent, CallError>> {
        let limits = &self.config.limits;
        let Some(credentials) = self.config.credentials.as_ref() else {
            let why = &self.config.credentials_error;
            return requests
                .iter()
                .map(|_| Err(CallError::NoCredentials(why.clone())))
                .collect();
        };
        let mut results: Vec<Option<Result<Sent, CallError>>> =
            requests.iter().map(|_| None).collect();
        let mut pending: Vec<usize> = (0..requests.len()).collect();
        let mut attempt = 0;
        while !pending.is_empty() {
            attempt += 1;
            self.max_attempts_used
                .set(self.max_attempts_used.get().max(attempt));
            let signed: Result<Vec<HttpRequest>, sign::SignError> = pending
                .iter()
                .map(|&i| self.sign(&requests[i], credentials))
                .collect();
            let signed = match signed {
                Ok(s) => s,
                Err(sign::SignError(message)) => {
                    // Signing fails the same way for every request (credentials, clock).
                    for i in pending.drain(..) {
                        results[i] = Some(Err(CallError::Sign(sign::SignError(message.clone()))));
                    }
                    break;
                }
            };
            let outcomes = self.transport.send_all(&signed);
            let mut again = Vec::new();
            let mut delay = Duration::ZERO;
            for (i, outcome) in pending.into_iter().zip(outcomes) {
                match retry::classify(&outcome) {
                    retry::Verdict::Retry { throttled } if attempt < limits.max_attempts => {
                        let wait = retry::backoff(
                            attempt,
                            throttled,
                            self.clock.random(),
                            retry::retry_after(&outcome),
                        );
                        delay = delay.max(wait);
                        let label = requests[i].label;
                        self.notices.log(Level::Warning, || {
                            serde_json::json!(format!(
                                "{label}: attempt {attempt} failed ({}); retrying in {} ms",
                                retry::describe(&outcome),
                                wait.as_millis()
                            ))
                        });
                        again.push((i, outcome));
                    }
                    _ => {
                        results[i] = Some(Ok(Sent {
                            outcome,
                            attempts: attempt,
                            out_of_time: false,
                        }))
                    }
                }
            }
            if !again.is_empty() && self.clock.elapsed() + delay >= limits.call_timeout {
                // No time left for another attempt: the last one's outcome is the answer.
                for (i, outcome) in again.drain(..) {
                    results[i] = Some(Ok(Sent {
                        outcome,
                        attempts: attempt,
                        out_of_time: true,
                    }));
                }
            }
            if !again.is_empty() && !delay.is_zero() {
                self.clock.sleep(delay);
            }
            pending = again.into_iter().map(|(i, _)| i).collect();
        }
        results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| unreachable!("every request finished")))
            .collect()
    }

    fn build(&self, call: &Call) -> Result<HttpRequest, CallError> {
        if self.config.credentials.is_none() {
            return Err(CallError::NoCredentials(
                self.config.credentials_error.clone(),
            ));
        }
        let endpoint = endpoint::resolve(call.region, self.config.endpoint_override.as_deref())?;
        Ok(request::build(call.op, call.input, &endpoint)?)
    }

    /// Signs and sends requests without waiting for their answers and without retrying
    /// (`Transport::start_all`): for reading ahead, where the caller works while they travel
    /// and asks again the ordinary way (`send_retrying`) for what did not come. `None` when
    /// nothing can be signed (no credentials, a signing failure): nothing was sent.
    pub fn start_unretried(&self, requests: &[Outgoing]) -> Option<Box<dyn Pending + 'a>> {
        let credentials = self.config.credentials.as_ref()?;
        let signed = requests
            .iter()
            .map(|r| self.sign(r, credentials))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        Some(self.transport.start_all(signed))
    }

    /// A signed copy of the request, for one attempt.
    fn sign(
        &self,
        request: &Outgoing,
        credentials: &crate::config::Credentials,
    ) -> Result<HttpRequest, sign::SignError> {
        let mut req = request.unsigned.clone();
        sign::sign_for(
            request.service,
            &mut req,
            credentials,
            request.region,
            self.clock.now(),
        )?;
        // Say how long the body is, even when it is empty, so no request goes out chunked
        // (the length is not signed).
        if !req.body.is_empty() || !matches!(req.method, "GET" | "HEAD") {
            req.headers
                .push(("content-length".into(), req.body.len().to_string()));
        }
        Ok(req)
    }

    /// The answer of `op`, or what the service or the transport said instead; when time ran
    /// out before a retry, the deadline error with the last failure.
    fn finish(&self, op: &'static OpSpec, sent: Sent) -> Result<Value, CallError> {
        self.finish_json(op.name, op.output, sent)
    }

    /// The JSON object a JSON-protocol service answered to `operation` (normalized by its
    /// `output` shape, when it has one in the operation table), or what the service, the
    /// transport or the deadline said instead. S3 Tables calls and Athena's actions alike.
    pub fn finish_json(
        &self,
        operation: &'static str,
        output: Option<ShapeId>,
        sent: Sent,
    ) -> Result<Value, CallError> {
        let attempts = sent.attempts;
        match self.decode(operation, output, sent.outcome, attempts) {
            Err(last) if sent.out_of_time => Err(CallError::Deadline {
                limit: self.config.limits.call_timeout,
                attempts,
                last: last.to_string(),
            }),
            decoded => decoded,
        }
    }

    fn decode(
        &self,
        operation: &'static str,
        output: Option<ShapeId>,
        outcome: Result<HttpResponse, TransportError>,
        attempts: u32,
    ) -> Result<Value, CallError> {
        let resp = outcome.map_err(|source| CallError::Transport { source, attempts })?;
        if !(200..300).contains(&resp.status) {
            return Err(CallError::Service {
                error: error::parse(&resp),
                operation,
                attempts,
            });
        }
        let malformed = |detail: String| CallError::Malformed {
            operation,
            status: resp.status,
            detail,
        };
        let value = if resp.body.iter().all(u8::is_ascii_whitespace) {
            Value::Object(Map::new())
        } else {
            let value: Value = serde_json::from_slice(&resp.body)
                .map_err(|e| malformed(format!("not JSON ({e})")))?;
            if !value.is_object() {
                return Err(malformed("expected a JSON object".to_string()));
            }
            value
        };
        let Some(shape) = output else {
            return Ok(value);
        };
        let value = response::normalize(shape, value);
        // A response without any of the operation's required fields is not its response. One
        // that lacks only some is still useful (moto's GetTable has no `modifiedBy`): keep it.
        let required: Vec<&str> = shape
            .get()
            .members()
            .iter()
            .filter(|m| m.required)
            .map(|m| m.name)
            .collect();
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|m| value.get(*m).is_none())
            .collect();
        if !required.is_empty() && missing.len() == required.len() {
            return Err(malformed(format!(
                "missing required field(s) {}",
                missing.join(", ")
            )));
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Credentials;
    use std::cell::RefCell;

    /// Answers each request with the next scripted outcome.
    struct Script(
        RefCell<Vec<Result<HttpResponse, TransportError>>>,
        Cell<usize>,
    );

    impl Transport for Script {
        fn send(&self, _: &HttpRequest) -> Result<HttpResponse, TransportError> {
            self.1.set(self.1.get() + 1);
            self.0.borrow_mut().remove(0)
        }
    }

    fn status(code: u16, body: &str) -> Result<HttpResponse, TransportError> {
        Ok(HttpResponse {
            status: code,
            headers: vec![],
            body: body.as_bytes().to_vec(),
        })
    }

    fn run(
        outcomes: Vec<Result<HttpResponse, TransportError>>,
        op: &str,
    ) -> (Result<Value, CallError>, usize, Vec<Duration>) {
        let mut config = Config::from_args_env([], |_| None).unwrap();
        config.credentials = Some(Credentials {
            access_key_id: "AK".into(),
            secret_access_key: "SK".into(),
            session_token: None,
        });
        let script = Script(RefCell::new(outcomes), Cell::new(0));
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&config, &script, &clock);
        let input = serde_json::json!({"tableBucketARN": "arn:aws:s3tables:us-east-1:111122223333:bucket/bkt"});
        let op = s3tables_ops::find(op).unwrap();
        let result = client.call(op, input.as_object().unwrap(), "us-east-1");
        let slept = clock.slept.borrow().clone();
        (result, script.1.get(), slept)
    }

    #[test]
    fn transient_errors_are_retried_with_backoff() {
        let (r, sent, slept) = run(
            vec![
                status(500, ""),
                status(503, ""),
                status(200, r#"{"resourcePolicy":"{}"}"#),
            ],
            "GetTableBucketPolicy",
        );
        assert_eq!(r.unwrap()["resourcePolicy"], "{}");
        assert_eq!(sent, 3);
        assert_eq!(
            slept,
            vec![Duration::from_millis(25), Duration::from_millis(50)]
        );
    }

    #[test]
    fn throttling_backs_off_from_one_second() {
        let (r, sent, slept) = run(
            vec![status(429, ""), status(429, ""), status(429, "")],
            "GetTableBucketPolicy",
        );
        let msg = r.unwrap_err().to_string();
        assert!(
            msg.starts_with("429 (HTTP 429)") && msg.ends_with("(after 3 attempts)"),
            "{msg}"
        );
        assert_eq!(sent, 3);
        assert_eq!(
            slept,
            vec![Duration::from_millis(500), Duration::from_millis(1000)]
        );
    }

    #[test]
    fn conflicts_and_client_errors_are_not_retried() {
        for code in [400, 403, 404, 409] {
            let (r, sent, _) = run(
                vec![status(code, r#"{"message":"no"}"#)],
                "GetTableBucketPolicy",
            );
            assert!(
                matches!(r, Err(CallError::Service { attempts: 1, .. })),
                "{code}"
            );
            assert_eq!(sent, 1);
        }
    }

    #[test]
    fn connection_errors_are_retried() {
        let reset = Err(TransportError::Connection {
            endpoint: "e".into(),
            detail: "reset".into(),
        });
        let (r, sent, _) = run(vec![reset, status(204, "")], "DeleteTableBucketPolicy");
        assert_eq!(r.unwrap(), serde_json::json!({}));
        assert_eq!(sent, 2);
    }

    #[test]
    fn access_denied_names_the_iam_action_of_its_service() {
        let denied = |operation| {
            CallError::Service {
                error: error::ServiceError {
                    code: "AccessDeniedException".into(),
                    message: String::new(),
                    status: 403,
                    request_id: None,
                },
                operation,
                attempts: 1,
            }
            .to_string()
        };
        assert!(denied("GetTable").contains("allows s3tables:GetTable"));
        assert!(denied("StartQueryExecution").contains("allows athena:StartQueryExecution"));
    }

    #[test]
    fn unusable_bodies_are_clear_errors() {
        for body in ["<html>", "{\"resourcePolicy\": ", "[1]", "{}"] {
            let (r, _, _) = run(vec![status(200, body)], "GetTableBucketPolicy");
            let msg = r.unwrap_err().to_string();
            assert!(
                msg.starts_with("GetTableBucketPolicy answered HTTP 200 with an unusable body"),
                "{body}: {msg}"
            );
        }
        let (r, _, _) = run(vec![status(200, "{}")], "GetTableBucketPolicy");
        assert!(r
            .unwrap_err()
            .to_string()
            .contains("missing required field(s) resourcePolicy"));
    }
}
