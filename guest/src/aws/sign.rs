//! SigV4 with `aws-sigv4`, exactly as the AWS SDKs sign s3tables: default settings
//! (double-encoded canonical URI, normalized path), signing name `s3tables`, no
//! `x-amz-content-sha256`, `x-amz-security-token` for temporary credentials.

use crate::config::Credentials;
use crate::http::HttpRequest;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use std::time::SystemTime;

pub const SIGNING_NAME: &str = "s3tables";

#[derive(Debug, thiserror::Error)]
#[error("could not sign the request: {0}")]
pub struct SignError(pub String);

/// Adds `x-amz-date`, `authorization` (and `x-amz-security-token`) to the request.
pub fn sign_request(
    request: &mut HttpRequest,
    credentials: &Credentials,
    region: &str,
    time: SystemTime,
) -> Result<(), SignError> {
    let identity = aws_credential_types::Credentials::new(
        &credentials.access_key_id,
        &credentials.secret_access_key,
        credentials.session_token.clone(),
        None,
        "s3tables-mcp",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name(SIGNING_NAME)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| SignError(e.to_string()))?
        .into();
    let signable = SignableRequest::new(
        request.method,
        request.url.as_str(),
        request
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(&request.body),
    )
    .map_err(|e| SignError(e.to_string()))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| SignError(e.to_string()))?
        .into_parts();
    let (headers, _params) = instructions.into_parts();
    for header in headers {
        request
            .headers
            .push((header.name().to_string(), header.value().to_string()));
    }
    Ok(())
}
