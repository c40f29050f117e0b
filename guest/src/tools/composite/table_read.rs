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
use crate::iceberg::parquet_rows::{self, read_rows, RangeSource, Want};
use crate::iceberg::prune::{Pruner, Specs};
use crate::iceberg::scan::{self, Content, DataFile, DeleteFile, ManifestFile, Planned};
use crate::s3::{Purpose, S3Location, S3};
use serde_json::{Map, Value};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
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
    /// Row groups of the data files read that their statistics skipped.
    pub row_groups_pruned: usize,
    pub delete_files_read: usize,
    /// Rows decoded (kept, filtered out or deleted).
    pub scanned: u64,
    /// Rows skipped because a delete applies to them.
    pub deleted: u64,
    /// Rows handed to the caller.
    pub kept: u64,
    /// Every live row of the snapshot was looked at.
    pub complete: bool,
    /// Fetching and decoding the manifest list and manifests.
    pub manifests: Duration,
    /// Fetching and decoding delete files.
    pub delete_files: Duration,
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
    /// Skip row groups that cannot hold a row passing every one.
    pub pruners: &'a [Pruner],
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
    /// Row groups the statistics skipped, and their rows.
    pub row_groups_pruned: usize,
    pub rows_pruned: u64,
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
    let deleted = Cell::new(0u64);
    let keep = |pos: u64, row: &Value| {
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
        pruners: task.pruners,
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
        row_groups_pruned: read.row_groups_pruned,
        rows_pruned: read.rows_pruned,
    };
    Ok((rows, counts))
}

/// One snapshot's manifests, read from the table's warehouse: the one place that walks them
/// and applies the pruning rule, so a read, a plan (EXPLAIN, `engine: auto`) and a listing of
/// live files cannot drift apart.
struct Manifests<'t> {
    s3: S3<'t>,
    warehouse: Option<&'t str>,
    specs: Specs,
    list: Vec<ManifestFile>,
}

impl<'t> Manifests<'t> {
    /// The manifests of `snapshot`; none for an empty table (no snapshot).
    fn open(table: &TableSource<'t>, snapshot: Option<&Value>) -> Result<Option<Self>, Failure> {
        let Some(list) = snapshot.and_then(|s| s["manifest-list"].as_str()) else {
            return Ok(None);
        };
        let mut manifests = Manifests {
            s3: S3::new(table.client, table.region),
            warehouse: table.loaded.located["warehouseLocation"].as_str(),
            specs: Specs::from_metadata(&table.loaded.meta),
            list: Vec::new(),
        };
        manifests.list =
            scan::manifests(&manifests.read_avro(list, "manifest list")?).map_err(refused)?;
        Ok(Some(manifests))
    }

    /// One of the table's Avro files (manifest list, manifest), read whole.
    fn read_avro(&self, path: &str, what: &'static str) -> Result<avro::Container, Failure> {
        let Some(read) = self.read_avros(&[(path, what)]).pop() else {
            unreachable!("one answer per file");
        };
        read
    }

    /// The table's Avro files (`path`, what it is), read whole, the requests in flight
    /// together; results in order.
    fn read_avros(&self, files: &[(&str, &'static str)]) -> Vec<Result<avro::Container, Failure>> {
        let locations = match files
            .iter()
            .map(|(path, what)| warehouse_object(path, self.warehouse, what))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(locations) => locations,
            // A path outside the warehouse fails the whole read, before anything is sent.
            Err(e) => return vec![Err(e)],
        };
        let located: Vec<&S3Location> = locations.iter().collect();
        files
            .iter()
            .zip(self.s3.get_objects(&located, Purpose::TableData))
            .map(|((path, what), bytes)| {
                let bytes = bytes.map_err(|e| Failure::Tool(e.to_string()))?;
                avro::read(&bytes)
                    .map_err(|e| Failure::Tool(format!("Could not read the {what} {path}: {e}")))
            })
            .collect()
    }

    /// The data manifests whose partition summaries let a row pass every pruner, and how
    /// many did not.
    fn data_kept(&self, pruners: &[Pruner]) -> (Vec<&ManifestFile>, usize) {
        let (kept, pruned): (Vec<&ManifestFile>, Vec<&ManifestFile>) = self
            .list
            .iter()
            .filter(|m| m.content == Content::Data)
            .partition(|m| {
                pruners
                    .iter()
                    .all(|p| p.manifest_may_match(&m.raw, &self.specs))
            });
        (kept, pruned.len())
    }

    /// The live files of each manifest (read together), data files kept only where their
    /// partition and column bounds let a row pass every pruner.
    fn entries(
        &self,
        manifests: &[&ManifestFile],
        pruners: &[Pruner],
    ) -> Result<Vec<scan::Entries>, Failure> {
        let keep = |file: &Value, spec_id: i64| {
            pruners
                .iter()
                .all(|p| p.file_may_match(file, self.specs.get(spec_id)))
        };
        let files: Vec<(&str, &'static str)> = manifests
            .iter()
            .map(|m| (m.path.as_str(), what(m)))
            .collect();
        manifests
            .iter()
            .zip(self.read_avros(&files))
            .map(|(m, container)| scan::entries(m, &container?, &keep).map_err(refused))
            .collect()
    }

    /// Every live delete file.
    fn delete_files(&self) -> Result<Vec<DeleteFile>, Failure> {
        let deletes: Vec<&ManifestFile> = self
            .list
            .iter()
            .filter(|m| m.content == Content::Deletes)
            .collect();
        Ok(self
            .entries(&deletes, &[])?
            .into_iter()
            .flat_map(|e| e.deletes)
            .collect())
    }
}

fn what(manifest: &ManifestFile) -> &'static str {
    match manifest.content {
        Content::Data => "manifest",
        Content::Deletes => "delete manifest",
    }
}

fn refused(e: impl std::fmt::Display) -> Failure {
    Failure::Tool(format!("Refused: {e}."))
}

/// Plans a read of `snapshot` (none: an empty table) pruned by `pruners`, as `read` prunes.
pub fn plan(
    table: &TableSource,
    snapshot: Option<&Value>,
    pruners: &[Pruner],
) -> Result<Planned, Failure> {
    let mut planned = Planned::default();
    let Some(manifests) = Manifests::open(table, snapshot)? else {
        return Ok(planned);
    };
    let (kept, pruned) = manifests.data_kept(pruners);
    planned.manifests_pruned = pruned;
    for found in manifests.entries(&kept, pruners)? {
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
    let Some(manifests) = Manifests::open(table, snapshot)? else {
        return Ok(files);
    };
    let all: Vec<&ManifestFile> = manifests.list.iter().collect();
    for found in manifests.entries(&all, &[])? {
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
    let began = Instant::now();
    let Some(manifests) = Manifests::open(table, snapshot)? else {
        return Ok(stats);
    };
    stats.manifests += began.elapsed();
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
    let s3 = &manifests.s3;
    let warehouse = manifests.warehouse;
    let began = Instant::now();
    let index = DeleteIndex::new(manifests.delete_files()?, &manifests.specs).map_err(refused)?;
    stats.manifests += began.elapsed();
    let files = TableFiles::new(s3, warehouse);
    let lookup_field = |id: i64| field_by_id(meta, table.all_fields, id);
    let mut loader = DeleteLoader::new(&files, &lookup_field);
    let done = |stats: &ReadStats| stats.kept >= spec.limit || stats.scanned >= spec.max_scanned;
    let (kept, pruned) = manifests.data_kept(spec.pruners);
    stats.manifests_pruned = pruned;
    // A read of every row reads every manifest: several at once (as many as requests go out
    // together), and the files of all of them are fetched ahead together. A limited read
    // opens manifests one at a time, as far as it needs.
    let whole = spec.limit == u64::MAX;
    let in_flight = table.client.config.limits.fan_out.max(1);
    let ahead_limit = ahead_bytes(table.client);
    let at_once = if whole { in_flight } else { 1 };
    'manifests: for group in kept.chunks(at_once) {
        if done(&stats) {
            stats.complete = false;
            break 'manifests;
        }
        let began = Instant::now();
        let mut data: Vec<DataFile> = Vec::new();
        for found in manifests.entries(group, spec.pruners)? {
            stats.files_pruned += found.pruned;
            data.extend(found.data);
        }
        stats.manifests += began.elapsed();
        // Pieces fetched ahead for the next files, in order (`fetch_ahead`).
        let mut ahead: VecDeque<Vec<(u64, Vec<u8>)>> = VecDeque::new();
        for (i, file) in data.iter().enumerate() {
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
            if ahead.is_empty() && whole {
                // Every row is wanted, so the next files will be read whole: fetch them ahead,
                // as many as fit in the scan's row budget.
                let mut rows_left = spec.max_scanned - stats.scanned;
                let window: Vec<(&DataFile, S3Location)> = data[i..]
                    .iter()
                    .take(in_flight)
                    .map_while(|f| {
                        let rows = u64::try_from(f.record_count).ok()?;
                        rows_left = rows_left.checked_sub(rows)?;
                        let location = warehouse_object(&f.path, warehouse, "data file").ok()?;
                        f.format
                            .eq_ignore_ascii_case("parquet")
                            .then_some((f, location))
                    })
                    .collect();
                if window.len() > 1 {
                    let began = Instant::now();
                    loader.fetch_ahead(
                        window.iter().flat_map(|(f, _)| index.for_data_file(f)),
                        ahead_limit,
                    );
                    stats.delete_files += began.elapsed();
                    let began = Instant::now();
                    ahead =
                        fetch_ahead(s3, &window, &read_fields, spec.pruners, ahead_limit).into();
                    stats.fetching += began.elapsed();
                }
            }
            let pieces = ahead.pop_front().unwrap_or_default();
            let began = Instant::now();
            let for_file = index.for_data_file(file);
            loader.fetch_ahead(for_file.iter().copied(), ahead_limit);
            let deletes = loader.load(file, &for_file).map_err(refused)?;
            stats.delete_files += began.elapsed();
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
                    return Err(refused(format!(
                        "an equality delete compares the dropped column {name:?}, whose name a current column now has"
                    )));
                }
                file_hidden.push(name);
                file_fields.push(needed);
            }
            let location = warehouse_object(&file.path, warehouse, "data file")?;
            let counts = decode.decode(&FileTask {
                source: &S3File::new(s3, location, pieces),
                file,
                deletes: &deletes,
                fields: &file_fields,
                hidden: &file_hidden,
                predicates: spec.predicates,
                pruners: spec.pruners,
                rows: spec.limit - stats.kept,
                max_scanned: spec.max_scanned - stats.scanned,
            })?;
            stats.files_read += 1;
            stats.scanned += counts.scanned;
            stats.deleted += counts.deleted;
            stats.kept += counts.kept;
            stats.fetching += counts.fetching;
            stats.decoding += counts.decoding;
            stats.row_groups_pruned += counts.row_groups_pruned;
            if ((counts.scanned + counts.rows_pruned) as i64) < file.record_count {
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

/// Ranged reads of one file of the table, served first from the pieces fetched ahead.
struct S3File<'a> {
    s3: &'a S3<'a>,
    location: S3Location,
    /// Pieces (offset, bytes) fetched ahead (`fetch_ahead`), each handed out once.
    ahead: RefCell<Vec<(u64, Vec<u8>)>>,
}

impl<'a> S3File<'a> {
    fn new(s3: &'a S3<'a>, location: S3Location, ahead: Vec<(u64, Vec<u8>)>) -> Self {
        S3File {
            s3,
            location,
            ahead: RefCell::new(ahead),
        }
    }

    /// Bytes `start..=end` from a piece fetched ahead that holds them; a piece asked for
    /// whole is taken out (the reader asks for each once).
    fn fetched_ahead(&self, start: u64, end: u64) -> Option<Vec<u8>> {
        let mut ahead = self.ahead.borrow_mut();
        let i = ahead
            .iter()
            .position(|(at, bytes)| start >= *at && end < at + bytes.len() as u64)?;
        let (at, bytes) = &ahead[i];
        let (from, to) = ((start - at) as usize, (end - at) as usize + 1);
        if from == 0 && to == bytes.len() {
            return Some(ahead.swap_remove(i).1);
        }
        Some(bytes[from..to].to_vec())
    }
}

impl RangeSource for S3File<'_> {
    fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
        self.ranges(&[(start, end)])?
            .pop()
            .ok_or_else(|| "no answer for a range".to_string())
    }

    fn ranges(&self, ranges: &[(u64, u64)]) -> Result<Vec<Vec<u8>>, String> {
        let ahead: Vec<Option<Vec<u8>>> = ranges
            .iter()
            .map(|&(start, end)| self.fetched_ahead(start, end))
            .collect();
        let missing: Vec<(&S3Location, u64, u64)> = ranges
            .iter()
            .zip(&ahead)
            .filter(|(_, piece)| piece.is_none())
            .map(|(&(start, end), _)| (&self.location, start, end))
            .collect();
        let mut fetched = self.s3.get_ranges(&missing, Purpose::TableData).into_iter();
        ahead
            .into_iter()
            .map(|piece| match piece {
                Some(bytes) => Ok(bytes),
                None => match fetched.next() {
                    Some(answer) => answer.map_err(|e| e.to_string()),
                    None => Err("no answer for a range".to_string()),
                },
            })
            .collect()
    }
}

/// Most bytes of column chunks fetched ahead at once: a quarter of what a query may hold
/// decoded (`--max-scan-mib`, 16 MiB by default), at most 64 MiB. The pieces wait in the
/// guest's memory beside the decoded batches, so this keeps them well inside
/// `--memory-limit-mib`, which the scan budget is set under.
fn ahead_bytes(client: &Client) -> u64 {
    let budget = client.config.limits.max_scan_bytes as u64;
    (budget / 4).min(64 * 1024 * 1024)
}

/// Fetches ahead what reading `fields` of each of `files` (whole) will ask for, in two rounds
/// of requests in flight together: every footer, then the planned column chunks of as many
/// files as fit in `limit` bytes. Returns each file's pieces. Without it a read waits for
/// each file's footer and then its chunks in turn; with it, once per round. A failed piece
/// is left out: the reader asks for it again and reports what went wrong.
fn fetch_ahead(
    s3: &S3,
    files: &[(&DataFile, S3Location)],
    fields: &[Value],
    pruners: &[Pruner],
    limit: u64,
) -> Vec<Vec<(u64, Vec<u8>)>> {
    let footers: Vec<(&S3Location, u64, u64)> = files
        .iter()
        .map(|(file, location)| {
            let (start, end) = parquet_rows::footer_range(file.size);
            (location, start, end)
        })
        .collect();
    let mut pieces: Vec<Vec<(u64, Vec<u8>)>> = Vec::with_capacity(files.len());
    let mut chunks: Vec<(usize, u64, u64)> = Vec::new();
    let mut planned_bytes = 0u64;
    for (i, (footer, answer)) in footers
        .iter()
        .zip(s3.get_ranges(&footers, Purpose::TableData))
        .enumerate()
    {
        let Ok(tail) = answer else {
            pieces.push(Vec::new());
            continue;
        };
        let rows = u64::try_from(files[i].0.record_count).unwrap_or(0);
        let mut plan =
            parquet_rows::planned_chunks(&tail, fields, pruners, rows).unwrap_or_default();
        // What the tail holds (a small file whole) the reader does not ask for again.
        plan.retain(|&(start, _)| start < footer.1);
        let bytes: u64 = plan.iter().map(|(start, end)| end - start).sum();
        if planned_bytes + bytes <= limit {
            planned_bytes += bytes;
            chunks.extend(plan.into_iter().map(|(start, end)| (i, start, end)));
        }
        pieces.push(vec![(footer.1, tail)]);
    }
    chunks.retain(|(_, start, end)| end > start);
    let requests: Vec<(&S3Location, u64, u64)> = chunks
        .iter()
        .map(|&(i, start, end)| (&files[i].1, start, end - 1))
        .collect();
    for (&(i, start, _), answer) in chunks
        .iter()
        .zip(s3.get_ranges(&requests, Purpose::TableData))
    {
        if let Ok(bytes) = answer {
            pieces[i].push((start, bytes));
        }
    }
    pieces
}

/// The table's delete files, read only from its warehouse bucket.
struct TableFiles<'a> {
    s3: &'a S3<'a>,
    warehouse: Option<&'a str>,
    /// Whole files fetched ahead (`OpenFile::fetch_ahead`), by path, until opened.
    ahead: RefCell<HashMap<String, Vec<u8>>>,
}

impl<'a> TableFiles<'a> {
    fn new(s3: &'a S3<'a>, warehouse: Option<&'a str>) -> Self {
        TableFiles {
            s3,
            warehouse,
            ahead: RefCell::new(HashMap::new()),
        }
    }

    fn location(&self, path: &str) -> Result<S3Location, String> {
        warehouse_object(path, self.warehouse, "delete file").map_err(|f| match f {
            Failure::Tool(m) | Failure::Schema(m) => m,
        })
    }
}

impl OpenFile for TableFiles<'_> {
    fn open(&self, path: &str) -> Result<Box<dyn RangeSource + '_>, String> {
        let location = self.location(path)?;
        let ahead = self.ahead.borrow_mut().remove(path);
        Ok(Box::new(S3File::new(
            self.s3,
            location,
            ahead.map(|bytes| vec![(0, bytes)]).unwrap_or_default(),
        )))
    }

    fn fetch_ahead(&self, files: &[(&str, u64)]) {
        // A path outside the warehouse is left for `open` to refuse with its message; a file
        // fetched ahead before and not opened yet is not fetched again.
        let held = self.ahead.borrow();
        let wanted: Vec<(&str, S3Location, u64)> = files
            .iter()
            .filter(|(path, size)| *size > 0 && !held.contains_key(*path))
            .filter_map(|&(path, size)| Some((path, self.location(path).ok()?, size)))
            .collect();
        let requests: Vec<(&S3Location, u64, u64)> = wanted
            .iter()
            .map(|(_, location, size)| (location, 0, size - 1))
            .collect();
        drop(held);
        let answers = self.s3.get_ranges(&requests, Purpose::TableData);
        let mut ahead = self.ahead.borrow_mut();
        for ((path, _, size), answer) in wanted.iter().zip(answers) {
            // A failed or short answer is left for `open`'s reads to find and report.
            match answer {
                Ok(bytes) if bytes.len() as u64 == *size => {
                    ahead.insert(path.to_string(), bytes);
                }
                _ => {}
            }
        }
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
