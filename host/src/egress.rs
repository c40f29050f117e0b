//! The only outgoing-HTTP hook: every request the guest makes passes `Policy::check`
//! here, or is refused with `HttpRequestDenied` and logged.

use crate::policy::Policy;
use std::future::Future;
use std::sync::Arc;
use wasmtime_wasi_http::{Error, RequestOptions, WasiBody, WasiHttpHooks};

pub struct Egress {
    pub policy: Arc<Policy>,
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
            Ok(op) => {
                tracing::debug!(operation = op.name, method = %request.method(), "egress allowed");
                wasmtime_wasi_http::default_hooks().send_request(request, options, fut)
            }
            Err(denial) => {
                tracing::warn!("denied outgoing request: {denial}");
                Box::new(async { Err(Error::HttpRequestDenied) })
            }
        }
    }
}
