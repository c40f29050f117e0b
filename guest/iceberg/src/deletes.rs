//! Row-level deletes, by the Iceberg spec's rules:
//!
//! * a position delete file applies to a data file whose path it names, when the data file's
//!   data sequence number is **less than or equal to** the delete's;
//! * a deletion vector (v3) applies to its `referenced_data_file`, with the same rule;
//! * an equality delete file applies when the data file's sequence number is **strictly
//!   lower** than the delete's, and the delete's partition spec is unpartitioned or its spec and
//!   partition equal the data file's.
//!
//! `DeleteIndex` says which delete files apply to a data file; `DeleteLoader` reads them
//! (ranged GETs, one per deletion vector) into `RowDeletes`, whose `is_deleted(pos, row)` is the
//! row-level check. Delete rows held in memory are capped (`MAX_DELETE_ROWS`); beyond it the
//! read is refused. An equality delete on a column whose values this reader cannot compare
//! exactly (floating point, nested) is refused, never guessed.

use super::dv;
use super::parquet_rows::{read_rows, RangeSource, Want};
use super::prune::Specs;
use super::content::{DataFile, DeleteFile, DeleteKind, DELETE_FILE_PATH_ID, DELETE_POS_ID};
use roaring::RoaringTreemap;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Delete rows (positions and equality keys) held in memory per read, at most.
pub const MAX_DELETE_ROWS: u64 = 1_000_000;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DeleteError {
    #[error("{0}")]
    Unsupported(String),
    #[error("the delete files of this read hold more than {MAX_DELETE_ROWS} deleted rows; this reader keeps at most that many in memory")]
    TooMany,
    #[error("could not read the delete file {path}: {why}")]
    Read { path: String, why: String },
}

/// Which delete files apply to which data file.
#[derive(Debug, Default)]
pub struct DeleteIndex {
    files: Vec<DeleteFile>,
    /// Per equality delete (by position in `files`): its spec is unpartitioned.
    global: Vec<bool>,
}

impl DeleteIndex {
    pub fn new(files: Vec<DeleteFile>, specs: &Specs) -> Result<DeleteIndex, DeleteError> {
        let global = files
            .iter()
            .map(|f| match &f.kind {
                DeleteKind::Equality(_) => specs.is_unpartitioned(f.spec_id).ok_or_else(|| {
                    DeleteError::Unsupported(format!(
                        "the equality delete file {} names partition spec {}, which the table's metadata does not have",
                        f.path, f.spec_id
                    ))
                }),
                _ => Ok(false),
            })
            .collect::<Result<_, _>>()?;
        Ok(DeleteIndex { files, global })
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The delete files that apply to `data`, in manifest order.
    pub fn for_data_file(&self, data: &DataFile) -> Vec<&DeleteFile> {
        self.files
            .iter()
            .zip(&self.global)
            .filter(|(d, global)| match &d.kind {
                DeleteKind::Position | DeleteKind::DeletionVector { .. } => {
                    let (lo, hi) = &d.path_bounds;
                    data.sequence_number <= d.sequence_number
                        && d.referenced_data_file
                            .as_ref()
                            .is_none_or(|r| *r == data.path)
                        && lo
                            .as_ref()
                            .is_none_or(|lo| lo.as_str() <= data.path.as_str())
                        && hi
                            .as_ref()
                            .is_none_or(|hi| data.path.as_str() <= hi.as_str())
                }
                DeleteKind::Equality(_) => {
                    data.sequence_number < d.sequence_number
                        && (**global
                            || (d.spec_id == data.spec_id && d.partition == data.partition))
                }
            })
            .map(|(d, _)| d)
            .collect()
    }
}

/// The rows of an equality delete file, as keys over its columns.
#[derive(Debug)]
pub struct EqualitySet {
    /// The schema fields of the equality columns (top-level), in `equality_ids` order.
    pub fields: Vec<Value>,
    keys: HashSet<String>,
}

impl EqualitySet {
    fn key(&self, row: &Value) -> String {
        let values: Vec<&Value> = self
            .fields
            .iter()
            .map(|f| &row[f["name"].as_str().unwrap_or_default()])
            .collect();
        serde_json::to_string(&values).unwrap_or_default()
    }
}

/// The deletes that apply to one data file.
#[derive(Debug, Default)]
pub struct RowDeletes {
    pub positions: RoaringTreemap,
    pub equality: Vec<Rc<EqualitySet>>,
}

impl RowDeletes {
    /// The schema fields that a data row must carry for `is_deleted` (equality columns).
    pub fn needed_fields(&self) -> Vec<Value> {
        let mut out: Vec<Value> = Vec::new();
        for set in &self.equality {
            for f in &set.fields {
                if !out.iter().any(|o| o["id"] == f["id"]) {
                    out.push(f.clone());
                }
            }
        }
        out
    }

    /// Whether the row at position `pos` of the data file (an object holding at least
    /// `needed_fields`, rendered as `values` renders them) is deleted.
    pub fn is_deleted(&self, pos: u64, row: &Value) -> bool {
        self.positions.contains(pos) || self.equality.iter().any(|s| s.keys.contains(&s.key(row)))
    }
}

/// Opens a file of the table (by its full path) for ranged reads.
pub trait OpenFile {
    fn open(&self, path: &str) -> Result<Box<dyn RangeSource + '_>, String>;

    /// Fetches these whole files (path, size) together, for `open`s to come: one round of
    /// requests instead of one after another. A file it could not fetch is read by `open` as
    /// usual, so this may do nothing.
    fn fetch_ahead(&self, _files: &[(&str, u64)]) {}
}

/// Reads delete files, each once per loader, within one budget of held rows.
pub struct DeleteLoader<'a> {
    files: &'a dyn OpenFile,
    /// The schema field (top-level) with this id, from any of the table's schemas.
    field_by_id: &'a dyn Fn(i64) -> Option<Value>,
    budget: u64,
    positions: HashMap<String, Rc<HashMap<String, RoaringTreemap>>>,
    equality: HashMap<String, Rc<EqualitySet>>,
    /// Delete files read so far.
    pub files_read: usize,
}

fn position_fields() -> [Value; 2] {
    [
        json!({"id": DELETE_FILE_PATH_ID, "name": "file_path", "type": "string", "required": true}),
        json!({"id": DELETE_POS_ID, "name": "pos", "type": "long", "required": true}),
    ]
}

impl<'a> DeleteLoader<'a> {
    pub fn new(files: &'a dyn OpenFile, field_by_id: &'a dyn Fn(i64) -> Option<Value>) -> Self {
        DeleteLoader {
            files,
            field_by_id,
            budget: MAX_DELETE_ROWS,
            positions: HashMap::new(),
            equality: HashMap::new(),
            files_read: 0,
        }
    }

    fn take(&mut self, rows: u64) -> Result<(), DeleteError> {
        self.budget = self.budget.checked_sub(rows).ok_or(DeleteError::TooMany)?;
        Ok(())
    }

    /// Reads the rows of a Parquet delete file, passing each (an object of `fields`) to `each`.
    fn scan_parquet(
        &mut self,
        file: &DeleteFile,
        fields: &[Value],
        each: &dyn Fn(&Value),
    ) -> Result<(), DeleteError> {
        let read_error = |why: String| DeleteError::Read {
            path: file.path.clone(),
            why,
        };
        if !file.format.eq_ignore_ascii_case("parquet") {
            return Err(DeleteError::Unsupported(format!(
                "the delete file {} is {}; this reader reads Parquet delete files and Puffin deletion vectors",
                file.path, file.format
            )));
        }
        let source = self.files.open(&file.path).map_err(read_error)?;
        let keep = |_, row: &Value| {
            each(row);
            false
        };
        let want = Want {
            rows: usize::MAX,
            keep: &keep,
            max_scanned: self.budget.saturating_add(1),
            pruners: &[],
        };
        let read = read_rows(source.as_ref(), file.size, fields, &want, &mut Vec::new())
            .map_err(read_error)?;
        self.files_read += 1;
        self.take(read.scanned)
    }

    fn load_positions(
        &mut self,
        file: &DeleteFile,
    ) -> Result<Rc<HashMap<String, RoaringTreemap>>, DeleteError> {
        if let Some(done) = self.positions.get(&file.path) {
            return Ok(done.clone());
        }
        let map: RefCell<HashMap<String, RoaringTreemap>> = RefCell::new(HashMap::new());
        let bad = RefCell::new(false);
        self.scan_parquet(file, &position_fields(), &|row| match (
            row["file_path"].as_str(),
            row["pos"].as_u64(),
        ) {
            (Some(path), Some(pos)) => {
                // Rows come sorted by path: most find theirs, and need no key allocated.
                let mut map = map.borrow_mut();
                match map.get_mut(path) {
                    Some(positions) => {
                        positions.insert(pos);
                    }
                    None => {
                        map.insert(path.to_string(), [pos].into_iter().collect());
                    }
                }
            }
            _ => *bad.borrow_mut() = true,
        })?;
        if bad.into_inner() {
            return Err(DeleteError::Read {
                path: file.path.clone(),
                why: "a row has no file_path or pos (field ids 2147483546, 2147483545)".into(),
            });
        }
        let map = Rc::new(map.into_inner());
        self.positions.insert(file.path.clone(), map.clone());
        Ok(map)
    }

    fn load_dv(
        &mut self,
        file: &DeleteFile,
        offset: u64,
        size: u64,
    ) -> Result<RoaringTreemap, DeleteError> {
        let read_error = |why: String| DeleteError::Read {
            path: file.path.clone(),
            why,
        };
        if size > dv::MAX_BLOB_BYTES || size == 0 {
            return Err(read_error(format!(
                "a deletion vector of {size} bytes (at most {} are read)",
                dv::MAX_BLOB_BYTES
            )));
        }
        let end = offset
            .checked_add(size - 1)
            .filter(|end| *end < file.size)
            .ok_or_else(|| read_error("the deletion vector lies outside the file".into()))?;
        let source = self.files.open(&file.path).map_err(read_error)?;
        let blob = source.range(offset, end).map_err(read_error)?;
        if blob.len() as u64 != size {
            return Err(read_error(format!(
                "asked for {size} bytes, got {}",
                blob.len()
            )));
        }
        let positions = dv::parse(&blob).map_err(|e| read_error(e.to_string()))?;
        if positions.len() != file.record_count as u64 {
            return Err(read_error(format!(
                "the deletion vector holds {} positions, its manifest entry says {}",
                positions.len(),
                file.record_count
            )));
        }
        self.files_read += 1;
        self.take(positions.len())?;
        Ok(positions)
    }

    fn load_equality(
        &mut self,
        file: &DeleteFile,
        ids: &[i64],
    ) -> Result<Rc<EqualitySet>, DeleteError> {
        if let Some(done) = self.equality.get(&file.path) {
            return Ok(done.clone());
        }
        let mut fields = Vec::new();
        for id in ids {
            let field = (self.field_by_id)(*id).ok_or_else(|| {
                DeleteError::Unsupported(format!(
                    "the equality delete file {} compares field id {id}, which is not a top-level column of the table's schemas (nested equality columns are not supported)",
                    file.path
                ))
            })?;
            let comparable = field["type"]
                .as_str()
                .is_some_and(|t| !matches!(t, "float" | "double"));
            if !comparable {
                return Err(DeleteError::Unsupported(format!(
                    "the equality delete file {} compares column {} of type {}; this reader cannot compare that type exactly, so it refuses rather than return rows that may have been deleted",
                    file.path, field["name"], field["type"]
                )));
            }
            fields.push(field);
        }
        let keys = RefCell::new(HashSet::new());
        let mut set = EqualitySet {
            fields,
            keys: HashSet::new(),
        };
        let fields = set.fields.clone();
        {
            let set_ref = &set;
            self.scan_parquet(file, &fields, &|row| {
                keys.borrow_mut().insert(set_ref.key(row));
            })?;
        }
        set.keys = keys.into_inner();
        let set = Rc::new(set);
        self.equality.insert(file.path.clone(), set.clone());
        Ok(set)
    }

    /// Fetches together the Parquet delete files among `deletes` that are not read yet, up to
    /// `limit` bytes in all, so the `load`s that follow find them there (a table written with
    /// merge-on-read has many small delete files, each otherwise a request of its own in turn).
    /// Deletion vectors are read by range, one per data file, as they come.
    pub fn fetch_ahead<'d>(&self, deletes: impl IntoIterator<Item = &'d DeleteFile>, limit: u64) {
        let mut files: Vec<(&str, u64)> = Vec::new();
        let mut bytes = 0u64;
        for d in deletes {
            let read = self.positions.contains_key(&d.path) || self.equality.contains_key(&d.path);
            if read
                || matches!(d.kind, DeleteKind::DeletionVector { .. })
                || !d.format.eq_ignore_ascii_case("parquet")
                || files.iter().any(|(path, _)| *path == d.path)
                || bytes.saturating_add(d.size) > limit
            {
                continue;
            }
            bytes += d.size;
            files.push((&d.path, d.size));
        }
        if files.len() > 1 {
            self.files.fetch_ahead(&files);
        }
    }

    /// Reads the deletes of `data` (from `DeleteIndex::for_data_file`).
    pub fn load(
        &mut self,
        data: &DataFile,
        deletes: &[&DeleteFile],
    ) -> Result<RowDeletes, DeleteError> {
        let mut out = RowDeletes::default();
        for d in deletes {
            match &d.kind {
                DeleteKind::Position => {
                    if let Some(p) = self.load_positions(d)?.get(&data.path) {
                        out.positions |= p;
                    }
                }
                DeleteKind::DeletionVector { offset, size } => {
                    out.positions |= self.load_dv(d, *offset, *size)?;
                }
                DeleteKind::Equality(ids) => out.equality.push(self.load_equality(d, ids)?),
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(path: &str, seq: i64, partition: Value) -> DataFile {
        DataFile {
            path: path.into(),
            format: "PARQUET".into(),
            record_count: 10,
            size: 100,
            sequence_number: seq,
            spec_id: 0,
            partition,
        }
    }

    fn delete(path: &str, kind: DeleteKind, seq: i64, spec: i64, partition: Value) -> DeleteFile {
        DeleteFile {
            path: path.into(),
            kind,
            format: "PARQUET".into(),
            record_count: 1,
            size: 100,
            sequence_number: seq,
            spec_id: spec,
            partition,
            referenced_data_file: None,
            path_bounds: (None, None),
        }
    }

    #[test]
    fn sequence_numbers_and_partitions_scope_deletes() {
        let specs = Specs::from_metadata(&json!({"partition-specs": [
            {"spec-id": 0, "fields": [{"name": "r", "transform": "identity", "source-id": 2, "field-id": 1000}]},
            {"spec-id": 1, "fields": []}]}));
        let eu = json!({"r": "eu"});
        let mut pos_other = delete("pos-b", DeleteKind::Position, 5, 0, eu.clone());
        pos_other.path_bounds = (Some("b".into()), Some("b".into()));
        let mut dv_a = delete(
            "dv",
            DeleteKind::DeletionVector {
                offset: 4,
                size: 30,
            },
            5,
            0,
            eu.clone(),
        );
        dv_a.referenced_data_file = Some("a".into());
        let index = DeleteIndex::new(
            vec![
                delete("pos", DeleteKind::Position, 5, 0, eu.clone()),
                pos_other,
                dv_a,
                delete("eq-eu", DeleteKind::Equality(vec![1]), 5, 0, eu.clone()),
                delete(
                    "eq-us",
                    DeleteKind::Equality(vec![1]),
                    5,
                    0,
                    json!({"r": "us"}),
                ),
                delete("eq-global", DeleteKind::Equality(vec![1]), 5, 1, json!({})),
            ],
            &specs,
        )
        .unwrap();
        let names = |d: &DataFile| -> Vec<String> {
            index
                .for_data_file(d)
                .iter()
                .map(|f| f.path.clone())
                .collect()
        };
        // Same sequence number: position deletes and DVs apply, equality deletes do not.
        assert_eq!(names(&data("a", 5, eu.clone())), ["pos", "dv"]);
        // Older data: everything in its partition, and the unpartitioned equality delete.
        assert_eq!(
            names(&data("a", 4, eu.clone())),
            ["pos", "dv", "eq-eu", "eq-global"]
        );
        assert_eq!(
            names(&data("b", 4, eu.clone())),
            ["pos", "pos-b", "eq-eu", "eq-global"]
        );
        // Newer data: nothing.
        assert!(names(&data("a", 6, eu)).is_empty());
        // An equality delete of an unknown spec is refused.
        let unknown = DeleteIndex::new(
            vec![delete("x", DeleteKind::Equality(vec![1]), 1, 9, json!({}))],
            &specs,
        );
        assert!(matches!(unknown, Err(DeleteError::Unsupported(_))));
    }

    #[test]
    fn rows_are_deleted_by_position_or_by_key() {
        let set = EqualitySet {
            fields: vec![json!({"id": 1, "name": "id", "type": "long"})],
            keys: ["[3]".to_string(), "[null]".to_string()]
                .into_iter()
                .collect(),
        };
        let deletes = RowDeletes {
            positions: [0u64, 7].into_iter().collect(),
            equality: vec![Rc::new(set)],
        };
        assert!(deletes.is_deleted(0, &json!({"id": 1})));
        assert!(deletes.is_deleted(2, &json!({"id": 3, "x": "y"})));
        assert!(deletes.is_deleted(2, &json!({"id": null})));
        assert!(!deletes.is_deleted(1, &json!({"id": 1})));
        assert_eq!(deletes.needed_fields().len(), 1);
    }

    #[test]
    fn delete_files_not_read_yet_are_fetched_ahead_together() {
        struct Recorded(RefCell<Vec<Vec<(String, u64)>>>);
        impl OpenFile for Recorded {
            fn open(&self, _: &str) -> Result<Box<dyn RangeSource + '_>, String> {
                Err("no reads in this test".into())
            }
            fn fetch_ahead(&self, files: &[(&str, u64)]) {
                let files = files.iter().map(|(p, n)| (p.to_string(), *n)).collect();
                self.0.borrow_mut().push(files);
            }
        }
        let recorded = Recorded(RefCell::new(Vec::new()));
        let field = |_: i64| None;
        let mut loader = DeleteLoader::new(&recorded, &field);
        loader
            .positions
            .insert("read".into(), Rc::new(HashMap::new()));
        let dv = DeleteKind::DeletionVector {
            offset: 4,
            size: 30,
        };
        let mut big = delete("big", DeleteKind::Position, 1, 0, json!({}));
        big.size = 1_000;
        let files = [
            delete("p1", DeleteKind::Position, 1, 0, json!({})),
            delete("read", DeleteKind::Position, 1, 0, json!({})),
            delete("dv", dv, 1, 0, json!({})),
            delete("eq", DeleteKind::Equality(vec![1]), 1, 0, json!({})),
            delete("p1", DeleteKind::Position, 1, 0, json!({})),
            big,
        ];
        loader.fetch_ahead(&files, 500);
        // Not the one read, the deletion vector, the second mention or what exceeds the limit.
        let want = vec![("p1".to_string(), 100), ("eq".to_string(), 100)];
        assert_eq!(*recorded.0.borrow(), vec![want]);
        // One file left to read is not worth a round of its own.
        loader.fetch_ahead(&files[..2], 500);
        assert_eq!(recorded.0.borrow().len(), 1);
    }

    #[test]
    fn equality_on_floats_is_refused_and_budgets_hold() {
        struct NoFiles;
        impl OpenFile for NoFiles {
            fn open(&self, _: &str) -> Result<Box<dyn RangeSource + '_>, String> {
                Err("no I/O in this test".into())
            }
        }
        let field = |id: i64| Some(json!({"id": id, "name": "f", "type": "double"}));
        let mut loader = DeleteLoader::new(&NoFiles, &field);
        let d = delete("eq", DeleteKind::Equality(vec![4]), 2, 0, json!({}));
        let err = loader.load(&data("a", 1, json!({})), &[&d]).unwrap_err();
        assert!(matches!(err, DeleteError::Unsupported(m) if m.contains("double")));
        loader.budget = 3;
        assert_eq!(loader.take(4), Err(DeleteError::TooMany));
        assert!(loader.take(3).is_ok());
    }
}
