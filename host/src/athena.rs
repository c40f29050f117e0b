//! The Athena queries of one call, as the host saw them (`egress.rs` records each start and
//! each answer that shows a query over), and stopping those a call leaves running.
//!
//! A call that ends early — `notifications/cancelled`, the host's deadline, a closed HTTP
//! stream — drops its guest mid-poll, so the guest cannot stop its query; the host does, with
//! a `StopQueryExecution` it signs itself, sent to the endpoint and Region the start went to.

use aws_credential_types::Credentials;
use s3tables_athena::wire::{self, Action};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Where a query was started: its start request's URL and SigV4 Region.
#[derive(Clone, Debug)]
struct Origin {
    uri: http::Uri,
    region: String,
}

/// The queries one call started, and which of them are over.
#[derive(Debug, Default)]
pub struct Queries {
    started: HashMap<String, Origin>,
    over: HashSet<String>,
}

impl Queries {
    pub fn is_started(&self, id: &str) -> bool {
        self.started.contains_key(id)
    }

    /// A start answered with `id`; `authorization` is the start's header, which names the
    /// Region it was signed for.
    pub fn started(&mut self, id: String, uri: http::Uri, authorization: Option<&str>) {
        let region = authorization
            .and_then(|a| a.split("Credential=").nth(1))
            .and_then(|scope| scope.split('/').nth(2))
            .unwrap_or("us-east-1")
            .to_string();
        self.started.insert(id, Origin { uri, region });
    }

    /// `id` finished (an answer showed it succeeded, failed or was cancelled, or it was stopped).
    pub fn over(&mut self, id: String) {
        self.over.insert(id);
    }

    /// Started and not known to be over.
    fn running(&self) -> Vec<(String, Origin)> {
        self.started
            .iter()
            .filter(|(id, _)| !self.over.contains(*id))
            .map(|(id, origin)| (id.clone(), origin.clone()))
            .collect()
    }
}

/// How long a stop may take: it runs after its call, detached.
const STOP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Stops, when dropped, every query its call started and did not see end.
pub struct StopLeftRunning {
    pub queries: Arc<Mutex<Queries>>,
    pub credentials: Option<Credentials>,
}

impl Drop for StopLeftRunning {
    fn drop(&mut self) {
        let running = self
            .queries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .running();
        let (Some(credentials), Ok(runtime)) = (
            self.credentials.clone(),
            tokio::runtime::Handle::try_current(),
        ) else {
            return;
        };
        for (id, origin) in running {
            let credentials = credentials.clone();
            runtime.spawn(async move {
                let stopped = tokio::time::timeout(STOP_TIMEOUT, stop(&id, &origin, &credentials));
                match stopped
                    .await
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("no answer in {STOP_TIMEOUT:?}")))
                {
                    Ok(status) if (200..300).contains(&status) => {
                        tracing::info!("stopped Athena query {id}, left running by its call")
                    }
                    Ok(status) => tracing::warn!(
                        "could not stop Athena query {id}, left running by its call: HTTP {status}"
                    ),
                    Err(e) => tracing::warn!(
                        "could not stop Athena query {id}, left running by its call: {e}"
                    ),
                }
            });
        }
    }
}

/// Sends `StopQueryExecution` for `id`, signed as the guest signs Athena requests.
async fn stop(id: &str, origin: &Origin, credentials: &Credentials) -> anyhow::Result<u16> {
    use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
    use http_body_util::BodyExt;

    let body = wire::query_body(id, None, None);
    let target = Action::StopQueryExecution.target();
    let url = origin.uri.to_string();
    let headers = [
        ("content-type", wire::CONTENT_TYPE),
        (wire::TARGET_HEADER, target.as_str()),
    ];
    let identity = credentials.clone().into();
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(&identity)
        .region(&origin.region)
        .name(wire::SIGNING_NAME)
        .time(SystemTime::now())
        .settings(SigningSettings::default())
        .build()?
        .into();
    let signable = SignableRequest::new(
        "POST",
        &url,
        headers.iter().copied(),
        SignableBody::Bytes(&body),
    )?;
    let (instructions, _) = sign(signable, &params)?.into_parts();
    let mut request = http::Request::post(&url);
    for (name, value) in headers {
        request = request.header(name, value);
    }
    request = request.header(http::header::CONTENT_LENGTH, body.len());
    let mut request = request.body(
        http_body_util::Full::new(bytes::Bytes::from(body))
            .map_err(|never| match never {})
            .boxed_unsync(),
    )?;
    instructions.apply_to_request_http1x(&mut request);
    let (response, io) = wasmtime_wasi_http::default_send_request(request, None).await?;
    let status = response.status().as_u16();
    tokio::spawn(io);
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_queries_not_seen_to_end_are_left_running() {
        let mut queries = Queries::default();
        let auth = "AWS4-HMAC-SHA256 Credential=AKID/20250102/eu-west-1/athena/aws4_request, SignedHeaders=host, Signature=x";
        let uri: http::Uri = "https://athena.eu-west-1.amazonaws.com/".parse().unwrap();
        queries.started("a".into(), uri.clone(), Some(auth));
        queries.started("b".into(), uri, None);
        queries.over("b".into());
        assert!(queries.is_started("a") && queries.is_started("b") && !queries.is_started("c"));
        let running = queries.running();
        assert_eq!(running.len(), 1);
        assert_eq!(running[0].0, "a");
        assert_eq!(running[0].1.region, "eu-west-1");
    }
}
