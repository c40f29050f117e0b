//! `preview_table`: the first rows of an Iceberg table (or of one of its snapshots), read in
//! the sandbox: the snapshot's manifest list, its manifests, then the Parquet data files with
//! ranged GETs (footer, then only the projected columns' chunks), stopping as soon as `limit`
//! rows are collected. Delete files (position, equality, deletion vectors) are applied per
//! data file (`iceberg::deletes`); a filter prunes manifests and data files (`iceberg::prune`).

use super::table_meta::{in_warehouse, load, TableRef};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::deletes::{DeleteIndex, DeleteLoader, OpenFile};
use crate::iceberg::filter::Filter;
use crate::iceberg::parquet_rows::{read_rows, RangeSource, Want};
use crate::iceberg::prune::{Pruner, Specs};
use crate::iceberg::scan::{self, Content};
use crate::iceberg::{avro, describe, history, time};
use crate::s3::{Purpose, S3Location, S3};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::cell::Cell;

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
    /// Read the snapshot that was current at this time (instead of snapshot_id): ISO 8601 with an offset, e.g. "2024-05-01T12:00:00Z", or epoch milliseconds.
    as_of: Option<AsOf>,
    /// Only rows whose column compares so with the value, e.g. {"column": "region", "op": "eq", "value": "eu"}; manifests and data files whose partitions or column bounds exclude it are skipped; at most 100,000 rows are examined per call.
    filter: Option<Filter>,
    /// AWS Region for this call (default: the server's region).
    region_name: Option<String>,
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::PREVIEW_TABLE,
    title: "Preview table rows",
    description: "Return the first rows of an Iceberg table (default 20, at most 500), read from its data files inside the sandbox: the current snapshot, snapshot_id, or the snapshot current at as_of; optionally only some columns, or only rows passing a filter (files whose partitions or column bounds exclude it are skipped). Values follow the Iceberg types: decimals as strings, dates and timestamps as ISO-8601 (timestamptz with Z), binary and fixed as base64, uuid as text, structs as objects, lists as arrays, maps as objects (string keys) or arrays of {key, value}. Columns are matched by field id, so renamed columns show their current names and columns added later are null in older files. Row-level deletes are applied: position deletes, equality deletes and deletion vectors (an equality delete on a float or nested column is refused). Name the table with table_arn, or table_bucket_arn + namespace + name.",
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
        "filesPruned": {"type": "integer"},
        "manifestsPruned": {"type": "integer"},
        "deleteFilesRead": {"type": "integer"},
        "rowsDeleted": {"type": "integer"},
        "rowsScanned": {"type": "integer"},
        "scanLimitReached": {"type": "boolean"},
        "truncated": {"type": "boolean"}}})
}

/// Ranged reads of one file of the table.
struct S3File<'a> {
    s3: &'a S3<'a>,
    location: S3Location,
}

impl RangeSource for S3File<'_> {
    fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
        self.s3
            .get_range(&self.location, start, end, Purpose::TableData)
            .map_err(|e| e.to_string())
    }
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
    let limit = args.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(Failure::Tool(format!(
            "`limit` must be between 1 and {MAX_LIMIT} (a preview, not an export); got {limit}"
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
    let snapshots = meta["snapshots"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let find = |id: i64| {
        snapshots
            .iter()
            .find(|s| s["snapshot-id"].as_i64() == Some(id))
    };
    let travel_to = match (args.snapshot_id, as_of_ms) {
        (Some(id), _) => Some(id),
        (None, Some(ms)) => Some(history::snapshot_as_of(meta, ms).map_err(Failure::Tool)?),
        (None, None) => None,
    };
    let snapshot = match travel_to {
        Some(id) => Some(find(id).ok_or_else(|| {
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
        })?),
        None => describe::current_snapshot_id(meta).and_then(find),
    };
    // A snapshot is read with the schema it was written with; the current one otherwise.
    let schema = snapshot
        .and_then(|s| s["schema-id"].as_i64())
        .filter(|_| travel_to.is_some())
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
    let mut pruner = None;
    let predicate = match &args.filter {
        None => None,
        Some(filter) => {
            let column =
                select_columns(all_fields, Some(std::slice::from_ref(&filter.column)))?.remove(0);
            let predicate = filter.check(&column["type"]).map_err(Failure::Tool)?;
            pruner = Pruner::new(&column, filter);
            Some(predicate)
        }
    };
    let mut read_fields = fields.clone();
    // Columns read only to filter or to match equality deletes: not returned.
    let mut hidden: Vec<String> = Vec::new();
    if let Some(p) = &predicate {
        if !fields
            .iter()
            .any(|f| f["name"].as_str() == Some(p.column.as_str()))
        {
            read_fields.extend(select_columns(
                all_fields,
                Some(std::slice::from_ref(&p.column)),
            )?);
            hidden.push(p.column.clone());
        }
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
    let mut rows = Vec::new();
    let mut stats = Stats::default();
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
        let refused = |e: &dyn std::fmt::Display| Failure::Tool(format!("Refused: {e}."));
        let specs = Specs::from_metadata(meta);
        let manifests =
            scan::manifests(&read_avro(list, "manifest list")?).map_err(|e| refused(&e))?;
        let mut delete_files = Vec::new();
        for m in manifests.iter().filter(|m| m.content == Content::Deletes) {
            let found = scan::entries(m, &read_avro(&m.path, "delete manifest")?, &|_, _| true)
                .map_err(|e| refused(&e))?;
            delete_files.extend(found.deletes);
        }
        let index = DeleteIndex::new(delete_files, &specs).map_err(|e| refused(&e))?;
        let files = TableFiles { s3: &s3, warehouse };
        let lookup_field = |id: i64| field_by_id(meta, all_fields, id);
        let mut loader = DeleteLoader::new(&files, &lookup_field);
        let keep_file = |file: &Value, spec: i64| {
            pruner
                .as_ref()
                .is_none_or(|p| p.file_may_match(file, specs.get(spec)))
        };
        'manifests: for m in manifests.iter().filter(|m| m.content == Content::Data) {
            if pruner
                .as_ref()
                .is_some_and(|p| !p.manifest_may_match(&m.raw, &specs))
            {
                stats.manifests_pruned += 1;
                continue;
            }
            if rows.len() >= limit as usize || stats.scanned >= max_scanned {
                complete = false;
                break 'manifests;
            }
            let found = scan::entries(m, &read_avro(&m.path, "manifest")?, &keep_file)
                .map_err(|e| refused(&e))?;
            stats.files_pruned += found.pruned;
            for file in found.data {
                if rows.len() >= limit as usize || stats.scanned >= max_scanned {
                    complete = false;
                    break 'manifests;
                }
                if !file.format.eq_ignore_ascii_case("parquet") {
                    return Err(Failure::Tool(format!(
                        "The data file {} is {}; this reader reads Parquet only.",
                        file.path, file.format
                    )));
                }
                let deletes = loader
                    .load(&file, &index.for_data_file(&file))
                    .map_err(|e| refused(&e))?;
                let mut file_fields = read_fields.clone();
                for needed in deletes.needed_fields() {
                    if file_fields.iter().any(|f| f["id"] == needed["id"]) {
                        continue;
                    }
                    let name = needed["name"].as_str().unwrap_or_default().to_string();
                    if file_fields
                        .iter()
                        .any(|f| f["name"].as_str() == Some(name.as_str()))
                    {
                        return Err(refused(&format!(
                            "an equality delete compares the dropped column {name:?}, whose name a current column now has"
                        )));
                    }
                    if !hidden.contains(&name) {
                        hidden.push(name);
                    }
                    file_fields.push(needed);
                }
                let position = Cell::new(0u64);
                let deleted = Cell::new(0u64);
                let keep = |row: &Value| {
                    let pos = position.get();
                    position.set(pos + 1);
                    if deletes.is_deleted(pos, row) {
                        deleted.set(deleted.get() + 1);
                        return false;
                    }
                    predicate.as_ref().is_none_or(|p| p.keeps(row))
                };
                let location = warehouse_object(&file.path, warehouse, "data file")?;
                let want = Want {
                    rows: limit as usize,
                    keep: &keep,
                    max_scanned: max_scanned - stats.scanned,
                };
                let read = read_rows(
                    &S3File { s3: &s3, location },
                    file.size,
                    &file_fields,
                    &want,
                    &mut rows,
                )
                .map_err(|e| {
                    Failure::Tool(format!("Could not read the data file {}: {e}", file.path))
                })?;
                stats.files_read += 1;
                stats.scanned += read.scanned;
                stats.deleted += deleted.get();
                if (read.scanned as i64) < file.record_count {
                    complete = false;
                }
            }
        }
        stats.delete_files_read = loader.files_read;
    }
    for row in &mut rows {
        if let Value::Object(obj) = row {
            for column in &hidden {
                obj.remove(column);
            }
        }
    }
    out.insert("rowCount".into(), json!(rows.len()));
    out.insert("rows".into(), Value::Array(rows));
    out.insert("filesRead".into(), json!(stats.files_read));
    out.insert("filesPruned".into(), json!(stats.files_pruned));
    out.insert("manifestsPruned".into(), json!(stats.manifests_pruned));
    out.insert("deleteFilesRead".into(), json!(stats.delete_files_read));
    out.insert("rowsDeleted".into(), json!(stats.deleted));
    out.insert("rowsScanned".into(), json!(stats.scanned));
    out.insert(
        "scanLimitReached".into(),
        json!(!complete && stats.scanned >= max_scanned),
    );
    out.insert("truncated".into(), json!(!complete));
    Ok(Value::Object(out))
}

/// The table's files, read only from its warehouse bucket.
struct TableFiles<'a> {
    s3: &'a S3<'a>,
    warehouse: Option<&'a str>,
}

impl OpenFile for TableFiles<'_> {
    fn open(&self, path: &str) -> Result<Box<dyn RangeSource + '_>, String> {
        let location =
            warehouse_object(path, self.warehouse, "delete file").map_err(|f| match f {
                Failure::Tool(m) | Failure::Schema(m) => m,
            })?;
        Ok(Box::new(S3File {
            s3: self.s3,
            location,
        }))
    }
}

/// What one read did.
#[derive(Default)]
struct Stats {
    files_read: usize,
    files_pruned: usize,
    manifests_pruned: usize,
    delete_files_read: usize,
    /// Rows decoded (kept, filtered out or deleted).
    scanned: u64,
    /// Rows skipped because a delete applies to them.
    deleted: u64,
}

/// The top-level field `id`: from the schema being read, else from any of the table's schemas
/// (an equality delete may name a column dropped since), newest first.
fn field_by_id(meta: &Value, read: &[Value], id: i64) -> Option<Value> {
    let by_id = |fields: &[Value]| {
        fields
            .iter()
            .find(|f| f["id"].as_i64() == Some(id))
            .cloned()
    };
    by_id(read).or_else(|| {
        meta["schemas"]
            .as_array()?
            .iter()
            .rev()
            .find_map(|s| by_id(s["fields"].as_array()?))
    })
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
