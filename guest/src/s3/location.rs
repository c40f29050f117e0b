//! `s3://bucket/key` locations, as Iceberg metadata writes them, checked before any use: the
//! bucket must be a valid S3 bucket name and the key must stay a plain object key.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Location {
    pub bucket: String,
    pub key: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{location:?} is not a usable S3 object location: {why}")]
pub struct LocationError {
    pub location: String,
    pub why: &'static str,
}

/// S3's rules for bucket names: 3–63 characters, lower-case letters, digits, `.` and `-`,
/// beginning and ending with a letter or digit.
pub fn is_valid_bucket(bucket: &str) -> bool {
    let bytes = bucket.as_bytes();
    (3..=63).contains(&bytes.len())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'.' || *b == b'-')
        && bytes[0].is_ascii_alphanumeric()
        && bytes[bytes.len() - 1].is_ascii_alphanumeric()
        && !bucket.contains("..")
}

impl S3Location {
    /// Parses `s3://bucket/key` (also `s3a://` and `s3n://`, which Iceberg's Java FileIO accepts).
    pub fn parse(location: &str) -> Result<S3Location, LocationError> {
        let err = |why| LocationError {
            location: location.chars().take(300).collect(),
            why,
        };
        let rest = ["s3://", "s3a://", "s3n://"]
            .iter()
            .find_map(|scheme| location.strip_prefix(scheme))
            .ok_or_else(|| err("expected s3://BUCKET/KEY"))?;
        let (bucket, key) = rest
            .split_once('/')
            .ok_or_else(|| err("no object key after the bucket"))?;
        if !is_valid_bucket(bucket) {
            return Err(err("invalid bucket name"));
        }
        if key.is_empty() {
            return Err(err("empty object key"));
        }
        if key.len() > 1024 {
            return Err(err("object key longer than 1024 bytes"));
        }
        if key.chars().any(char::is_control) {
            return Err(err("control characters in the object key"));
        }
        // Dot segments would be resolved away by HTTP clients and proxies, reaching another object.
        if key.split('/').any(|s| s == "." || s == "..") {
            return Err(err("`.` or `..` segments in the object key"));
        }
        Ok(S3Location {
            bucket: bucket.to_string(),
            key: key.to_string(),
        })
    }
}

impl fmt::Display for S3Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}/{}", self.bucket, self.key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iceberg_locations() {
        let l = S3Location::parse(
            "s3://63a8e430-6e0b-46f5-k833abtwr6s8tmtsycedn8s4yc3xhuse1b--table-s3/metadata/00001-a.metadata.json",
        )
        .unwrap();
        assert_eq!(
            l.bucket,
            "63a8e430-6e0b-46f5-k833abtwr6s8tmtsycedn8s4yc3xhuse1b--table-s3"
        );
        assert_eq!(l.key, "metadata/00001-a.metadata.json");
        assert_eq!(
            S3Location::parse("s3a://bkt/data/x=1/f.parquet")
                .unwrap()
                .key,
            "data/x=1/f.parquet"
        );
    }

    #[test]
    fn hostile_locations_are_refused_with_the_reason() {
        for (bad, why) in [
            ("", "expected s3://BUCKET/KEY"),
            ("https://bkt/key", "expected s3://BUCKET/KEY"),
            ("s3://bkt", "no object key after the bucket"),
            ("s3://bkt/", "empty object key"),
            ("s3://Bucket/key", "invalid bucket name"),
            ("s3://b/key", "invalid bucket name"),
            ("s3://evil.com:80@x/key", "invalid bucket name"),
            ("s3://bkt-/key", "invalid bucket name"),
            (
                "s3://bkt/../other/key",
                "`.` or `..` segments in the object key",
            ),
            ("s3://bkt/a/./b", "`.` or `..` segments in the object key"),
            (
                "s3://bkt/a\r\nHost: x",
                "control characters in the object key",
            ),
        ] {
            assert_eq!(S3Location::parse(bad).unwrap_err().why, why, "{bad}");
        }
        let long = format!("s3://bkt/{}", "k".repeat(1025));
        assert!(S3Location::parse(&long).is_err());
    }
}
