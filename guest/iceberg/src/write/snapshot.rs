//! The table metadata that makes an append the table's current snapshot: the parent's
//! metadata with one more snapshot, `main` pointing at it, the sequence number advanced, and
//! the logs extended — everything else (schemas, specs, properties, other refs) kept as read.
//! Also the names of the files an append writes, in the layout Iceberg writers use.

use crate::metadata::find_snapshot;
use serde_json::{json, Map, Value};

/// Why the table's metadata cannot take an append from this server.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SnapshotError {
    #[error("the table's metadata has no {0}")]
    Missing(&'static str),
    #[error(
        "appending is supported for Iceberg format version 2 tables; this table is version {0}"
    )]
    FormatVersion(i64),
}

/// The new snapshot, as the append built it.
pub struct NewSnapshot<'a> {
    pub snapshot_id: i64,
    pub manifest_list: &'a str,
    pub timestamp_ms: i64,
    pub added_files: u64,
    pub added_records: u64,
    pub added_files_size: u64,
    pub changed_partitions: u64,
    /// Recorded in the summary (`CLIENT_TOKEN_KEY`): a repeated call with the same token
    /// finds this snapshot instead of appending again.
    pub client_token: &'a str,
}

/// The snapshot-summary property that holds the appending call's client token.
pub const CLIENT_TOKEN_KEY: &str = "s3tables-mcp.client-token";

/// The snapshot in `meta` whose summary holds this client token, if the table still keeps it.
pub fn find_by_client_token<'m>(meta: &'m Value, token: &str) -> Option<&'m Value> {
    meta["snapshots"]
        .as_array()?
        .iter()
        .find(|s| s["summary"][CLIENT_TOKEN_KEY].as_str() == Some(token))
}

/// What the parent metadata says about where the append goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Parent {
    pub snapshot_id: Option<i64>,
    pub sequence_number: i64,
    pub schema_id: i64,
    pub spec_id: i64,
}

/// Reads what an append needs from the table's current metadata, refusing what it cannot
/// append to.
pub fn parent(meta: &Value) -> Result<Parent, SnapshotError> {
    let version = meta["format-version"]
        .as_i64()
        .ok_or(SnapshotError::Missing("format-version"))?;
    if version != 2 {
        return Err(SnapshotError::FormatVersion(version));
    }
    Ok(Parent {
        snapshot_id: meta["current-snapshot-id"].as_i64().filter(|id| *id != -1),
        sequence_number: meta["last-sequence-number"]
            .as_i64()
            .ok_or(SnapshotError::Missing("last-sequence-number"))?,
        schema_id: meta["current-schema-id"]
            .as_i64()
            .ok_or(SnapshotError::Missing("current-schema-id"))?,
        spec_id: meta["default-spec-id"]
            .as_i64()
            .ok_or(SnapshotError::Missing("default-spec-id"))?,
    })
}

/// The parent's metadata with `snapshot` appended and made current on `main`.
pub fn next_metadata(
    meta: &Value,
    metadata_location: &str,
    snapshot: &NewSnapshot,
) -> Result<Value, SnapshotError> {
    let parent = parent(meta)?;
    let sequence_number = parent.sequence_number + 1;
    let mut next = meta.clone();
    let obj = next
        .as_object_mut()
        .ok_or(SnapshotError::Missing("top-level object"))?;
    let parent_snapshot = parent.snapshot_id.and_then(|id| find_snapshot(meta, id));
    let mut entry = Map::new();
    entry.insert("snapshot-id".into(), json!(snapshot.snapshot_id));
    if let Some(p) = parent.snapshot_id {
        entry.insert("parent-snapshot-id".into(), json!(p));
    }
    entry.insert("sequence-number".into(), json!(sequence_number));
    entry.insert("timestamp-ms".into(), json!(snapshot.timestamp_ms));
    entry.insert("manifest-list".into(), json!(snapshot.manifest_list));
    entry.insert(
        "summary".into(),
        summary(parent_snapshot.map(|s| &s["summary"]), snapshot),
    );
    entry.insert("schema-id".into(), json!(parent.schema_id));
    push(obj, "snapshots", Value::Object(entry));
    push(
        obj,
        "snapshot-log",
        json!({"snapshot-id": snapshot.snapshot_id, "timestamp-ms": snapshot.timestamp_ms}),
    );
    let last_updated = meta["last-updated-ms"].as_i64().unwrap_or(0);
    push(
        obj,
        "metadata-log",
        json!({"metadata-file": metadata_location, "timestamp-ms": last_updated}),
    );
    trim_metadata_log(obj);
    obj.insert("current-snapshot-id".into(), json!(snapshot.snapshot_id));
    obj.insert("last-sequence-number".into(), json!(sequence_number));
    obj.insert(
        "last-updated-ms".into(),
        json!(snapshot.timestamp_ms.max(last_updated)),
    );
    let refs = obj
        .entry("refs")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or(SnapshotError::Missing("refs object"))?;
    let main = refs.entry("main").or_insert_with(|| json!({}));
    main["snapshot-id"] = json!(snapshot.snapshot_id);
    main["type"] = json!("branch");
    Ok(next)
}

/// Keeps the newest `write.metadata.previous-versions-max` entries of the metadata log (100
/// unless the table says otherwise), as Iceberg writers do, so it does not grow forever.
fn trim_metadata_log(obj: &mut Map<String, Value>) {
    let max = obj
        .get("properties")
        .and_then(|p| p.get(PREVIOUS_VERSIONS_MAX))
        .and_then(Value::as_str)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(DEFAULT_PREVIOUS_VERSIONS_MAX)
        .max(1);
    if let Some(Value::Array(log)) = obj.get_mut("metadata-log") {
        let excess = log.len().saturating_sub(max);
        log.drain(..excess);
    }
}

const PREVIOUS_VERSIONS_MAX: &str = "write.metadata.previous-versions-max";
const DEFAULT_PREVIOUS_VERSIONS_MAX: usize = 100;

fn push(obj: &mut Map<String, Value>, key: &str, value: Value) {
    match obj.get_mut(key) {
        Some(Value::Array(items)) => items.push(value),
        _ => {
            obj.insert(key.into(), Value::Array(vec![value]));
        }
    }
}

/// The snapshot summary, with the running totals Iceberg writers keep (a total is carried only
/// when the parent has it, or there is no parent: a missing total stays missing, not wrong).
fn summary(parent: Option<&Value>, s: &NewSnapshot) -> Value {
    let mut out = Map::new();
    out.insert("operation".into(), json!("append"));
    let added = [
        ("added-data-files", "total-data-files", s.added_files),
        ("added-records", "total-records", s.added_records),
        ("added-files-size", "total-files-size", s.added_files_size),
    ];
    for (key, _, n) in added {
        out.insert(key.into(), json!(n.to_string()));
    }
    out.insert(
        "changed-partition-count".into(),
        json!(s.changed_partitions.to_string()),
    );
    out.insert(CLIENT_TOKEN_KEY.into(), json!(s.client_token));
    let parent_total = |key: &str| -> Option<u64> {
        match parent {
            None => Some(0),
            Some(summary) => summary[key].as_str()?.parse().ok(),
        }
    };
    for (_, total, n) in added {
        if let Some(before) = parent_total(total) {
            out.insert(total.into(), json!((before + n).to_string()));
        }
    }
    for unchanged in [
        "total-delete-files",
        "total-position-deletes",
        "total-equality-deletes",
    ] {
        if let Some(before) = parent_total(unchanged) {
            out.insert(unchanged.into(), json!(before.to_string()));
        }
    }
    Value::Object(out)
}

/// The first metadata of a table created by this server: format version 2, `schema` as its
/// only schema (id 0), unpartitioned, unsorted, no snapshots.
pub fn new_table_metadata(location: &str, schema: &Value, table_uuid: &str, now_ms: i64) -> Value {
    let mut schema = schema.clone();
    schema["schema-id"] = json!(0);
    json!({
        "format-version": 2,
        "table-uuid": table_uuid,
        "location": location.trim_end_matches('/'),
        "last-sequence-number": 0,
        "last-updated-ms": now_ms,
        "last-column-id": max_field_id(&schema),
        "current-schema-id": 0,
        "schemas": [schema],
        "default-spec-id": 0,
        "partition-specs": [{"spec-id": 0, "fields": []}],
        "last-partition-id": 999,
        "default-sort-order-id": 0,
        "sort-orders": [{"order-id": 0, "fields": []}],
        "properties": {"write.parquet.compression-codec": "zstd"},
        "snapshots": [],
        "snapshot-log": [],
        "metadata-log": [],
        "refs": {},
    })
}

/// The largest field id anywhere in a schema (struct fields, list elements, map keys/values).
fn max_field_id(value: &Value) -> i64 {
    let own = ["id", "element-id", "key-id", "value-id"]
        .iter()
        .filter_map(|k| value.get(k).and_then(Value::as_i64))
        .max()
        .unwrap_or(0);
    let nested = match value {
        Value::Object(obj) => obj.values().map(max_field_id).max().unwrap_or(0),
        Value::Array(items) => items.iter().map(max_field_id).max().unwrap_or(0),
        _ => 0,
    };
    own.max(nested)
}

/// A random (version 4) UUID from 128 random bits.
pub fn uuid(high: u64, low: u64) -> String {
    let mut bits = [0u8; 16];
    bits[..8].copy_from_slice(&high.to_be_bytes());
    bits[8..].copy_from_slice(&low.to_be_bytes());
    crate::text::random_uuid(bits)
}

/// A snapshot id: positive, as Iceberg writers make them.
pub fn snapshot_id(random: u64) -> i64 {
    (random >> 1) as i64 | 1
}

/// The next metadata file's name: `<version+1, 5 digits>-<uuid>.metadata.json`, the version
/// taken from the current file's name (`00003-….metadata.json`), or 1 past none.
pub fn next_metadata_name(current_location: &str, uuid: &str) -> String {
    let name = current_location.rsplit('/').next().unwrap_or("");
    let version = name
        .split_once('-')
        .and_then(|(v, _)| v.parse::<u64>().ok())
        .unwrap_or(0);
    format!("{:05}-{uuid}.metadata.json", version + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> Value {
        json!({
            "format-version": 2, "table-uuid": "t", "location": "s3://b--table-s3",
            "last-sequence-number": 3, "last-updated-ms": 1000, "last-column-id": 1,
            "current-schema-id": 0, "schemas": [{"type": "struct", "schema-id": 0, "fields": []}],
            "default-spec-id": 0, "partition-specs": [{"spec-id": 0, "fields": []}],
            "last-partition-id": 999, "properties": {"k": "v"},
            "current-snapshot-id": 5,
            "snapshots": [{"snapshot-id": 5, "sequence-number": 3, "timestamp-ms": 900,
                "manifest-list": "s3://b--table-s3/metadata/snap-5.avro",
                "summary": {"operation": "append", "total-records": "10",
                    "total-data-files": "2", "total-files-size": "100",
                    "total-delete-files": "0"}}],
            "snapshot-log": [{"snapshot-id": 5, "timestamp-ms": 900}],
            "metadata-log": [],
            "refs": {"main": {"snapshot-id": 5, "type": "branch"},
                     "audit": {"snapshot-id": 5, "type": "tag"}},
        })
    }

    fn new_snapshot(list: &str) -> NewSnapshot<'_> {
        NewSnapshot {
            snapshot_id: 77,
            manifest_list: list,
            timestamp_ms: 2000,
            added_files: 1,
            added_records: 4,
            added_files_size: 50,
            changed_partitions: 1,
            client_token: "tok-1",
        }
    }

    #[test]
    fn an_append_becomes_the_current_snapshot_on_main() {
        let next = next_metadata(
            &meta(),
            "s3://b--table-s3/metadata/00003-a.metadata.json",
            &new_snapshot("s3://b--table-s3/metadata/snap-77.avro"),
        )
        .unwrap();
        assert_eq!(next["current-snapshot-id"], 77);
        assert_eq!(next["last-sequence-number"], 4);
        assert_eq!(next["last-updated-ms"], 2000);
        assert_eq!(
            next["refs"]["main"],
            json!({"snapshot-id": 77, "type": "branch"})
        );
        assert_eq!(
            next["refs"]["audit"]["snapshot-id"], 5,
            "other refs are kept"
        );
        assert_eq!(next["properties"], json!({"k": "v"}));
        let snap = &next["snapshots"][1];
        assert_eq!(snap["parent-snapshot-id"], 5);
        assert_eq!(snap["sequence-number"], 4);
        assert_eq!(snap["schema-id"], 0);
        assert_eq!(
            snap["summary"],
            json!({"operation": "append", "added-data-files": "1", "added-records": "4",
                "added-files-size": "50", "changed-partition-count": "1",
                "total-data-files": "3", "total-records": "14", "total-files-size": "150",
                "total-delete-files": "0", "s3tables-mcp.client-token": "tok-1"})
        );
        assert_eq!(
            next["metadata-log"],
            json!([{"metadata-file": "s3://b--table-s3/metadata/00003-a.metadata.json", "timestamp-ms": 1000}])
        );
        assert_eq!(
            next["snapshot-log"][1],
            json!({"snapshot-id": 77, "timestamp-ms": 2000})
        );
    }

    #[test]
    fn the_first_append_has_no_parent_and_starts_the_totals() {
        let mut m = meta();
        m["current-snapshot-id"] = json!(-1);
        m["snapshots"] = json!([]);
        m["refs"] = json!({});
        let next = next_metadata(&m, "x", &new_snapshot("l")).unwrap();
        let snap = &next["snapshots"][0];
        assert!(snap.get("parent-snapshot-id").is_none());
        assert_eq!(snap["summary"]["total-records"], "4");
        assert_eq!(snap["summary"]["total-delete-files"], "0");
    }

    #[test]
    fn a_new_table_takes_the_schema_and_its_highest_field_id() {
        let schema = json!({"type": "struct", "fields": [
            {"id": 1, "name": "a", "required": false, "type": "long"},
            {"id": 2, "name": "b", "required": false, "type": {"type": "list", "element-id": 3, "element": "string", "element-required": false}}]});
        let m = new_table_metadata("s3://b--table-s3/", &schema, "u", 5);
        assert_eq!(m["last-column-id"], 3);
        assert_eq!(m["location"], "s3://b--table-s3");
        assert_eq!(m["schemas"][0]["schema-id"], 0);
        let p = parent(&m).unwrap();
        assert_eq!(
            (p.snapshot_id, p.sequence_number, p.schema_id, p.spec_id),
            (None, 0, 0, 0)
        );
    }

    #[test]
    fn the_metadata_log_keeps_the_newest_entries_the_table_allows() {
        let mut m = meta();
        m["properties"][PREVIOUS_VERSIONS_MAX] = json!("2");
        m["metadata-log"] = json!([{"metadata-file": "a", "timestamp-ms": 1},
                                   {"metadata-file": "b", "timestamp-ms": 2}]);
        let next = next_metadata(&m, "c", &new_snapshot("l")).unwrap();
        let files: Vec<&str> = next["metadata-log"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["metadata-file"].as_str().unwrap())
            .collect();
        assert_eq!(files, ["b", "c"]);
    }

    #[test]
    fn other_format_versions_are_refused() {
        let mut m = meta();
        m["format-version"] = json!(1);
        assert_eq!(parent(&m), Err(SnapshotError::FormatVersion(1)));
    }

    #[test]
    fn names_follow_the_iceberg_layout() {
        assert_eq!(
            next_metadata_name("s3://b/metadata/00007-x-y.metadata.json", "u"),
            "00008-u.metadata.json"
        );
        assert_eq!(
            next_metadata_name("s3://b/metadata/v1.json", "u"),
            "00001-u.metadata.json"
        );
        let u = uuid(u64::MAX, 0);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert_eq!(&u[19..20], "8");
        assert!(snapshot_id(u64::MAX) > 0);
        assert!(snapshot_id(0) > 0);
    }
}
