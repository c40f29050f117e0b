//! `preview_table`: the first rows of an Iceberg table (or of one of its snapshots), read in
//! the sandbox: the snapshot's manifest list, its manifests, then the Parquet data files with
//! ranged GETs (footer, then only the projected columns' chunks), stopping as soon as `limit`
//! rows are collected. Refuses snapshots with delete files rather than return deleted rows.

use super::table_meta::{in_warehouse, load, TableRef};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::filter::Filter;
use crate::iceberg::parquet_rows::{read_rows, RangeSource, Want};
use crate::iceberg::{avro, describe, scan};
use crate::s3::{Purpose, S3Location, S3};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};

const DEFAULT_LIMIT: u32 = 20;
/// The most rows one call returns (a preview, not an export).
pub const MAX_LIMIT: u32 = 500;
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
    /// At most this many rows (default 20, at most 500).
    #[schemars(range(min = 1, max = 500))]
    limit: Option<u32>,
    /// Only these top-level columns, in this order (default: all, in schema order).
    columns: Option<Vec<String>>,
    /// Read this snapshot instead of the current one (time travel); describe_table lists them.
    snapshot_id: Option<i64>,
    /// Only rows whose column compares so with the value, e.g. {"column": "region", "op": "eq", "value": "eu"}; at most 100,000 rows are examined per call.
    filter: Option<Filter>,
    /// AWS Region for this call (default: the server's region).
    region_name: Option<String>,
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::PREVIEW_TABLE,
    title: "Preview table rows",
    description: "Return the first rows of an Iceberg table (default 20, at most 500), read from its data files inside the sandbox: the current snapshot or snapshot_id, optionally only some columns. Values follow the Iceberg types: decimals as strings, dates and timestamps as ISO-8601 (timestamptz with Z), binary and fixed as base64, uuid as text, structs as objects, lists as arrays, maps as objects (string keys) or arrays of {key, value}. Columns are matched by field id, so renamed columns show their current names and columns added later are null in older files. Snapshots with delete files (position or equality deletes, deletion vectors) are refused, since this reader does not apply them. Name the table with table_arn, or table_bucket_arn + namespace + name.",
    input_schema: schema_of::<Args>,
    output_schema,
    run: super::data_plane(run),
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
        "rowsScanned": {"type": "integer"},
        "scanLimitReached": {"type": "boolean"},
        "truncated": {"type": "boolean"}}})
}

/// Ranged reads of one data file.
struct S3File<'a> {
    s3: &'a S3<'a>,
    location: &'a S3Location,
}

impl RangeSource for S3File<'_> {
    fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
        self.s3
            .get_range(self.location, start, end, Purpose::TableData)
            .map_err(|e| e.to_string())
    }
}

fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let region = region(client.config, args.region_name.as_deref())?;
    let limit = args.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Failure::Tool(format!(
            "`limit` must be between 1 and {MAX_LIMIT} (a preview, not an export); got {limit}"
        )));
    }
    let table = TableRef {
        table_arn: &args.table_arn,
        table_bucket_arn: &args.table_bucket_arn,
        namespace: &args.namespace,
        name: &args.name,
    };
    let loaded = load(client, "preview_table", &table, &region)?;
    let meta = &loaded.meta;
    let snapshots = meta["snapshots"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let snapshot = match args.snapshot_id {
        Some(id) => Some(
            snapshots
                .iter()
                .find(|s| s["snapshot-id"].as_i64() == Some(id))
                .ok_or_else(|| {
                    let known: Vec<String> = snapshots
                        .iter()
                        .rev()
                        .take(10)
                        .filter_map(|s| s["snapshot-id"].as_i64().map(|i| i.to_string()))
                        .collect();
                    Failure::Tool(format!(
                        "Snapshot {id} is not in the table's metadata (expired, or from another table). Newest snapshots: {}",
                        if known.is_empty() { "none".to_string() } else { known.join(", ") }
                    ))
                })?,
        ),
        None => describe::current_snapshot_id(meta).and_then(|id| {
            snapshots
                .iter()
                .find(|s| s["snapshot-id"].as_i64() == Some(id))
        }),
    };
    // A snapshot is read with the schema it was written with; the current one otherwise.
    let schema = snapshot
        .and_then(|s| s["schema-id"].as_i64())
        .filter(|_| args.snapshot_id.is_some())
        .and_then(|id| {
            meta["schemas"]
                .as_array()?
                .iter()
                .find(|s| s["schema-id"].as_i64() == Some(id))
        })
        .or_else(|| describe::current_schema(meta))
        .ok_or_else(|| Failure::Tool("The table's metadata has no schema.".into()))?;
    let all_fields = schema["fields"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let fields = select_columns(all_fields, args.columns.as_deref())?;
    // The filter's column is read too, and dropped from the answer unless asked for.
    let predicate = match &args.filter {
        None => None,
        Some(filter) => {
            let column =
                select_columns(all_fields, Some(std::slice::from_ref(&filter.column)))?.remove(0);
            Some(filter.check(&column["type"]).map_err(Failure::Tool)?)
        }
    };
    let mut read_fields = fields.clone();
    let mut drop_column = None;
    if let Some(p) = &predicate {
        if !fields
            .iter()
            .any(|f| f["name"].as_str() == Some(p.column.as_str()))
        {
            read_fields.extend(select_columns(
                all_fields,
                Some(std::slice::from_ref(&p.column)),
            )?);
            drop_column = Some(p.column.clone());
        }
    }
    let keep = |row: &Value| predicate.as_ref().is_none_or(|p| p.keeps(row));
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
    let mut rows = Vec::new();
    let mut files_read = 0usize;
    let mut scanned = 0u64;
    let max_scanned = if predicate.is_some() {
        MAX_SCANNED_ROWS
    } else {
        u64::MAX
    };
    // Every live row of the snapshot was looked at.
    let mut complete = true;
    if let Some(list) = snapshot.and_then(|s| s["manifest-list"].as_str()) {
        let warehouse = loaded.located["warehouseLocation"].as_str();
        let s3 = S3::new(client, &region);
        let read_avro = |path: &str, what: &str| -> Result<avro::Container, Failure> {
            let location = warehouse_object(path, warehouse, what)?;
            let bytes = s3
                .get_object(&location, Purpose::TableData)
                .map_err(|e| Failure::Tool(e.to_string()))?;
            avro::read(&bytes)
                .map_err(|e| Failure::Tool(format!("Could not read the {what} {path}: {e}")))
        };
        let manifest_paths = scan::data_manifests(&read_avro(list, "manifest list")?)
            .map_err(|e| Failure::Tool(format!("Refused: {e}.")))?;
        'manifests: for path in &manifest_paths {
            let files = scan::live_files(path, &read_avro(path, "manifest")?)
                .map_err(|e| Failure::Tool(format!("Refused: {e}.")))?;
            for file in files {
                if rows.len() >= limit as usize || scanned >= max_scanned {
                    complete = false;
                    break 'manifests;
                }
                if !file.format.eq_ignore_ascii_case("parquet") {
                    return Err(Failure::Tool(format!(
                        "The data file {} is {}; this reader reads Parquet only.",
                        file.path, file.format
                    )));
                }
                let location = warehouse_object(&file.path, warehouse, "data file")?;
                let want = Want {
                    rows: limit as usize,
                    keep: &keep,
                    max_scanned: max_scanned - scanned,
                };
                let read = read_rows(
                    &S3File {
                        s3: &s3,
                        location: &location,
                    },
                    file.size,
                    &read_fields,
                    &want,
                    &mut rows,
                )
                .map_err(|e| {
                    Failure::Tool(format!("Could not read the data file {}: {e}", file.path))
                })?;
                files_read += 1;
                scanned += read.scanned;
                if (read.scanned as i64) < file.record_count {
                    complete = false;
                }
            }
        }
    }
    if let Some(column) = &drop_column {
        for row in &mut rows {
            if let Value::Object(obj) = row {
                obj.remove(column);
            }
        }
    }
    out.insert("rowCount".into(), json!(rows.len()));
    out.insert("rows".into(), Value::Array(rows));
    out.insert("filesRead".into(), json!(files_read));
    out.insert("rowsScanned".into(), json!(scanned));
    out.insert(
        "scanLimitReached".into(),
        json!(!complete && scanned >= max_scanned),
    );
    out.insert("truncated".into(), json!(!complete));
    Ok(Value::Object(out))
}

/// The schema's top-level fields named by `columns` (in that order), or all of them.
fn select_columns(all: &[Value], columns: Option<&[String]>) -> Result<Vec<Value>, Failure> {
    let Some(columns) = columns else {
        return Ok(all.to_vec());
    };
    if columns.is_empty() {
        return Err(Failure::Tool(
            "`columns` is empty; leave it out for all columns.".into(),
        ));
    }
    let mut out: Vec<Value> = Vec::new();
    for c in columns {
        let field = all
            .iter()
            .find(|f| f["name"].as_str() == Some(c.as_str()))
            .ok_or_else(|| {
                let names: Vec<&str> = all.iter().filter_map(|f| f["name"].as_str()).collect();
                Failure::Tool(format!(
                    "Unknown column {c:?}; the table's columns are: {}",
                    names.join(", ")
                ))
            })?;
        if !out.contains(field) {
            out.push(field.clone());
        }
    }
    Ok(out)
}

/// `path` parsed, and only if it is in the table's warehouse bucket.
fn warehouse_object(
    path: &str,
    warehouse: Option<&str>,
    what: &str,
) -> Result<S3Location, Failure> {
    let location = S3Location::parse(path)
        .map_err(|e| Failure::Tool(format!("The {what} location {path} is unusable: {e}")))?;
    if warehouse.is_some_and(|w| !in_warehouse(&location, w)) {
        return Err(Failure::Tool(format!(
            "The {what} {path} is outside the table's warehouse; refusing to read it."
        )));
    }
    Ok(location)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_validated_against_the_schema() {
        let all = vec![
            json!({"id": 1, "name": "id", "type": "long"}),
            json!({"id": 2, "name": "city", "type": "string"}),
        ];
        let picked =
            select_columns(&all, Some(&["city".into(), "id".into(), "city".into()])).unwrap();
        assert_eq!(picked, vec![all[1].clone(), all[0].clone()]);
        match select_columns(&all, Some(&["nope".into()])) {
            Err(Failure::Tool(m)) => {
                assert!(m.contains("\"nope\"") && m.contains("id, city"), "{m}")
            }
            _ => panic!("unknown column accepted"),
        }
        assert!(select_columns(&all, Some(&[])).is_err());
        assert_eq!(select_columns(&all, None).unwrap().len(), 2);
    }
}
