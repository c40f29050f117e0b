//! Table metadata → what `describe_table` reports: the current schema (Iceberg's own JSON
//! types, nested structs, lists and maps as written), partition specs and sort order with
//! the names of their source columns, properties, the current snapshot and a bounded history.

use super::time::iso8601_millis;
use crate::metadata::find_snapshot;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// Field id → dotted column name (`address.city`, `tags.element`, `attrs.key`), over every
/// nesting level, so partition and sort fields on nested columns are named too.
pub fn column_names(schema: &Value) -> HashMap<i64, String> {
    let mut names = HashMap::new();
    if let Some(fields) = schema.get("fields").and_then(Value::as_array) {
        walk_fields(fields, "", &mut names);
    }
    names
}

fn walk_fields(fields: &[Value], prefix: &str, names: &mut HashMap<i64, String>) {
    for f in fields {
        let (Some(id), Some(name)) = (f["id"].as_i64(), f["name"].as_str()) else {
            continue;
        };
        let path = format!("{prefix}{name}");
        walk_type(&f["type"], &path, names);
        names.insert(id, path);
    }
}

fn walk_type(t: &Value, path: &str, names: &mut HashMap<i64, String>) {
    match t["type"].as_str() {
        Some("struct") => {
            if let Some(fields) = t["fields"].as_array() {
                walk_fields(fields, &format!("{path}."), names);
            }
        }
        Some("list") => {
            let element = format!("{path}.element");
            walk_type(&t["element"], &element, names);
            if let Some(id) = t["element-id"].as_i64() {
                names.insert(id, element);
            }
        }
        Some("map") => {
            for (part, id_key) in [("key", "key-id"), ("value", "value-id")] {
                let p = format!("{path}.{part}");
                walk_type(&t[part], &p, names);
                if let Some(id) = t[id_key].as_i64() {
                    names.insert(id, p);
                }
            }
        }
        _ => {}
    }
}

/// The schema with `current-schema-id` (or format version 1's single `schema`).
pub fn current_schema(meta: &Value) -> Option<&Value> {
    let id = meta["current-schema-id"].as_i64();
    match meta["schemas"].as_array() {
        Some(schemas) => schemas
            .iter()
            .find(|s| s["schema-id"].as_i64() == id)
            .or_else(|| schemas.last()),
        None => meta.get("schema"),
    }
    .or_else(|| meta.get("schema"))
}

/// The current snapshot id: `current-snapshot-id` (absent, null or -1: none), else `refs.main`.
pub fn current_snapshot_id(meta: &Value) -> Option<i64> {
    meta["current-snapshot-id"]
        .as_i64()
        .filter(|id| *id != -1)
        .or_else(|| meta["refs"]["main"]["snapshot-id"].as_i64())
}

/// The current snapshot (`current_snapshot_id`), if the metadata has it.
pub fn current_snapshot(meta: &Value) -> Option<&Value> {
    find_snapshot(meta, current_snapshot_id(meta)?)
}

fn snapshot(s: &Value) -> Value {
    let mut out = Map::new();
    out.insert("snapshotId".into(), s["snapshot-id"].clone());
    if let Some(parent) = s.get("parent-snapshot-id") {
        out.insert("parentSnapshotId".into(), parent.clone());
    }
    if let Some(seq) = s.get("sequence-number") {
        out.insert("sequenceNumber".into(), seq.clone());
    }
    if let Some(ms) = s["timestamp-ms"].as_i64() {
        out.insert("timestamp".into(), json!(iso8601_millis(ms)));
        out.insert("timestampMs".into(), json!(ms));
    }
    if let Some(op) = s["summary"]["operation"].as_str() {
        out.insert("operation".into(), json!(op));
    }
    if let Some(summary) = s.get("summary") {
        out.insert("summary".into(), summary.clone());
    }
    if let Some(schema_id) = s.get("schema-id") {
        out.insert("schemaId".into(), schema_id.clone());
    }
    if let Some(list) = s.get("manifest-list") {
        out.insert("manifestList".into(), list.clone());
    }
    Value::Object(out)
}

fn named(fields: &Value, names: &HashMap<i64, String>, keep: &[(&str, &str)]) -> Value {
    let items = fields.as_array().map(Vec::as_slice).unwrap_or_default();
    Value::Array(
        items
            .iter()
            .map(|f| {
                let mut out = Map::new();
                for (from, to) in keep {
                    if let Some(v) = f.get(*from) {
                        out.insert(to.to_string(), v.clone());
                    }
                }
                if let Some(name) = f["source-id"].as_i64().and_then(|id| names.get(&id)) {
                    out.insert("sourceColumn".into(), json!(name));
                }
                Value::Object(out)
            })
            .collect(),
    )
}

/// The `describe_table` summary of `meta`, with at most `max_snapshots` history entries.
pub fn describe(meta: &Value, max_snapshots: usize) -> Value {
    let schema = current_schema(meta).cloned().unwrap_or(Value::Null);
    let names = column_names(&schema);
    let default_spec = meta["default-spec-id"].as_i64().unwrap_or(0);
    let specs: Vec<Value> = match meta["partition-specs"].as_array() {
        Some(specs) => specs.clone(),
        // Format version 1: one spec, its fields inline.
        None => vec![json!({"spec-id": 0, "fields": meta["partition-spec"].clone()})],
    };
    let partition_specs: Vec<Value> = specs
        .iter()
        .map(|s| {
            json!({
                "specId": s["spec-id"],
                "isDefault": s["spec-id"].as_i64() == Some(default_spec),
                "fields": named(&s["fields"], &names, &[("field-id", "fieldId"), ("name", "name"), ("source-id", "sourceId"), ("transform", "transform")]),
            })
        })
        .collect();
    let default_order = meta["default-sort-order-id"].as_i64().unwrap_or(0);
    let sort_order = meta["sort-orders"]
        .as_array()
        .and_then(|orders| orders.iter().find(|o| o["order-id"].as_i64() == Some(default_order)))
        .map(|o| {
            json!({
                "orderId": o["order-id"],
                "fields": named(&o["fields"], &names, &[("source-id", "sourceId"), ("transform", "transform"), ("direction", "direction"), ("null-order", "nullOrder")]),
            })
        })
        .unwrap_or_else(|| json!({"orderId": 0, "fields": []}));

    let mut snapshots: Vec<&Value> = meta["snapshots"]
        .as_array()
        .map(|s| s.iter().collect())
        .unwrap_or_default();
    snapshots.sort_by_key(|s| std::cmp::Reverse(s["timestamp-ms"].as_i64().unwrap_or(i64::MIN)));
    let current = current_snapshot(meta);

    let mut out = Map::new();
    out.insert("formatVersion".into(), meta["format-version"].clone());
    out.insert("tableUuid".into(), meta["table-uuid"].clone());
    out.insert("location".into(), meta["location"].clone());
    if let Some(ms) = meta["last-updated-ms"].as_i64() {
        out.insert("lastUpdated".into(), json!(iso8601_millis(ms)));
    }
    out.insert("currentSchemaId".into(), schema["schema-id"].clone());
    out.insert(
        "schemaCount".into(),
        json!(meta["schemas"].as_array().map_or(1, Vec::len)),
    );
    let mut schema_out = Map::new();
    schema_out.insert("schemaId".into(), schema["schema-id"].clone());
    schema_out.insert(
        "fields".into(),
        schema.get("fields").cloned().unwrap_or(json!([])),
    );
    if let Some(ids) = schema.get("identifier-field-ids") {
        schema_out.insert("identifierFieldIds".into(), ids.clone());
    }
    out.insert("schema".into(), Value::Object(schema_out));
    out.insert("partitionSpecs".into(), Value::Array(partition_specs));
    out.insert("sortOrder".into(), sort_order);
    out.insert(
        "properties".into(),
        meta.get("properties").cloned().unwrap_or(json!({})),
    );
    out.insert(
        "currentSnapshot".into(),
        current.map_or(Value::Null, snapshot),
    );
    out.insert("snapshotCount".into(), json!(snapshots.len()));
    out.insert(
        "snapshots".into(),
        Value::Array(
            snapshots
                .iter()
                .take(max_snapshots)
                .map(|s| snapshot(s))
                .collect(),
        ),
    );
    out.insert(
        "snapshotsTruncated".into(),
        json!(snapshots.len() > max_snapshots),
    );
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> Value {
        json!({
            "format-version": 2, "table-uuid": "u", "location": "s3://b--table-s3",
            "last-updated-ms": 1_700_000_000_000i64, "current-schema-id": 1,
            "schemas": [
                {"schema-id": 0, "fields": [{"id": 1, "name": "old", "required": true, "type": "long"}]},
                {"schema-id": 1, "fields": [
                    {"id": 1, "name": "id", "required": true, "type": "long"},
                    {"id": 2, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                        {"id": 5, "name": "city", "required": false, "type": "string"}]}},
                    {"id": 3, "name": "tags", "required": false, "type": {"type": "list", "element-id": 6, "element": "string", "element-required": false}},
                    {"id": 4, "name": "attrs", "required": false, "type": {"type": "map", "key-id": 7, "key": "string", "value-id": 8, "value": "double", "value-required": false}}
                ]}
            ],
            "default-spec-id": 0,
            "partition-specs": [{"spec-id": 0, "fields": [{"source-id": 5, "field-id": 1000, "name": "city", "transform": "identity"}]}],
            "default-sort-order-id": 0, "sort-orders": [{"order-id": 0, "fields": []}],
            "properties": {"write.parquet.compression-codec": "zstd"},
            "current-snapshot-id": 20,
            "snapshots": [
                {"snapshot-id": 10, "timestamp-ms": 1_700_000_000_000i64, "sequence-number": 1, "summary": {"operation": "append", "total-records": "3"}, "manifest-list": "s3://b--table-s3/metadata/snap-10.avro"},
                {"snapshot-id": 20, "parent-snapshot-id": 10, "timestamp-ms": 1_700_000_060_000i64, "sequence-number": 2, "summary": {"operation": "append", "total-records": "6"}, "manifest-list": "s3://b--table-s3/metadata/snap-20.avro"}
            ]
        })
    }

    #[test]
    fn nested_columns_are_named_by_path() {
        let names = column_names(current_schema(&meta()).unwrap());
        assert_eq!(names[&5], "address.city");
        assert_eq!(names[&6], "tags.element");
        assert_eq!(
            (names[&7].as_str(), names[&8].as_str()),
            ("attrs.key", "attrs.value")
        );
    }

    #[test]
    fn summarizes_schema_specs_and_snapshots_newest_first() {
        let d = describe(&meta(), 1);
        assert_eq!(d["schemaCount"], 2);
        assert_eq!(d["schema"]["fields"][0]["name"], "id");
        assert_eq!(d["schema"]["fields"][3]["type"]["value"], "double");
        assert_eq!(
            d["partitionSpecs"][0]["fields"][0]["sourceColumn"],
            "address.city"
        );
        assert_eq!(d["currentSnapshot"]["snapshotId"], 20);
        assert_eq!(
            d["currentSnapshot"]["timestamp"],
            "2023-11-14T22:14:20.000Z"
        );
        assert_eq!(d["currentSnapshot"]["operation"], "append");
        assert_eq!(d["snapshotCount"], 2);
        assert_eq!(d["snapshots"].as_array().unwrap().len(), 1);
        assert_eq!(d["snapshots"][0]["snapshotId"], 20);
        assert_eq!(d["snapshotsTruncated"], true);
    }

    #[test]
    fn an_empty_v1_table_has_no_current_snapshot() {
        let v1 = json!({"format-version": 1, "location": "s3://b--table-s3", "current-snapshot-id": -1,
            "schema": {"type": "struct", "fields": [{"id": 1, "name": "a", "required": false, "type": "int"}]},
            "partition-spec": [{"source-id": 1, "field-id": 1000, "name": "a_bucket", "transform": "bucket[4]"}]});
        let d = describe(&v1, 10);
        assert_eq!(d["currentSnapshot"], Value::Null);
        assert_eq!(d["schemaCount"], 1);
        assert_eq!(d["partitionSpecs"][0]["fields"][0]["sourceColumn"], "a");
        assert_eq!(d["snapshots"], json!([]));
    }
}
