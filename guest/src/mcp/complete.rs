//! `completion/complete`: values for the resource templates' and prompts' arguments, from live
//! listings — table buckets (names, or ARNs when the value starts `arn:`), namespaces, tables
//! and columns — prefix-matched and bounded. Each listing is one the tools would make, behind
//! the same gates. The host keeps answers for a few seconds (a client asks on every keystroke).

use super::prompts;
use super::resources::{Bucket, TEMPLATES};
use crate::aws::Client;
use crate::jsonrpc::RpcError;
use crate::tools::composite::describe_table;
use crate::tools::is_offered;
use serde_json::{json, Map, Value};

/// The spec's cap on the values of one answer.
const MAX_VALUES: usize = 100;
/// Entries one listing asks for (ListTableBuckets, ListNamespaces and ListTables take 1000).
const LISTED: u64 = 1000;

/// `completion/complete`. A reference or argument this server does not know gets no values
/// (not an error: clients ask for every argument they show).
pub fn complete(client: &Client, params: Option<&Value>) -> Result<Value, RpcError> {
    let params = params.ok_or_else(|| {
        RpcError::invalid_params("completion/complete needs `ref` and `argument`".into())
    })?;
    let reference = params
        .get("ref")
        .ok_or_else(|| RpcError::invalid_params("completion/complete needs `ref`".into()))?;
    let argument = params
        .get("argument")
        .ok_or_else(|| RpcError::invalid_params("completion/complete needs `argument`".into()))?;
    let (Some(name), Some(value)) = (
        argument.get("name").and_then(Value::as_str),
        argument.get("value").and_then(Value::as_str),
    ) else {
        return Err(RpcError::invalid_params(
            "`argument` needs string `name` and `value`".into(),
        ));
    };
    let known = match reference.get("type").and_then(Value::as_str) {
        Some("ref/resource") => {
            let uri = reference.get("uri").and_then(Value::as_str);
            TEMPLATES.iter().any(|t| {
                Some(t.uri_template) == uri
                    && t.is_offered(client)
                    && t.uri_template.contains(&format!("{{{name}}}"))
            })
        }
        Some("ref/prompt") => reference
            .get("name")
            .and_then(Value::as_str)
            .and_then(|p| prompts::find(client, p))
            .is_some_and(|p| p.arguments.iter().any(|a| a.name == name)),
        _ => {
            return Err(RpcError::invalid_params(
                "`ref` must be {\"type\": \"ref/resource\", \"uri\": …} or {\"type\": \"ref/prompt\", \"name\": …}".into(),
            ))
        }
    };
    let empty = Map::new();
    let context = params
        .pointer("/context/arguments")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut candidates = if known {
        candidates(client, name, value, context)
    } else {
        Vec::new()
    };
    candidates.retain(|c| c.starts_with(value));
    candidates.sort();
    candidates.dedup();
    let total = candidates.len();
    candidates.truncate(MAX_VALUES);
    Ok(json!({"completion": {"values": candidates, "total": total, "hasMore": total > MAX_VALUES}}))
}

/// Every value the argument could take that the listings show (unfiltered where the API takes
/// no prefix). A listing that fails completes nothing: completion is a convenience.
fn candidates(
    client: &Client,
    argument: &str,
    value: &str,
    context: &Map<String, Value>,
) -> Vec<String> {
    let offered = |tool| is_offered(client.config, tool);
    let given = |name: &str| context.get(name).and_then(Value::as_str);
    let list = |op: &str, mut input: Map<String, Value>, key: &str, field: &str, region: &str| {
        let Some(op) = s3tables_ops::find(op) else {
            return Vec::new();
        };
        if let Some(paging) = &op.paging {
            input.insert(paging.limit_key.into(), json!(LISTED));
        }
        match client.call(op, &input, region) {
            Ok(answer) => answer[key]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| match &e[field] {
                    Value::String(s) => Some(s.clone()),
                    // ListNamespaces/ListTables give a namespace as a one-element list.
                    Value::Array(parts) => parts.first().and_then(Value::as_str).map(String::from),
                    _ => None,
                })
                .collect(),
            Err(_) => Vec::new(),
        }
    };
    let bucket = || {
        given("table_bucket")
            .and_then(|b| Bucket::resolve(client, b).ok().flatten())
            .map(|b| {
                let mut input = Map::new();
                input.insert("tableBucketARN".into(), json!(b.arn));
                (input, b.region)
            })
    };
    match argument {
        "table_bucket" if offered("list_table_buckets") => {
            let by_arn = value.starts_with("arn:");
            let mut input = Map::new();
            if !by_arn && !value.is_empty() {
                input.insert("prefix".into(), json!(value));
            }
            let field = if by_arn { "arn" } else { "name" };
            list(
                "ListTableBuckets",
                input,
                "tableBuckets",
                field,
                &client.config.region,
            )
        }
        "namespace" if offered("list_namespaces") => match bucket() {
            Some((mut input, region)) => {
                if !value.is_empty() {
                    input.insert("prefix".into(), json!(value));
                }
                list("ListNamespaces", input, "namespaces", "namespace", &region)
            }
            None => Vec::new(),
        },
        "table" if offered("list_tables") => match (bucket(), given("namespace")) {
            (Some((mut input, region)), Some(namespace)) => {
                input.insert("namespace".into(), json!(namespace));
                if !value.is_empty() {
                    input.insert("prefix".into(), json!(value));
                }
                list("ListTables", input, "tables", "name", &region)
            }
            _ => Vec::new(),
        },
        "column" if offered("describe_table") => {
            match (bucket(), given("namespace"), given("table")) {
                (Some((input, region)), Some(namespace), Some(table)) => {
                    let mut args = Map::new();
                    args.insert("table_bucket_arn".into(), input["tableBucketARN"].clone());
                    args.insert("namespace".into(), json!(namespace));
                    args.insert("name".into(), json!(table));
                    args.insert("region_name".into(), json!(region));
                    args.insert("max_snapshots".into(), json!(0));
                    match (describe_table::TOOL.run)(client, &args) {
                        Ok(described) => described["schema"]["fields"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|f| f["name"].as_str().map(String::from))
                            .collect(),
                        Err(_) => Vec::new(),
                    }
                }
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    }
}
