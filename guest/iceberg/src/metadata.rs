//! The metadata JSON file: fetched whole, gunzipped when it is gzip (by its magic bytes —
//! Java names such files `*.gz.metadata.json`, others `*.metadata.json.gz`), and checked to
//! be Iceberg table metadata of a format version this reader knows.

use flate2::read::GzDecoder;
use serde_json::Value;
use std::io::Read;

/// Larger than the 50 MB the S3 Tables Iceberg endpoint accepts, so any real table fits.
pub const MAX_METADATA_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MetadataError {
    #[error("the metadata file is not valid gzip: {0}")]
    Gzip(String),
    #[error("the metadata file is larger than {} MiB uncompressed", MAX_METADATA_BYTES >> 20)]
    TooLarge,
    #[error("the metadata file is not JSON: {0}")]
    NotJson(String),
    #[error("the metadata file is not Iceberg table metadata: {0}")]
    NotIceberg(String),
    #[error("Iceberg format version {0} is not supported (1, 2 and 3 are)")]
    Version(i64),
}

/// The snapshot with this id in a table's metadata.
pub fn find_snapshot(meta: &Value, id: i64) -> Option<&Value> {
    meta["snapshots"]
        .as_array()?
        .iter()
        .find(|s| s["snapshot-id"].as_i64() == Some(id))
}

/// Decodes a metadata file's bytes into its JSON object.
pub fn decode(bytes: &[u8]) -> Result<Value, MetadataError> {
    let json = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        GzDecoder::new(bytes)
            .take(MAX_METADATA_BYTES + 1)
            .read_to_end(&mut out)
            .map_err(|e| MetadataError::Gzip(e.to_string()))?;
        if out.len() as u64 > MAX_METADATA_BYTES {
            return Err(MetadataError::TooLarge);
        }
        out
    } else {
        bytes.to_vec()
    };
    let value: Value =
        serde_json::from_slice(&json).map_err(|e| MetadataError::NotJson(e.to_string()))?;
    let version = value
        .get("format-version")
        .and_then(Value::as_i64)
        .ok_or_else(|| MetadataError::NotIceberg("no `format-version`".into()))?;
    if !(1..=3).contains(&version) {
        return Err(MetadataError::Version(version));
    }
    if value.get("location").is_none() {
        return Err(MetadataError::NotIceberg("no `location`".into()));
    }
    // Format version 1 may carry a single `schema` instead of `schemas`.
    if value.get("schemas").is_none() && value.get("schema").is_none() {
        return Err(MetadataError::NotIceberg("no `schemas`".into()));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::Write;

    const MINIMAL: &str = r#"{"format-version": 2, "location": "s3://b--table-s3", "schemas": []}"#;

    #[test]
    fn plain_and_gzip_decode_the_same() {
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(MINIMAL.as_bytes()).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decode(MINIMAL.as_bytes()).unwrap(), decode(&gz).unwrap());
    }

    #[test]
    fn bad_files_are_named() {
        assert!(matches!(decode(b"<html>"), Err(MetadataError::NotJson(_))));
        assert!(matches!(
            decode(&[0x1f, 0x8b, 0, 1]),
            Err(MetadataError::Gzip(_))
        ));
        assert_eq!(
            decode(br#"{"format-version": 9, "location": "x", "schemas": []}"#),
            Err(MetadataError::Version(9))
        );
        assert!(matches!(decode(b"{}"), Err(MetadataError::NotIceberg(_))));
        assert!(matches!(
            decode(br#"{"format-version": 2, "schemas": []}"#),
            Err(MetadataError::NotIceberg(_))
        ));
    }
}
