//! Reading the live rows of one snapshot of a table, shared by `preview_table` and
//! `query_database`: the snapshot's manifest list, its manifests (pruned by partition
//! summaries and column bounds), then the Parquet data files with ranged GETs (footer, then
//! only the needed columns' chunks), with row-level deletes (position, equality, deletion
//! vectors) applied per data file. Rows reach the caller one data file at a time, so a caller
//! that converts them (SQL) never holds the whole table as JSON.

use super::table_meta::{in_warehouse, Loaded};
use super::Failure;
use crate::aws::Client;
use crate::iceberg::avro;
use crate::iceberg::deletes::{DeleteIndex, DeleteLoader, OpenFile, RowDeletes};
use crate::iceberg::filter::Predicate;
use crate::iceberg::parquet_rows::{read_rows, RangeSource, Want};
use crate::iceberg::prune::{Pruner, Specs};
use crate::iceberg::scan::{self, Content, DataFile};
use crate::s3::{Purpose, S3Location, S3};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::time::{Duration, Instant};

/// What to read.
pub struct ReadSpec<'a> {
    /// The top-level fields each row holds, in this order.
    pub fields: Vec<Value>,
    /// Keep only rows that pass every one (their columns are read even when not in `fields`).
    pub predicates: &'a [Predicate],
    /// Skip manifests and data files that cannot hold a row passing all of these.
    pub pruners: &'a [Pruner],
    /// Stop once this many rows were kept.
    pub limit: u64,
    /// Stop after decoding this many rows (kept, filtered out or deleted).
    pub max_scanned: u64,
}

/// What one read did.
#[derive(Debug, Default, Clone)]
pub struct ReadStats {
    pub files_read: usize,
    pub files_pruned: usize,
    pub manifests_pruned: usize,
    pub delete_files_read: usize,
    /// Rows decoded (kept, filtered out or deleted).
    pub scanned: u64,
    /// Rows skipped because a delete applies to them.
    pub deleted: u64,
    /// Rows handed to the caller.
    pub kept: u64,
    /// Every live row of the snapshot was looked at.
    pub complete: bool,
    /// Waiting for data files' bytes (not metadata, manifests or delete files).
    pub fetching: Duration,
    /// Decoding data files.
    pub decoding: Duration,
}

impl ReadStats {
    /// Whether the read stopped at `max_scanned` before looking at every row.
    pub fn scan_limit_reached(&self, spec: &ReadSpec) -> bool {
        !self.complete && self.scanned >= spec.max_scanned
    }
}

/// The table being read: where its files may be, and how to fetch them.
pub struct TableSource<'a> {
    pub client: &'a Client<'a>,
    pub region: &'a str,
    pub loaded: &'a Loaded,
    /// The fields of the schema being read (for the predicate's column and deletes).
    pub all_fields: &'a [Value],
}

/// One data file to decode, with everything that decides which of its rows are kept.
pub struct FileTask<'a> {
    pub source: &'a dyn RangeSource,
    pub file: &'a DataFile,
    pub deletes: &'a RowDeletes,
    /// The fields to decode: the wanted ones (`ReadSpec::fields`, first, in order), then the
    /// columns read only for the predicates or equality deletes, named in `hidden`.
    pub fields: &'a [Value],
    pub hidden: &'a [String],
    /// Keep only rows that pass every one.
    pub predicates: &'a [Predicate],
    /// Stop once this many rows were kept.
    pub rows: u64,
    /// Stop after decoding this many rows of the file.
    pub max_scanned: u64,
}

/// What decoding one data file did.
#[derive(Debug, Default)]
pub struct FileCounts {
    pub scanned: u64,
    pub deleted: u64,
    pub kept: u64,
    /// Waiting for the file's bytes.
    pub fetching: Duration,
    /// Decoding them (the rest of the file's time).
    pub decoding: Duration,
}

/// How a reader's caller wants rows: each data file's kept rows decoded and handed on.
pub trait DecodeFile {
    fn decode(&mut self, task: &FileTask) -> Result<FileCounts, Failure>;
}

/// Rows as JSON objects of the wanted fields (`values` renders them), a data file at a time.
pub struct JsonRows<'s>(pub &'s mut dyn FnMut(Vec<Value>) -> Result<(), Failure>);

impl DecodeFile for JsonRows<'_> {
    fn decode(&mut self, task: &FileTask) -> Result<FileCounts, Failure> {
        let (rows, counts) = json_rows(task)?;
        (self.0)(rows)?;
        Ok(counts)
    }
}

/// The kept rows of one data file as JSON objects of the wanted fields.
pub fn json_rows(task: &FileTask) -> Result<(Vec<Value>, FileCounts), Failure> {
    let began = Instant::now();
    let position = Cell::new(0u64);
    let deleted = Cell::new(0u64);
    let keep = |row: &Value| {
        let pos = position.get();
        position.set(pos + 1);
        if task.deletes.is_deleted(pos, row) {
            deleted.set(deleted.get() + 1);
            return false;
        }
        task.predicates.iter().all(|p| p.keeps(row))
    };
    let want = Want {
        rows: usize::try_from(task.rows).unwrap_or(usize::MAX),
        keep: &keep,
        max_scanned: task.max_scanned,
    };
    let mut rows = Vec::new();
    let read = read_rows(task.source, task.file.size, task.fields, &want, &mut rows)
        .map_err(|e| data_file_error(task.file, &e))?;
    if !task.hidden.is_empty() {
        for row in &mut rows {
            if let Value::Object(obj) = row {
                strip(obj, task.hidden);
            }
        }
    }
    let counts = FileCounts {
        scanned: read.scanned,
        deleted: deleted.get(),
        kept: rows.len() as u64,
        fetching: read.fetching,
        decoding: began.elapsed().saturating_sub(read.fetching),
    };
    Ok((rows, counts))
}

/// One of the table's Avro files (manifest list, manifest), read whole from its warehouse.
fn read_avro(
    s3: &S3,
    warehouse: Option<&str>,
    path: &str,
    what: &str,
) -> Result<avro::Container, Failure> {
    let location = warehouse_object(path, warehouse, what)?;
    let bytes = s3
        .get_object(&location, Purpose::TableData)
        .map_err(|e| Failure::Tool(e.to_string()))?;
    avro::read(&bytes).map_err(|e| Failure::Tool(format!("Could not read the {what} {path}: {e}")))
}

/// What a read of a snapshot would touch, from its manifests alone (no data or delete file is
/// opened): the data files the pruners keep, their rows and bytes. `rows` bounds the rows a
/// read without a limit decodes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub files: usize,
    pub rows: u64,
    pub bytes: u64,
    pub files_pruned: usize,
    pub manifests_pruned: usize,
}

/// Plans a read of `snapshot` (none: an empty table) pruned by `pruners`, as `read` prunes.
pub fn plan(
    table: &TableSource,
    snapshot: Option<&Value>,
    pruners: &[Pruner],
) -> Result<Planned, Failure> {
    let mut planned = Planned::default();
    let Some(list) = snapshot.and_then(|s| s["manifest-list"].as_str()) else {
        return Ok(planned);
    };
    let warehouse = table.loaded.located["warehouseLocation"].as_str();
    let s3 = S3::new(table.client, table.region);
    let refused = |e: &dyn std::fmt::Display| Failure::Tool(format!("Refused: {e}."));
    let specs = Specs::from_metadata(&table.loaded.meta);
    let manifests = scan::manifests(&read_avro(&s3, warehouse, list, "manifest list")?)
        .map_err(|e| refused(&e))?;
    let keep_file = |file: &Value, spec_id: i64| {
        pruners
            .iter()
            .all(|p| p.file_may_match(file, specs.get(spec_id)))
    };
    for m in manifests.iter().filter(|m| m.content == Content::Data) {
        if pruners
            .iter()
            .any(|p| !p.manifest_may_match(&m.raw, &specs))
        {
            planned.manifests_pruned += 1;
            continue;
        }
        let found = scan::entries(
            m,
            &read_avro(&s3, warehouse, &m.path, "manifest")?,
            &keep_file,
        )
        .map_err(|e| refused(&e))?;
        planned.files_pruned += found.pruned;
        for file in found.data {
            planned.files += 1;
            planned.rows += u64::try_from(file.record_count).unwrap_or(0);
            planned.bytes += file.size;
        }
    }
    Ok(planned)
}

/// Every live data and delete file of `snapshot` (none: an empty table), from all its
/// manifests.
pub fn live_files(table: &TableSource, snapshot: Option<&Value>) -> Result<scan::Entries, Failure> {
    let mut files = scan::Entries::default();
    let Some(list) = snapshot.and_then(|s| s["manifest-list"].as_str()) else {
        return Ok(files);
    };
    let warehouse = table.loaded.located["warehouseLocation"].as_str();
    let s3 = S3::new(table.client, table.region);
    let refused = |e: &dyn std::fmt::Display| Failure::Tool(format!("Refused: {e}."));
    let manifests = scan::manifests(&read_avro(&s3, warehouse, list, "manifest list")?)
        .map_err(|e| refused(&e))?;
    for m in &manifests {
        let found = scan::entries(
            m,
            &read_avro(&s3, warehouse, &m.path, "manifest")?,
            &|_, _| true,
        )
        .map_err(|e| refused(&e))?;
        files.data.extend(found.data);
        files.deletes.extend(found.deletes);
    }
    Ok(files)
}

pub fn data_file_error(file: &DataFile, why: &str) -> Failure {
    Failure::Tool(format!("Could not read the data file {}: {why}", file.path))
}

/// Reads the rows of `snapshot` (none: an empty table) that `spec` asks for, each data file's
/// kept rows decoded by `decode` (rows of `spec.fields`, nothing else).
pub fn read(
    table: &TableSource,
    snapshot: Option<&Value>,
    spec: &ReadSpec,
    decode: &mut dyn DecodeFile,
) -> Result<ReadStats, Failure> {
    let mut stats = ReadStats {
        complete: true,
        ..ReadStats::default()
    };
    let Some(list) = snapshot.and_then(|s| s["manifest-list"].as_str()) else {
        return Ok(stats);
    };
    let meta = &table.loaded.meta;
    let mut read_fields = spec.fields.clone();
    // Columns read only to filter or to match equality deletes: not handed out.
    let mut hidden: Vec<String> = Vec::new();
    for p in spec.predicates {
        if !read_fields
            .iter()
            .any(|f| f["name"].as_str() == Some(p.column.as_str()))
        {
            let field = table
                .all_fields
                .iter()
                .find(|f| f["name"].as_str() == Some(p.column.as_str()))
                .ok_or_else(|| Failure::Tool(format!("Unknown column {:?}", p.column)))?;
            read_fields.push(field.clone());
            hidden.push(p.column.clone());
        }
    }
    let warehouse = table.loaded.located["warehouseLocation"].as_str();
    let s3 = S3::new(table.client, table.region);
    let read_avro = |path: &str, what: &str| read_avro(&s3, warehouse, path, what);
    let refused = |e: &dyn std::fmt::Display| Failure::Tool(format!("Refused: {e}."));
    let specs = Specs::from_metadata(meta);
    let manifests = scan::manifests(&read_avro(list, "manifest list")?).map_err(|e| refused(&e))?;
    let mut delete_files = Vec::new();
    for m in manifests.iter().filter(|m| m.content == Content::Deletes) {
        let found = scan::entries(m, &read_avro(&m.path, "delete manifest")?, &|_, _| true)
            .map_err(|e| refused(&e))?;
        delete_files.extend(found.deletes);
    }
    let index = DeleteIndex::new(delete_files, &specs).map_err(|e| refused(&e))?;
    let files = TableFiles { s3: &s3, warehouse };
    let lookup_field = |id: i64| field_by_id(meta, table.all_fields, id);
    let mut loader = DeleteLoader::new(&files, &lookup_field);
    let keep_file = |file: &Value, spec_id: i64| {
        spec.pruners
            .iter()
            .all(|p| p.file_may_match(file, specs.get(spec_id)))
    };
    let done = |stats: &ReadStats| stats.kept >= spec.limit || stats.scanned >= spec.max_scanned;
    'manifests: for m in manifests.iter().filter(|m| m.content == Content::Data) {
        if spec
            .pruners
            .iter()
            .any(|p| !p.manifest_may_match(&m.raw, &specs))
        {
            stats.manifests_pruned += 1;
            continue;
        }
        if done(&stats) {
            stats.complete = false;
            break 'manifests;
        }
        let found = scan::entries(m, &read_avro(&m.path, "manifest")?, &keep_file)
            .map_err(|e| refused(&e))?;
        stats.files_pruned += found.pruned;
        for file in found.data {
            if done(&stats) {
                stats.complete = false;
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
            let mut file_hidden = hidden.clone();
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
                file_hidden.push(name);
                file_fields.push(needed);
            }
            let location = warehouse_object(&file.path, warehouse, "data file")?;
            let counts = decode.decode(&FileTask {
                source: &S3File { s3: &s3, location },
                file: &file,
                deletes: &deletes,
                fields: &file_fields,
                hidden: &file_hidden,
                predicates: spec.predicates,
                rows: spec.limit - stats.kept,
                max_scanned: spec.max_scanned - stats.scanned,
            })?;
            stats.files_read += 1;
            stats.scanned += counts.scanned;
            stats.deleted += counts.deleted;
            stats.kept += counts.kept;
            stats.fetching += counts.fetching;
            stats.decoding += counts.decoding;
            if (counts.scanned as i64) < file.record_count {
                stats.complete = false;
            }
        }
    }
    stats.delete_files_read = loader.files_read;
    Ok(stats)
}

fn strip(row: &mut Map<String, Value>, hidden: &[String]) {
    for column in hidden {
        row.remove(column);
    }
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

/// `path` parsed, and only if it is in the table's warehouse bucket.
pub(super) fn warehouse_object(
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

/// The schema's top-level fields named by `columns` (in that order), or all of them.
pub fn select_columns(all: &[Value], columns: Option<&[String]>) -> Result<Vec<Value>, Failure> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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

    #[test]
    fn hidden_columns_are_stripped() {
        let mut row = json!({"a": 1, "b": 2, "c": 3});
        strip(row.as_object_mut().unwrap(), &["b".into(), "c".into()]);
        assert_eq!(row, json!({"a": 1}));
    }
}
