//! (operation, input in wire form) → an unsigned HTTP request, as botocore's
//! rest-json serializer builds it.

use super::endpoint::Endpoint;
use crate::http::HttpRequest;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use s3tables_ops::json::to_python_json;
use s3tables_ops::{Location, OpSpec};
use serde_json::{Map, Value};

/// RFC 3986 unreserved characters stay; everything else (including `/` inside an ARN) is encoded.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum BuildError {
    #[error("missing value for path label `{0}`")]
    MissingLabel(&'static str),
    #[error("path label `{0}` must not be empty")]
    EmptyLabel(&'static str),
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `input` is keyed by wire name (as `tools::args` produces it).
pub fn build(
    op: &OpSpec,
    input: &Map<String, Value>,
    endpoint: &Endpoint,
) -> Result<HttpRequest, BuildError> {
    let mut path = String::new();
    for segment in op.uri.trim_start_matches('/').split('/') {
        path.push('/');
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(label) => {
                let member = op
                    .input_members()
                    .iter()
                    .find(|m| m.wire == label)
                    .ok_or(BuildError::MissingLabel(op.name))?;
                let value = input
                    .get(member.wire)
                    .map(scalar)
                    .ok_or(BuildError::MissingLabel(member.name))?;
                if value.is_empty() {
                    return Err(BuildError::EmptyLabel(member.name));
                }
                path.push_str(&encode(&value));
            }
            None => path.push_str(segment),
        }
    }

    let mut query = Vec::new();
    let mut body = Map::new();
    for m in op.input_members() {
        let Some(value) = input.get(m.wire) else {
            continue;
        };
        match m.location {
            Location::Label => {}
            Location::Query => match value {
                Value::Array(items) => query.extend(
                    items
                        .iter()
                        .map(|i| format!("{}={}", encode(m.wire), encode(&scalar(i)))),
                ),
                v => query.push(format!("{}={}", encode(m.wire), encode(&scalar(v)))),
            },
            Location::Body => {
                body.insert(m.wire.to_string(), value.clone());
            }
        }
    }

    let mut url = format!(
        "{}://{}{}{}",
        endpoint.scheme, endpoint.authority, endpoint.base_path, path
    );
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    let (headers, body) = if op.has_body() {
        (
            vec![("content-type".to_string(), "application/json".to_string())],
            to_python_json(&Value::Object(body)),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(HttpRequest {
        method: op.method.as_str(),
        url,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ep() -> Endpoint {
        Endpoint {
            scheme: "https".into(),
            authority: "s3tables.us-east-1.amazonaws.com".into(),
            base_path: String::new(),
        }
    }

    #[test]
    fn arns_in_labels_are_encoded_once_lists_repeat_in_query() {
        let op = s3tables_ops::find("UntagResource").unwrap();
        let input = json!({"resourceArn": "arn:aws:s3tables:us-east-1:111122223333:bucket/my-bucket", "tagKeys": ["a", "b c"]});
        let r = build(op, input.as_object().unwrap(), &ep()).unwrap();
        assert_eq!(
            r.url,
            "https://s3tables.us-east-1.amazonaws.com/tag/arn%3Aaws%3As3tables%3Aus-east-1%3A111122223333%3Abucket%2Fmy-bucket?tagKeys=a&tagKeys=b%20c"
        );
        assert!(r.body.is_empty() && r.headers.is_empty());
    }

    #[test]
    fn hostile_label_values_stay_inside_their_segment() {
        let op = s3tables_ops::find("GetNamespace").unwrap();
        let input = json!({"tableBucketARN": "a", "namespace": "../x?y#z%2F\r\n"});
        let r = build(op, input.as_object().unwrap(), &ep()).unwrap();
        assert!(
            r.url.ends_with("/namespaces/a/..%2Fx%3Fy%23z%252F%0D%0A"),
            "{}",
            r.url
        );
    }

    #[test]
    fn body_operations_always_send_json() {
        let op = s3tables_ops::find("PutTableBucketMaintenanceConfiguration").unwrap();
        let input = json!({"tableBucketARN": "a", "type": "icebergUnreferencedFileRemoval"});
        let r = build(op, input.as_object().unwrap(), &ep()).unwrap();
        assert_eq!(r.body, b"{}");
        assert!(r
            .url
            .ends_with("/buckets/a/maintenance/icebergUnreferencedFileRemoval"));
    }
}
