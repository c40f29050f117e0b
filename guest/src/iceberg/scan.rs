//! Planning a read of one snapshot without an Iceberg library: its manifest list names the
//! manifests, each manifest (Avro) lists data files with a status. Deleted entries (status 2)
//! are skipped. Delete files of any kind (position or equality deletes, deletion vectors) are
//! not applied by this reader, so a snapshot that has any is refused rather than answered with
//! rows that may have been deleted.

use super::avro::Container;

/// A live data file of the snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    pub path: String,
    pub format: String,
    pub record_count: i64,
    pub size: u64,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ScanError {
    #[error("the snapshot has {0} delete manifest(s) (position or equality deletes, or deletion vectors); this reader does not apply deletes, so it refuses rather than return rows that may have been deleted")]
    DeleteManifests(usize),
    #[error("the manifest {0} lists delete files (position or equality deletes, or deletion vectors); this reader does not apply deletes, so it refuses rather than return rows that may have been deleted")]
    DeleteFiles(String),
    #[error("a manifest entry of {0} has no {1}")]
    Malformed(String, &'static str),
}

/// The data manifests of a manifest list, in order; refuses a list with delete manifests.
pub fn data_manifests(list: &Container) -> Result<Vec<String>, ScanError> {
    let deletes = list
        .records
        .iter()
        .filter(|m| m["content"].as_i64().unwrap_or(0) != 0)
        .count();
    if deletes > 0 {
        return Err(ScanError::DeleteManifests(deletes));
    }
    list.records
        .iter()
        .map(|m| {
            m["manifest_path"]
                .as_str()
                .map(str::to_string)
                .ok_or_else(|| ScanError::Malformed("the manifest list".into(), "manifest_path"))
        })
        .collect()
}

/// The live data files of one manifest (status 0 existing, 1 added; 2 deleted is skipped).
pub fn live_files(manifest_path: &str, manifest: &Container) -> Result<Vec<DataFile>, ScanError> {
    let mut out = Vec::new();
    for entry in &manifest.records {
        if entry["status"].as_i64() == Some(2) {
            continue;
        }
        let file = &entry["data_file"];
        if file["content"].as_i64().unwrap_or(0) != 0 {
            return Err(ScanError::DeleteFiles(manifest_path.to_string()));
        }
        let missing = |what| ScanError::Malformed(manifest_path.to_string(), what);
        out.push(DataFile {
            path: file["file_path"]
                .as_str()
                .ok_or_else(|| missing("file_path"))?
                .to_string(),
            format: file["file_format"]
                .as_str()
                .unwrap_or("PARQUET")
                .to_string(),
            record_count: file["record_count"].as_i64().unwrap_or(0),
            size: file["file_size_in_bytes"]
                .as_u64()
                .ok_or_else(|| missing("file_size_in_bytes"))?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    fn container(records: Vec<serde_json::Value>) -> Container {
        Container {
            metadata: HashMap::new(),
            records,
        }
    }

    #[test]
    fn delete_manifests_are_refused() {
        let list = container(vec![
            json!({"manifest_path": "m1", "content": 0}),
            json!({"manifest_path": "m2", "content": 1}),
        ]);
        assert_eq!(
            data_manifests(&list).unwrap_err(),
            ScanError::DeleteManifests(1)
        );
        // Format 1 lists have no content: all data.
        let v1 = container(vec![json!({"manifest_path": "m1"})]);
        assert_eq!(data_manifests(&v1).unwrap(), vec!["m1".to_string()]);
    }

    #[test]
    fn deleted_entries_are_skipped_and_delete_files_refused() {
        let file = |path: &str, content: i64| {
            json!({"content": content, "file_path": path, "file_format": "PARQUET",
                   "record_count": 3, "file_size_in_bytes": 100})
        };
        let manifest = container(vec![
            json!({"status": 1, "data_file": file("a.parquet", 0)}),
            json!({"status": 2, "data_file": file("gone.parquet", 0)}),
            json!({"status": 0, "data_file": file("b.parquet", 0)}),
        ]);
        let files = live_files("m", &manifest).unwrap();
        assert_eq!(
            files.iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
            ["a.parquet", "b.parquet"]
        );
        // A position delete file (content 1) in a manifest: refused, not skipped.
        let with_deletes = container(vec![
            json!({"status": 1, "data_file": file("a.parquet", 0)}),
            json!({"status": 1, "data_file": file("pos-deletes.parquet", 1)}),
        ]);
        assert_eq!(
            live_files("m", &with_deletes).unwrap_err(),
            ScanError::DeleteFiles("m".into())
        );
        let broken = container(vec![json!({"status": 1, "data_file": {"content": 0}})]);
        assert!(matches!(
            live_files("m", &broken),
            Err(ScanError::Malformed(_, "file_path"))
        ));
    }
}
