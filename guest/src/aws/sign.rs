//! SigV4 with `aws-sigv4`, exactly as the AWS SDKs sign s3tables: default settings
//! (double-encoded canonical URI, normalized path), signing name `s3tables`, no
//! `x-amz-content-sha256`, `x-amz-security-token` for temporary credentials. S3 object
//! requests (the table data) are signed as the SDKs sign S3: signing name `s3`, the
//! canonical URI as sent (single encoding, no normalization) and `x-amz-content-sha256`.

use crate::config::Credentials;
use crate::http::HttpRequest;
use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
    UriPathNormalizationMode,
};
use aws_sigv4::sign::v4;
use std::time::SystemTime;

pub const SIGNING_NAME: &str = "s3tables";

/// Which service's signing rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    S3Tables,
    S3,
    /// Amazon Athena (`query_database` with `engine: athena`), signed as the SDKs sign it:
    /// the default settings, signing name `athena`. Only the SQL build has that engine.
    #[cfg(feature = "sql")]
    Athena,
}

impl Service {
    fn name(self) -> &'static str {
        match self {
            Service::S3Tables => SIGNING_NAME,
            Service::S3 => "s3",
            #[cfg(feature = "sql")]
            Service::Athena => s3tables_athena::wire::SIGNING_NAME,
        }
    }

    fn settings(self) -> SigningSettings {
        let mut settings = SigningSettings::default();
        if self == Service::S3 {
            settings.percent_encoding_mode = PercentEncodingMode::Single;
            settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
            settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
        }
        settings
    }
}

#[derive(Debug, thiserror::Error)]
#[error("could not sign the request: {0}")]
pub struct SignError(pub String);

/// Signs `request` by the rules of `service`: adds `x-amz-date`, `authorization` (and
/// `x-amz-security-token`, and for S3 `x-amz-content-sha256`).
pub fn sign_for(
    service: Service,
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
        .name(service.name())
        .time(time)
        .settings(service.settings())
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
