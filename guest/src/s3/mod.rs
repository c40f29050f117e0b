//! Ordinary Amazon S3, the data plane of S3 Tables: a table's metadata files, manifests and
//! data files live in its warehouse bucket (`<uuid>--table-s3`) and are read with GetObject
//! (and, by the tools that append to a table, written with PutObject), signed as the SDKs sign
//! S3 (`aws::sign::Service::S3`). Never ListObjects: table buckets refuse it, so every key
//! comes from metadata. Retries, timeouts and the response cap are
//! the same as for S3 Tables calls (`aws::retry`, the transport's limits, `--call-timeout`).

pub mod address;
pub mod location;
pub mod xml;

use crate::aws::error::ServiceError;
use crate::aws::{sign, CallError, Client, Outgoing, Sent};
use crate::http::{HttpRequest, HttpResponse, Pending};
pub use location::{LocationError, S3Location};

/// What the request was for, to say which permission a refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A table's metadata or data (authorized by `s3tables:GetTableData`).
    TableData,
    /// New data and metadata files of a table (authorized by `s3tables:PutTableData`).
    TableWrite,
    /// A file to import, from a general purpose bucket (authorized by `s3:GetObject`).
    ImportSource,
    /// A general purpose bucket's S3 Metadata configuration.
    BucketMetadata,
}

#[derive(Debug, thiserror::Error)]
pub enum S3Error {
    #[error("{0}")]
    Location(#[from] LocationError),
    #[error("{} {target} {} S3 failed: {}{}{}", verb(*purpose), preposition(*purpose), describe(error), hint(error, *purpose), attempts_note(*attempts))]
    Service {
        target: String,
        error: Box<ServiceError>,
        purpose: Purpose,
        attempts: u32,
    },
    #[error("{target} is {size} bytes; at most {limit} are read (see --max-scan-mib)")]
    TooLarge {
        target: String,
        size: u64,
        limit: u64,
    },
    #[error("{} {target} {} S3 failed: {source}", verb(*purpose), preposition(*purpose))]
    Call {
        target: String,
        source: Box<CallError>,
        purpose: Purpose,
    },
}

fn verb(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::TableWrite => "writing",
        Purpose::TableData | Purpose::BucketMetadata | Purpose::ImportSource => "reading",
    }
}

fn preposition(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::TableWrite => "to",
        Purpose::TableData | Purpose::BucketMetadata | Purpose::ImportSource => "from",
    }
}

fn describe(e: &ServiceError) -> String {
    let mut s = format!("{} (HTTP {})", e.code, e.status);
    if !e.message.is_empty() {
        s.push_str(": ");
        s.push_str(&e.message);
    }
    if let Some(id) = &e.request_id {
        s.push_str(&format!(" [request id: {id}]"));
    }
    s
}

fn hint(e: &ServiceError, purpose: Purpose) -> &'static str {
    match (e.code.as_str(), purpose) {
        ("NoSuchKey" | "NotFound", Purpose::TableData) => ". Hint: the table's metadata points at an object that does not exist; the table may have been changed or damaged by another writer.",
        ("NoSuchBucket", Purpose::TableData) => ". Hint: the table's warehouse bucket does not exist (was the table deleted?).",
        ("AccessDenied" | "Forbidden", Purpose::TableData) => ". Hint: reading table data needs s3tables:GetTableData on the table (and kms:Decrypt for SSE-KMS tables).",
        ("NoSuchBucket", Purpose::BucketMetadata) => ". Hint: check the bucket name and the Region (region_name).",
        ("AccessDenied" | "Forbidden", Purpose::BucketMetadata) => ". Hint: this needs s3:GetBucketMetadataTableConfiguration on the bucket.",
        ("NoSuchKey" | "NotFound", Purpose::ImportSource) => ". Hint: check the s3_url (bucket, key and case).",
        ("AccessDenied" | "Forbidden", Purpose::ImportSource) => ". Hint: importing needs s3:GetObject on the source object (and kms:Decrypt if it is SSE-KMS encrypted).",
        ("PreconditionFailed", Purpose::TableWrite) => ". Hint: an object already exists at this key; table files are only ever created, never replaced.",
        ("AccessDenied" | "Forbidden", Purpose::TableWrite) => ". Hint: writing table data needs s3tables:PutTableData on the table (and kms:GenerateDataKey for SSE-KMS tables).",
        _ => "",
    }
}

fn attempts_note(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
    }
}

/// S3 requests of one tool call, sharing the call's client (credentials, limits, clock).
pub struct S3<'a> {
    client: &'a Client<'a>,
    region: &'a str,
}

/// Ranges requested by `S3::start_ranges`, taken one by one.
pub struct RangesInFlight<'a> {
    pending: Option<Box<dyn Pending + 'a>>,
    /// Per range asked for: its request among those sent and its length; `None` if not sent.
    index: Vec<Option<(usize, u64)>>,
}

impl RangesInFlight<'_> {
    /// The bytes of the `i`th range, waiting for them if they have not come; `None` if the
    /// request failed or the answer is not exactly that range (a 206 of its length).
    pub fn take(&mut self, i: usize) -> Option<Vec<u8>> {
        let (request, len) = self.index.get(i).copied().flatten()?;
        let answer = self.pending.as_mut()?.wait(request).ok()?;
        (answer.status == 206 && answer.body.len() as u64 == len).then_some(answer.body)
    }
}

impl<'a> S3<'a> {
    pub fn new(client: &'a Client<'a>, region: &'a str) -> Self {
        S3 { client, region }
    }

    /// The whole object.
    pub fn get_object(&self, location: &S3Location, purpose: Purpose) -> Result<Vec<u8>, S3Error> {
        let Some(answer) = self.get_objects(&[location], purpose).pop() else {
            unreachable!("one answer per object");
        };
        answer
    }

    /// `GET /?<subresource>` of a bucket (e.g. `metadataConfiguration`).
    pub fn get_bucket_subresource(
        &self,
        bucket: &str,
        subresource: &str,
        purpose: Purpose,
    ) -> Result<Vec<u8>, S3Error> {
        let target = format!("the {subresource} of bucket {bucket}");
        self.get(bucket, "", Some(subresource), None, purpose, &target)
    }

    /// PutObject of a new object, in one request. `If-None-Match: *` makes S3 refuse to
    /// replace an existing object (table files are only ever created; the host insists on it).
    /// A retried PUT whose first answer was lost meets its own object (412): that counts as
    /// written if the object there is the one sent (same length and CRC-32 — the key holds a
    /// fresh random UUID, so this tells our own bytes from anything else that could be there).
    pub fn put_object(&self, location: &S3Location, body: Vec<u8>) -> Result<(), S3Error> {
        let fingerprint = (body.len(), crc32fast::hash(&body));
        let sent = self.request(
            "PUT",
            &location.bucket,
            &location.key,
            None,
            vec![("if-none-match".into(), "*".into())],
            body,
            Purpose::TableWrite,
            &location.to_string(),
        );
        match sent {
            Err(S3Error::Service {
                ref error,
                attempts,
                ..
            }) if error.status == 412 && attempts > 1 => {
                let there = self.get_object(location, Purpose::TableData)?;
                if (there.len(), crc32fast::hash(&there)) == fingerprint {
                    Ok(())
                } else {
                    sent.map(drop)
                }
            }
            other => other.map(drop),
        }
    }

    fn get(
        &self,
        bucket: &str,
        key: &str,
        query: Option<&str>,
        range: Option<String>,
        purpose: Purpose,
        target: &str,
    ) -> Result<Vec<u8>, S3Error> {
        let headers = range
            .map(|r| vec![("range".to_string(), r)])
            .unwrap_or_default();
        self.request(
            "GET",
            bucket,
            key,
            query,
            headers,
            Vec::new(),
            purpose,
            target,
        )
        .map(|resp| resp.body)
    }

    /// A whole object of any size up to `max_bytes`, in ranged GETs of at most the
    /// transport's response limit each (`--max-response-bytes`). Larger objects are refused
    /// before more than one range is read.
    pub fn get_large_object(
        &self,
        location: &S3Location,
        max_bytes: u64,
        purpose: Purpose,
    ) -> Result<Vec<u8>, S3Error> {
        let mut out = Vec::new();
        self.read_ranges(location, max_bytes, purpose, |piece| {
            out.extend_from_slice(piece);
            Ok::<(), std::convert::Infallible>(())
        })?
        .unwrap_or_else(|never| match never {});
        Ok(out)
    }

    /// An object of any size up to `max_bytes` handed to `each` a range at a time, in order
    /// (ranged GETs of at most `--max-response-bytes`), so it is never held whole. Larger
    /// objects are refused before more than one range is read. The outer error is S3's; the
    /// inner one `each`'s, which stops the reading.
    pub fn read_ranges<E>(
        &self,
        location: &S3Location,
        max_bytes: u64,
        purpose: Purpose,
        mut each: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<Result<(), E>, S3Error> {
        let chunk = (self.client.config.limits.max_response_bytes as u64).max(1);
        let target = location.to_string();
        let mut start = 0u64;
        // The next range, asked for before `each` works on this one, so it travels meanwhile.
        let mut ahead: Option<RangesInFlight> = None;
        let mut total = None::<u64>;
        loop {
            let body = match ahead.take().and_then(|mut ahead| ahead.take(0)) {
                Some(body) => body,
                // The first range, or one read ahead that failed or came other than whole:
                // asked for the ordinary way (retried).
                None => {
                    let range = format!("bytes={start}-{}", start + chunk - 1);
                    let headers = vec![("range".to_string(), range)];
                    let resp = self.request(
                        "GET",
                        &location.bucket,
                        &location.key,
                        None,
                        headers,
                        Vec::new(),
                        purpose,
                        &target,
                    );
                    let resp = match resp {
                        // An empty object has no byte 0 to start a range at.
                        Err(S3Error::Service { error, .. })
                            if start == 0 && error.status == 416 =>
                        {
                            return Ok(Ok(()))
                        }
                        other => other?,
                    };
                    let size = resp
                        .headers
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case("content-range"))
                        .and_then(|(_, v)| v.rsplit('/').next()?.trim().parse::<u64>().ok());
                    let too_large = |size| S3Error::TooLarge {
                        target: target.clone(),
                        size,
                        limit: max_bytes,
                    };
                    let Some(size) = size else {
                        // A server that ignores ranges sends the whole object at once.
                        if resp.body.len() as u64 > max_bytes {
                            return Err(too_large(resp.body.len() as u64));
                        }
                        return Ok(each(&resp.body));
                    };
                    if size > max_bytes {
                        return Err(too_large(size));
                    }
                    total = Some(size);
                    resp.body
                }
            };
            let total = total.unwrap_or_default();
            if body.is_empty() {
                return Ok(Ok(()));
            }
            start += body.len() as u64;
            if start < total {
                let end = (start + chunk).min(total) - 1;
                ahead = Some(self.start_ranges(&[(location, start, end)]));
            }
            if let Err(e) = each(&body) {
                return Ok(Err(e));
            }
            if start >= total {
                return Ok(Ok(()));
            }
        }
    }

    /// Whole objects, the requests in flight together; results in order.
    pub fn get_objects(
        &self,
        locations: &[&S3Location],
        purpose: Purpose,
    ) -> Vec<Result<Vec<u8>, S3Error>> {
        self.get_many(locations.iter().map(|l| (*l, None)), purpose)
    }

    /// Bytes `start..=end` of each object, the requests in flight together; results in
    /// order. For reading ahead: many small ranges cost one round trip instead of one each.
    pub fn get_ranges(
        &self,
        ranges: &[(&S3Location, u64, u64)],
        purpose: Purpose,
    ) -> Vec<Result<Vec<u8>, S3Error>> {
        let ranged = ranges
            .iter()
            .map(|(location, start, end)| (*location, Some(format!("bytes={start}-{end}"))));
        self.get_many(ranged, purpose)
    }

    /// Bytes `start..=end` of each object, requested now and taken later
    /// (`RangesInFlight::take`), so the caller can decode what came while the rest travel:
    /// for reading ahead. Not retried: a range that fails, or comes other than whole, is
    /// `None`, for the caller to ask for again the ordinary way (`get_ranges`).
    pub fn start_ranges(&self, ranges: &[(&S3Location, u64, u64)]) -> RangesInFlight<'a> {
        let config = self.client.config;
        let mut outgoing = Vec::new();
        let mut index = Vec::with_capacity(ranges.len());
        let labels: Vec<String> = ranges
            .iter()
            .map(|(location, ..)| format!("GET {location}"))
            .collect();
        for (&(location, start, end), label) in ranges.iter().zip(&labels) {
            let url = address::url(
                self.region,
                config.s3_endpoint_override.as_deref(),
                &location.bucket,
                &location.key,
                None,
            );
            index.push(url.ok().map(|url| {
                outgoing.push(Outgoing {
                    unsigned: HttpRequest {
                        method: "GET",
                        url,
                        headers: vec![("range".to_string(), format!("bytes={start}-{end}"))],
                        body: Vec::new(),
                    },
                    service: sign::Service::S3,
                    region: self.region,
                    label,
                });
                (outgoing.len() - 1, end + 1 - start)
            }));
        }
        let pending = self.client.start_unretried(&outgoing);
        RangesInFlight { pending, index }
    }

    /// GETs of objects, each whole or of a `Range`, sent together.
    fn get_many<'l>(
        &self,
        gets: impl Iterator<Item = (&'l S3Location, Option<String>)>,
        purpose: Purpose,
    ) -> Vec<Result<Vec<u8>, S3Error>> {
        let requests = gets
            .map(|(location, range)| S3Request {
                method: "GET",
                bucket: &location.bucket,
                key: &location.key,
                query: None,
                headers: range
                    .map(|r| vec![("range".to_string(), r)])
                    .unwrap_or_default(),
                body: Vec::new(),
                target: location.to_string(),
            })
            .collect();
        self.send(requests, purpose)
            .into_iter()
            .map(|r| r.map(|resp| resp.body))
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn request(
        &self,
        method: &'static str,
        bucket: &str,
        key: &str,
        query: Option<&str>,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        purpose: Purpose,
        target: &str,
    ) -> Result<HttpResponse, S3Error> {
        let request = S3Request {
            method,
            bucket,
            key,
            query,
            headers,
            body,
            target: target.to_string(),
        };
        let Some(answer) = self.send(vec![request], purpose).pop() else {
            unreachable!("one outcome per request");
        };
        answer
    }

    /// Sends `requests` together through the client's retry loop; each answer judged on its
    /// own (a 2xx, the service's error, the transport's, or out of time).
    fn send(
        &self,
        requests: Vec<S3Request>,
        purpose: Purpose,
    ) -> Vec<Result<HttpResponse, S3Error>> {
        let config = self.client.config;
        let call_err = |target: &str, source: CallError| S3Error::Call {
            target: target.to_string(),
            source: Box::new(source),
            purpose,
        };
        let labels: Vec<String> = requests
            .iter()
            .map(|r| format!("{} {}", r.method, r.target))
            .collect();
        let mut answers: Vec<Option<Result<HttpResponse, S3Error>>> = Vec::new();
        let mut outgoing = Vec::new();
        let mut targets = Vec::new();
        for (request, label) in requests.into_iter().zip(&labels) {
            let url = address::url(
                self.region,
                config.s3_endpoint_override.as_deref(),
                request.bucket,
                request.key,
                request.query,
            );
            match url {
                Err(e) => answers.push(Some(Err(call_err(&request.target, e.into())))),
                Ok(url) => {
                    answers.push(None);
                    outgoing.push(Outgoing {
                        unsigned: HttpRequest {
                            method: request.method,
                            url,
                            headers: request.headers,
                            body: request.body,
                        },
                        service: sign::Service::S3,
                        region: self.region,
                        label,
                    });
                    targets.push(request.target);
                }
            }
        }
        let mut sent = self
            .client
            .send_retrying(&outgoing)
            .into_iter()
            .zip(targets)
            .map(|(sent, target)| self.judge(sent, &target, purpose));
        answers
            .into_iter()
            .map(|answer| match answer {
                Some(refused) => refused,
                None => sent
                    .next()
                    .unwrap_or_else(|| unreachable!("one outcome per request sent")),
            })
            .collect()
    }

    fn judge(
        &self,
        sent: Result<Sent, CallError>,
        target: &str,
        purpose: Purpose,
    ) -> Result<HttpResponse, S3Error> {
        let call_err = |source: CallError| S3Error::Call {
            target: target.to_string(),
            source: Box::new(source),
            purpose,
        };
        let Sent {
            outcome,
            attempts,
            out_of_time,
        } = sent.map_err(call_err)?;
        if out_of_time {
            let last = match &outcome {
                Ok(resp) => describe(&xml::parse_error(resp)),
                Err(e) => e.to_string(),
            };
            return Err(call_err(CallError::Deadline {
                limit: self.client.config.limits.call_timeout,
                attempts,
                last,
            }));
        }
        match outcome {
            Ok(resp) if (200..300).contains(&resp.status) => Ok(resp),
            Ok(resp) => Err(S3Error::Service {
                target: target.to_string(),
                error: Box::new(xml::parse_error(&resp)),
                purpose,
                attempts,
            }),
            Err(source) => Err(call_err(CallError::Transport { source, attempts })),
        }
    }
}

/// One S3 request before it is addressed and signed.
struct S3Request<'r> {
    method: &'static str,
    bucket: &'r str,
    key: &'r str,
    query: Option<&'r str>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// What it is about, for errors and log lines (`s3://bucket/key`).
    target: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aws::FixedClock;
    use crate::config::{Config, Credentials};
    use crate::http::{Transport, TransportError};
    use std::cell::RefCell;
    use std::time::SystemTime;

    /// Records requests and answers with the next scripted response.
    struct Script {
        answers: RefCell<Vec<HttpResponse>>,
        seen: RefCell<Vec<HttpRequest>>,
    }

    impl Transport for Script {
        fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
            self.seen.borrow_mut().push(request.clone());
            Ok(self.answers.borrow_mut().remove(0))
        }
    }

    fn config(env: &[(&str, &str)]) -> Config {
        let mut c = Config::from_args_env([], |k| {
            env.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        })
        .unwrap();
        c.credentials = Some(Credentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "SK".into(),
            session_token: Some("TOKEN".into()),
        });
        c
    }

    fn answer(status: u16, body: &str) -> HttpResponse {
        HttpResponse {
            status,
            headers: vec![],
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn get_object_is_signed_for_s3_with_the_payload_hash() {
        let c = config(&[]);
        let script = Script {
            answers: RefCell::new(vec![
                answer(503, "<Error><Code>SlowDown</Code></Error>"),
                answer(200, "{}"),
            ]),
            seen: RefCell::default(),
        };
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&c, &script, &clock);
        let s3 = S3::new(&client, "us-east-1");
        let loc = S3Location::parse("s3://abc--table-s3/metadata/00001 x.metadata.json").unwrap();
        assert_eq!(s3.get_object(&loc, Purpose::TableData).unwrap(), b"{}");
        let seen = script.seen.borrow();
        assert_eq!(seen.len(), 2, "the 503 was retried");
        let req = &seen[1];
        assert_eq!(
            req.url,
            "https://abc--table-s3.s3.us-east-1.amazonaws.com/metadata/00001%20x.metadata.json"
        );
        let header = |n: &str| {
            req.headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            header("x-amz-content-sha256"),
            Some("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        );
        let auth = header("authorization").unwrap();
        assert!(auth.contains("/us-east-1/s3/aws4_request"), "{auth}");
        assert!(auth.contains("x-amz-content-sha256"), "{auth}");
    }

    #[test]
    fn errors_name_the_object_and_the_permission() {
        let c = config(&[("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9")]);
        let script = Script {
            answers: RefCell::new(vec![answer(
                403,
                "<Error><Code>AccessDenied</Code><Message>denied</Message></Error>",
            )]),
            seen: RefCell::default(),
        };
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&c, &script, &clock);
        let s3 = S3::new(&client, "us-east-1");
        let loc = S3Location::parse("s3://abc--table-s3/k").unwrap();
        let msg = s3
            .get_object(&loc, Purpose::TableData)
            .unwrap_err()
            .to_string();
        assert_eq!(
            msg,
            "reading s3://abc--table-s3/k from S3 failed: AccessDenied (HTTP 403): denied. Hint: reading table data needs s3tables:GetTableData on the table (and kms:Decrypt for SSE-KMS tables)."
        );
        assert_eq!(
            script.seen.borrow()[0].url,
            "http://127.0.0.1:9/abc--table-s3/k"
        );
    }

    #[test]
    fn a_put_says_its_length_unsigned_and_runs_out_of_time_as_a_deadline() {
        let mut c = config(&[]);
        c.limits.call_timeout = std::time::Duration::from_millis(1);
        let script = Script {
            answers: RefCell::new(vec![answer(503, "<Error><Code>SlowDown</Code></Error>")]),
            seen: RefCell::default(),
        };
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&c, &script, &clock);
        let s3 = S3::new(&client, "us-east-1");
        let loc = S3Location::parse("s3://abc--table-s3/data/f.parquet").unwrap();
        let err = s3
            .put_object(&loc, b"12345".to_vec())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("ran out of time") && err.contains("after 1 attempt(s)"),
            "{err}"
        );
        let seen = script.seen.borrow();
        let header = |n: &str| {
            seen[0]
                .headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(header("content-length").as_deref(), Some("5"));
        assert!(!header("authorization").unwrap().contains("content-length"));
    }

    /// Serves ranges of `object`, but answers the `fail`th request with a 500.
    struct Ranges {
        object: Vec<u8>,
        fail: usize,
        seen: RefCell<Vec<String>>,
    }

    impl Transport for Ranges {
        fn send(&self, request: &HttpRequest) -> Result<HttpResponse, TransportError> {
            let range = request.headers.iter().find(|(k, _)| k == "range");
            let range = range.map(|(_, v)| v.clone()).unwrap_or_default();
            let mut seen = self.seen.borrow_mut();
            seen.push(range.clone());
            if seen.len() == self.fail {
                return Ok(answer(500, "<Error><Code>InternalError</Code></Error>"));
            }
            let (start, end) = range
                .trim_start_matches("bytes=")
                .split_once('-')
                .map(|(a, b)| (a.parse::<usize>().unwrap(), b.parse::<usize>().unwrap()))
                .unwrap();
            let end = end.min(self.object.len() - 1);
            Ok(HttpResponse {
                status: 206,
                headers: vec![(
                    "content-range".into(),
                    format!("bytes {start}-{end}/{}", self.object.len()),
                )],
                body: self.object[start..=end].to_vec(),
            })
        }
    }

    #[test]
    fn an_object_is_read_range_by_range_with_the_next_one_asked_for_ahead() {
        let mut c = config(&[("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9")]);
        c.limits.max_response_bytes = 1024;
        let object: Vec<u8> = (0..2500u32).map(|i| (i % 251) as u8).collect();
        // 0: all well; 2: the range read ahead fails and is asked for again, retried.
        for fail in [0, 2] {
            let transport = Ranges {
                object: object.clone(),
                fail,
                seen: RefCell::default(),
            };
            let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
            let client = Client::new(&c, &transport, &clock);
            let s3 = S3::new(&client, "us-east-1");
            let loc = S3Location::parse("s3://landing/in.csv").unwrap();
            let mut pieces = Vec::new();
            s3.read_ranges(&loc, u64::MAX, Purpose::ImportSource, |piece| {
                pieces.push(piece.len());
                Ok::<(), ()>(())
            })
            .unwrap()
            .unwrap();
            assert_eq!(pieces, [1024, 1024, 452], "fail {fail}");
            let mut asked = transport.seen.borrow().clone();
            if fail == 2 {
                // The failed read-ahead, then the same range the ordinary way.
                assert_eq!(asked.remove(1), "bytes=1024-2047");
            }
            assert_eq!(
                asked,
                ["bytes=0-1023", "bytes=1024-2047", "bytes=2048-2499"],
                "fail {fail}"
            );
        }
    }

    #[test]
    fn ranges_go_together_and_each_is_judged_on_its_own() {
        let c = config(&[("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9")]);
        let script = Script {
            answers: RefCell::new(vec![
                answer(206, "abc"),
                answer(
                    404,
                    "<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>",
                ),
                answer(206, "xy"),
            ]),
            seen: RefCell::default(),
        };
        let clock = FixedClock::new(SystemTime::UNIX_EPOCH);
        let client = Client::new(&c, &script, &clock);
        let s3 = S3::new(&client, "us-east-1");
        let a = S3Location::parse("s3://abc--table-s3/a").unwrap();
        let b = S3Location::parse("s3://abc--table-s3/b").unwrap();
        let got = s3.get_ranges(&[(&a, 0, 2), (&b, 10, 19), (&a, 5, 6)], Purpose::TableData);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].as_deref().unwrap(), b"abc");
        let missing = got[1].as_ref().unwrap_err().to_string();
        assert!(
            missing.contains("s3://abc--table-s3/b") && missing.contains("NoSuchKey"),
            "{missing}"
        );
        assert_eq!(got[2].as_deref().unwrap(), b"xy");
        let seen = script.seen.borrow();
        let asked: Vec<(&str, &str)> = seen
            .iter()
            .map(|r| {
                let range = r.headers.iter().find(|(k, _)| k == "range").unwrap();
                (r.url.as_str(), range.1.as_str())
            })
            .collect();
        assert_eq!(
            asked,
            [
                ("http://127.0.0.1:9/abc--table-s3/a", "bytes=0-2"),
                ("http://127.0.0.1:9/abc--table-s3/b", "bytes=10-19"),
                ("http://127.0.0.1:9/abc--table-s3/a", "bytes=5-6"),
            ]
        );
        assert!(s3.get_ranges(&[], Purpose::TableData).is_empty());
    }
}
