//! Iceberg metadata tables, read-only, named as Trino names them: `"orders$snapshots"`,
//! `"orders$history"`, `"orders$refs"` — built from the table's current metadata file — and
//! `"orders$manifests"`, from its current snapshot's manifest list, so a model can ask in SQL
//! which snapshots exist, when each became current, what the branches and tags point at, and
//! how the files are spread; and `"orders$files"` and `"orders$partitions"`, from every
//! manifest of the current snapshot (live entries only), so it can ask which partitions are
//! biggest. A partition value is its JSON text (`{"region":"eu"}`): one column for every
//! partition spec, comparable and groupable.

use crate::iceberg::metadata::find_snapshot;
use crate::iceberg::scan::{DeleteKind, Entries};
use crate::iceberg::time::iso8601_millis;
use serde_json::{json, Map, Value};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Snapshots,
    History,
    Refs,
    Manifests,
    Files,
    Partitions,
}

/// Every metadata table offered, by suffix.
const KINDS: [(&str, Kind); 6] = [
    ("snapshots", Kind::Snapshots),
    ("history", Kind::History),
    ("refs", Kind::Refs),
    ("manifests", Kind::Manifests),
    ("files", Kind::Files),
    ("partitions", Kind::Partitions),
];
/// Suffixes Trino or Spark have that this server does not offer (yet).
const NOT_OFFERED: [&str; 4] = [
    "all_manifests",
    "all_files",
    "entries",
    "metadata_log_entries",
];

/// `orders$snapshots` → `("orders", Snapshots)`; `Ok(None)` for a plain table name.
pub fn split(name: &str) -> Result<Option<(&str, Kind)>, String> {
    let Some((table, suffix)) = name.split_once('$') else {
        return Ok(None);
    };
    match KINDS.iter().find(|(s, _)| *s == suffix) {
        Some((_, kind)) => Ok(Some((table, *kind))),
        None => Err(format!(
            "{name}: {} metadata table; offered: {}",
            if NOT_OFFERED.contains(&suffix) {
                "not yet an offered"
            } else {
                "no such"
            },
            KINDS
                .iter()
                .map(|(s, _)| format!("{table}${s}"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

fn field(id: i64, name: &str, ty: Value, required: bool) -> Value {
    json!({"id": id, "name": name, "type": ty, "required": required})
}

/// The table's columns, as Iceberg schema fields (for the engine's Arrow schema).
pub fn fields(kind: Kind) -> Vec<Value> {
    let string_map = json!({"type": "map", "key-id": 100, "key": "string", "value-id": 101,
                            "value": "string", "value-required": false});
    match kind {
        Kind::Snapshots => vec![
            field(1, "committed_at", json!("timestamptz"), true),
            field(2, "snapshot_id", json!("long"), true),
            field(3, "parent_id", json!("long"), false),
            field(4, "operation", json!("string"), false),
            field(5, "manifest_list", json!("string"), false),
            field(6, "summary", string_map, false),
        ],
        Kind::History => vec![
            field(1, "made_current_at", json!("timestamptz"), true),
            field(2, "snapshot_id", json!("long"), true),
            field(3, "parent_id", json!("long"), false),
            field(4, "is_current_ancestor", json!("boolean"), true),
        ],
        Kind::Manifests => vec![
            field(1, "path", json!("string"), true),
            field(2, "length", json!("long"), true),
            field(3, "partition_spec_id", json!("int"), true),
            field(4, "added_snapshot_id", json!("long"), false),
            field(5, "content", json!("string"), true),
            field(6, "added_data_files_count", json!("int"), false),
            field(7, "added_rows_count", json!("long"), false),
            field(8, "existing_data_files_count", json!("int"), false),
            field(9, "existing_rows_count", json!("long"), false),
            field(10, "deleted_data_files_count", json!("int"), false),
            field(11, "deleted_rows_count", json!("long"), false),
        ],
        Kind::Files => vec![
            field(1, "content", json!("string"), true),
            field(2, "file_path", json!("string"), true),
            field(3, "file_format", json!("string"), true),
            field(4, "spec_id", json!("int"), true),
            field(5, "partition", json!("string"), true),
            field(6, "record_count", json!("long"), true),
            field(7, "file_size_in_bytes", json!("long"), true),
        ],
        Kind::Partitions => vec![
            field(1, "partition", json!("string"), true),
            field(2, "spec_id", json!("int"), true),
            field(3, "record_count", json!("long"), true),
            field(4, "file_count", json!("int"), true),
            field(5, "total_data_file_size_in_bytes", json!("long"), true),
            field(6, "position_delete_record_count", json!("long"), true),
            field(7, "position_delete_file_count", json!("int"), true),
            field(8, "equality_delete_record_count", json!("long"), true),
            field(9, "equality_delete_file_count", json!("int"), true),
        ],
        Kind::Refs => vec![
            field(1, "name", json!("string"), true),
            field(2, "type", json!("string"), true),
            field(3, "snapshot_id", json!("long"), true),
            field(4, "max_reference_age_in_ms", json!("long"), false),
            field(5, "min_snapshots_to_keep", json!("int"), false),
            field(6, "max_snapshot_age_in_ms", json!("long"), false),
        ],
    }
}

/// The rows of `$manifests`: one per entry of the manifest list (format 1 and 2 names).
pub fn manifest_rows(list: &[Value]) -> Vec<Value> {
    let count = |m: &Value, v2: &str, v1: &str| m.get(v2).or_else(|| m.get(v1)).cloned();
    list.iter()
        .map(|m| {
            json!({
                "path": m["manifest_path"],
                "length": m["manifest_length"],
                "partition_spec_id": m["partition_spec_id"],
                "added_snapshot_id": m["added_snapshot_id"],
                "content": if m["content"].as_i64() == Some(1) { "deletes" } else { "data" },
                "added_data_files_count": count(m, "added_files_count", "added_data_files_count"),
                "added_rows_count": m["added_rows_count"],
                "existing_data_files_count": count(m, "existing_files_count", "existing_data_files_count"),
                "existing_rows_count": m["existing_rows_count"],
                "deleted_data_files_count": count(m, "deleted_files_count", "deleted_data_files_count"),
                "deleted_rows_count": m["deleted_rows_count"],
            })
        })
        .collect()
}

/// What a delete file holds, as `$files` names it (Spark's and PyIceberg's content names).
/// What a live file holds, as `$files` names it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FileContent {
    Data,
    PositionDeletes,
    EqualityDeletes,
}

impl FileContent {
    fn of_deletes(kind: &DeleteKind) -> FileContent {
        match kind {
            DeleteKind::Equality(_) => FileContent::EqualityDeletes,
            DeleteKind::Position | DeleteKind::DeletionVector { .. } => {
                FileContent::PositionDeletes
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            FileContent::Data => "data",
            FileContent::PositionDeletes => "position_deletes",
            FileContent::EqualityDeletes => "equality_deletes",
        }
    }
}

/// The rows of `$files`: every live data and delete file of the snapshot.
pub fn file_rows(files: &Entries) -> Vec<Value> {
    live(files)
        .map(|f| {
            json!({
                "content": f.content.name(),
                "file_path": f.path,
                "file_format": f.format.to_ascii_uppercase(),
                "spec_id": f.spec_id,
                "partition": f.partition.to_string(),
                "record_count": f.record_count,
                "file_size_in_bytes": f.size,
            })
        })
        .collect()
}

/// What `$files` and `$partitions` show of a live data or delete file.
struct LiveFile<'a> {
    content: FileContent,
    path: &'a str,
    format: &'a str,
    spec_id: i64,
    partition: &'a Value,
    record_count: i64,
    size: u64,
}

/// The live data files, then the delete files.
fn live(files: &Entries) -> impl Iterator<Item = LiveFile<'_>> {
    let data = files.data.iter().map(|f| LiveFile {
        content: FileContent::Data,
        path: &f.path,
        format: &f.format,
        spec_id: f.spec_id,
        partition: &f.partition,
        record_count: f.record_count,
        size: f.size,
    });
    let deletes = files.deletes.iter().map(|f| LiveFile {
        content: FileContent::of_deletes(&f.kind),
        path: &f.path,
        format: &f.format,
        spec_id: f.spec_id,
        partition: &f.partition,
        record_count: f.record_count,
        size: f.size,
    });
    data.chain(deletes)
}

/// One partition's row of `$partitions`.
#[derive(Default)]
struct PartitionTotals {
    record_count: i64,
    file_count: i64,
    total_data_file_size_in_bytes: i64,
    position_delete_record_count: i64,
    position_delete_file_count: i64,
    equality_delete_record_count: i64,
    equality_delete_file_count: i64,
}

impl PartitionTotals {
    fn add(&mut self, file: &LiveFile) {
        let (records, count) = match file.content {
            FileContent::Data => {
                self.total_data_file_size_in_bytes = self
                    .total_data_file_size_in_bytes
                    .saturating_add(i64::try_from(file.size).unwrap_or(i64::MAX));
                (&mut self.record_count, &mut self.file_count)
            }
            FileContent::EqualityDeletes => (
                &mut self.equality_delete_record_count,
                &mut self.equality_delete_file_count,
            ),
            FileContent::PositionDeletes => (
                &mut self.position_delete_record_count,
                &mut self.position_delete_file_count,
            ),
        };
        *records += file.record_count;
        *count += 1;
    }
}

/// The rows of `$partitions`: per partition (and spec) the live data files, rows and bytes,
/// and the delete files and rows that apply there; largest partitions first.
pub fn partition_rows(files: &Entries) -> Vec<Value> {
    let mut by_partition: Vec<((i64, String), PartitionTotals)> = Vec::new();
    for f in live(files) {
        let key = (f.spec_id, f.partition.to_string());
        let at = match by_partition.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                by_partition.push((key, PartitionTotals::default()));
                by_partition.len() - 1
            }
        };
        by_partition[at].1.add(&f);
    }
    by_partition.sort_by(|(a, x), (b, y)| {
        y.total_data_file_size_in_bytes
            .cmp(&x.total_data_file_size_in_bytes)
            .then_with(|| a.cmp(b))
    });
    by_partition
        .into_iter()
        .map(|((spec, partition), n)| {
            json!({
                "partition": partition,
                "spec_id": spec,
                "record_count": n.record_count,
                "file_count": n.file_count,
                "total_data_file_size_in_bytes": n.total_data_file_size_in_bytes,
                "position_delete_record_count": n.position_delete_record_count,
                "position_delete_file_count": n.position_delete_file_count,
                "equality_delete_record_count": n.equality_delete_record_count,
                "equality_delete_file_count": n.equality_delete_file_count,
            })
        })
        .collect()
}

/// The rows of `kind` (not `Manifests`, `Files` or `Partitions`) for the table whose metadata file is `meta`, keyed by
/// column name.
pub fn rows(kind: Kind, meta: &Value) -> Vec<Value> {
    let snapshots = meta["snapshots"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    match kind {
        Kind::Snapshots => snapshots
            .iter()
            .map(|s| {
                let summary: Map<String, Value> = s["summary"]
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| {
                                let text = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                                (k.clone(), Value::String(text))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                json!({
                    "committed_at": s["timestamp-ms"].as_i64().map(iso8601_millis),
                    "snapshot_id": s["snapshot-id"],
                    "parent_id": s["parent-snapshot-id"],
                    "operation": summary.get("operation"),
                    "manifest_list": s["manifest-list"],
                    "summary": summary,
                })
            })
            .collect(),
        Kind::History => {
            let ancestors = current_ancestors(meta);
            meta["snapshot-log"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|entry| {
                    let id = entry["snapshot-id"].as_i64();
                    let parent = id
                        .and_then(|id| find_snapshot(meta, id))
                        .map(|s| s["parent-snapshot-id"].clone());
                    json!({
                        "made_current_at": entry["timestamp-ms"].as_i64().map(iso8601_millis),
                        "snapshot_id": entry["snapshot-id"],
                        "parent_id": parent,
                        "is_current_ancestor": id.is_some_and(|id| ancestors.contains(&id)),
                    })
                })
                .collect()
        }
        Kind::Refs => {
            let mut refs: Vec<Value> = meta["refs"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(name, r)| {
                    json!({
                        "name": name,
                        "type": r["type"].as_str().map(str::to_uppercase),
                        "snapshot_id": r["snapshot-id"],
                        "max_reference_age_in_ms": r["max-ref-age-ms"],
                        "min_snapshots_to_keep": r["min-snapshots-to-keep"],
                        "max_snapshot_age_in_ms": r["max-snapshot-age-ms"],
                    })
                })
                .collect();
            // Format v1 (and some writers) keep only current-snapshot-id: `main` is implied.
            let current = meta["current-snapshot-id"].as_i64().filter(|id| *id >= 0);
            if let (true, Some(id)) = (refs.iter().all(|r| r["name"] != "main"), current) {
                refs.insert(
                    0,
                    json!({"name": "main", "type": "BRANCH", "snapshot_id": id}),
                );
            }
            refs
        }
        Kind::Manifests | Kind::Files | Kind::Partitions => Vec::new(),
    }
}

/// The current snapshot and its ancestors, by parent links.
fn current_ancestors(meta: &Value) -> Vec<i64> {
    let mut out = Vec::new();
    let mut next = meta["current-snapshot-id"].as_i64().filter(|id| *id >= 0);
    while let Some(id) = next {
        // A cycle in broken metadata ends here rather than looping.
        if out.contains(&id) {
            break;
        }
        out.push(id);
        next = find_snapshot(meta, id).and_then(|s| s["parent-snapshot-id"].as_i64());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> Value {
        json!({
            "current-snapshot-id": 3,
            "snapshots": [
                {"snapshot-id": 1, "timestamp-ms": 1_700_000_000_000_i64, "manifest-list": "s3://b/1.avro",
                 "summary": {"operation": "append", "added-records": "3"}},
                {"snapshot-id": 2, "parent-snapshot-id": 1, "timestamp-ms": 1_700_000_001_000_i64,
                 "manifest-list": "s3://b/2.avro", "summary": {"operation": "append"}},
                {"snapshot-id": 3, "parent-snapshot-id": 1, "timestamp-ms": 1_700_000_002_000_i64,
                 "manifest-list": "s3://b/3.avro", "summary": {"operation": "overwrite"}},
            ],
            "snapshot-log": [
                {"snapshot-id": 1, "timestamp-ms": 1_700_000_000_000_i64},
                {"snapshot-id": 2, "timestamp-ms": 1_700_000_001_000_i64},
                {"snapshot-id": 3, "timestamp-ms": 1_700_000_002_000_i64},
            ],
            "refs": {"main": {"snapshot-id": 3, "type": "branch"},
                     "v1": {"snapshot-id": 2, "type": "tag", "max-ref-age-ms": 86_400_000}},
        })
    }

    #[test]
    fn names_split_and_unknown_suffixes_say_what_is_offered() {
        assert_eq!(split("orders").unwrap(), None);
        assert_eq!(
            split("orders$history").unwrap(),
            Some(("orders", Kind::History))
        );
        assert_eq!(
            split("orders$manifests").unwrap(),
            Some(("orders", Kind::Manifests))
        );
        assert_eq!(
            split("orders$partitions").unwrap(),
            Some(("orders", Kind::Partitions))
        );
        let e = split("orders$all_files").unwrap_err();
        assert!(
            e.contains("not yet an offered") && e.contains("orders$snapshots"),
            "{e}"
        );
        assert!(split("orders$nope").unwrap_err().contains("no such"));
    }

    #[test]
    fn files_and_partitions_count_live_entries() {
        use crate::iceberg::scan::{DataFile, DeleteFile};
        let data = |path: &str, region: &str, records: i64, size: u64| DataFile {
            path: path.into(),
            format: "parquet".into(),
            record_count: records,
            size,
            sequence_number: 1,
            spec_id: 0,
            partition: json!({"region": region}),
        };
        let files = Entries {
            data: vec![
                data("a", "eu", 3, 100),
                data("b", "eu", 2, 50),
                data("c", "us", 9, 120),
            ],
            deletes: vec![DeleteFile {
                path: "d".into(),
                kind: DeleteKind::Position,
                format: "parquet".into(),
                record_count: 1,
                size: 10,
                sequence_number: 2,
                spec_id: 0,
                partition: json!({"region": "eu"}),
                referenced_data_file: None,
                path_bounds: (None, None),
            }],
            pruned: 0,
        };
        let listed = file_rows(&files);
        assert_eq!(listed.len(), 4);
        assert_eq!(listed[3]["content"], "position_deletes");
        assert_eq!(listed[0]["file_format"], "PARQUET");
        assert_eq!(listed[0]["partition"], r#"{"region":"eu"}"#);
        let parts = partition_rows(&files);
        // Largest by bytes first: eu's 150 bytes, then us's 120.
        assert_eq!(parts[0]["partition"], r#"{"region":"eu"}"#);
        assert_eq!(
            (
                &parts[0]["record_count"],
                &parts[0]["file_count"],
                &parts[0]["position_delete_record_count"]
            ),
            (&json!(5), &json!(2), &json!(1))
        );
        assert_eq!(parts[1]["total_data_file_size_in_bytes"], 120);
    }

    #[test]
    fn rows_follow_the_metadata() {
        let m = meta();
        let snapshots = rows(Kind::Snapshots, &m);
        assert_eq!(snapshots.len(), 3);
        assert_eq!(snapshots[0]["committed_at"], "2023-11-14T22:13:20.000Z");
        assert_eq!(snapshots[0]["summary"]["added-records"], "3");
        assert_eq!(snapshots[2]["operation"], "overwrite");
        let history = rows(Kind::History, &m);
        // Snapshot 2 was current once, but 3's parent is 1: 2 is no ancestor of the current one.
        let flags: Vec<_> = history
            .iter()
            .map(|h| h["is_current_ancestor"].clone())
            .collect();
        assert_eq!(flags, [json!(true), json!(false), json!(true)]);
        assert_eq!(history[2]["parent_id"], 1);
        let refs = rows(Kind::Refs, &m);
        assert_eq!(refs.len(), 2);
        assert!(refs.iter().any(|r| r["name"] == "v1"
            && r["type"] == "TAG"
            && r["max_reference_age_in_ms"] == 86_400_000));
        let mut v1 = m.clone();
        v1.as_object_mut().unwrap().remove("refs");
        assert_eq!(
            rows(Kind::Refs, &v1),
            [json!({"name": "main", "type": "BRANCH", "snapshot_id": 3})]
        );
    }
}
