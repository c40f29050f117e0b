//! `preview_table`: the first rows of an Iceberg table (or of one of its snapshots), read in
//! the sandbox: the snapshot's manifest list, its manifests, then the Parquet data files with
//! ranged GETs (footer, then only the projected columns' chunks), stopping as soon as `limit`
//! rows are collected. Delete files (position, equality, deletion vectors) are applied per
//! data file (`iceberg::deletes`); a filter prunes manifests and data files (`iceberg::prune`).

use super::table_meta::{load, snapshot_and_schema, TableRef};
use super::table_read::{self, select_columns, JsonRows, ReadSpec, TableSource};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::filter::Filter;
use crate::iceberg::prune::Pruner;
use crate::iceberg::{history, time};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};

const DEFAULT_LIMIT: u32 = 20;
/// The most rows one call decodes while looking for rows that pass the filter.
pub const MAX_SCANNED_ROWS: u64 = 100_000;

/// Preview the rows of an Iceberg table.
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
    /// At most this many rows (default 20; at most the server's --max-preview-rows, default 500).
    #[schemars(range(min = 1))]
    limit: Option<u32>,
    /// Only these top-level columns, in this order (default: all, in schema order).
    columns: Option<Vec<String>>,
    /// Read this snapshot instead of the current one (time travel); describe_table lists them.
    snapshot_id: Option<i64>,
    /// Read the snapshot that was current at this time (instead of snapshot_id): ISO 8601 with an offset, e.g. "2024-05-01T12:00:00Z", or epoch milliseconds.
    as_of: Option<AsOf>,
    /// Only rows whose column compares so with the value, e.g. {"column": "region", "op": "eq", "value": "eu"}, or a list of such conditions that must all hold (AND); manifests and data files whose partitions or column bounds exclude a condition are skipped; at most 100,000 rows are examined per call.
    filter: Option<Conditions>,
    /// AWS Region for this call (default: the server's region).
    region_name: Option<String>,
}

/// One condition, or a list of conditions that must all hold.
#[derive(JsonSchema)]
#[serde(untagged)]
enum Conditions {
    One(Filter),
    All(Vec<Filter>),
}

impl Conditions {
    fn all(&self) -> &[Filter] {
        match self {
            Conditions::One(f) => std::slice::from_ref(f),
            Conditions::All(fs) => fs,
        }
    }
}

/// By hand rather than `untagged`, whose error ("did not match any variant") would not say
/// which condition is wrong, or how.
impl<'de> Deserialize<'de> for Conditions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match Value::deserialize(d)? {
            Value::Array(items) if items.is_empty() || items.len() > 16 => Err(D::Error::custom(
                "`filter` as a list takes 1 to 16 conditions",
            )),
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    Filter::deserialize(item)
                        .map_err(|e| D::Error::custom(format!("filter[{i}]: {e}")))
                })
                .collect::<Result<_, _>>()
                .map(Conditions::All),
            item @ Value::Object(_) => Filter::deserialize(item)
                .map(Conditions::One)
                .map_err(|e| D::Error::custom(format!("filter: {e}"))),
            _ => Err(D::Error::custom(
                "`filter` is a condition {\"column\", \"op\", \"value\"} or a list of them",
            )),
        }
    }
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::PREVIEW_TABLE,
    title: "Preview table rows",
    description: "Return the first rows of an Iceberg table (default 20, at most 500 unless the server sets --max-preview-rows), read from its data files inside the sandbox: the current snapshot, snapshot_id, or the snapshot current at as_of; optionally only some columns, or only rows passing a filter — one condition or a list of them, all of which must hold (files whose partitions or column bounds exclude a condition are skipped). Values follow the Iceberg types: decimals as strings, dates and timestamps as ISO-8601 (timestamptz with Z), binary and fixed as base64, uuid as text, structs as objects, lists as arrays, maps as objects (string keys) or arrays of {key, value}. Columns are matched by field id, so renamed columns show their current names and columns added later are null in older files. Row-level deletes are applied: position deletes, equality deletes and deletion vectors (an equality delete on a float or nested column is refused). Name the table with table_arn, or table_bucket_arn + namespace + name.",
    input_schema: schema_of::<Args>,
    output_schema,
    run: super::data_plane(run),
    in_this_build: super::HAS_DATA_PLANE,
};

fn output_schema() -> Value {
    json!({"type": "object", "properties": {
        "tableBucketARN": {"type": "string"}, "namespace": {"type": "string"}, "name": {"type": "string"},
        "metadataLocation": {"type": "string"},
        "snapshotId": {"type": ["integer", "null"]},
        "schemaId": {"type": ["integer", "null"]},
        "columns": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "integer"}, "name": {"type": "string"},
            "type": {"type": ["string", "object"]}, "required": {"type": "boolean"}}}},
        "rows": {"type": "array", "items": {"type": "object"}},
        "rowCount": {"type": "integer"},
        "filesRead": {"type": "integer"},
        "filesPruned": {"type": "integer"},
        "manifestsPruned": {"type": "integer"},
        "rowGroupsPruned": {"type": "integer"},
        "deleteFilesRead": {"type": "integer"},
        "rowsDeleted": {"type": "integer"},
        "rowsScanned": {"type": "integer"},
        "scanLimitReached": {"type": "boolean"},
        "truncated": {"type": "boolean"}}})
}

/// When to read the table as of: epoch milliseconds, or ISO 8601 text.
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
#[schemars(inline)]
enum AsOf {
    Millis(i64),
    Text(String),
}

fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let region = region(client.config, args.region_name.as_deref())?;
    // A preview, not an export: the server sets the cap (--max-preview-rows).
    let cap = client.config.limits.max_preview_rows;
    let limit = args.limit.unwrap_or(DEFAULT_LIMIT.min(cap));
    if !(1..=cap).contains(&limit) {
        return Err(Failure::Tool(format!(
            "`limit` must be between 1 and {cap} (a preview, not an export; the server's --max-preview-rows); got {limit}"
        )));
    }
    let as_of_ms = match &args.as_of {
        None => None,
        Some(_) if args.snapshot_id.is_some() => {
            return Err(Failure::Tool(
                "Give snapshot_id or as_of, not both: each picks the snapshot to read.".into(),
            ))
        }
        Some(AsOf::Millis(ms)) => Some(*ms),
        Some(AsOf::Text(text)) => Some(
            time::parse_instant_millis(text)
                .map_err(|e| Failure::Tool(format!("`as_of`: {e}.")))?,
        ),
    };
    let table = TableRef {
        table_arn: &args.table_arn,
        table_bucket_arn: &args.table_bucket_arn,
        namespace: &args.namespace,
        name: &args.name,
    };
    let loaded = load(client, "preview_table", &table, &region)?;
    let meta = &loaded.meta;
    let travel_to = match (args.snapshot_id, as_of_ms) {
        (Some(id), _) => Some(id),
        (None, Some(ms)) => Some(history::snapshot_as_of(meta, ms).map_err(Failure::Tool)?),
        (None, None) => None,
    };
    let (snapshot, schema) = snapshot_and_schema(meta, travel_to)?;
    let all_fields = schema["fields"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let fields = select_columns(all_fields, args.columns.as_deref())?;
    // Each condition's column is read too, and dropped from the answer unless asked for.
    let mut pruners = Vec::new();
    let mut predicates = Vec::new();
    for filter in args
        .filter
        .as_ref()
        .map(Conditions::all)
        .unwrap_or_default()
    {
        let column =
            select_columns(all_fields, Some(std::slice::from_ref(&filter.column)))?.remove(0);
        predicates.push(filter.check(&column["type"]).map_err(Failure::Tool)?);
        pruners.extend(Pruner::new(&column, filter));
    }
    let mut out = Map::new();
    for key in ["tableBucketARN", "namespace", "name"] {
        out.insert(key.into(), loaded.input[key].clone());
    }
    out.insert("metadataLocation".into(), json!(loaded.metadata_location));
    out.insert(
        "snapshotId".into(),
        snapshot
            .map(|s| s["snapshot-id"].clone())
            .unwrap_or(Value::Null),
    );
    out.insert("schemaId".into(), schema["schema-id"].clone());
    out.insert(
        "columns".into(),
        Value::Array(
            fields
                .iter()
                .map(|f| json!({"id": f["id"], "name": f["name"], "type": f["type"], "required": f["required"]}))
                .collect(),
        ),
    );
    let spec = ReadSpec {
        fields,
        predicates: &predicates,
        pruners: &pruners,
        limit: u64::from(limit),
        max_scanned: if !predicates.is_empty() {
            MAX_SCANNED_ROWS
        } else {
            u64::MAX
        },
    };
    let source = TableSource {
        client,
        region: &region,
        loaded: &loaded,
        all_fields,
    };
    let mut rows = Vec::new();
    let mut collect = |mut file_rows: Vec<Value>| {
        rows.append(&mut file_rows);
        Ok(())
    };
    let stats = table_read::read(&source, snapshot, &spec, &mut JsonRows(&mut collect))?;
    out.insert("rowCount".into(), json!(rows.len()));
    out.insert("rows".into(), Value::Array(rows));
    out.insert("filesRead".into(), json!(stats.files_read));
    out.insert("filesPruned".into(), json!(stats.files_pruned));
    out.insert("manifestsPruned".into(), json!(stats.manifests_pruned));
    out.insert("rowGroupsPruned".into(), json!(stats.row_groups_pruned));
    out.insert("deleteFilesRead".into(), json!(stats.delete_files_read));
    out.insert("rowsDeleted".into(), json!(stats.deleted));
    out.insert("rowsScanned".into(), json!(stats.scanned));
    out.insert(
        "scanLimitReached".into(),
        json!(stats.scan_limit_reached(&spec)),
    );
    out.insert("truncated".into(), json!(!stats.complete));
    Ok(Value::Object(out))
}
