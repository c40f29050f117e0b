//! What a snapshot consists of, as planning finds it: the manifests of its manifest list, its
//! live data files, and its live delete files. Shared by the planner (`scan`) and the deletes
//! it applies (`deletes`), which need the same types but not each other's code.

use serde_json::Value;

/// Iceberg's reserved field id of a position delete file's `file_path` column.
pub const DELETE_FILE_PATH_ID: i64 = 2_147_483_546;
/// Iceberg's reserved field id of a position delete file's `pos` column.
pub const DELETE_POS_ID: i64 = 2_147_483_545;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Data,
    Deletes,
}

/// An entry of a manifest list.
#[derive(Debug, Clone, PartialEq)]
pub struct ManifestFile {
    pub path: String,
    pub content: Content,
    /// 0 for format 1.
    pub sequence_number: i64,
    pub spec_id: i64,
    /// The entry as decoded (partition summaries, counts).
    pub raw: Value,
}

/// A live data file of the snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct DataFile {
    pub path: String,
    pub format: String,
    pub record_count: i64,
    pub size: u64,
    pub sequence_number: i64,
    pub spec_id: i64,
    pub partition: Value,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteKind {
    /// Rows named by (file_path, pos).
    Position,
    /// Rows whose columns `equality_ids` equal a row of the file.
    Equality(Vec<i64>),
    /// A Puffin `deletion-vector-v1` blob at `offset`, `size` bytes long.
    DeletionVector { offset: u64, size: u64 },
}

/// A live delete file of the snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFile {
    pub path: String,
    pub kind: DeleteKind,
    pub format: String,
    pub record_count: i64,
    pub size: u64,
    pub sequence_number: i64,
    pub spec_id: i64,
    pub partition: Value,
    /// The one data file a position delete file or deletion vector is about, when known.
    pub referenced_data_file: Option<String>,
    /// The smallest and largest `file_path` of a position delete file, when recorded.
    pub path_bounds: (Option<String>, Option<String>),
}
