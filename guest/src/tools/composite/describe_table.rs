//! `describe_table` (alias `get_table_schema`): the table's metadata as Iceberg wrote it —
//! current schema with nested types, partition specs, sort order, properties, current snapshot
//! and a bounded snapshot history — read from the metadata file its `metadataLocation` names.

use super::table_meta::{in_warehouse, load, Loaded, TableRef};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::{avro, describe, manifests};
use crate::s3::{Purpose, S3Location, S3};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};

const DEFAULT_MAX_SNAPSHOTS: u32 = 10;

/// Describe an Iceberg table: its schema, partitioning, sort order, properties and snapshots.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Args {
    /// The table's ARN, instead of table_bucket_arn + namespace + name.
    table_arn: Option<String>,
    /// The table bucket ARN (with namespace and name).
    table_bucket_arn: Option<String>,
    /// The namespace (with table_bucket_arn and name).
    namespace: Option<String>,
    /// The table name (with table_bucket_arn and namespace).
    name: Option<String>,
    /// At most this many snapshots of the history, newest first (default 10).
    #[schemars(range(max = 1000))]
    max_snapshots: Option<u32>,
    /// AWS Region for this call (default: the server's region).
    region_name: Option<String>,
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::DESCRIBE_TABLE,
    title: "Describe table",
    description: "Describe an Iceberg table from its current metadata file: schema (nested types included), partition specs, sort order, properties, format version, current snapshot with its summary (record, data file and delete file totals), its manifests (data and delete files and rows per manifest, partition summaries) and the snapshot history, newest first. Name the table with table_arn, or table_bucket_arn + namespace + name.",
    input_schema: schema_of::<Args>,
    output_schema,
    run,
    in_this_build: true,
};

fn output_schema() -> Value {
    let snapshot = json!({"type": ["object", "null"], "properties": {
        "snapshotId": {"type": "integer"}, "parentSnapshotId": {"type": "integer"},
        "sequenceNumber": {"type": "integer"}, "timestamp": {"type": "string"},
        "timestampMs": {"type": "integer"}, "operation": {"type": "string"},
        "summary": {"type": "object"}, "schemaId": {"type": "integer"},
        "manifestList": {"type": "string"}}});
    let named_fields = json!({"type": "array", "items": {"type": "object"}});
    json!({"type": "object", "properties": {
        "tableBucketARN": {"type": "string"}, "namespace": {"type": "string"}, "name": {"type": "string"},
        "metadataLocation": {"type": "string"}, "warehouseLocation": {"type": "string"},
        "versionToken": {"type": "string"},
        "formatVersion": {"type": "integer"}, "tableUuid": {"type": "string"},
        "location": {"type": "string"}, "lastUpdated": {"type": "string"},
        "currentSchemaId": {"type": "integer"}, "schemaCount": {"type": "integer"},
        "schema": {"type": "object", "properties": {
            "schemaId": {"type": "integer"},
            "fields": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"}, "required": {"type": "boolean"},
                "type": {"type": ["string", "object"]}, "doc": {"type": "string"}}}},
            "identifierFieldIds": {"type": "array", "items": {"type": "integer"}}}},
        "partitionSpecs": {"type": "array", "items": {"type": "object", "properties": {
            "specId": {"type": "integer"}, "isDefault": {"type": "boolean"}, "fields": named_fields}}},
        "sortOrder": {"type": "object", "properties": {"orderId": {"type": "integer"}, "fields": named_fields}},
        "properties": {"type": "object", "additionalProperties": {"type": "string"}},
        "currentSnapshot": snapshot,
        "snapshotCount": {"type": "integer"},
        "snapshots": {"type": "array", "items": snapshot},
        "snapshotsTruncated": {"type": "boolean"},
        "currentManifests": {"type": "object", "properties": {
            "manifestCount": {"type": "integer"}, "dataManifests": {"type": "integer"},
            "deleteManifests": {"type": "integer"}, "dataFiles": {"type": "integer"},
            "deleteFiles": {"type": "integer"}, "dataRows": {"type": "integer"},
            "deleteRows": {"type": "integer"}, "manifestsTruncated": {"type": "boolean"},
            "manifests": {"type": "array", "items": {"type": "object"}}}},
        "currentManifestsError": {"type": "string"}}})
}

fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let region = region(client.config, args.region_name.as_deref())?;
    let table = TableRef {
        table_arn: &args.table_arn,
        table_bucket_arn: &args.table_bucket_arn,
        namespace: &args.namespace,
        name: &args.name,
    };
    let Loaded {
        input,
        located,
        metadata_location,
        meta,
    } = load(client, "describe_table", &table, &region)?;
    let max = args.max_snapshots.unwrap_or(DEFAULT_MAX_SNAPSHOTS) as usize;
    let mut out = Map::new();
    for key in ["tableBucketARN", "namespace", "name"] {
        out.insert(key.into(), input[key].clone());
    }
    out.insert("metadataLocation".into(), json!(metadata_location));
    for key in ["warehouseLocation", "versionToken"] {
        if let Some(v) = located.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    if let Value::Object(summary) = describe::describe(&meta, max) {
        out.extend(summary);
    }
    // The manifest list adds file and row counts per manifest; without it the rest still stands.
    let current = describe::current_snapshot(&meta);
    if let Some(list) = current.and_then(|s| s["manifest-list"].as_str()) {
        let warehouse = located["warehouseLocation"].as_str();
        match read_manifest_list(client, &region, list, warehouse, &meta) {
            Ok(summary) => out.insert("currentManifests".into(), summary),
            Err(e) => out.insert("currentManifestsError".into(), json!(e)),
        };
    }
    Ok(Value::Object(out))
}

/// The manifest list at `list` (only from the table's own warehouse), decoded.
pub(super) fn manifest_list(
    client: &Client,
    region: &str,
    list: &str,
    warehouse: Option<&str>,
) -> Result<avro::Container, String> {
    let location = S3Location::parse(list).map_err(|e| e.to_string())?;
    if warehouse.is_some_and(|w| !in_warehouse(&location, w)) {
        return Err(format!(
            "the manifest list {list} is outside the table's warehouse; not read"
        ));
    }
    let bytes = S3::new(client, region)
        .get_object(&location, Purpose::TableData)
        .map_err(|e| e.to_string())?;
    avro::read(&bytes).map_err(|e| format!("could not read the manifest list {list}: {e}"))
}

fn read_manifest_list(
    client: &Client,
    region: &str,
    list: &str,
    warehouse: Option<&str>,
    meta: &Value,
) -> Result<Value, String> {
    let file = manifest_list(client, region, list, warehouse)?;
    let specs = meta["partition-specs"].as_array();
    Ok(manifests::summarize(&file, |spec, i| {
        specs?
            .iter()
            .find(|s| s["spec-id"].as_i64() == Some(spec))?["fields"]
            .get(i)?["name"]
            .as_str()
            .map(str::to_string)
    }))
}
