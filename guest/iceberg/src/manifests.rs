//! The current snapshot's manifest list (Avro), summarized: how many data and delete
//! manifests, files and rows it tracks, and per manifest its counts and partition summaries.

use super::avro;
use serde_json::{json, Map, Value};

/// Manifests listed one by one at most; the totals cover all of them.
pub const MAX_LISTED: usize = 100;

/// A file count under its format-2 name, or its format-1 name (`added_data_files_count`).
fn files(m: &Value, v2: &str, v1: &str) -> i64 {
    m[v2].as_i64().or_else(|| m[v1].as_i64()).unwrap_or(0)
}

fn rows(m: &Value, key: &str) -> i64 {
    m[key].as_i64().unwrap_or(0)
}

/// Summarizes a decoded manifest list; `partition_names` are the partition field names of each
/// spec id (for the partition summaries).
pub fn summarize(
    list: &avro::Container,
    partition_names: impl Fn(i64, usize) -> Option<String>,
) -> Value {
    // Data manifests, delete manifests, data files, delete files, data rows, delete rows.
    let mut totals = [0i64; 6];
    let mut listed = Vec::new();
    for m in &list.records {
        let deletes = m["content"].as_i64() == Some(1);
        let added = files(m, "added_files_count", "added_data_files_count");
        let existing = files(m, "existing_files_count", "existing_data_files_count");
        let live_rows = rows(m, "added_rows_count") + rows(m, "existing_rows_count");
        if deletes {
            totals[1] += 1;
            totals[3] += added + existing;
            totals[5] += live_rows;
        } else {
            totals[0] += 1;
            totals[2] += added + existing;
            totals[4] += live_rows;
        }
        if listed.len() < MAX_LISTED {
            let spec = m["partition_spec_id"].as_i64().unwrap_or(0);
            let partitions: Vec<Value> = m["partitions"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let mut out = Map::new();
                    if let Some(name) = partition_names(spec, i) {
                        out.insert("field".into(), json!(name));
                    }
                    out.insert("containsNull".into(), p["contains_null"].clone());
                    if let Some(nan) = p.get("contains_nan").filter(|v| !v.is_null()) {
                        out.insert("containsNan".into(), nan.clone());
                    }
                    Value::Object(out)
                })
                .collect();
            listed.push(json!({
                "path": m["manifest_path"],
                "content": if deletes { "deletes" } else { "data" },
                "partitionSpecId": spec,
                "sequenceNumber": m.get("sequence_number").cloned().unwrap_or(Value::Null),
                "addedSnapshotId": m["added_snapshot_id"],
                "addedFiles": added,
                "existingFiles": existing,
                "deletedFiles": files(m, "deleted_files_count", "deleted_data_files_count"),
                "addedRows": rows(m, "added_rows_count"),
                "existingRows": rows(m, "existing_rows_count"),
                "deletedRows": rows(m, "deleted_rows_count"),
                "partitions": partitions,
            }));
        }
    }
    json!({
        "manifestCount": list.records.len(),
        "dataManifests": totals[0],
        "deleteManifests": totals[1],
        "dataFiles": totals[2],
        "deleteFiles": totals[3],
        "dataRows": totals[4],
        "deleteRows": totals[5],
        "manifests": listed,
        "manifestsTruncated": list.records.len() > MAX_LISTED,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn totals_split_data_from_deletes_and_accept_format_1_names() {
        let list = avro::Container {
            metadata: HashMap::new(),
            records: vec![
                json!({"manifest_path": "m1", "content": 0, "partition_spec_id": 0, "added_snapshot_id": 1,
                       "added_files_count": 2, "existing_files_count": 1, "deleted_files_count": 0,
                       "added_rows_count": 20, "existing_rows_count": 5, "deleted_rows_count": 0,
                       "partitions": [{"contains_null": false, "contains_nan": null}]}),
                json!({"manifest_path": "m2", "content": 1, "partition_spec_id": 0, "added_snapshot_id": 2,
                       "added_files_count": 1, "added_rows_count": 3, "partitions": null}),
                // Format 1: no content, `added_data_files_count`.
                json!({"manifest_path": "m3", "partition_spec_id": 0, "added_snapshot_id": 3,
                       "added_data_files_count": 4, "added_rows_count": 8}),
            ],
        };
        let s = summarize(&list, |spec, i| {
            (spec == 0 && i == 0).then(|| "region".to_string())
        });
        assert_eq!(
            (
                &s["dataManifests"],
                &s["deleteManifests"],
                &s["dataFiles"],
                &s["deleteFiles"],
                &s["dataRows"],
                &s["deleteRows"]
            ),
            (
                &json!(2),
                &json!(1),
                &json!(7),
                &json!(1),
                &json!(33),
                &json!(3)
            )
        );
        assert_eq!(
            s["manifests"][0]["partitions"],
            json!([{"field": "region", "containsNull": false}])
        );
        assert_eq!(s["manifests"][1]["content"], "deletes");
        assert_eq!(s["manifests"][2]["addedFiles"], 4);
        assert_eq!(s["manifestsTruncated"], false);
    }
}
