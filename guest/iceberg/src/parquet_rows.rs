//! Rows of a Parquet data file, read with ranged GETs: the footer (the file's last 64 KiB, or
//! as much as its metadata needs), then per row group only the column chunks of the projected
//! columns, row group by row group, until enough rows are collected. Decoding (pages, codecs
//! zstd/snappy/gzip, dictionaries, nesting) is the `parquet` crate's record API over the
//! fetched pieces; values become JSON by the Iceberg schema (`values`).

use super::prune::{row_group_may_match, Pruner};
use super::values::{child_for, render_struct};
use bytes::{Buf, Bytes};
use parquet::errors::ParquetError;
use parquet::file::metadata::{ParquetMetaDataReader, RowGroupMetaData};
use parquet::file::reader::{ChunkReader, FileReader, Length, SerializedFileReader};
use parquet::schema::types::Type;
use serde_json::{Map, Value};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Bytes read at the end of a file for its footer in the first request.
const FOOTER_GUESS: u64 = 64 * 1024;
/// Column chunks closer than this are fetched in one request.
const MERGE_GAP: u64 = 64 * 1024;

/// Where a file's bytes come from: `range(start, end)` returns bytes `start..=end`.
pub trait RangeSource {
    fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String>;

    /// Several ranges at once (`start..=end` each), in order. A source that can have requests
    /// in flight together overrides this; one after another is the fallback.
    fn ranges(&self, ranges: &[(u64, u64)]) -> Result<Vec<Vec<u8>>, String> {
        ranges
            .iter()
            .map(|&(start, end)| self.range(start, end))
            .collect()
    }
}

/// The pieces of one file fetched so far; the parquet reader may only touch those.
#[derive(Clone)]
pub(crate) struct Pieces {
    len: u64,
    fetched: Arc<Mutex<Vec<(u64, Bytes)>>>,
}

impl Pieces {
    fn add(&self, start: u64, bytes: Vec<u8>) {
        if let Ok(mut f) = self.fetched.lock() {
            f.push((start, Bytes::from(bytes)));
        }
    }

    /// Whether one piece holds bytes `start..end`.
    fn holds(&self, start: u64, end: u64) -> bool {
        self.fetched.lock().is_ok_and(|f| {
            f.iter()
                .any(|(offset, bytes)| start >= *offset && end <= offset + bytes.len() as u64)
        })
    }

    fn find(&self, start: u64, len: usize) -> parquet::errors::Result<Bytes> {
        let fetched = self
            .fetched
            .lock()
            .map_err(|_| ParquetError::General("piece list poisoned".into()))?;
        for (offset, bytes) in fetched.iter() {
            let end = offset + bytes.len() as u64;
            if start >= *offset && start.saturating_add(len as u64) <= end {
                let from = (start - offset) as usize;
                return Ok(bytes.slice(from..));
            }
        }
        Err(ParquetError::General(format!(
            "bytes {start}..+{len} of the file were not fetched (the file's metadata points outside its column chunks)"
        )))
    }
}

impl Length for Pieces {
    fn len(&self) -> u64 {
        self.len
    }
}

impl ChunkReader for Pieces {
    type T = bytes::buf::Reader<Bytes>;

    fn get_read(&self, start: u64) -> parquet::errors::Result<Self::T> {
        Ok(self.find(start, 0)?.reader())
    }

    fn get_bytes(&self, start: u64, length: usize) -> parquet::errors::Result<Bytes> {
        Ok(self.find(start, length)?.slice(..length))
    }
}

/// What reading one file took.
#[derive(Debug, Default)]
pub struct FileRead {
    pub requests: usize,
    pub bytes: u64,
    /// Rows decoded (kept or not).
    pub scanned: u64,
    /// Time spent waiting for the fetched bytes.
    pub fetching: Duration,
    /// Row groups skipped by their statistics, and the rows in them (neither decoded nor
    /// counted in `scanned`, yet looked at as far as completeness goes).
    pub row_groups_pruned: usize,
    pub rows_pruned: u64,
}

/// Which rows to keep, and when to stop.
pub struct Want<'a> {
    /// Stop once `rows` holds this many.
    pub rows: usize,
    /// Keep a decoded row (an object of `fields`), the file's row at this position (counted
    /// from 0, row groups skipped unread included)?
    pub keep: &'a dyn Fn(u64, &Value) -> bool,
    /// Stop after decoding this many rows of the file, kept or not.
    pub max_scanned: u64,
    /// Skip row groups whose statistics show no row can pass these (`prune::row_group_may_match`).
    pub pruners: &'a [Pruner],
}

/// One Parquet file being read with ranged GETs: the pieces fetched so far and what fetching
/// them took. Shared by the row reader here and the Arrow reader (`arrow::read`).
pub(crate) struct Fetcher<'a> {
    source: &'a dyn RangeSource,
    pub pieces: Pieces,
    pub stats: FileRead,
}

impl<'a> Fetcher<'a> {
    /// Fetches the footer of the `len`-byte file: its metadata, length and `PAR1`.
    pub fn open(source: &'a dyn RangeSource, len: u64) -> Result<Fetcher<'a>, String> {
        if len < 12 {
            return Err(format!("{len} bytes is too small for a Parquet file"));
        }
        let mut file = Fetcher {
            source,
            pieces: Pieces {
                len,
                fetched: Arc::new(Mutex::new(Vec::new())),
            },
            stats: FileRead::default(),
        };
        let (tail_start, _) = footer_range(len);
        file.fetch(&[(tail_start, len - 1)])?;
        let tail = file.pieces.find(len - 8, 8).map_err(|e| e.to_string())?;
        let meta_len = footer_length(&tail)?;
        if meta_len + 8 > len - 4 {
            return Err("the Parquet footer's length is larger than the file".into());
        }
        if meta_len + 8 > len - tail_start {
            // A footer larger than the first guess: fetch it whole (the reader wants one slice).
            file.fetch(&[(len - 8 - meta_len, len - 1)])?;
        }
        Ok(file)
    }

    /// Fetches the ranges (`start..=end` each) together.
    fn fetch(&mut self, ranges: &[(u64, u64)]) -> Result<(), String> {
        let began = Instant::now();
        let fetched = self.source.ranges(ranges)?;
        self.stats.fetching += began.elapsed();
        for (&(start, end), bytes) in ranges.iter().zip(fetched) {
            if bytes.len() as u64 != end - start + 1 {
                return Err(format!(
                    "asked for bytes {start}-{end}, got {} bytes",
                    bytes.len()
                ));
            }
            self.stats.requests += 1;
            self.stats.bytes += bytes.len() as u64;
            self.pieces.add(start, bytes);
        }
        Ok(())
    }

    /// Fetches the column chunks `chunks` (byte ranges `start..end`), merging near ones, all
    /// in flight together.
    pub fn fetch_chunks(&mut self, chunks: Vec<(u64, u64)>) -> Result<(), String> {
        let merged = merge_chunks(chunks);
        if merged
            .iter()
            .any(|&(start, end)| end > self.pieces.len || end <= start)
        {
            return Err("a column chunk lies outside the file".into());
        }
        // Chunks the bytes already held cover (all of them when the footer's read took a
        // small file whole, as for most delete files) are not asked for again.
        let inclusive: Vec<(u64, u64)> = merged
            .iter()
            .filter(|&&(s, e)| !self.pieces.holds(s, e))
            .map(|&(s, e)| (s, e - 1))
            .collect();
        self.fetch(&inclusive)
    }
}

/// Column chunks (`start..end`) as the requests that fetch them: sorted, and those closer
/// than `MERGE_GAP` joined (one request costs more than a few KiB read past).
pub fn merge_chunks(mut chunks: Vec<(u64, u64)>) -> Vec<(u64, u64)> {
    chunks.sort_unstable();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (start, end) in chunks {
        match merged.last_mut() {
            Some(last) if start <= last.1.saturating_add(MERGE_GAP) => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// The first request of a `len`-byte file (`start..=end`): its last bytes, which hold the
/// footer unless the footer is unusually large.
pub fn footer_range(len: u64) -> (u64, u64) {
    (len.saturating_sub(FOOTER_GUESS), len.saturating_sub(1))
}

/// The footer's length, from a file's last 8 bytes (`<length> PAR1`).
fn footer_length(tail: &[u8]) -> Result<u64, String> {
    match tail {
        [a, b, c, d, b'P', b'A', b'R', b'1'] => Ok(u64::from(u32::from_le_bytes([*a, *b, *c, *d]))),
        _ => Err("not a Parquet file (no PAR1 at its end)".into()),
    }
}

/// The requests (`start..end`, merged as `Fetcher` merges them) that reading `fields` of the
/// first `rows` rows will make after the footer, planned from the bytes `footer_range` gave
/// (`tail`). None when the tail does not hold the whole footer or cannot be parsed: the reader
/// then finds out for itself. A plan is only a guess ahead; the reader still asks for what it
/// needs, so a wrong plan costs requests, never rows.
pub fn planned_chunks(
    tail: &[u8],
    fields: &[Value],
    pruners: &[Pruner],
    rows: u64,
) -> Option<Vec<(u64, u64)>> {
    let meta_len = footer_length(tail.get(tail.len().checked_sub(8)?..)?).ok()? as usize;
    let meta_start = tail.len().checked_sub(8 + meta_len)?;
    let meta = ParquetMetaDataReader::decode_metadata(&tail[meta_start..tail.len() - 8]).ok()?;
    let root = meta.file_metadata().schema();
    let Type::GroupType { fields: children, .. } = root else {
        return None;
    };
    let wanted: Vec<&str> = children
        .iter()
        .filter(|child| {
            fields
                .iter()
                .any(|f| child_for(root, f).is_some_and(|(_, c)| std::ptr::eq(c, child.as_ref())))
        })
        .map(|c| c.name())
        .collect();
    let mut chunks = Vec::new();
    let mut planned = 0u64;
    for group in meta.row_groups() {
        if planned >= rows || wanted.is_empty() {
            break;
        }
        if !row_group_may_match(group, pruners) {
            continue;
        }
        planned += u64::try_from(group.num_rows()).unwrap_or(0);
        chunks.extend(chunks_under(group, |top| wanted.contains(&top)));
    }
    Some(merge_chunks(chunks))
}

/// The byte ranges of the row group's column chunks under the top-level columns `wanted` names.
fn chunks_under<'g>(
    group: &'g RowGroupMetaData,
    wanted: impl Fn(&str) -> bool + 'g,
) -> impl Iterator<Item = (u64, u64)> + 'g {
    group
        .columns()
        .iter()
        .filter(move |c| {
            c.column_descr()
                .path()
                .parts()
                .first()
                .is_some_and(|top| wanted(top))
        })
        .map(chunk_range)
}

/// The byte range `start..end` of a column chunk.
pub(crate) fn chunk_range(column: &parquet::file::metadata::ColumnChunkMetaData) -> (u64, u64) {
    let (start, n) = column.byte_range();
    (start, start.saturating_add(n))
}

/// Appends the rows of the Parquet file (`len` bytes, from `source`) that `want` keeps to
/// `rows`, each an object of `fields` (Iceberg top-level fields, in that order), until `rows`
/// holds `want.rows` or `want.max_scanned` rows were decoded.
pub fn read_rows(
    source: &dyn RangeSource,
    len: u64,
    fields: &[Value],
    want: &Want,
    rows: &mut Vec<Value>,
) -> Result<FileRead, String> {
    let mut file = Fetcher::open(source, len)?;
    let pieces = file.pieces.clone();
    let reader = SerializedFileReader::new(pieces.clone())
        .map_err(|e| format!("invalid Parquet metadata: {e}"))?;
    let root = reader.metadata().file_metadata().schema();
    // The file's top-level columns that hold the wanted fields, in file order.
    let mut projected: Vec<Arc<Type>> = Vec::new();
    if let Type::GroupType {
        fields: children, ..
    } = root
    {
        for child in children {
            let wanted = fields
                .iter()
                .any(|f| child_for(root, f).is_some_and(|(_, c)| std::ptr::eq(c, child.as_ref())));
            if wanted {
                projected.push(child.clone());
            }
        }
    }
    let names: Vec<String> = projected.iter().map(|c| c.name().to_string()).collect();
    let projection = Type::group_type_builder(root.name())
        .with_fields(projected)
        .build()
        .map_err(|e| e.to_string())?;
    let mut scanned = 0u64;
    // The file's row that comes next, skipped row groups counted.
    let mut position = 0u64;
    let done =
        |rows: &Vec<Value>, scanned: u64| rows.len() >= want.rows || scanned >= want.max_scanned;
    for g in 0..reader.num_row_groups() {
        if done(rows, scanned) {
            break;
        }
        let group = reader.metadata().row_group(g);
        let first = position;
        position += u64::try_from(group.num_rows()).unwrap_or(0);
        if !row_group_may_match(group, want.pruners) {
            file.stats.row_groups_pruned += 1;
            file.stats.rows_pruned += position - first;
            continue;
        }
        if names.is_empty() {
            // None of the wanted columns is in this file (added later): all null.
            let nulls = Value::Object(
                fields
                    .iter()
                    .map(|f| {
                        (
                            f["name"].as_str().unwrap_or_default().to_string(),
                            Value::Null,
                        )
                    })
                    .collect::<Map<String, Value>>(),
            );
            for at in first..position {
                if done(rows, scanned) {
                    break;
                }
                scanned += 1;
                if (want.keep)(at, &nulls) {
                    rows.push(nulls.clone());
                }
            }
            continue;
        }
        let chunks = chunks_under(group, |top| names.iter().any(|n| n == top)).collect();
        file.fetch_chunks(chunks)?;
        let group_reader = reader.get_row_group(g).map_err(|e| e.to_string())?;
        let iter = group_reader
            .get_row_iter(Some(projection.clone()))
            .map_err(|e| e.to_string())?;
        for (at, row) in (first..).zip(iter) {
            if done(rows, scanned) {
                break;
            }
            let row = row.map_err(|e| e.to_string())?;
            scanned += 1;
            let row = render_struct(&row, fields, &projection);
            if (want.keep)(at, &row) {
                rows.push(row);
            }
        }
    }
    file.stats.scanned = scanned;
    Ok(file.stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// An in-memory file that records the ranges asked for.
    struct Memory {
        bytes: Vec<u8>,
        asked: RefCell<Vec<(u64, u64)>>,
    }

    impl RangeSource for Memory {
        fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
            self.asked.borrow_mut().push((start, end));
            self.bytes
                .get(start as usize..=end as usize)
                .map(<[u8]>::to_vec)
                .ok_or_else(|| "out of range".to_string())
        }
    }

    fn read(bytes: Vec<u8>) -> (Result<FileRead, String>, Vec<(u64, u64)>) {
        let len = bytes.len() as u64;
        let source = Memory {
            bytes,
            asked: RefCell::new(Vec::new()),
        };
        let mut rows = Vec::new();
        let fields = [serde_json::json!({"id": 1, "name": "id", "type": "long"})];
        let want = Want {
            rows: 10,
            keep: &|_, _| true,
            max_scanned: u64::MAX,
            pruners: &[],
        };
        let result = read_rows(&source, len, &fields, &want, &mut rows);
        assert!(rows.is_empty());
        (result, source.asked.into_inner())
    }

    #[test]
    fn hostile_files_are_errors_and_only_the_tail_is_fetched() {
        let (r, asked) = read(vec![0u8; 100_000]);
        assert!(r.unwrap_err().contains("not a Parquet file"));
        // One request, for the last 64 KiB only.
        assert_eq!(asked, vec![(100_000 - FOOTER_GUESS, 99_999)]);
        // A footer length larger than the file.
        let mut lying = b"PAR1".to_vec();
        lying.extend_from_slice(&[0; 20]);
        lying.extend_from_slice(&u32::MAX.to_le_bytes());
        lying.extend_from_slice(b"PAR1");
        assert!(read(lying).0.unwrap_err().contains("larger than the file"));
        // A plausible length over garbage metadata.
        let mut garbage = b"PAR1".to_vec();
        garbage.extend_from_slice(&[0xff; 40]);
        garbage.extend_from_slice(&40u32.to_le_bytes());
        garbage.extend_from_slice(b"PAR1");
        assert!(read(garbage)
            .0
            .unwrap_err()
            .contains("invalid Parquet metadata"));
        assert!(read(b"PAR1".to_vec()).0.unwrap_err().contains("too small"));
    }
}
