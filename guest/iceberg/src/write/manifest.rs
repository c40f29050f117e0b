//! The Avro files of an append (Iceberg format v2): one manifest listing the new data files,
//! and the snapshot's manifest list — the new manifest followed by every manifest of the parent
//! snapshot, carried over unchanged (a "fast append": nothing already in the table is
//! rewritten).
//!
//! The Avro schemas are PyIceberg 0.12's own (`manifest_entry_schema_with_data_file(2, …)` and
//! `MANIFEST_LIST_FILE_SCHEMAS[2]` converted with `AvroSchemaConversion().iceberg_to_avro`),
//! kept as JSON beside this file; only the `partition` record of a manifest entry varies, by
//! the table's partition spec.
//!
//! New entries leave their data sequence numbers null, so they inherit the sequence number the
//! manifest list assigns to the manifest (spec: "sequence number inheritance"): the same
//! manifest stays valid when a conflicting commit forces a retry with the next sequence number.

use super::parquet_file::Metrics;
use crate::avro_write::{self, AvroWriteError, Codec};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const MANIFEST_ENTRY_V2: &str = include_str!("manifest_entry_v2.avsc.json");
const MANIFEST_FILE_V2: &str = include_str!("manifest_file_v2.avsc.json");

/// Manifest entry status: the file was added by the snapshot that wrote the manifest.
const STATUS_ADDED: i64 = 1;
/// Data file and manifest content: data (not deletes).
const CONTENT_DATA: i64 = 0;

/// A data file written by this append, as its manifest entry needs it.
pub struct NewDataFile {
    pub path: String,
    pub size: u64,
    pub record_count: u64,
    /// The partition tuple as the Avro `partition` record (`{}` when unpartitioned).
    pub partition: Value,
    pub metrics: Metrics,
}

/// What describes the table the manifest belongs to (written into the manifest's header).
pub struct TableContext<'a> {
    /// The current schema's JSON (with `schema-id`).
    pub schema: &'a Value,
    /// The default partition spec's JSON (`spec-id`, `fields`).
    pub spec: &'a Value,
    /// The Avro record schema of the spec's partition tuple (named `r102`).
    pub partition_schema: Value,
}

/// The manifest listing `files`, added by snapshot `snapshot_id`.
pub fn manifest(
    table: &TableContext,
    snapshot_id: i64,
    files: &[NewDataFile],
) -> Result<Vec<u8>, AvroWriteError> {
    let schema = entry_schema(table.partition_schema.clone());
    let spec_id = table.spec["spec-id"].as_i64().unwrap_or(0);
    let header = [
        ("schema", table.schema.to_string()),
        ("partition-spec", table.spec["fields"].to_string()),
        ("partition-spec-id", spec_id.to_string()),
        ("format-version", "2".to_string()),
        ("content", "data".to_string()),
    ];
    let entries: Vec<Value> = files.iter().map(|f| entry(snapshot_id, f)).collect();
    avro_write::write(&schema, &header, &entries, Codec::Deflate)
}

fn entry_schema(partition: Value) -> Value {
    let mut schema: Value =
        serde_json::from_str(MANIFEST_ENTRY_V2).expect("the bundled manifest schema is JSON");
    if let Some(fields) = schema
        .pointer_mut("/fields/4/type/fields")
        .and_then(Value::as_array_mut)
    {
        for field in fields.iter_mut() {
            if field["name"] == "partition" {
                field["type"] = partition.clone();
            }
        }
    }
    schema
}

fn entry(snapshot_id: i64, f: &NewDataFile) -> Value {
    json!({
        "status": STATUS_ADDED,
        "snapshot_id": snapshot_id,
        "sequence_number": null,
        "file_sequence_number": null,
        "data_file": {
            "content": CONTENT_DATA,
            "file_path": f.path,
            "file_format": "PARQUET",
            "partition": f.partition,
            "record_count": f.record_count,
            "file_size_in_bytes": f.size,
            "column_sizes": counts(&f.metrics.column_sizes),
            "value_counts": counts(&f.metrics.value_counts),
            "null_value_counts": counts(&f.metrics.null_value_counts),
            "nan_value_counts": counts(&f.metrics.nan_value_counts),
            "lower_bounds": bounds(&f.metrics.lower_bounds),
            "upper_bounds": bounds(&f.metrics.upper_bounds),
            "key_metadata": null,
            "split_offsets": null,
            "equality_ids": null,
            "sort_order_id": null,
        },
    })
}

/// An Iceberg map in Avro: an array of `{key, value}` records.
fn counts(map: &BTreeMap<i32, i64>) -> Value {
    Value::Array(
        map.iter()
            .map(|(k, v)| json!({"key": k, "value": v}))
            .collect(),
    )
}

fn bounds(map: &BTreeMap<i32, Vec<u8>>) -> Value {
    Value::Array(
        map.iter()
            .map(|(k, v)| json!({"key": k, "value": crate::text::hex(v)}))
            .collect(),
    )
}

/// The new manifest's entry in the manifest list.
pub struct NewManifest<'a> {
    pub path: &'a str,
    pub length: u64,
    pub spec_id: i64,
    pub files: &'a [NewDataFile],
}

/// A snapshot's manifest list: the new manifest first, then the parent's manifests as read
/// (records of the parent's manifest list, by field name).
pub fn manifest_list(
    new: &NewManifest,
    snapshot_id: i64,
    parent_snapshot_id: Option<i64>,
    sequence_number: i64,
    carried: &[Value],
) -> Result<Vec<u8>, AvroWriteError> {
    let schema: Value =
        serde_json::from_str(MANIFEST_FILE_V2).expect("the bundled manifest list schema is JSON");
    let header = [
        ("snapshot-id", snapshot_id.to_string()),
        (
            "parent-snapshot-id",
            parent_snapshot_id.map_or_else(|| "null".to_string(), |p| p.to_string()),
        ),
        ("sequence-number", sequence_number.to_string()),
        ("format-version", "2".to_string()),
    ];
    let mut records = vec![list_entry(new, snapshot_id, sequence_number)];
    // Kept as read; fields an older writer left out are written as null.
    records.extend(carried.iter().cloned());
    avro_write::write(&schema, &header, &records, Codec::Deflate)
}

fn list_entry(new: &NewManifest, snapshot_id: i64, sequence_number: i64) -> Value {
    let rows: u64 = new.files.iter().map(|f| f.record_count).sum();
    json!({
        "manifest_path": new.path,
        "manifest_length": new.length,
        "partition_spec_id": new.spec_id,
        "content": CONTENT_DATA,
        "sequence_number": sequence_number,
        "min_sequence_number": sequence_number,
        "added_snapshot_id": snapshot_id,
        "added_files_count": new.files.len(),
        "existing_files_count": 0,
        "deleted_files_count": 0,
        "added_rows_count": rows,
        "existing_rows_count": 0,
        "deleted_rows_count": 0,
        // Optional; readers that prune by partition summaries treat a missing one as "may match".
        "partitions": null,
        "key_metadata": null,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::avro;

    fn file(path: &str, rows: u64) -> NewDataFile {
        let mut metrics = Metrics::default();
        metrics.value_counts.insert(1, rows as i64);
        metrics.null_value_counts.insert(1, 0);
        metrics.lower_bounds.insert(1, 7i32.to_le_bytes().to_vec());
        metrics.upper_bounds.insert(1, 9i32.to_le_bytes().to_vec());
        NewDataFile {
            path: path.into(),
            size: 1234,
            record_count: rows,
            partition: json!({"day": 19000}),
            metrics,
        }
    }

    fn context<'a>(schema: &'a Value, spec: &'a Value) -> TableContext<'a> {
        TableContext {
            schema,
            spec,
            partition_schema: json!({"type": "record", "name": "r102", "fields": [
                {"name": "day", "type": ["null", "int"], "field-id": 1000, "default": null}]}),
        }
    }

    #[test]
    fn a_manifest_reads_back_with_inherited_sequence_numbers() {
        let schema = json!({"type": "struct", "schema-id": 0, "fields": [
            {"id": 1, "name": "n", "required": true, "type": "int"}]});
        let spec = json!({"spec-id": 0, "fields": [
            {"source-id": 1, "field-id": 1000, "name": "day", "transform": "day"}]});
        let bytes = manifest(
            &context(&schema, &spec),
            42,
            &[file("s3://b--table-s3/data/a.parquet", 3)],
        )
        .unwrap();
        let read = avro::read(&bytes).unwrap();
        assert_eq!(read.metadata["content"], "data");
        assert_eq!(read.metadata["format-version"], "2");
        assert_eq!(read.metadata["partition-spec-id"], "0");
        assert_eq!(
            serde_json::from_str::<Value>(&read.metadata["schema"]).unwrap(),
            schema
        );
        let e = &read.records[0];
        assert_eq!(e["status"], 1);
        assert_eq!(e["snapshot_id"], 42);
        assert_eq!(e["sequence_number"], Value::Null);
        let d = &e["data_file"];
        assert_eq!(d["file_path"], "s3://b--table-s3/data/a.parquet");
        assert_eq!(d["partition"], json!({"day": 19000}));
        assert_eq!(d["record_count"], 3);
        assert_eq!(d["lower_bounds"], json!([{"key": 1, "value": "07000000"}]));
        assert_eq!(d["value_counts"], json!([{"key": 1, "value": 3}]));
    }

    #[test]
    fn a_manifest_list_puts_the_new_manifest_first_and_keeps_the_parents() {
        let files = [file("a", 3), file("b", 4)];
        let new = NewManifest {
            path: "s3://b--table-s3/metadata/m1.avro",
            length: 99,
            spec_id: 0,
            files: &files,
        };
        let parent = json!({"manifest_path": "s3://b--table-s3/metadata/m0.avro",
            "manifest_length": 50, "partition_spec_id": 0, "content": 0,
            "sequence_number": 1, "min_sequence_number": 1, "added_snapshot_id": 7,
            "added_files_count": 1, "existing_files_count": 0, "deleted_files_count": 0,
            "added_rows_count": 5, "existing_rows_count": 0, "deleted_rows_count": 0,
            "partitions": [{"contains_null": false, "contains_nan": null,
                            "lower_bound": "0a000000", "upper_bound": "0b000000"}],
            "key_metadata": null});
        let bytes = manifest_list(&new, 8, Some(7), 2, std::slice::from_ref(&parent)).unwrap();
        let read = avro::read(&bytes).unwrap();
        assert_eq!(read.metadata["parent-snapshot-id"], "7");
        assert_eq!(read.metadata["sequence-number"], "2");
        assert_eq!(read.records.len(), 2);
        let first = &read.records[0];
        assert_eq!(first["manifest_path"], "s3://b--table-s3/metadata/m1.avro");
        assert_eq!(first["sequence_number"], 2);
        assert_eq!(first["added_files_count"], 2);
        assert_eq!(first["added_rows_count"], 7);
        assert_eq!(read.records[1], parent);
    }
}
