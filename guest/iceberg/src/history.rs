//! Time travel by timestamp: the snapshot that was current at a moment, from the metadata's
//! `snapshot-log` (each time the current snapshot changed), or, when a table has no log, from
//! the snapshots' `timestamp-ms` along the current snapshot's ancestry.

use super::describe::current_snapshot_id;
use crate::metadata::find_snapshot;
use super::time::iso8601_millis;
use serde_json::Value;

/// The id of the snapshot current at `at_ms` (epoch milliseconds).
pub fn snapshot_as_of(meta: &Value, at_ms: i64) -> Result<i64, String> {
    let when = iso8601_millis(at_ms);
    let log: Vec<(i64, i64)> = meta["snapshot-log"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|e| Some((e["timestamp-ms"].as_i64()?, e["snapshot-id"].as_i64()?)))
        .collect();
    let snapshots = meta["snapshots"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let find = |id: i64| find_snapshot(meta, id);
    let (first, chosen) = if log.is_empty() {
        // The current snapshot and its ancestors, newest first.
        let mut chain = Vec::new();
        let mut next = current_snapshot_id(meta);
        while let Some(s) = next.and_then(find) {
            if chain.len() > snapshots.len() {
                break; // a cycle in hostile metadata
            }
            chain.push((
                s["timestamp-ms"].as_i64().unwrap_or(i64::MAX),
                s["snapshot-id"].as_i64().unwrap_or(-1),
            ));
            next = s["parent-snapshot-id"].as_i64();
        }
        (
            chain.last().map(|e| e.0),
            chain.iter().find(|(ts, _)| *ts <= at_ms).map(|e| e.1),
        )
    } else {
        let mut chosen = None;
        for (ts, id) in &log {
            if *ts <= at_ms {
                chosen = Some(*id);
            }
        }
        (log.iter().map(|e| e.0).min(), chosen)
    };
    match (first, chosen) {
        (None, _) => Err(format!(
            "The table has no snapshots, so nothing was current at {when}."
        )),
        (Some(first), None) => Err(format!(
            "as_of {when} is before the table's first snapshot ({}); nothing was current then.",
            iso8601_millis(first)
        )),
        (_, Some(id)) if find(id).is_none() => Err(format!(
            "Snapshot {id} was current at {when}, but it has expired (it is no longer in the table's metadata)."
        )),
        (_, Some(id)) => Ok(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meta(log: Value) -> Value {
        json!({
            "current-snapshot-id": 3,
            "snapshots": [
                {"snapshot-id": 1, "timestamp-ms": 1000},
                {"snapshot-id": 2, "parent-snapshot-id": 1, "timestamp-ms": 2000},
                {"snapshot-id": 3, "parent-snapshot-id": 2, "timestamp-ms": 3000},
            ],
            "snapshot-log": log,
        })
    }

    #[test]
    fn the_log_decides_and_ancestry_is_the_fallback() {
        let logged = meta(json!([
            {"timestamp-ms": 1000, "snapshot-id": 1},
            {"timestamp-ms": 2000, "snapshot-id": 2},
            // A rollback to 1, then 3.
            {"timestamp-ms": 2500, "snapshot-id": 1},
            {"timestamp-ms": 3000, "snapshot-id": 3},
        ]));
        assert_eq!(snapshot_as_of(&logged, 1500), Ok(1));
        assert_eq!(snapshot_as_of(&logged, 2000), Ok(2));
        assert_eq!(snapshot_as_of(&logged, 2700), Ok(1));
        assert_eq!(snapshot_as_of(&logged, 9999), Ok(3));
        assert!(snapshot_as_of(&logged, 999)
            .unwrap_err()
            .contains("before the table's first snapshot (1970-01-01T00:00:01.000Z)"));
        let unlogged = meta(json!([]));
        assert_eq!(snapshot_as_of(&unlogged, 2700), Ok(2));
        assert!(snapshot_as_of(&unlogged, 10).is_err());
        let expired = json!({"snapshots": [{"snapshot-id": 2, "timestamp-ms": 5}],
                             "snapshot-log": [{"timestamp-ms": 1, "snapshot-id": 1}]});
        assert!(snapshot_as_of(&expired, 2).unwrap_err().contains("expired"));
        assert!(snapshot_as_of(&json!({}), 2)
            .unwrap_err()
            .contains("no snapshots"));
    }
}
