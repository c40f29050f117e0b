//! The only outgoing-HTTP hook: every request the guest makes passes `Policy::check`
//! here, or is refused with `HttpRequestDenied` and logged.

use crate::policy::Policy;
use std::future::Future;
use std::sync::{Arc, Mutex};
use wasmtime_wasi_http::{Error, RequestOptions, WasiBody, WasiHttpHooks};

pub struct Egress {
    pub policy: Arc<Policy>,
    /// AWS request ids of the responses this instance received (for the audit log).
    pub request_ids: Arc<Mutex<Vec<String>>>,
}

impl Egress {
    pub fn new(policy: Arc<Policy>) -> Self {
        Egress {
            policy,
            request_ids: Arc::default(),
        }
    }
}

type ResponseFuture = Box<dyn Future<Output = Result<(), Error>> + Send>;
type SendFuture =
    Box<dyn Future<Output = Result<(http::Response<WasiBody>, ResponseFuture), Error>> + Send>;

impl WasiHttpHooks for Egress {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: ResponseFuture,
    ) -> SendFuture {
        let uri = request.uri();
        let verdict = self.policy.check(
            request.method().as_str(),
            uri.scheme_str().unwrap_or(""),
            uri.authority().map(|a| a.as_str()).unwrap_or(""),
            uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"),
        );
        match verdict {
            Ok(allowed) => {
                tracing::debug!(target = %allowed.describe(), method = %request.method(), "egress allowed");
                let sent = wasmtime_wasi_http::default_hooks().send_request(request, options, fut);
                let ids = self.request_ids.clone();
                Box::new(async move {
                    let result = Box::into_pin(sent).await;
                    if let Ok((response, _)) = &result {
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
                    }
                    result
                })
            }
            Err(denial) => {
                tracing::warn!("denied outgoing request: {denial}");
                Box::new(async { Err(Error::HttpRequestDenied) })
            }
        }
    }
}
