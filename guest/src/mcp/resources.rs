//! MCP resources: the table buckets, namespaces and tables this server can see, as JSON, named
//! `s3tables://{table_bucket}[/{namespace}[/{table}]]`, and the results app (`ui://`).
//!
//! A resource is read with the same operations the tools use and behind the same gates: a
//! resource whose tools this configuration hides (`--tools`, `--deny-tools`, `--toolsets`) is
//! one the server does not have. Every resource is read-only.

use crate::aws::{Call, CallError, Client};
use crate::jsonrpc::{RpcError, INTERNAL_ERROR, INVALID_PARAMS};
use crate::tools::composite::describe_table;
use crate::tools::is_offered;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use s3tables_ops::OpSpec;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

const SCHEME: &str = "s3tables://";
const JSON_MIME: &str = "application/json";

/// The results app (MCP Apps, `io.modelcontextprotocol/ui`): one self-contained page that
/// `preview_table` and `query_database` results link to.
pub const UI_URI: &str = "ui://s3tables-mcp/results.html";
pub const UI_MIME: &str = "text/html;profile=mcp-app";
const UI_HTML: &str = include_str!("../../ui/results.html");
/// The tools whose results the app renders.
pub const UI_TOOLS: [&str; 2] = ["preview_table", "query_database"];

/// Resources per `resources/list` page.
const PAGE: usize = 100;
/// Namespaces (of a bucket) or tables (of a namespace) one resource lists.
const MAX_CHILDREN: u64 = 1000;
/// Requests one `resources/list` page may make: a broken endpoint's endless pages stop here.
const MAX_CALLS_PER_PAGE: usize = 64;

/// A resource template: its URI, how it is presented, and the tools whose answers make it.
pub struct Template {
    pub uri_template: &'static str,
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// It exists only where every one of these tools is offered.
    pub tools: &'static [&'static str],
}

pub const BUCKET: Template = Template {
    uri_template: "s3tables://{table_bucket}",
    name: "table-bucket",
    title: "Table bucket",
    description: "A table bucket (by name in the server's Region, or its ARN percent-encoded): its details, namespaces, encryption and maintenance settings.",
    tools: &["get_table_bucket", "list_namespaces"],
};
pub const NAMESPACE: Template = Template {
    uri_template: "s3tables://{table_bucket}/{namespace}",
    name: "namespace",
    title: "Namespace",
    description: "A namespace of a table bucket: its details and its tables.",
    tools: &["get_namespace", "list_tables"],
};
pub const TABLE: Template = Template {
    uri_template: "s3tables://{table_bucket}/{namespace}/{table}",
    name: "table",
    title: "Iceberg table",
    description: "An Iceberg table: schema (nested types and field ids), partition specs, sort order, properties, current snapshot, manifests summary and recent snapshots, as describe_table gives them.",
    tools: &["get_table", "describe_table"],
};
pub const TEMPLATES: [&Template; 3] = [&BUCKET, &NAMESPACE, &TABLE];

impl Template {
    pub fn is_offered(&self, client: &Client) -> bool {
        self.tools.iter().all(|t| is_offered(client.config, t))
    }

    fn to_json(&self) -> Value {
        json!({"uriTemplate": self.uri_template, "name": self.name, "title": self.title,
               "description": self.description, "mimeType": JSON_MIME})
    }
}

/// Whether this configuration offers any resource (the capability is declared only then).
pub fn any_offered(client: &Client) -> bool {
    ui_offered(client) || TEMPLATES.iter().any(|t| t.is_offered(client))
}

fn ui_offered(client: &Client) -> bool {
    UI_TOOLS.iter().any(|t| is_offered(client.config, t))
}

/// What an `s3tables://` URI names. Segments are percent-decoded (a bucket ARN has a `/`).
#[derive(Debug, PartialEq)]
pub enum Address {
    Bucket(String),
    Namespace(String, String),
    Table(String, String, String),
}

impl Address {
    pub fn parse(uri: &str) -> Option<Address> {
        let rest = uri.strip_prefix(SCHEME)?;
        let segments: Vec<String> = rest
            .split('/')
            .map(|s| {
                percent_decode_str(s)
                    .decode_utf8()
                    .ok()
                    .map(|s| s.into_owned())
            })
            .collect::<Option<_>>()?;
        if segments.iter().any(String::is_empty) {
            return None;
        }
        let mut s = segments.into_iter();
        match (s.next(), s.next(), s.next(), s.next()) {
            (Some(b), None, _, _) => Some(Address::Bucket(b)),
            (Some(b), Some(n), None, _) => Some(Address::Namespace(b, n)),
            (Some(b), Some(n), Some(t), None) => Some(Address::Table(b, n, t)),
            _ => None,
        }
    }

    fn template(&self) -> &'static Template {
        match self {
            Address::Bucket(..) => &BUCKET,
            Address::Namespace(..) => &NAMESPACE,
            Address::Table(..) => &TABLE,
        }
    }
}

/// Characters a URI segment must not carry as they are (a bucket ARN's `/` and `:` included).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'/')
    .add(b':')
    .add(b'%')
    .add(b'?')
    .add(b'#');

/// The URI of a bucket, namespace or table: `s3tables://bucket[/namespace[/table]]`.
pub fn uri(segments: &[&str]) -> String {
    let encoded: Vec<String> = segments
        .iter()
        .map(|s| utf8_percent_encode(s, SEGMENT).to_string())
        .collect();
    format!("{SCHEME}{}", encoded.join("/"))
}

/// The spec's answer for a URI the server does not have (SEP-2164: -32602 with the URI).
pub fn not_found(uri: &str) -> RpcError {
    RpcError {
        code: INVALID_PARAMS,
        message: format!("Resource not found: {uri}"),
        data: Some(json!({"uri": uri})),
    }
}

fn failed(uri: &str, e: impl std::fmt::Display) -> RpcError {
    RpcError {
        code: INTERNAL_ERROR,
        message: format!("Could not read {uri}: {e}"),
        data: Some(json!({"uri": uri})),
    }
}

fn op(name: &str) -> &'static OpSpec {
    s3tables_ops::find(name).expect("an operation of the S3 Tables catalog")
}

fn is_not_found(e: &CallError) -> bool {
    matches!(e, CallError::Service { error, .. } if error.code == "NotFoundException" || error.status == 404)
}

/// A table bucket as a URI names it: by name (in the server's Region) or by ARN.
pub struct Bucket {
    pub arn: String,
    pub region: String,
}

impl Bucket {
    /// The name, from the ARN (`…:bucket/NAME`).
    pub fn name(&self) -> &str {
        self.arn.rsplit('/').next().unwrap_or_default()
    }

    /// Finds the bucket; `Ok(None)` if there is none by that name.
    pub fn resolve(client: &Client, name_or_arn: &str) -> Result<Option<Bucket>, CallError> {
        if name_or_arn.starts_with("arn:") {
            // arn:PARTITION:s3tables:REGION:ACCOUNT:bucket/NAME
            let fields: Vec<&str> = name_or_arn.splitn(6, ':').collect();
            return Ok(match fields.as_slice() {
                [_, _, "s3tables", region, _, rest] if rest.starts_with("bucket/") => {
                    Some(Bucket {
                        arn: name_or_arn.to_string(),
                        region: region.to_string(),
                    })
                }
                _ => None,
            });
        }
        let region = client.config.region.clone();
        let mut input = Map::new();
        input.insert("prefix".into(), json!(name_or_arn));
        input.insert("maxBuckets".into(), json!(MAX_CHILDREN));
        let listed = client.call(op("ListTableBuckets"), &input, &region)?;
        let arn = listed["tableBuckets"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|b| b["name"] == name_or_arn)
            .and_then(|b| b["arn"].as_str());
        Ok(arn.map(|arn| Bucket {
            arn: arn.to_string(),
            region,
        }))
    }
}

/// `resources/templates/list`.
pub fn templates(client: &Client) -> Value {
    let templates: Vec<Value> = TEMPLATES
        .iter()
        .filter(|t| t.is_offered(client))
        .map(|t| t.to_json())
        .collect();
    json!({ "resourceTemplates": templates })
}

/// `resources/read`.
pub fn read(client: &Client, params: Option<&Value>) -> Result<Value, RpcError> {
    let uri = params
        .and_then(|p| p.get("uri"))
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::invalid_params("resources/read needs a string `uri`".into()))?;
    if uri == UI_URI && ui_offered(client) {
        return Ok(json!({"contents": [{
            "uri": UI_URI, "mimeType": UI_MIME, "text": UI_HTML,
            "_meta": {"ui": {"prefersBorder": true}},
        }]}));
    }
    let address = Address::parse(uri).ok_or_else(|| not_found(uri))?;
    if !address.template().is_offered(client) {
        return Err(not_found(uri));
    }
    let body = match &address {
        Address::Bucket(b) => read_bucket(client, uri, b)?,
        Address::Namespace(b, n) => read_namespace(client, uri, b, n)?,
        Address::Table(b, n, t) => read_table(client, uri, b, n, t)?,
    };
    let text = serde_json::to_string_pretty(&body).map_err(|e| failed(uri, e))?;
    Ok(json!({"contents": [{"uri": uri, "mimeType": JSON_MIME, "text": text}]}))
}

fn bucket_of(client: &Client, uri: &str, name_or_arn: &str) -> Result<Bucket, RpcError> {
    Bucket::resolve(client, name_or_arn)
        .map_err(|e| failed(uri, e))?
        .ok_or_else(|| not_found(uri))
}

/// The namespace of a ListNamespaces/ListTables entry (a one-element list on the wire).
fn namespace_of(entry: &Value) -> String {
    match &entry["namespace"] {
        Value::Array(parts) => parts
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("."),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

/// A bucket resource's sections, and the operation that answers each.
const BUCKET_SECTIONS: [(&str, &str); 4] = [
    ("tableBucket", "GetTableBucket"),
    ("namespaces", "ListNamespaces"),
    ("encryption", "GetTableBucketEncryption"),
    ("maintenance", "GetTableBucketMaintenanceConfiguration"),
];

fn read_bucket(client: &Client, uri: &str, name_or_arn: &str) -> Result<Value, RpcError> {
    let bucket = bucket_of(client, uri, name_or_arn)?;
    let mut input = Map::new();
    input.insert("tableBucketARN".into(), json!(bucket.arn));
    let mut list_input = input.clone();
    list_input.insert("maxNamespaces".into(), json!(MAX_CHILDREN));
    // Each section only if its tool is offered (the bucket's own is, by the template).
    let sections: Vec<(&str, &str, &Map<String, Value>)> = BUCKET_SECTIONS
        .into_iter()
        .filter(|(_, name)| is_offered(client.config, op(name).tool))
        .map(|(section, name)| {
            let input = if section == "namespaces" {
                &list_input
            } else {
                &input
            };
            (section, name, input)
        })
        .collect();
    let calls: Vec<Call> = sections
        .iter()
        .map(|(_, name, input)| Call {
            op: op(name),
            input,
            region: &bucket.region,
        })
        .collect();
    let answers = client.call_many(&calls);
    let mut out = Map::new();
    out.insert("uri".into(), json!(uri));
    let mut errors = Map::new();
    for ((section, _, _), answer) in sections.iter().zip(answers) {
        let value = match answer {
            Ok(v) => v,
            Err(e) if *section == "tableBucket" && is_not_found(&e) => return Err(not_found(uri)),
            Err(e) if *section == "tableBucket" => return Err(failed(uri, e)),
            // Encryption or maintenance never configured: nothing to show.
            Err(e) if is_not_found(&e) => Value::Null,
            Err(e) => {
                errors.insert(section.to_string(), json!(e.to_string()));
                continue;
            }
        };
        if *section == "namespaces" {
            let namespaces: Vec<Value> = value["namespaces"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|n| {
                    let name = namespace_of(n);
                    json!({"namespace": name, "uri": uri_in(client, &bucket, &[&name])})
                })
                .collect();
            out.insert(
                "namespacesTruncated".into(),
                json!(value.get("continuationToken").is_some()),
            );
            out.insert("namespaces".into(), Value::Array(namespaces));
        } else {
            out.insert(section.to_string(), value);
        }
    }
    if !errors.is_empty() {
        out.insert("errors".into(), Value::Object(errors));
    }
    Ok(Value::Object(out))
}

/// A child's URI: by bucket name when the bucket is in the server's Region, else by ARN.
fn uri_in(client: &Client, bucket: &Bucket, rest: &[&str]) -> String {
    let head = if bucket.region == client.config.region {
        bucket.name()
    } else {
        bucket.arn.as_str()
    };
    let mut segments = vec![head];
    segments.extend_from_slice(rest);
    uri(&segments)
}

fn read_namespace(
    client: &Client,
    uri: &str,
    name_or_arn: &str,
    namespace: &str,
) -> Result<Value, RpcError> {
    let bucket = bucket_of(client, uri, name_or_arn)?;
    let mut input = Map::new();
    input.insert("tableBucketARN".into(), json!(bucket.arn));
    input.insert("namespace".into(), json!(namespace));
    let mut list_input = input.clone();
    list_input.insert("maxTables".into(), json!(MAX_CHILDREN));
    let mut answers = client
        .call_many(&[
            Call {
                op: op("GetNamespace"),
                input: &input,
                region: &bucket.region,
            },
            Call {
                op: op("ListTables"),
                input: &list_input,
                region: &bucket.region,
            },
        ])
        .into_iter();
    let (Some(got), Some(tables)) = (answers.next(), answers.next()) else {
        return Err(failed(uri, "no answer"));
    };
    let got = match got {
        Ok(v) => v,
        Err(e) if is_not_found(&e) => return Err(not_found(uri)),
        Err(e) => return Err(failed(uri, e)),
    };
    let tables = tables.map_err(|e| failed(uri, e))?;
    let listed: Vec<Value> = tables["tables"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            let mut t = t.clone();
            let name = t["name"].as_str().unwrap_or_default().to_string();
            t["namespace"] = json!(namespace);
            t["uri"] = json!(uri_in(client, &bucket, &[namespace, &name]));
            t
        })
        .collect();
    Ok(json!({
        "uri": uri,
        "namespace": got,
        "tables": listed,
        "tablesTruncated": tables.get("continuationToken").is_some(),
    }))
}

fn read_table(
    client: &Client,
    uri: &str,
    name_or_arn: &str,
    namespace: &str,
    name: &str,
) -> Result<Value, RpcError> {
    let bucket = bucket_of(client, uri, name_or_arn)?;
    let mut input = Map::new();
    input.insert("tableBucketARN".into(), json!(bucket.arn));
    input.insert("namespace".into(), json!(namespace));
    input.insert("name".into(), json!(name));
    let table = match client.call(op("GetTable"), &input, &bucket.region) {
        Ok(v) => v,
        Err(e) if is_not_found(&e) => return Err(not_found(uri)),
        Err(e) => return Err(failed(uri, e)),
    };
    let mut args = Map::new();
    args.insert("table_bucket_arn".into(), json!(bucket.arn));
    args.insert("namespace".into(), json!(namespace));
    args.insert("name".into(), json!(name));
    args.insert("region_name".into(), json!(bucket.region));
    let mut out = Map::new();
    out.insert("uri".into(), json!(uri));
    out.insert("table".into(), table);
    match (describe_table::TOOL.run)(client, &args) {
        Ok(Value::Object(described)) => out.extend(described),
        Ok(other) => {
            out.insert("described".into(), other);
        }
        // A table created without a schema has no metadata yet: the resource says so.
        Err(e) => {
            out.insert("metadataError".into(), json!(e.message()));
        }
    }
    Ok(Value::Object(out))
}

/// Where a `resources/list` page stopped: the page of buckets (its continuation token), the
/// bucket in it, whether that bucket's own entry was given, and where its tables stopped.
#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cursor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    buckets: Option<String>,
    #[serde(default)]
    index: usize,
    #[serde(default)]
    started: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tables: Option<String>,
}

/// `resources/list`: the results app, then every table bucket in the server's Region, each
/// followed by its tables, `PAGE` at a time (the cursor says where to go on).
pub fn list(client: &Client, params: Option<&Value>) -> Result<Value, RpcError> {
    let cursor = match params.and_then(|p| p.get("cursor")) {
        None | Some(Value::Null) => None,
        Some(Value::String(c)) => Some(
            serde_json::from_str::<Cursor>(c)
                .map_err(|_| RpcError::invalid_params(format!("invalid cursor {c:?}")))?,
        ),
        Some(_) => return Err(RpcError::invalid_params("`cursor` must be a string".into())),
    };
    let mut out = Vec::new();
    if cursor.is_none() && ui_offered(client) {
        out.push(json!({"uri": UI_URI, "name": "results.html", "title": "Results viewer",
            "description": "The app that shows preview_table and query_database results as a sortable table and a chart (MCP Apps).",
            "mimeType": UI_MIME}));
    }
    let buckets_listed =
        BUCKET.is_offered(client) && is_offered(client.config, "list_table_buckets");
    let tables_listed = TABLE.is_offered(client) && is_offered(client.config, "list_tables");
    let next = if buckets_listed {
        list_page(client, cursor.unwrap_or_default(), tables_listed, &mut out)
            .map_err(|e| failed("the resource list", e))?
    } else {
        None
    };
    let mut result = json!({ "resources": out });
    if let Some(next) = next {
        result["nextCursor"] = json!(serde_json::to_string(&next).unwrap_or_default());
    }
    Ok(result)
}

fn list_page(
    client: &Client,
    mut at: Cursor,
    with_tables: bool,
    out: &mut Vec<Value>,
) -> Result<Option<Cursor>, CallError> {
    let region = client.config.region.clone();
    let mut calls = 0;
    while calls < MAX_CALLS_PER_PAGE {
        let mut input = Map::new();
        if let Some(token) = &at.buckets {
            input.insert("continuationToken".into(), json!(token));
        }
        calls += 1;
        let page = client.call(op("ListTableBuckets"), &input, &region)?;
        let buckets = page["tableBuckets"].as_array().cloned().unwrap_or_default();
        while let Some(bucket) = buckets.get(at.index) {
            let name = bucket["name"].as_str().unwrap_or_default();
            let arn = bucket["arn"].as_str().unwrap_or_default();
            if !at.started {
                out.push(json!({
                    "uri": uri(&[name]), "name": name, "title": format!("Table bucket {name}"),
                    "description": format!("Table bucket {arn}: its details, namespaces, encryption and maintenance."),
                    "mimeType": JSON_MIME,
                }));
                at.started = true;
            }
            // Whether this bucket's tables are all given (or not to be listed).
            let mut finished = !with_tables;
            while !finished && out.len() < PAGE && calls < MAX_CALLS_PER_PAGE {
                let mut input = Map::new();
                input.insert("tableBucketARN".into(), json!(arn));
                input.insert("maxTables".into(), json!(PAGE - out.len()));
                if let Some(token) = &at.tables {
                    input.insert("continuationToken".into(), json!(token));
                }
                calls += 1;
                let tables = match client.call(op("ListTables"), &input, &region) {
                    Ok(t) => t,
                    // One bucket we may not list does not hide the others.
                    Err(_) => {
                        finished = true;
                        break;
                    }
                };
                for t in tables["tables"].as_array().into_iter().flatten() {
                    let namespace = namespace_of(t);
                    let table = t["name"].as_str().unwrap_or_default();
                    out.push(json!({
                        "uri": uri(&[name, &namespace, table]),
                        "name": format!("{name}/{namespace}.{table}"),
                        "title": format!("{namespace}.{table}"),
                        "description": format!("Iceberg table {namespace}.{table} in table bucket {name}: schema, partitioning, snapshots."),
                        "mimeType": JSON_MIME,
                    }));
                }
                at.tables = tables["continuationToken"].as_str().map(str::to_string);
                finished = at.tables.is_none();
            }
            if !finished {
                // Full: the next page goes on with this bucket's tables.
                return Ok(Some(at));
            }
            at.index += 1;
            at.started = false;
            at.tables = None;
            if out.len() >= PAGE {
                return Ok(Some(at));
            }
        }
        match page["continuationToken"].as_str() {
            Some(token) => {
                at = Cursor {
                    buckets: Some(token.to_string()),
                    ..Cursor::default()
                }
            }
            None => return Ok(None),
        }
    }
    Ok(Some(at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_named_here_is_in_the_catalog() {
        // `op` finds an operation by name; a name it cannot find would trap the guest.
        let source = include_str!("resources.rs");
        let mut named: Vec<&str> = source
            .split("op(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(named.len() >= 6, "{named:?}");
        named.extend(BUCKET_SECTIONS.map(|(_, name)| name));
        for name in named {
            assert!(s3tables_ops::find(name).is_some(), "{name}");
        }
    }

    #[test]
    fn uris_parse_and_print_alike() {
        let arn = "arn:aws:s3tables:eu-west-1:111122223333:bucket/lake";
        let u = uri(&[arn, "sales", "orders"]);
        assert_eq!(
            u,
            "s3tables://arn%3Aaws%3As3tables%3Aeu-west-1%3A111122223333%3Abucket%2Flake/sales/orders"
        );
        assert_eq!(
            Address::parse(&u),
            Some(Address::Table(arn.into(), "sales".into(), "orders".into()))
        );
        assert_eq!(
            Address::parse("s3tables://lake"),
            Some(Address::Bucket("lake".into()))
        );
        for bad in [
            "s3tables://",
            "s3tables://a//b",
            "s3tables://a/b/c/d",
            "other://a",
            "s3tables://%FF",
        ] {
            assert_eq!(Address::parse(bad), None, "{bad}");
        }
    }
}
