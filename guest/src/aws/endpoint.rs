//! Where requests go: `https://s3tables.{region}.{dns suffix}`, unless overridden.

pub use s3tables_ops::endpoint::{default_authority, is_valid_region};

/// A resolved endpoint: scheme and authority, plus any base path of a custom endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub scheme: String,
    pub authority: String,
    pub base_path: String,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EndpointError {
    #[error("invalid endpoint URL {0:?}: expected http(s)://host[:port][/path]")]
    Invalid(String),
    #[error("invalid region {0:?}")]
    InvalidRegion(String),
}

pub fn resolve(region: &str, endpoint_override: Option<&str>) -> Result<Endpoint, EndpointError> {
    match endpoint_override {
        Some(url) => parse(url),
        None if is_valid_region(region) => Ok(Endpoint {
            scheme: "https".into(),
            authority: default_authority(region),
            base_path: String::new(),
        }),
        None => Err(EndpointError::InvalidRegion(region.to_string())),
    }
}

/// An endpoint URL as `AWS_ENDPOINT_URL*` give it.
pub fn parse(url: &str) -> Result<Endpoint, EndpointError> {
    let invalid = || EndpointError::Invalid(url.to_string());
    let uri: http::Uri = url.parse().map_err(|_| invalid())?;
    let scheme = uri
        .scheme_str()
        .filter(|s| *s == "http" || *s == "https")
        .ok_or_else(invalid)?;
    let authority = uri.authority().ok_or_else(invalid)?;
    if authority.as_str().contains('@') || uri.query().is_some() {
        return Err(invalid());
    }
    Ok(Endpoint {
        scheme: scheme.to_string(),
        authority: authority.as_str().to_string(),
        base_path: uri.path().trim_end_matches('/').to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_endpoints_follow_the_partition() {
        assert_eq!(
            resolve("us-east-1", None).unwrap().authority,
            "s3tables.us-east-1.amazonaws.com"
        );
        assert_eq!(
            resolve("cn-north-1", None).unwrap().authority,
            "s3tables.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(
            resolve("evil.com/x", None),
            Err(EndpointError::InvalidRegion("evil.com/x".into()))
        );
    }

    #[test]
    fn overrides_keep_scheme_port_and_path() {
        let e = resolve("us-east-1", Some("http://127.0.0.1:5000/base/")).unwrap();
        assert_eq!(
            (
                e.scheme.as_str(),
                e.authority.as_str(),
                e.base_path.as_str()
            ),
            ("http", "127.0.0.1:5000", "/base")
        );
        assert!(resolve("us-east-1", Some("ftp://x")).is_err());
        assert!(resolve("us-east-1", Some("http://user:pw@x")).is_err());
    }
}
