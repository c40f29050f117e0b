//! Where requests go: `https://s3tables.{region}.{dns suffix}`, unless overridden.

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

/// The DNS suffix of the partition a region belongs to.
pub fn dns_suffix(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else if region.starts_with("eusc-") {
        "amazonaws.eu"
    } else if region.starts_with("us-isob-") {
        "sc2s.sgov.gov"
    } else if region.starts_with("us-iso-") {
        "c2s.ic.gov"
    } else {
        "amazonaws.com"
    }
}

/// A region name as AWS spells them (`us-east-1`, `eu-central-2`, `us-gov-west-1`).
pub fn is_valid_region(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
        && parts.last().is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

pub fn resolve(region: &str, endpoint_override: Option<&str>) -> Result<Endpoint, EndpointError> {
    match endpoint_override {
        Some(url) => parse(url),
        None if is_valid_region(region) => Ok(Endpoint {
            scheme: "https".into(),
            authority: format!("s3tables.{region}.{}", dns_suffix(region)),
            base_path: String::new(),
        }),
        None => Err(EndpointError::InvalidRegion(region.to_string())),
    }
}

fn parse(url: &str) -> Result<Endpoint, EndpointError> {
    let invalid = || EndpointError::Invalid(url.to_string());
    let uri: http::Uri = url.parse().map_err(|_| invalid())?;
    let scheme = uri.scheme_str().filter(|s| *s == "http" || *s == "https").ok_or_else(invalid)?;
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
        assert_eq!(resolve("us-east-1", None).unwrap().authority, "s3tables.us-east-1.amazonaws.com");
        assert_eq!(resolve("cn-north-1", None).unwrap().authority, "s3tables.cn-north-1.amazonaws.com.cn");
        assert_eq!(resolve("evil.com/x", None), Err(EndpointError::InvalidRegion("evil.com/x".into())));
    }

    #[test]
    fn overrides_keep_scheme_port_and_path() {
        let e = resolve("us-east-1", Some("http://127.0.0.1:5000/base/")).unwrap();
        assert_eq!((e.scheme.as_str(), e.authority.as_str(), e.base_path.as_str()), ("http", "127.0.0.1:5000", "/base"));
        assert!(resolve("us-east-1", Some("ftp://x")).is_err());
        assert!(resolve("us-east-1", Some("http://user:pw@x")).is_err());
    }
}
