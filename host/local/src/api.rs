//! The S3 Tables operations of the local lake, on the catalog (`store.rs`). Inputs arrive
//! keyed by the model's member names (labels, query and body already merged); outputs are the
//! model's output members; errors are the service's (`NotFoundException`, `ConflictException`,
//! `BadRequestException`) with its status codes.
//!
//! State that only AWS can act on is kept as documents and returned as stored (policies,
//! encryption, storage class, maintenance, metrics, logging, record expiration, replication,
//! tags); what would need AWS to run (maintenance jobs, replication status, migrations)
//! answers that it is not run locally.

use crate::store::{Store, StoreError};
use crate::{random_hex, random_uuid};
use s3tables_ops::OpSpec;
use serde_json::{json, Map, Value};
use std::time::{SystemTime, UNIX_EPOCH};

/// The account every local ARN names.
pub const ACCOUNT: &str = "000000000000";
/// The Region every local ARN names.
pub const REGION: &str = "local";

#[derive(Debug, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

fn not_found(message: impl Into<String>) -> ApiError {
    ApiError {
        status: 404,
        code: "NotFoundException",
        message: message.into(),
    }
}

fn conflict(message: impl Into<String>) -> ApiError {
    ApiError {
        status: 409,
        code: "ConflictException",
        message: message.into(),
    }
}

fn bad_request(message: impl Into<String>) -> ApiError {
    ApiError {
        status: 400,
        code: "BadRequestException",
        message: message.into(),
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError {
            status: 500,
            code: "InternalServerErrorException",
            message: e.to_string(),
        }
    }
}

/// A successful answer: its status (the model's) and JSON body, if any.
pub struct Reply {
    pub status: u16,
    pub body: Option<Value>,
}

/// Now as the service writes timestamps: ISO 8601 in UTC, with milliseconds.
fn now() -> String {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    iso8601(ms)
}

/// Epoch milliseconds → `YYYY-MM-DDTHH:MM:SS.mmmZ` (civil from days, Howard Hinnant's).
fn iso8601(ms: i64) -> String {
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let (h, min, s, milli) = (
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000,
    );
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

fn text<'a>(input: &'a Map<String, Value>, key: &str) -> Result<&'a str, ApiError> {
    input
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| bad_request(format!("{key} is required")))
}

/// S3 Tables' naming rules for buckets, namespaces and tables.
fn check_name(what: &str, name: &str, bucket: bool) -> Result<(), ApiError> {
    let ok_char = |c: u8| {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == if bucket { b'-' } else { b'_' }
    };
    let b = name.as_bytes();
    let valid = (if bucket { 3..=63 } else { 1..=255 }).contains(&b.len())
        && b.iter().all(|c| ok_char(*c))
        && b[0].is_ascii_alphanumeric()
        && b[b.len() - 1].is_ascii_alphanumeric();
    if valid {
        Ok(())
    } else {
        Err(bad_request(format!(
            "The specified {what} name is not valid: {name:?} ({} lowercase letters, digits and {}, starting and ending with a letter or digit)",
            if bucket { "3-63" } else { "1-255" },
            if bucket { "hyphens" } else { "underscores" }
        )))
    }
}

fn bucket_arn(name: &str) -> String {
    format!("arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/{name}")
}

/// The bucket name an ARN of this lake names.
fn bucket_name(arn: &str) -> Result<&str, ApiError> {
    arn.strip_prefix(&format!("arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/"))
        .map(|rest| rest.split('/').next().unwrap_or(rest))
        .ok_or_else(|| bad_request(format!("{arn:?} is not a table bucket ARN of the local lake (arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/NAME)")))
}

fn bucket<'c>(catalog: &'c Value, arn: &str) -> Result<&'c Value, ApiError> {
    let name = bucket_name(arn)?;
    let b = &catalog["buckets"][name];
    if b.is_null() {
        return Err(not_found("The specified bucket does not exist."));
    }
    Ok(b)
}

fn bucket_mut<'c>(catalog: &'c mut Value, arn: &str) -> Result<&'c mut Value, ApiError> {
    let name = bucket_name(arn)?.to_string();
    match catalog["buckets"].get_mut(&name) {
        Some(b) => Ok(b),
        None => Err(not_found("The specified bucket does not exist.")),
    }
}

/// The namespace argument: a list of one name (CreateNamespace) or the name itself.
fn namespace_of(input: &Map<String, Value>) -> Result<String, ApiError> {
    match input.get("namespace") {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Array(a)) if a.len() == 1 => a[0]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| bad_request("namespace must be a name")),
        _ => Err(bad_request("namespace is required (one name)")),
    }
}

fn namespace<'c>(bucket: &'c Value, ns: &str) -> Result<&'c Value, ApiError> {
    let n = &bucket["namespaces"][ns];
    if n.is_null() {
        return Err(not_found("The specified namespace does not exist."));
    }
    Ok(n)
}

/// The table an input names: by `tableArn`, or bucket ARN + namespace + name.
fn table_path(
    catalog: &Value,
    input: &Map<String, Value>,
) -> Result<(String, String, String), ApiError> {
    if let Some(arn) = input.get("tableArn").and_then(Value::as_str) {
        for (bname, b) in catalog["buckets"].as_object().into_iter().flatten() {
            for (ns, n) in b["namespaces"].as_object().into_iter().flatten() {
                for (t, table) in n["tables"].as_object().into_iter().flatten() {
                    if table["tableARN"] == arn {
                        return Ok((bname.clone(), ns.clone(), t.clone()));
                    }
                }
            }
        }
        return Err(not_found("The specified table does not exist."));
    }
    let arn = text(input, "tableBucketARN")?;
    let b = bucket(catalog, arn)?;
    let ns = namespace_of(input)?;
    namespace(b, &ns)?;
    let name = text(input, "name")?;
    if b["namespaces"][&ns]["tables"][name].is_null() {
        return Err(not_found("The specified table does not exist."));
    }
    Ok((bucket_name(arn)?.to_string(), ns, name.to_string()))
}

fn table<'c>(catalog: &'c Value, path: &(String, String, String)) -> &'c Value {
    &catalog["buckets"][&path.0]["namespaces"][&path.1]["tables"][&path.2]
}

/// A `versionToken` in the input must be the table's current one (the service's 409).
fn check_token(
    catalog: &Value,
    path: &(String, String, String),
    input: &Map<String, Value>,
) -> Result<(), ApiError> {
    match input.get("versionToken").and_then(Value::as_str) {
        Some(token) if table(catalog, path)["versionToken"] != token => Err(conflict(
            "The version token of the table does not match its current version token (another writer changed the table).",
        )),
        _ => Ok(()),
    }
}

fn table_mut<'c>(catalog: &'c mut Value, path: &(String, String, String)) -> &'c mut Value {
    &mut catalog["buckets"][&path.0]["namespaces"][&path.1]["tables"][&path.2]
}

/// One page of `items` (sorted by `key`) after the continuation token, at most `max_key`
/// (default and cap 1000), as `{field: [...], continuationToken?}`. The token is the last
/// key's JSON text: opaque to callers, ordered for us.
fn paged(
    mut items: Vec<Value>,
    key: &str,
    input: &Map<String, Value>,
    max_key: &str,
    field: &str,
) -> Value {
    items.sort_by(|a, b| a[key].to_string().cmp(&b[key].to_string()));
    let after = input.get("continuationToken").and_then(Value::as_str);
    let max = input
        .get(max_key)
        .and_then(Value::as_u64)
        .unwrap_or(1000)
        .clamp(1, 1000) as usize;
    let mut rest: Vec<Value> = items
        .into_iter()
        .filter(|i| after.is_none_or(|a| i[key].to_string().as_str() > a))
        .collect();
    let more = rest.len() > max;
    rest.truncate(max);
    let mut out = json!({ field: rest });
    if more {
        if let Some(last) = out[field]
            .as_array()
            .and_then(|r| r.last())
            .map(|l| l[key].to_string())
        {
            out["continuationToken"] = json!(last);
        }
    }
    out
}

fn prefixed(input: &Map<String, Value>, name: &str) -> bool {
    input
        .get("prefix")
        .and_then(Value::as_str)
        .is_none_or(|p| name.starts_with(p))
}

/// An Iceberg schema (format 2 metadata) from CreateTable's `metadata.iceberg.schema`.
fn iceberg_schema(fields: &[Value]) -> Result<Value, ApiError> {
    let mut out = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        let (Some(name), Some(ty)) = (f["name"].as_str(), f["type"].as_str()) else {
            return Err(bad_request("every schema field needs a name and a type"));
        };
        out.push(json!({"id": i + 1, "name": name, "required": f["required"].as_bool().unwrap_or(false), "type": ty}));
    }
    Ok(json!({"type": "struct", "schema-id": 0, "fields": out}))
}

/// Runs one operation.
pub fn call(
    store: &Store,
    op: &'static OpSpec,
    input: &Map<String, Value>,
) -> Result<Reply, ApiError> {
    let ok = |body: Value| {
        Ok(Reply {
            status: op.success,
            body: Some(body),
        })
    };
    let done = || {
        Ok(Reply {
            status: op.success,
            body: None,
        })
    };
    match op.name {
        "CreateTableBucket" => {
            let name = text(input, "name")?.to_string();
            check_name("bucket", &name, true)?;
            store.update(|c| {
                if !c["buckets"][&name].is_null() {
                    return Err(conflict("The bucket that you tried to create already exists, and you own it."));
                }
                let arn = bucket_arn(&name);
                let mut docs = Map::new();
                for key in ["encryptionConfiguration", "storageClassConfiguration"] {
                    if let Some(v) = input.get(key) {
                        docs.insert(doc_name(key), json!({key: v}));
                    }
                }
                c["buckets"][&name] = json!({"arn": arn, "name": name, "ownerAccountId": ACCOUNT,
                    "createdAt": now(), "tableBucketId": random_uuid(), "type": "customer",
                    "namespaces": {}, "docs": docs, "tags": input.get("tags").cloned().unwrap_or(json!({}))});
                Ok(arn)
            })?
            .and_then(|arn| ok(json!({"arn": arn})))
        }
        "ListTableBuckets" => {
            let buckets = store.read(|c| {
                c["buckets"].as_object().into_iter().flatten()
                    .filter(|(n, _)| prefixed(input, n))
                    .map(|(_, b)| summary(b, &["arn", "name", "ownerAccountId", "createdAt", "tableBucketId", "type"]))
                    .collect::<Vec<_>>()
            })?;
            ok(paged(buckets, "name", input, "maxBuckets", "tableBuckets"))
        }
        "GetTableBucket" => {
            let b = store.read(|c| bucket(c, text(input, "tableBucketARN")?).cloned())??;
            ok(summary(&b, &["arn", "name", "ownerAccountId", "createdAt", "tableBucketId", "type"]))
        }
        "DeleteTableBucket" => store.update(|c| {
            let arn = text(input, "tableBucketARN")?;
            let b = bucket(c, arn)?;
            if b["namespaces"].as_object().is_some_and(|n| !n.is_empty()) {
                return Err(conflict("The bucket that you tried to delete is not empty."));
            }
            let name = bucket_name(arn)?.to_string();
            c["buckets"].as_object_mut().map(|m| m.remove(&name));
            Ok(())
        })?.and_then(|()| done()),
        "CreateNamespace" => {
            let ns = namespace_of(input)?;
            check_name("namespace", &ns, false)?;
            let arn = text(input, "tableBucketARN")?.to_string();
            store.update(|c| {
                let b = bucket_mut(c, &arn)?;
                if !b["namespaces"][&ns].is_null() {
                    return Err(conflict("A namespace with an identical name already exists in the bucket."));
                }
                b["namespaces"][&ns] = json!({"namespace": [ns], "createdAt": now(), "createdBy": ACCOUNT,
                    "ownerAccountId": ACCOUNT, "namespaceId": random_uuid(), "tableBucketId": b["tableBucketId"], "tables": {}});
                Ok(())
            })??;
            ok(json!({"tableBucketARN": arn, "namespace": [ns]}))
        }
        "ListNamespaces" => {
            let items = store.read(|c| {
                let b = bucket(c, text(input, "tableBucketARN")?)?;
                Ok::<_, ApiError>(b["namespaces"].as_object().into_iter().flatten()
                    .filter(|(n, _)| prefixed(input, n))
                    .map(|(_, n)| summary(n, &["namespace", "createdAt", "createdBy", "ownerAccountId", "namespaceId", "tableBucketId"]))
                    .collect::<Vec<_>>())
            })??;
            ok(paged(items, "namespace", input, "maxNamespaces", "namespaces"))
        }
        "GetNamespace" => {
            let n = store.read(|c| {
                let b = bucket(c, text(input, "tableBucketARN")?)?;
                namespace(b, &namespace_of(input)?).cloned()
            })??;
            ok(summary(&n, &["namespace", "createdAt", "createdBy", "ownerAccountId", "namespaceId", "tableBucketId"]))
        }
        "DeleteNamespace" => store.update(|c| {
            let arn = text(input, "tableBucketARN")?.to_string();
            let ns = namespace_of(input)?;
            let b = bucket_mut(c, &arn)?;
            let n = namespace(b, &ns)?;
            if n["tables"].as_object().is_some_and(|t| !t.is_empty()) {
                return Err(conflict("The namespace that you tried to delete is not empty."));
            }
            b["namespaces"].as_object_mut().map(|m| m.remove(&ns));
            Ok(())
        })?.and_then(|()| done()),
        "CreateTable" => create_table(store, input).and_then(ok),
        "ListTables" => {
            let items = store.read(|c| {
                let b = bucket(c, text(input, "tableBucketARN")?)?;
                let only_ns = input.get("namespace").and_then(Value::as_str);
                let mut items = Vec::new();
                for (ns, n) in b["namespaces"].as_object().into_iter().flatten() {
                    if only_ns.is_some_and(|o| o != ns) { continue; }
                    for (name, t) in n["tables"].as_object().into_iter().flatten() {
                        if prefixed(input, name) {
                            items.push(summary(t, &["namespace", "name", "type", "tableARN", "createdAt", "modifiedAt", "namespaceId", "tableBucketId"]));
                        }
                    }
                }
                Ok::<_, ApiError>(items)
            })??;
            ok(paged(items, "tableARN", input, "maxTables", "tables"))
        }
        "GetTable" => {
            let t = store.read(|c| table_path(c, input).map(|p| table(c, &p).clone()))??;
            ok(summary(&t, &["name", "type", "tableARN", "namespace", "namespaceId", "versionToken", "metadataLocation",
                "warehouseLocation", "createdAt", "createdBy", "modifiedAt", "modifiedBy", "ownerAccountId", "format", "tableBucketId"]))
        }
        "GetTableMetadataLocation" => {
            let t = store.read(|c| table_path(c, input).map(|p| table(c, &p).clone()))??;
            ok(summary(&t, &["versionToken", "metadataLocation", "warehouseLocation"]))
        }
        "UpdateTableMetadataLocation" => {
            // Required here (optional for DeleteTable and RenameTable).
            text(input, "versionToken")?;
            let location = text(input, "metadataLocation")?;
            store.update(|c| {
                let path = table_path(c, input)?;
                check_token(c, &path, input)?;
                let t = table_mut(c, &path);
                let warehouse = t["warehouseLocation"].as_str().unwrap_or_default();
                if !location.starts_with(&format!("{warehouse}/")) {
                    return Err(bad_request(format!("The metadata location must be in the table's warehouse {warehouse}.")));
                }
                t["metadataLocation"] = json!(location);
                t["versionToken"] = json!(random_hex(20));
                t["modifiedAt"] = json!(now());
                t["modifiedBy"] = json!(ACCOUNT);
                Ok(summary(t, &["name", "tableARN", "namespace", "versionToken", "metadataLocation"]))
            })?
            .and_then(ok)
        }
        "DeleteTable" => store.update(|c| {
            let path = table_path(c, input)?;
            check_token(c, &path, input)?;
            c["buckets"][&path.0]["namespaces"][&path.1]["tables"].as_object_mut().map(|m| m.remove(&path.2));
            Ok(())
        })?.and_then(|()| done()),
        "RenameTable" => store.update(|c| {
            let path = table_path(c, input)?;
            let new_ns = input.get("newNamespaceName").and_then(Value::as_str).unwrap_or(&path.1).to_string();
            let new_name = input.get("newName").and_then(Value::as_str).unwrap_or(&path.2).to_string();
            check_name("table", &new_name, false)?;
            check_token(c, &path, input)?;
            namespace(&c["buckets"][&path.0], &new_ns)?;
            if !c["buckets"][&path.0]["namespaces"][&new_ns]["tables"][&new_name].is_null() {
                return Err(conflict("A table with that name already exists in the namespace."));
            }
            let mut t = c["buckets"][&path.0]["namespaces"][&path.1]["tables"].as_object_mut()
                .and_then(|m| m.remove(&path.2)).unwrap_or_default();
            t["name"] = json!(new_name);
            t["namespace"] = json!([new_ns]);
            t["namespaceId"] = c["buckets"][&path.0]["namespaces"][&new_ns]["namespaceId"].clone();
            t["versionToken"] = json!(random_hex(20));
            c["buckets"][&path.0]["namespaces"][&new_ns]["tables"][&new_name] = t;
            Ok(())
        })?.and_then(|()| done()),
        "TagResource" | "UntagResource" | "ListTagsForResource" => tags(store, op, input).and_then(|b| match b {
            Some(b) => ok(b),
            None => done(),
        }),
        name if NOT_RUN_LOCALLY.iter().any(|p| name.contains(p)) => Err(bad_request(format!(
            "{name} is not run locally: the local lake keeps tables and their configuration, but maintenance jobs, replication and migrations happen only in AWS."
        ))),
        name => documents(store, op, name, input).and_then(|b| match b {
            Some(b) => ok(b),
            None => done(),
        }),
    }
}

/// Operations about work only AWS does.
const NOT_RUN_LOCALLY: [&str; 4] = [
    "JobStatus",
    "ReplicationStatus",
    "Migration",
    "DisassociateTableReplication",
];

fn summary(v: &Value, keys: &[&str]) -> Value {
    let mut out = Map::new();
    for k in keys {
        if let Some(x) = v.get(*k).filter(|x| !x.is_null()) {
            out.insert(k.to_string(), x.clone());
        }
    }
    Value::Object(out)
}

fn create_table(store: &Store, input: &Map<String, Value>) -> Result<Value, ApiError> {
    let arn = text(input, "tableBucketARN")?.to_string();
    let ns = namespace_of(input)?;
    let name = text(input, "name")?.to_string();
    check_name("table", &name, false)?;
    if input
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| f != "ICEBERG")
    {
        return Err(bad_request("format must be ICEBERG"));
    }
    let id = random_uuid();
    let warehouse_bucket = format!("{}--table-s3", id);
    let warehouse = format!("s3://{warehouse_bucket}");
    let schema = match input
        .get("metadata")
        .and_then(|m| m.pointer("/iceberg/schema/fields"))
    {
        Some(Value::Array(fields)) => Some(iceberg_schema(fields)?),
        Some(_) => return Err(bad_request("metadata.iceberg.schema.fields must be a list")),
        None => None,
    };
    let metadata_location = match &schema {
        Some(schema) => {
            let now_ms = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_millis() as i64)
                .unwrap_or(0);
            let last_column_id = schema["fields"].as_array().map_or(0, Vec::len);
            let meta = json!({"format-version": 2, "table-uuid": random_uuid(), "location": warehouse,
                "last-sequence-number": 0, "last-updated-ms": now_ms, "last-column-id": last_column_id,
                "current-schema-id": 0, "schemas": [schema], "default-spec-id": 0,
                "partition-specs": [{"spec-id": 0, "fields": []}], "last-partition-id": 999,
                "default-sort-order-id": 0, "sort-orders": [{"order-id": 0, "fields": []}],
                "properties": {}, "current-snapshot-id": -1, "refs": {}, "snapshots": [],
                "snapshot-log": [], "metadata-log": []});
            let key = format!("metadata/00000-{}.metadata.json", random_uuid());
            let path = store
                .object_path(&warehouse_bucket, &key)
                .ok_or_else(|| bad_request("bad key"))?;
            let bytes = serde_json::to_vec(&meta).map_err(|e| bad_request(e.to_string()))?;
            store.put_new(&path, &bytes)?;
            Some(format!("{warehouse}/{key}"))
        }
        None => None,
    };
    store.update(|c| {
        let b = bucket_mut(c, &arn)?;
        let n = namespace(b, &ns)?.clone();
        if !n["tables"][&name].is_null() {
            return Err(conflict("A table with an identical name already exists in the namespace."));
        }
        let token = random_hex(20);
        let table_arn = format!("{arn}/table/{id}");
        let mut t = json!({"name": name, "type": "customer", "tableARN": table_arn, "namespace": [ns],
            "namespaceId": n["namespaceId"], "versionToken": token, "warehouseLocation": warehouse,
            "createdAt": now(), "createdBy": ACCOUNT, "modifiedAt": now(), "modifiedBy": ACCOUNT,
            "ownerAccountId": ACCOUNT, "format": "ICEBERG", "tableBucketId": b["tableBucketId"],
            "docs": {}, "tags": input.get("tags").cloned().unwrap_or(json!({}))});
        if let Some(l) = &metadata_location {
            t["metadataLocation"] = json!(l);
        }
        if let Some(e) = input.get("encryptionConfiguration") {
            t["docs"]["TableEncryption"] = json!({"encryptionConfiguration": e});
        }
        b["namespaces"][&ns]["tables"][&name] = t;
        Ok(json!({"tableARN": table_arn, "versionToken": token}))
    })?
}

/// `encryptionConfiguration` → the document name its operations share.
fn doc_name(member: &str) -> String {
    match member {
        "encryptionConfiguration" => "TableBucketEncryption".into(),
        "storageClassConfiguration" => "TableBucketStorageClass".into(),
        other => other.into(),
    }
}

/// The resource a configuration operation addresses: the table when the input names one,
/// else the bucket. Returns its catalog path.
fn resource_path(catalog: &Value, input: &Map<String, Value>) -> Result<Vec<String>, ApiError> {
    if input.contains_key("tableArn") || input.contains_key("name") {
        let (b, ns, t) = table_path(catalog, input)?;
        return Ok(vec![
            "buckets".into(),
            b,
            "namespaces".into(),
            ns,
            "tables".into(),
            t,
        ]);
    }
    let arn = text(input, "tableBucketARN")?;
    bucket(catalog, arn)?;
    Ok(vec!["buckets".into(), bucket_name(arn)?.to_string()])
}

fn at<'c>(catalog: &'c mut Value, path: &[String]) -> &'c mut Value {
    path.iter().fold(catalog, |v, k| &mut v[k.as_str()])
}

/// `at`, to read (`Null` where the path leads nowhere).
fn get<'c>(catalog: &'c Value, path: &[String]) -> &'c Value {
    path.iter().fold(catalog, |v, k| &v[k.as_str()])
}

/// Put/Get/Delete of a configuration kept as a document: `PutTablePolicy` stores its body
/// members under `TablePolicy`; `GetTablePolicy` answers them (a `value` is answered as
/// `configuration`, maintenance settings by type).
fn documents(
    store: &Store,
    op: &'static OpSpec,
    name: &str,
    input: &Map<String, Value>,
) -> Result<Option<Value>, ApiError> {
    let (verb, doc) = ["Put", "Get", "Delete"]
        .iter()
        .find_map(|v| name.strip_prefix(v).map(|d| (*v, d.to_string())))
        .ok_or_else(|| bad_request(format!("{name} is not supported by the local lake")))?;
    let labels: Vec<&str> = op
        .input_members()
        .iter()
        .filter(|m| m.location != s3tables_ops::Location::Body)
        .map(|m| m.name)
        .collect();
    let body: Map<String, Value> = input
        .iter()
        .filter(|(k, _)| !labels.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    match verb {
        "Put" => store.update(|c| {
            let path = resource_path(c, input)?;
            let target = &mut at(c, &path)["docs"][&doc];
            match input.get("type").and_then(Value::as_str) {
                // Maintenance: one setting per type.
                Some(ty) => {
                    target["configuration"][ty] = body.get("value").cloned().unwrap_or_default()
                }
                None => *target = Value::Object(body.clone()),
            }
            Ok(None)
        })?,
        "Delete" => store.update(|c| {
            let path = resource_path(c, input)?;
            let docs = &mut at(c, &path)["docs"];
            if docs[&doc].is_null() {
                return Err(not_found(format!("No {doc} is configured.")));
            }
            docs.as_object_mut().map(|m| m.remove(&doc));
            Ok(None)
        })?,
        _ => {
            let (resource, stored) = store.read(|c| {
                let r = get(c, &resource_path(c, input)?);
                Ok::<_, ApiError>((r.clone(), r["docs"][&doc].clone()))
            })??;
            let stored = match (stored, doc.as_str()) {
                (Value::Null, "TableEncryption" | "TableBucketEncryption") => {
                    json!({"encryptionConfiguration": {"sseAlgorithm": "AES256"}})
                }
                (Value::Null, "TableStorageClass" | "TableBucketStorageClass") => {
                    json!({"storageClassConfiguration": {"storageClass": "STANDARD"}})
                }
                (Value::Null, d) if d.ends_with("MaintenanceConfiguration") => {
                    json!({"configuration": {}})
                }
                (Value::Null, _) => return Err(not_found(format!("No {doc} is configured."))),
                (s, _) => s,
            };
            let mut out = Map::new();
            for m in op.output.map(|s| s.get().members()).unwrap_or(&[]) {
                let value = match m.wire {
                    w if stored.get(w).is_some() => stored[w].clone(),
                    "configuration" if stored.get("value").is_some() => stored["value"].clone(),
                    "tableBucketARN" => resource
                        .get("arn")
                        .cloned()
                        .unwrap_or_else(|| json!(bucket_arn(""))),
                    "tableARN" | "name" | "namespace" | "versionToken" => resource[m.wire].clone(),
                    _ => Value::Null,
                };
                if !value.is_null() {
                    out.insert(m.wire.to_string(), value);
                }
            }
            Ok(Some(Value::Object(out)))
        }
    }
}

fn tags(
    store: &Store,
    op: &'static OpSpec,
    input: &Map<String, Value>,
) -> Result<Option<Value>, ApiError> {
    let arn = text(input, "resourceArn")?.to_string();
    let find = |c: &Value| -> Result<Vec<String>, ApiError> {
        let b = bucket_name(&arn)?;
        if arn == bucket_arn(b) {
            bucket(c, &arn)?;
            return Ok(vec!["buckets".into(), b.to_string()]);
        }
        let mut by_arn = Map::new();
        by_arn.insert("tableArn".into(), json!(arn));
        let (b, ns, t) = table_path(c, &by_arn)?;
        Ok(vec![
            "buckets".into(),
            b,
            "namespaces".into(),
            ns,
            "tables".into(),
            t,
        ])
    };
    match op.name {
        "ListTagsForResource" => {
            let tags = store.read(|c| find(c).map(|p| get(c, &p)["tags"].clone()))??;
            Ok(Some(
                json!({"tags": if tags.is_null() { json!({}) } else { tags }}),
            ))
        }
        "TagResource" => store.update(|c| {
            let p = find(c)?;
            for (k, v) in input
                .get("tags")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                at(c, &p)["tags"][k] = v.clone();
            }
            Ok(None)
        })?,
        _ => store.update(|c| {
            let p = find(c)?;
            let keys: Vec<String> = input
                .get("tagKeys")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            if let Some(tags) = at(c, &p)["tags"].as_object_mut() {
                for k in keys {
                    tags.remove(&k);
                }
            }
            Ok(None)
        })?,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_iso_8601() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso8601(1_796_560_496_123), "2026-12-06T12:34:56.123Z");
        assert_eq!(iso8601(951_782_400_000), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn names_follow_the_service_rules() {
        assert!(check_name("bucket", "my-lake-1", true).is_ok());
        for bad in ["ab", "-lake", "Lake", "la_ke"] {
            assert!(check_name("bucket", bad, true).is_err(), "{bad}");
        }
        assert!(check_name("table", "orders_2024", false).is_ok());
        assert!(check_name("table", "orders-2024", false).is_err());
    }
}

#[cfg(test)]
mod paging {
    use super::*;

    #[test]
    fn pages_follow_on_from_their_token() {
        let items: Vec<Value> = ["c", "a", "b"].iter().map(|n| json!({"name": n})).collect();
        let mut input = Map::new();
        input.insert("max".into(), json!(2));
        let first = paged(items.clone(), "name", &input, "max", "x");
        assert_eq!(first["x"], json!([{"name": "a"}, {"name": "b"}]));
        input.insert(
            "continuationToken".into(),
            first["continuationToken"].clone(),
        );
        let second = paged(items, "name", &input, "max", "x");
        assert_eq!(second["x"], json!([{"name": "c"}]));
        assert!(second.get("continuationToken").is_none());
    }
}
