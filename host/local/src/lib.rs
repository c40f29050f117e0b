//! The local lake behind `s3tables-mcp --local`: S3 Tables' REST API and the S3 object API of
//! its warehouse buckets, served on a loopback port from a directory (`store.rs`), so that
//! every tool works with no AWS account, no emulator and no network. The guest is unchanged:
//! the host points it here as it would at any endpoint, and its policy and gates apply.
//!
//! Only requests SigV4-signed with the credentials this process made up are answered
//! (`sigv4.rs`), so another local process cannot use the endpoint. S3 requests are path-style
//! (`/<bucket>/<key>`): GET (with ranges) and HEAD of objects, and PUT with
//! `If-None-Match: *` — nothing else; folders given with `--local-bucket NAME=PATH` are
//! general purpose buckets that can only be read (import sources).

pub mod api;
pub mod sigv4;
pub mod store;

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use serde_json::{json, Map, Value};
use sigv4::Keys;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;
use store::{read_object, Store, StoreError};

pub use api::{ACCOUNT, REGION};

/// Largest request body accepted (a data file).
const MAX_BODY: usize = 1024 * 1024 * 1024;

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    // The OS's generator does not fail on the platforms we build for; zeros would still work.
    let _ = getrandom::fill(&mut buf);
    buf
}

/// `bytes` random bytes as hex (credentials, temporary file names).
pub(crate) fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    let _ = getrandom::fill(&mut buf);
    s3tables_iceberg::text::hex(&buf)
}

/// A random (version 4) UUID, as the service mints ids.
pub(crate) fn random_uuid() -> String {
    s3tables_iceberg::text::random_uuid(random_bytes())
}

#[derive(Debug, thiserror::Error)]
pub enum LakeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("--local-bucket {0:?}: {1}")]
    Bucket(String, String),
    #[error("could not listen on loopback: {0}")]
    Listen(std::io::Error),
}

/// A running lake (its endpoint runs until the process ends). Debug leaves out the secret.
#[derive(Clone, Debug)]
pub struct Lake {
    /// `http://127.0.0.1:PORT`: both the S3 Tables and the S3 endpoint.
    pub endpoint: String,
    pub keys: Keys,
    pub dir: PathBuf,
}

struct Shared {
    store: Store,
    keys: Keys,
    /// `--local-bucket` folders, by bucket name.
    folders: HashMap<String, PathBuf>,
}

/// Opens (or creates) the lake in `dir` and serves it on a random loopback port until the
/// process ends. `folders`: `NAME=PATH` general purpose buckets.
pub async fn start(dir: &Path, folders: &[String]) -> Result<Lake, LakeError> {
    let store = Store::open(dir)?;
    let mut named = HashMap::new();
    for spec in folders {
        let (name, path) = spec
            .split_once('=')
            .ok_or_else(|| LakeError::Bucket(spec.clone(), "expected NAME=PATH".into()))?;
        if name.ends_with("--table-s3") || name.len() < 3 {
            return Err(LakeError::Bucket(
                spec.clone(),
                "not a general purpose bucket name".into(),
            ));
        }
        let path = PathBuf::from(path);
        if !path.is_dir() {
            return Err(LakeError::Bucket(
                spec.clone(),
                format!("{} is not a directory", path.display()),
            ));
        }
        named.insert(name.to_string(), path);
    }
    let keys = Keys {
        access_key_id: format!("LOCAL{}", random_hex(8).to_uppercase()),
        secret_access_key: random_hex(20),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(LakeError::Listen)?;
    let addr: SocketAddr = listener.local_addr().map_err(LakeError::Listen)?;
    let shared = Arc::new(Shared {
        store,
        keys: keys.clone(),
        folders: named,
    });
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let shared = shared.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let shared = shared.clone();
                    async move { Ok::<_, std::convert::Infallible>(handle(&shared, req).await) }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(Lake {
        endpoint: format!("http://{addr}"),
        keys,
        dir: dir.to_path_buf(),
    })
}

fn response(status: u16, content_type: &str, body: Vec<u8>) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Ok(v) = content_type.parse() {
        r.headers_mut().insert(http::header::CONTENT_TYPE, v);
    }
    if let Ok(v) = random_hex(8).parse() {
        r.headers_mut().insert("x-amzn-requestid", v);
    }
    r
}

fn api_error(e: &api::ApiError) -> Response<Full<Bytes>> {
    let mut r = response(
        e.status,
        "application/json",
        json!({"message": e.message}).to_string().into_bytes(),
    );
    if let Ok(v) = e.code.parse() {
        r.headers_mut().insert("x-amzn-errortype", v);
    }
    r
}

fn s3_error(status: u16, code: &str, message: &str) -> Response<Full<Bytes>> {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>"
    );
    response(status, "application/xml", xml.into_bytes())
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

async fn handle(shared: &Shared, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => return s3_error(413, "EntityTooLarge", "the request body is too large"),
    };
    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    let path_and_query = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    let url = format!("http://{host}{path_and_query}");
    if let Err(why) = sigv4::verify(
        &shared.keys,
        parts.method.as_str(),
        &url,
        &parts.headers,
        &body,
        SystemTime::now(),
    ) {
        tracing::warn!(
            "local lake: refused {} {}: {why}",
            parts.method,
            parts.uri.path()
        );
        return api_error(&api::ApiError {
            status: 403,
            code: "ForbiddenException",
            message: why.to_string(),
        });
    }
    let path = parts.uri.path();
    let query = parts.uri.query();
    let route_method = if parts.method == Method::HEAD {
        "GET"
    } else {
        parts.method.as_str()
    };
    if let Some(op) = s3tables_ops::route(route_method, path) {
        return match input(op, path, query, &body) {
            Ok(input) => match api::call(&shared.store, op, &input) {
                Ok(reply) => {
                    let bytes = reply
                        .body
                        .map(|b| b.to_string().into_bytes())
                        .unwrap_or_default();
                    response(reply.status, "application/json", bytes)
                }
                Err(e) => api_error(&e),
            },
            Err(e) => api_error(&e),
        };
    }
    s3(shared, &parts, path, query, body)
}

/// An operation's input from its route's labels, the query string and the JSON body, keyed
/// by the model's member names.
fn input(
    op: &'static s3tables_ops::OpSpec,
    path: &str,
    query: Option<&str>,
    body: &[u8],
) -> Result<Map<String, Value>, api::ApiError> {
    let bad = |m: String| api::ApiError {
        status: 400,
        code: "BadRequestException",
        message: m,
    };
    let mut out = match body {
        [] => Map::new(),
        b => match serde_json::from_slice(b) {
            Ok(Value::Object(m)) => m,
            _ => return Err(bad("the request body is not a JSON object".into())),
        },
    };
    let members = op.input_members();
    for (label, value) in op.path_labels(path) {
        if let Some(m) = members.iter().find(|m| m.wire == label) {
            out.insert(m.name.to_string(), json!(decode(value)));
        }
    }
    for (k, v) in query
        .unwrap_or("")
        .split('&')
        .filter_map(|p| p.split_once('='))
    {
        let (k, v) = (decode(k), decode(v));
        let Some(m) = members.iter().find(|m| m.wire == k) else {
            continue;
        };
        let value = match m.shape.get().kind {
            s3tables_ops::ShapeKind::List { .. } => {
                let mut list = out
                    .remove(m.name)
                    .and_then(|l| l.as_array().cloned())
                    .unwrap_or_default();
                list.push(json!(v));
                Value::Array(list)
            }
            s3tables_ops::ShapeKind::Integer { .. } => {
                json!(v
                    .parse::<i64>()
                    .map_err(|_| bad(format!("{k} must be a number")))?)
            }
            _ => json!(v),
        };
        out.insert(m.name.to_string(), value);
    }
    Ok(out)
}

/// Path-style S3: objects of warehouse buckets and of `--local-bucket` folders.
fn s3(
    shared: &Shared,
    parts: &http::request::Parts,
    path: &str,
    query: Option<&str>,
    body: Bytes,
) -> Response<Full<Bytes>> {
    let rest = path.trim_start_matches('/');
    let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
    let (bucket, key) = (decode(bucket), decode(key));
    if key.is_empty() || query.is_some() {
        return s3_error(
            501,
            "NotImplemented",
            "the local lake serves only object GET, HEAD and PUT",
        );
    }
    let file = if bucket.ends_with("--table-s3") {
        let exists =
            shared.store.read(|c| {
                c["buckets"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .any(|(_, b)| {
                        b["namespaces"]
                            .as_object()
                            .into_iter()
                            .flatten()
                            .any(|(_, n)| {
                                n["tables"].as_object().into_iter().flatten().any(|(_, t)| {
                                    t["warehouseLocation"] == format!("s3://{bucket}")
                                })
                            })
                    })
            });
        match exists {
            Ok(true) => shared.store.object_path(&bucket, &key),
            Ok(false) => {
                return s3_error(404, "NoSuchBucket", "The specified bucket does not exist")
            }
            Err(e) => return s3_error(500, "InternalError", &e.to_string()),
        }
    } else {
        match shared.folders.get(&bucket) {
            Some(root) if parts.method != Method::PUT => store::object_path(root, &key),
            Some(_) => {
                return s3_error(403, "AccessDenied", "--local-bucket folders are read-only")
            }
            None => return s3_error(404, "NoSuchBucket", "The specified bucket does not exist"),
        }
    };
    let Some(file) = file else {
        return s3_error(
            400,
            "InvalidArgument",
            "the key has empty, `.` or `..` segments",
        );
    };
    match parts.method {
        Method::PUT => {
            let new_only = parts
                .headers
                .get(http::header::IF_NONE_MATCH)
                .is_some_and(|v| v == "*");
            if !new_only {
                return s3_error(
                    501,
                    "NotImplemented",
                    "the local lake only creates objects (If-None-Match: *); it never replaces one",
                );
            }
            match shared.store.put_new(&file, &body) {
                Ok(true) => response(200, "application/xml", Vec::new()),
                Ok(false) => s3_error(
                    412,
                    "PreconditionFailed",
                    "At least one of the pre-conditions you specified did not hold",
                ),
                Err(e) => s3_error(500, "InternalError", &e.to_string()),
            }
        }
        Method::GET | Method::HEAD => {
            let range = parts
                .headers
                .get(http::header::RANGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|r| r.strip_prefix("bytes="));
            let (span, suffix) = match range.map(|r| r.split_once('-')) {
                Some(Some(("", n))) => (None, n.parse().ok()),
                Some(Some((a, b))) => (a.parse().ok().map(|a| (a, b.parse().ok())), None),
                _ => (None, None),
            };
            match read_object(&file, span, suffix, parts.method == Method::HEAD) {
                Ok(Some(object)) => {
                    let served = object.span;
                    let status = match served {
                        Some((first, last)) if first > last => {
                            return s3_error(
                                416,
                                "InvalidRange",
                                "The requested range is not satisfiable",
                            )
                        }
                        Some(_) => 206,
                        None => 200,
                    };
                    let length = served.map_or(object.size, |(f, l)| l - f + 1);
                    let mut r = response(status, "application/octet-stream", object.bytes);
                    let h = r.headers_mut();
                    let mut set = |k: &'static str, v: String| {
                        if let Ok(v) = v.parse() {
                            h.insert(k, v);
                        }
                    };
                    set("etag", object.etag);
                    set("content-length", length.to_string());
                    if let Some((f, l)) = served {
                        set("content-range", format!("bytes {f}-{l}/{}", object.size));
                    }
                    r
                }
                Ok(None) => s3_error(404, "NoSuchKey", "The specified key does not exist."),
                Err(e) => s3_error(500, "InternalError", &e.to_string()),
            }
        }
        _ => s3_error(
            405,
            "MethodNotAllowed",
            "The specified method is not allowed against this resource.",
        ),
    }
}
