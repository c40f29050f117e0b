//! Where an S3 request goes: `https://<bucket>.s3.<region>.<suffix>/<key>` (virtual-hosted),
//! path-style `https://s3.<region>.<suffix>/<bucket>/<key>` for bucket names with dots (their
//! virtual host would not match the certificate), and path-style under the endpoint override
//! (`AWS_ENDPOINT_URL_S3`) when one is set. Keys are percent-encoded once, `/` kept.

use crate::aws::endpoint::{self, EndpointError};
use crate::aws::request::encode;
use s3tables_ops::endpoint::{dns_suffix, is_valid_region};

/// The URL of `key` in `bucket` (an empty key addresses the bucket), with `query` appended.
pub fn url(
    region: &str,
    endpoint_override: Option<&str>,
    bucket: &str,
    key: &str,
    query: Option<&str>,
) -> Result<String, EndpointError> {
    let key_path: String = key.split('/').map(encode).collect::<Vec<_>>().join("/");
    let mut url = match endpoint_override {
        Some(over) => {
            let e = endpoint::resolve(region, Some(over))?;
            format!(
                "{}://{}{}/{bucket}/{key_path}",
                e.scheme, e.authority, e.base_path
            )
        }
        None if !is_valid_region(region) => {
            return Err(EndpointError::InvalidRegion(region.to_string()))
        }
        None if bucket.contains('.') => {
            format!(
                "https://s3.{region}.{}/{bucket}/{key_path}",
                dns_suffix(region)
            )
        }
        None => format!(
            "https://{bucket}.s3.{region}.{}/{key_path}",
            dns_suffix(region)
        ),
    };
    // Path-style bucket requests have no trailing slash (`/bucket?x`), as the SDKs send them.
    if key.is_empty() && endpoint_override.is_some() || key.is_empty() && bucket.contains('.') {
        url.pop();
    }
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_hosted_by_default_path_style_when_overridden() {
        assert_eq!(
            url(
                "us-east-1",
                None,
                "abc--table-s3",
                "metadata/0-a b.json",
                None
            )
            .unwrap(),
            "https://abc--table-s3.s3.us-east-1.amazonaws.com/metadata/0-a%20b.json"
        );
        assert_eq!(
            url("cn-north-1", None, "abc--table-s3", "data/x=1/f", None).unwrap(),
            "https://abc--table-s3.s3.cn-north-1.amazonaws.com.cn/data/x%3D1/f"
        );
        assert_eq!(
            url(
                "us-east-1",
                Some("http://127.0.0.1:5000"),
                "abc--table-s3",
                "k/v",
                None
            )
            .unwrap(),
            "http://127.0.0.1:5000/abc--table-s3/k/v"
        );
    }

    #[test]
    fn bucket_subresources() {
        let q = Some("metadataConfiguration");
        assert_eq!(
            url("us-east-1", None, "logs", "", q).unwrap(),
            "https://logs.s3.us-east-1.amazonaws.com/?metadataConfiguration"
        );
        assert_eq!(
            url("us-east-1", None, "my.logs", "", q).unwrap(),
            "https://s3.us-east-1.amazonaws.com/my.logs?metadataConfiguration"
        );
        assert_eq!(
            url("us-east-1", Some("http://127.0.0.1:5000/"), "logs", "", q).unwrap(),
            "http://127.0.0.1:5000/logs?metadataConfiguration"
        );
        assert!(url("evil.com/x", None, "logs", "", q).is_err());
    }
}
