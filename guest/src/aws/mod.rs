//! Calling S3 Tables: resolve the endpoint, build, sign, send, and read the answer.

pub mod endpoint;
pub mod error;
pub mod json;
pub mod request;
pub mod response;
pub mod sign;

use crate::config::Config;
use crate::http::{Transport, TransportError};
use error::ServiceError;
use s3tables_ops::OpSpec;
use serde_json::{Map, Value};
use std::time::SystemTime;

#[derive(Debug, thiserror::Error)]
pub enum CallError {
    #[error("{}", service_message(.0, .1))]
    Service(ServiceError, &'static str),
    #[error("{0}")]
    Transport(#[from] TransportError),
    #[error("No AWS credentials: {}", .0.as_deref().unwrap_or("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the s3tables-mcp host resolves them from your AWS profile, SSO, or environment)"))]
    NoCredentials(Option<String>),
    #[error("{0}")]
    Endpoint(#[from] endpoint::EndpointError),
    #[error("{0}")]
    Build(#[from] request::BuildError),
    #[error("{0}")]
    Sign(#[from] sign::SignError),
    #[error("{operation} answered HTTP {status} with a body that is not JSON: {detail}")]
    Malformed {
        operation: &'static str,
        status: u16,
        detail: String,
    },
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
            format!("Check that your IAM identity allows s3tables:{operation} on this resource.")
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

/// One configured client; `now` is the signing clock (fixed in tests).
pub struct Client<'a> {
    pub config: &'a Config,
    pub transport: &'a dyn Transport,
    pub now: fn() -> SystemTime,
}

impl Client<'_> {
    /// Sends `op` with `input` (keyed by wire name) and returns the normalized response body.
    pub fn call(
        &self,
        op: &'static OpSpec,
        input: &Map<String, Value>,
        region: &str,
    ) -> Result<Value, CallError> {
        let credentials = self
            .config
            .credentials
            .as_ref()
            .ok_or_else(|| CallError::NoCredentials(self.config.credentials_error.clone()))?;
        let endpoint = endpoint::resolve(region, self.config.endpoint_override.as_deref())?;
        let mut req = request::build(op, input, &endpoint)?;
        sign::sign_request(&mut req, credentials, region, (self.now)())?;
        if !req.body.is_empty() {
            req.headers
                .push(("content-length".into(), req.body.len().to_string()));
        }
        let resp = self.transport.send(&req)?;
        if !(200..300).contains(&resp.status) {
            return Err(CallError::Service(error::parse(&resp), op.name));
        }
        if resp.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Object(Map::new()));
        }
        let value: Value =
            serde_json::from_slice(&resp.body).map_err(|e| CallError::Malformed {
                operation: op.name,
                status: resp.status,
                detail: e.to_string(),
            })?;
        Ok(match op.output {
            Some(shape) => response::normalize(shape, value),
            None => value,
        })
    }
}
