//! Who may use the lake's endpoint: requests SigV4-signed with the credentials this process
//! made up at start. A request is verified by signing it again, with the SDKs' own signer
//! (`aws-sigv4`), from what was received — the headers it says it signed, its body, its
//! time — and comparing signatures.

use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SignableBody, SignableRequest, SigningSettings,
    UriPathNormalizationMode,
};
use aws_sigv4::sign::v4;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The credentials the lake accepts.
#[derive(Clone)]
pub struct Keys {
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keys")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// How far a request's time may be from ours (S3's own limit).
const MAX_SKEW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Unsigned {
    #[error("the request is not signed (SigV4)")]
    Missing,
    #[error("the request is not signed with this lake's credentials")]
    OtherKey,
    #[error("the request's signature does not match")]
    Mismatch,
    #[error("the request's time is missing or more than 15 minutes off")]
    Time,
}

struct Authorization<'a> {
    access_key_id: &'a str,
    region: &'a str,
    service: &'a str,
    signed_headers: Vec<&'a str>,
    signature: &'a str,
}

fn parse(value: &str) -> Option<Authorization<'_>> {
    let rest = value.strip_prefix("AWS4-HMAC-SHA256 ")?;
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => credential = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            _ => {}
        }
    }
    let mut scope = credential?.split('/');
    let access_key_id = scope.next()?;
    let _date = scope.next()?;
    let region = scope.next()?;
    let service = scope.next()?;
    Some(Authorization {
        access_key_id,
        region,
        service,
        signed_headers: signed?.split(';').collect(),
        signature: signature?,
    })
}

/// `YYYYMMDDTHHMMSSZ` → a time.
fn parse_amz_date(s: &str) -> Option<SystemTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (hh, mm, ss) = (num(9..11)?, num(11..13)?, num(13..15)?);
    // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm).
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = days * 86_400 + hh * 3600 + mm * 60 + ss;
    UNIX_EPOCH.checked_add(Duration::from_secs(u64::try_from(secs).ok()?))
}

/// Verifies a received request. `url` is absolute (`http://<host><path?query>`).
pub fn verify(
    keys: &Keys,
    method: &str,
    url: &str,
    headers: &http::HeaderMap,
    body: &[u8],
    now: SystemTime,
) -> Result<(), Unsigned> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let auth = header("authorization")
        .and_then(parse)
        .ok_or(Unsigned::Missing)?;
    if auth.access_key_id != keys.access_key_id {
        return Err(Unsigned::OtherKey);
    }
    let time = header("x-amz-date")
        .and_then(parse_amz_date)
        .ok_or(Unsigned::Time)?;
    let skew = match now.duration_since(time) {
        Ok(d) => d,
        Err(e) => e.duration(),
    };
    if skew > MAX_SKEW {
        return Err(Unsigned::Time);
    }
    let mut settings = SigningSettings::default();
    if auth.service == "s3" {
        settings.percent_encoding_mode = PercentEncodingMode::Single;
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
        settings.uri_path_normalization_mode = UriPathNormalizationMode::Disabled;
    }
    let identity = aws_credential_types::Credentials::new(
        &keys.access_key_id,
        &keys.secret_access_key,
        None,
        None,
        "s3tables-local",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(auth.region)
        .name(auth.service)
        .time(time)
        .settings(settings)
        .build()
        .map_err(|_| Unsigned::Mismatch)?
        .into();
    // The signer adds these itself (from the time and settings); the host comes from the URL.
    let added_by_signer = [
        "host",
        "x-amz-date",
        "x-amz-content-sha256",
        "authorization",
    ];
    let mut signed = Vec::new();
    for name in &auth.signed_headers {
        if added_by_signer.contains(name) {
            continue;
        }
        let value = header(name).ok_or(Unsigned::Mismatch)?;
        signed.push((*name, value));
    }
    let signable = SignableRequest::new(method, url, signed.into_iter(), SignableBody::Bytes(body))
        .map_err(|_| Unsigned::Mismatch)?;
    let (_, signature) = sign(signable, &params)
        .map_err(|_| Unsigned::Mismatch)?
        .into_parts();
    if signature == auth.signature {
        Ok(())
    } else {
        Err(Unsigned::Mismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amz_dates_parse() {
        let t = parse_amz_date("20261206T123456Z").unwrap();
        assert_eq!(
            t.duration_since(UNIX_EPOCH).unwrap().as_secs(),
            1_796_560_496
        );
        assert!(parse_amz_date("2026-12-06").is_none());
    }
}
