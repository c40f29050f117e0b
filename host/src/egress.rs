//! The only outgoing-HTTP hook: every request the guest makes passes `Policy::check` here
//! (`Policy::check_athena` for a request naming an action in `X-Amz-Target`), and, for table
//! writes, the append-only rules (`append_only`), for Athena the rules of each body
//! (`s3tables_athena::wire`: granted workgroup and result location, a read-only query, only
//! the call's own queries) — or is refused with `HttpRequestDenied` and logged with the rule
//! it broke.

use crate::append_only::{s3_uri, CallScope, Ledger, TableKey, Violation, MAX_KEPT_BYTES};
use crate::athena::Queries;
use crate::policy::{Allowed, Policy};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use s3tables_athena::wire::{self as athena, Action as AthenaAction};
use s3tables_ops::OpSpec;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use wasmtime_wasi_http::{Error, RequestOptions, WasiBody, WasiHttpHooks};

pub struct Egress {
    pub policy: Arc<Policy>,
    /// The destructive operation the person confirmed for this call (`consent.rs`), if any.
    consented: Option<&'static str>,
    /// AWS request ids of the responses this instance received (for the audit log).
    pub request_ids: Arc<Mutex<Vec<String>>>,
    /// What this call's requests and answers showed the host (one instance runs one call).
    ledger: Arc<Mutex<Ledger>>,
    /// The Athena queries this call started (the only ones it may read or stop), and which
    /// of them are over (`athena::StopLeftRunning` stops the others when the call ends).
    pub athena_queries: Arc<Mutex<Queries>>,
}

impl Egress {
    /// For a message that is no tool call: table data cannot be written.
    pub fn new(policy: Arc<Policy>) -> Self {
        Egress::for_call(policy, CallScope::default())
    }

    pub fn for_call(policy: Arc<Policy>, scope: CallScope) -> Self {
        let ledger = Ledger::new(scope, &policy.grants);
        Egress {
            policy,
            consented: None,
            request_ids: Arc::default(),
            ledger: Arc::new(Mutex::new(ledger)),
            athena_queries: Arc::default(),
        }
    }
}

impl Egress {
    /// This call's destructive operation, which the person confirmed.
    pub fn consenting(mut self, operation: Option<&'static str>) -> Self {
        self.consented = operation;
        self
    }

    /// Whether `op`, if destructive, may be sent in this call: confirmation is off, or the
    /// person confirmed exactly this operation. Anything else a guest sends is refused, so a
    /// guest cannot delete more, or other, than what the person was asked about.
    fn may_destroy(&self, op: &OpSpec) -> bool {
        !op.access.is_destructive()
            || !self.policy.confirm_destructive
            || self.consented == Some(op.name)
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

type ResponseFuture = Box<dyn Future<Output = Result<(), Error>> + Send>;
type SendFuture =
    Box<dyn Future<Output = Result<(http::Response<WasiBody>, ResponseFuture), Error>> + Send>;

/// What the host does around an allowed request, beyond sending it.
enum Watch {
    Nothing,
    /// A table-data PUT: remembered (with its body, if a commit may point at it).
    Put {
        uri: String,
        keep_body: bool,
    },
    /// An UpdateTableMetadataLocation the append-only rules must check (its body first).
    Commit(TableKey),
    /// GetTable / GetTableMetadataLocation in an appending call: the answer says where the
    /// table stands (`None`: a GetTable by ARN, named by its answer).
    Table(Option<TableKey>),
    /// A whole current metadata file being read in an appending call.
    Metadata(String),
    /// An Athena action: its body checked first; a start's answer names a query of this call.
    Athena(AthenaAction),
}

impl Egress {
    /// Decides what to watch, or refuses the request by an append-only rule.
    fn watch(
        &self,
        allowed: &Allowed,
        request: &http::Request<WasiBody>,
    ) -> Result<Watch, Violation> {
        let ledger = lock(&self.ledger);
        let path = request.uri().path();
        Ok(match allowed {
            Allowed::Athena(action) => Watch::Athena(*action),
            Allowed::TableWrite { bucket, key } => {
                let if_none_match = request
                    .headers()
                    .get(http::header::IF_NONE_MATCH)
                    .and_then(|v| v.to_str().ok());
                let keep_body = ledger.check_put(bucket, key, if_none_match)?;
                Watch::Put {
                    uri: s3_uri(bucket, key),
                    keep_body,
                }
            }
            Allowed::TableData { bucket, key }
                if request.method() == http::Method::GET
                    && !request.headers().contains_key(http::header::RANGE) =>
            {
                let uri = s3_uri(bucket, key);
                match ledger.wants_read(&uri) {
                    true => Watch::Metadata(uri),
                    false => Watch::Nothing,
                }
            }
            Allowed::Operation(op) if op.name == "UpdateTableMetadataLocation" => {
                // Granted as a tool of its own (destructive) and confirmed, it may point
                // anywhere; otherwise only an appending call's own commit passes.
                if self.policy.grants.check(op).is_ok() && self.may_destroy(op) {
                    return Ok(Watch::Nothing);
                }
                let labels = op.path_labels(route_tail(path, op.uri));
                let table = Ledger::table_of(&labels, None)
                    .ok_or_else(|| Violation::NotNamedTable(path.to_string()))?;
                Watch::Commit(table)
            }
            Allowed::Operation(op)
                if ledger.appending()
                    && matches!(op.name, "GetTable" | "GetTableMetadataLocation") =>
            {
                let labels = op.path_labels(route_tail(path, op.uri));
                Watch::Table(Ledger::table_of(&labels, request.uri().query()))
            }
            _ => Watch::Nothing,
        })
    }
}

/// The end of `path` that an operation's URI template describes (an `--endpoint-url` may put
/// a base path before it).
fn route_tail<'p>(path: &'p str, template: &str) -> &'p str {
    let segments = template.matches('/').count();
    match path.rmatch_indices('/').nth(segments.saturating_sub(1)) {
        Some((i, _)) => &path[i..],
        None => path,
    }
}

/// A whole body, up to `MAX_KEPT_BYTES`.
async fn collect(body: WasiBody, too_large: Error) -> Result<Bytes, Error> {
    match Limited::new(body, MAX_KEPT_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) => match e.downcast::<Error>() {
            Ok(e) => Err(*e),
            Err(_) => Err(too_large),
        },
    }
}

/// A whole response body, driving the connection (`io`) meanwhile — the body arrives only
/// while it is polled; returns the bytes and what is left of `io` for the caller.
async fn collect_response(
    body: WasiBody,
    io: ResponseFuture,
) -> Result<(Bytes, ResponseFuture), Error> {
    let mut io = Box::into_pin(io);
    let body = collect(body, Error::HttpResponseBodySize(None));
    tokio::pin!(body);
    let mut io_done = None;
    let bytes = loop {
        tokio::select! {
            bytes = &mut body => break bytes?,
            done = &mut io, if io_done.is_none() => io_done = Some(done),
        }
    };
    let rest: ResponseFuture = match io_done {
        Some(done) => Box::new(async move { done }),
        None => Box::new(io),
    };
    Ok((bytes, rest))
}

fn body_of(bytes: Bytes) -> WasiBody {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn denied(what: &str, why: &dyn std::fmt::Display) -> Error {
    tracing::warn!("denied outgoing request: {what}: {why}");
    Error::HttpRequestDenied
}

impl WasiHttpHooks for Egress {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: ResponseFuture,
    ) -> SendFuture {
        let uri = request.uri();
        let (method, scheme, authority, path) = (
            request.method().as_str(),
            uri.scheme_str().unwrap_or(""),
            uri.authority().map(|a| a.as_str()).unwrap_or(""),
            uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"),
        );
        // Any `X-Amz-Target` makes it an Athena request (no other service here uses one).
        let verdict = match request.headers().get(athena::TARGET_HEADER) {
            Some(target) => self.policy.check_athena(
                method,
                scheme,
                authority,
                path,
                target.to_str().unwrap_or("(not text)"),
            ),
            None => self.policy.check(method, scheme, authority, path),
        };
        let allowed = match verdict {
            Ok(allowed) => allowed,
            Err(denial) => {
                tracing::warn!("denied outgoing request: {denial}");
                return Box::new(async { Err(Error::HttpRequestDenied) });
            }
        };
        let what = format!("{} {}", request.method(), request.uri());
        if let Allowed::Operation(op) = &allowed {
            if op.name != "UpdateTableMetadataLocation" && !self.may_destroy(op) {
                let error = denied(
                    &what,
                    &format_args!(
                        "{} is destructive and the person did not confirm it for this call",
                        op.name
                    ),
                );
                return Box::new(async { Err(error) });
            }
        }
        let watch = match self.watch(&allowed, &request) {
            Ok(watch) => watch,
            Err(violation) => {
                let error = denied(&what, &violation);
                return Box::new(async { Err(error) });
            }
        };
        tracing::debug!(target = %allowed.describe(), method = %request.method(), "egress allowed");
        let ids = self.request_ids.clone();
        let ledger = self.ledger.clone();
        let athena_queries = self.athena_queries.clone();
        let athena_grant = self.policy.athena.as_ref().map(|a| a.grant.clone());
        Box::new(async move {
            // The query a Get/Stop names, once its body passed.
            let mut athena_query = None;
            let (start_uri, authorization) = (
                request.uri().clone(),
                request
                    .headers()
                    .get(http::header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
            );
            let request = match &watch {
                Watch::Put {
                    uri,
                    keep_body: true,
                } => {
                    let (parts, body) = request.into_parts();
                    let bytes = collect(body, Error::HttpRequestBodySize(None)).await?;
                    lock(&ledger).put_sent(uri.clone(), Some(bytes.clone()));
                    http::Request::from_parts(parts, body_of(bytes))
                }
                Watch::Put { uri, .. } => {
                    lock(&ledger).put_sent(uri.clone(), None);
                    request
                }
                Watch::Commit(table) => {
                    let (parts, body) = request.into_parts();
                    let bytes = collect(body, Error::HttpRequestBodySize(None)).await?;
                    lock(&ledger)
                        .check_commit(table, &bytes)
                        .map_err(|v| denied(&what, &v))?;
                    http::Request::from_parts(parts, body_of(bytes))
                }
                Watch::Athena(action) => {
                    let (parts, body) = request.into_parts();
                    let bytes = collect(body, Error::HttpRequestBodySize(None)).await?;
                    let checked = match (action, &athena_grant) {
                        // `check_athena` allowed nothing without a grant.
                        (_, None) => Err(athena::BodyRefusal::NotJson),
                        (AthenaAction::StartQueryExecution, Some(grant)) => {
                            grant.check_start(&bytes).map(|()| None)
                        }
                        (action, Some(_)) => {
                            let queries = lock(&athena_queries);
                            athena::check_query_body(*action, &bytes, |id| queries.is_started(id))
                                .map(Some)
                        }
                    };
                    athena_query = checked.map_err(|refusal| denied(&what, &refusal))?;
                    http::Request::from_parts(parts, body_of(bytes))
                }
                _ => request,
            };
            let sent = wasmtime_wasi_http::default_hooks().send_request(request, options, fut);
            let (response, io) = Box::into_pin(sent).await?;
            let headers = response.headers();
            if let Some(id) = headers
                .get("x-amzn-requestid")
                .or_else(|| headers.get("x-amz-request-id"))
                .and_then(|v| v.to_str().ok())
            {
                ids.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(id.to_string());
            }
            let status = response.status();
            let response = match watch {
                Watch::Put { uri, .. } => {
                    lock(&ledger).put_answered(&uri, status.as_u16());
                    response
                }
                Watch::Commit(table) if status.is_success() => {
                    lock(&ledger).committed(&table);
                    response
                }
                Watch::Table(table) if status.is_success() => {
                    let (parts, body) = response.into_parts();
                    let (bytes, io) = collect_response(body, io).await?;
                    if let Ok(answer) = serde_json::from_slice(&bytes) {
                        lock(&ledger).saw_table(table, &answer);
                    }
                    return Ok((http::Response::from_parts(parts, body_of(bytes)), io));
                }
                Watch::Athena(action) if status.is_success() => {
                    let (parts, body) = response.into_parts();
                    let (bytes, io) = collect_response(body, io).await?;
                    let mut queries = lock(&athena_queries);
                    match (action, athena_query) {
                        (AthenaAction::StartQueryExecution, _) => {
                            if let Some(id) = athena::started_id(&bytes) {
                                queries.started(id, start_uri, authorization.as_deref());
                            }
                        }
                        (AthenaAction::StopQueryExecution, Some(id)) => queries.over(id),
                        (AthenaAction::GetQueryExecution, Some(id)) if athena::finished(&bytes) => {
                            queries.over(id)
                        }
                        _ => {}
                    }
                    drop(queries);
                    return Ok((http::Response::from_parts(parts, body_of(bytes)), io));
                }
                Watch::Metadata(uri) if status == http::StatusCode::OK => {
                    let (parts, body) = response.into_parts();
                    let (bytes, io) = collect_response(body, io).await?;
                    lock(&ledger).saw_object(&uri, &bytes);
                    return Ok((http::Response::from_parts(parts, body_of(bytes)), io));
                }
                _ => response,
            };
            Ok((response, io))
        })
    }
}
