//! S3 answers in XML: its errors (`<Error><Code>…`) and bucket configurations, turned into
//! JSON the way botocore's parsed responses look (element name → value; repeated elements
//! become a list; text-only elements become strings).

use crate::aws::error::ServiceError;
use crate::http::HttpResponse;
use serde_json::{Map, Value};

/// An S3 error response. Without an XML body (HEAD, or a proxy's page) the status names it.
pub fn parse_error(response: &HttpResponse) -> ServiceError {
    let text = String::from_utf8_lossy(&response.body);
    let doc = roxmltree::Document::parse(&text).ok();
    let field = |name: &str| -> Option<String> {
        let root = doc.as_ref()?.root_element();
        root.children()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .map(|t| t.trim().to_string())
    };
    let code = field("Code").unwrap_or_else(|| match response.status {
        404 => "NotFound".to_string(),
        403 => "AccessDenied".to_string(),
        s => s.to_string(),
    });
    let message = field("Message").unwrap_or_else(|| {
        if doc.is_some() {
            String::new()
        } else {
            text.chars()
                .take(300)
                .collect::<String>()
                .trim()
                .to_string()
        }
    });
    ServiceError {
        code,
        message,
        status: response.status,
        request_id: response
            .header("x-amz-request-id")
            .map(str::to_string)
            .or_else(|| field("RequestId")),
    }
}

/// The document as `{root element name: value}`.
pub fn to_json(xml: &str) -> Result<Value, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| format!("not XML ({e})"))?;
    let root = doc.root_element();
    let mut out = Map::new();
    out.insert(root.tag_name().name().to_string(), element(root));
    Ok(Value::Object(out))
}

fn element(node: roxmltree::Node) -> Value {
    let children: Vec<roxmltree::Node> = node.children().filter(|n| n.is_element()).collect();
    if children.is_empty() {
        return Value::String(node.text().unwrap_or("").trim().to_string());
    }
    let mut obj = Map::new();
    for child in children {
        let name = child.tag_name().name().to_string();
        let value = element(child);
        match obj.get_mut(&name) {
            Some(Value::Array(items)) => items.push(value),
            Some(first) => {
                let first = first.take();
                obj.insert(name, Value::Array(vec![first, value]));
            }
            None => {
                obj.insert(name, value);
            }
        }
    }
    Value::Object(obj)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn errors_read_code_message_and_request_id() {
        let resp = HttpResponse {
            status: 404,
            headers: vec![("x-amz-request-id".into(), "rid".into())],
            body: b"<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>k</Key></Error>".to_vec(),
        };
        let e = parse_error(&resp);
        assert_eq!(
            (e.code.as_str(), e.message.as_str(), e.request_id.as_deref()),
            (
                "NoSuchKey",
                "The specified key does not exist.",
                Some("rid")
            )
        );
        let head = HttpResponse {
            status: 403,
            ..Default::default()
        };
        assert_eq!(parse_error(&head).code, "AccessDenied");
        let html = HttpResponse {
            status: 502,
            body: b"<html><body>Bad gateway".to_vec(),
            ..Default::default()
        };
        assert_eq!(parse_error(&html).code, "502");
    }

    #[test]
    fn documents_become_botocore_shaped_json() {
        let xml = r#"<GetBucketMetadataConfigurationResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
            <MetadataConfigurationResult><DestinationResult><TableBucketType>aws</TableBucketType>
            <TableNamespace>b_logs</TableNamespace></DestinationResult>
            <Tag>a</Tag><Tag>b</Tag></MetadataConfigurationResult></GetBucketMetadataConfigurationResult>"#;
        assert_eq!(
            to_json(xml).unwrap(),
            json!({"GetBucketMetadataConfigurationResult": {"MetadataConfigurationResult": {
                "DestinationResult": {"TableBucketType": "aws", "TableNamespace": "b_logs"},
                "Tag": ["a", "b"]}}})
        );
        assert!(to_json("{").is_err());
    }
}
