//! One Parquet data file → Arrow record batches of the table's schema, with the `parquet`
//! crate's Arrow reader: ranged GETs as the row reader does them (`parquet_rows::Fetcher`:
//! the footer, then per row group only the chunks of the projected columns), decoding only
//! the projected top-level columns, and position deletes (position delete files and deletion
//! vectors) applied to each batch as a selection mask. Equality deletes compare rendered
//! values and stay with the row reader (`deletes`); the caller sends those files there.
//!
//! A read that names no column (`count(*)`) decodes nothing: each row group's row count, less
//! its deleted positions, is the answer.

use super::adapt::{child_index, columns_of};
use crate::parquet_rows::{chunk_range, Fetcher, FileRead, RangeSource};
use crate::prune::{row_group_may_match, Pruner};
use arrow_array::builder::BooleanBufferBuilder;
use arrow_array::{BooleanArray, RecordBatch, RecordBatchOptions};
use arrow_schema::{Fields, Schema, SchemaRef};
use parquet::arrow::arrow_reader::{
    ArrowReaderMetadata, ArrowReaderOptions, ParquetRecordBatchReaderBuilder,
};
use parquet::arrow::ProjectionMask;
use roaring::RoaringTreemap;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Rows per batch handed to the sink.
pub const BATCH_ROWS: usize = 8192;

/// What to read of one file.
pub struct Want<'a> {
    /// Iceberg top-level fields of the batches, in the order of `schema`.
    pub fields: &'a [Value],
    /// Their Arrow schema (`schema::arrow_schema(fields)`).
    pub schema: &'a SchemaRef,
    /// Positions of the file's deleted rows.
    pub deleted: &'a RoaringTreemap,
    /// Stop once this many rows were kept.
    pub rows: u64,
    /// Stop after this many rows of the file (kept or deleted).
    pub max_scanned: u64,
    /// Skip row groups whose statistics show no row can pass these (`prune::row_group_may_match`).
    pub pruners: &'a [Pruner],
}

/// What reading one file took.
#[derive(Debug, Default)]
pub struct BatchRead {
    /// Requests, bytes, time fetching, rows decoded (as the row reader counts them).
    pub file: FileRead,
    /// Rows dropped because they are deleted.
    pub deleted: u64,
    /// Rows handed to the sink.
    pub kept: u64,
    /// Time spent decoding and adapting (the rest of the read's time is `file.fetching`).
    pub decoding: Duration,
}

/// Reads the Parquet file (`len` bytes, from `source`) into batches of `want.schema`, handing
/// each to `sink`, until `want.rows` rows were kept or `want.max_scanned` rows looked at.
pub fn read_batches(
    source: &dyn RangeSource,
    len: u64,
    want: &Want,
    sink: &mut dyn FnMut(RecordBatch) -> Result<(), String>,
) -> Result<BatchRead, String> {
    let began = Instant::now();
    let mut file = Fetcher::open(source, len)?;
    // The Arrow schema a writer embedded (pyarrow's, so PyIceberg's: `large_string`,
    // `large_list`) is ignored: the Parquet schema alone says what Iceberg needs, and decoding
    // strings straight to `Utf8` (the table's Arrow type) spares a copy of every string.
    let options = ArrowReaderOptions::new().with_skip_arrow_metadata(true);
    let meta = ArrowReaderMetadata::load(&file.pieces, options)
        .map_err(|e| format!("invalid Parquet metadata: {e}"))?;
    let parquet = Arc::clone(meta.metadata());
    let descr = parquet.file_metadata().schema_descr_ptr();
    let file_fields: Fields = meta.schema().fields().clone();
    // The file's top-level column of each wanted field (none: added to the table later).
    let roots: Vec<Option<usize>> = want
        .fields
        .iter()
        .map(|f| child_index(&file_fields, f))
        .collect();
    let mut projected: Vec<usize> = roots.iter().flatten().copied().collect();
    projected.sort_unstable();
    projected.dedup();
    // Where each wanted field is among the decoded (projected) columns.
    let found: Vec<Option<usize>> = roots
        .iter()
        .map(|r| r.and_then(|r| projected.binary_search(&r).ok()))
        .collect();
    let mut out = BatchRead::default();
    // Time in the sink is the caller's, not this read's.
    let mut sinking = Duration::ZERO;
    let mut position = 0u64;
    for g in 0..parquet.num_row_groups() {
        let group = parquet.row_group(g);
        let group_rows = u64::try_from(group.num_rows()).unwrap_or(0);
        let start = position;
        position += group_rows;
        let budget = want.max_scanned.saturating_sub(file.stats.scanned);
        if out.kept >= want.rows || budget == 0 {
            break;
        }
        let rows = group_rows.min(budget);
        if !row_group_may_match(group, want.pruners) {
            file.stats.row_groups_pruned += 1;
            file.stats.rows_pruned += group_rows;
            continue;
        }
        if want.fields.is_empty() {
            // Nothing to decode: the row count is in the metadata.
            let deleted = deleted_in(want.deleted, start, rows);
            let kept = (rows - deleted).min(want.rows - out.kept);
            file.stats.scanned += rows;
            out.deleted += deleted;
            out.kept += kept;
            sink(row_count_batch(kept as usize)?)?;
            continue;
        }
        if !projected.is_empty() {
            let chunks = group
                .columns()
                .iter()
                .enumerate()
                .filter(|(i, _)| projected.contains(&descr.get_column_root_idx(*i)))
                .map(|(_, c)| chunk_range(c))
                .collect();
            file.fetch_chunks(chunks)?;
        }
        let reader =
            ParquetRecordBatchReaderBuilder::new_with_metadata(file.pieces.clone(), meta.clone())
                .with_projection(ProjectionMask::roots(&descr, projected.iter().copied()))
                .with_row_groups(vec![g])
                .with_batch_size(BATCH_ROWS)
                .with_limit(usize::try_from(rows).unwrap_or(usize::MAX))
                .build()
                .map_err(|e| e.to_string())?;
        let mut at = start;
        for batch in reader {
            if out.kept >= want.rows {
                break;
            }
            let batch = batch.map_err(|e| e.to_string())?;
            let n = batch.num_rows();
            file.stats.scanned += n as u64;
            let columns = columns_of(
                batch.columns(),
                &found,
                n,
                want.fields,
                want.schema.fields(),
            )?;
            let mut adapted = RecordBatch::try_new_with_options(
                Arc::clone(want.schema),
                columns,
                &RecordBatchOptions::new().with_row_count(Some(n)),
            )
            .map_err(|e| e.to_string())?;
            let deleted = deleted_in(want.deleted, at, n as u64);
            if deleted > 0 {
                let keep = kept_mask(want.deleted, at, n);
                adapted = arrow_select::filter::filter_record_batch(&adapted, &keep)
                    .map_err(|e| e.to_string())?;
                out.deleted += deleted;
            }
            at += n as u64;
            let room = usize::try_from(want.rows - out.kept).unwrap_or(usize::MAX);
            if adapted.num_rows() > room {
                adapted = adapted.slice(0, room);
            }
            out.kept += adapted.num_rows() as u64;
            let handed = Instant::now();
            sink(adapted)?;
            sinking += handed.elapsed();
        }
    }
    out.decoding = began
        .elapsed()
        .saturating_sub(file.stats.fetching + sinking);
    out.file = file.stats;
    Ok(out)
}

/// A batch of `rows` rows and no columns (what a scan that reads no column hands out).
pub fn row_count_batch(rows: usize) -> Result<RecordBatch, String> {
    RecordBatch::try_new_with_options(
        Arc::new(Schema::empty()),
        vec![],
        &RecordBatchOptions::new().with_row_count(Some(rows)),
    )
    .map_err(|e| e.to_string())
}

/// The selection mask of positions `start..start + n`: false where deleted. Built from the
/// deleted positions in the range, not by asking the bitmap about every row (a million
/// look-ups per million rows was a visible part of decoding with 1 % deleted).
fn kept_mask(deleted: &RoaringTreemap, start: u64, n: usize) -> BooleanArray {
    let mut keep = BooleanBufferBuilder::new(n);
    keep.append_n(n, true);
    let mut positions = deleted.iter();
    positions.advance_to(start);
    for p in positions.take_while(|&p| p < start + n as u64) {
        // In range: `p - start < n`.
        keep.set_bit((p - start) as usize, false);
    }
    BooleanArray::new(keep.finish(), None)
}

/// How many of the positions `start..start + n` are deleted.
fn deleted_in(deleted: &RoaringTreemap, start: u64, n: u64) -> u64 {
    if n == 0 || deleted.is_empty() {
        return 0;
    }
    deleted.range_cardinality(start..start + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arrow::schema::arrow_schema;
    use crate::parquet_rows::{read_rows, Want as RowWant};
    use crate::write::parquet_file::tests::{
        nested_rows, nested_schema, primitive_rows, primitives, Memory,
    };
    use crate::write::parquet_file::write;
    use crate::write::rows::convert;
    use arrow_select::concat::concat_batches;

    fn file(schema: &Value, rows: &[Value]) -> Vec<u8> {
        write(schema, &convert(schema, rows).unwrap())
            .unwrap()
            .bytes
    }

    /// The batches read straight into Arrow.
    fn batches(
        bytes: &[u8],
        fields: &[Value],
        deleted: &RoaringTreemap,
        rows: u64,
    ) -> (RecordBatch, BatchRead) {
        let schema = Arc::new(arrow_schema(fields).unwrap());
        let want = Want {
            fields,
            schema: &schema,
            deleted,
            rows,
            max_scanned: u64::MAX,
            pruners: &[],
        };
        let mut got = Vec::new();
        let read = read_batches(
            &Memory(bytes.to_vec()),
            bytes.len() as u64,
            &want,
            &mut |b| {
                got.push(b);
                Ok(())
            },
        )
        .unwrap();
        (concat_batches(&schema, &got).unwrap(), read)
    }

    /// The rows the row reader renders, read into Arrow as the SQL engine did before.
    fn via_json(bytes: &[u8], fields: &[Value]) -> RecordBatch {
        let want = RowWant {
            rows: usize::MAX,
            keep: &|_, _| true,
            max_scanned: u64::MAX,
            pruners: &[],
        };
        let mut rows = Vec::new();
        read_rows(
            &Memory(bytes.to_vec()),
            bytes.len() as u64,
            fields,
            &want,
            &mut rows,
        )
        .unwrap();
        let schema = Arc::new(arrow_schema(fields).unwrap());
        let mut decoder = arrow_json::ReaderBuilder::new(Arc::clone(&schema))
            .build_decoder()
            .unwrap();
        decoder.serialize(&rows).unwrap();
        decoder
            .flush()
            .unwrap()
            .unwrap_or_else(|| RecordBatch::new_empty(schema))
    }

    #[test]
    fn kept_mask_is_false_exactly_at_the_deleted_positions_in_range() {
        let deleted: RoaringTreemap = [0u64, 3, 9, 10, 11, 40, 1 << 33].into_iter().collect();
        for (start, n) in [
            (0u64, 12usize),
            (3, 1),
            (4, 5),
            (9, 40),
            (100, 8),
            (1 << 33, 2),
        ] {
            let mask = kept_mask(&deleted, start, n);
            let expected: Vec<bool> = (start..start + n as u64)
                .map(|p| !deleted.contains(p))
                .collect();
            assert_eq!(
                mask.values().iter().collect::<Vec<_>>(),
                expected,
                "{start}+{n}"
            );
            assert_eq!(arrow_array::Array::null_count(&mask), 0);
        }
    }

    #[test]
    fn every_type_reads_as_the_row_reader_renders_it() {
        for (schema, rows) in [
            (primitives(true), primitive_rows()),
            (primitives(false), primitive_rows()),
            (nested_schema(), nested_rows()),
        ] {
            let bytes = file(&schema, &rows);
            let fields = schema["fields"].as_array().unwrap();
            let (arrow, read) = batches(&bytes, fields, &RoaringTreemap::new(), u64::MAX);
            assert_eq!(read.kept, rows.len() as u64);
            assert_eq!(arrow, via_json(&bytes, fields));
        }
    }

    #[test]
    fn projection_evolution_deletes_and_limits() {
        let schema = primitives(false);
        let rows = primitive_rows();
        let bytes = file(&schema, &rows);
        let all = schema["fields"].as_array().unwrap();
        // Two columns in another order, one renamed, and one the file does not have.
        let mut renamed = all[2].clone();
        renamed["name"] = "big".into();
        let added =
            serde_json::json!({"id": 99, "name": "added", "required": false, "type": "string"});
        let fields = vec![renamed, all[0].clone(), added];
        let (arrow, _) = batches(&bytes, &fields, &RoaringTreemap::new(), u64::MAX);
        assert_eq!(arrow.schema().field(0).name(), "big");
        assert_eq!(arrow.column(2).null_count(), 2);
        assert_eq!(
            arrow.slice(0, 1),
            batches(&bytes, &fields, &RoaringTreemap::new(), 1).0
        );
        // The first row deleted: only the second is read, and counted as deleted.
        let deleted: RoaringTreemap = [0u64].into_iter().collect();
        let (kept, read) = batches(&bytes, &fields, &deleted, u64::MAX);
        assert_eq!(
            (kept.num_rows(), read.deleted, read.file.scanned),
            (1, 1, 2)
        );
        assert_eq!(kept, arrow.slice(1, 1));
        // Only columns the file does not have: nulls, one per row, and no column chunk fetched.
        let (nulls, read) = batches(&bytes, &fields[2..], &RoaringTreemap::new(), u64::MAX);
        assert_eq!((nulls.num_rows(), nulls.column(0).null_count()), (2, 2));
        assert_eq!(read.file.requests, 1);
        // count(*): no column decoded, no column chunk fetched.
        let (count, read) = batches(&bytes, &[], &deleted, u64::MAX);
        assert_eq!((count.num_rows(), read.kept, read.file.requests), (1, 1, 1));
    }

    /// Records the ranges asked for.
    struct Recording {
        bytes: Vec<u8>,
        asked: std::cell::RefCell<Vec<(u64, u64)>>,
    }

    impl RangeSource for Recording {
        fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
            self.asked.borrow_mut().push((start, end));
            Memory(self.bytes.clone()).range(start, end)
        }
    }

    #[test]
    fn the_plan_ahead_is_what_both_readers_ask_for() {
        use crate::parquet_rows::{footer_range, planned_chunks};
        let schema = primitives(false);
        let bytes = file(&schema, &primitive_rows());
        let len = bytes.len() as u64;
        let all = schema["fields"].as_array().unwrap().clone();
        let added =
            serde_json::json!({"id": 99, "name": "added", "required": false, "type": "string"});
        let (start, end) = footer_range(len);
        let tail = &bytes[start as usize..=end as usize];
        for fields in [
            all.clone(),
            vec![all[3].clone(), all[0].clone()],
            vec![added],
            vec![],
        ] {
            let plan = planned_chunks(tail, &fields, &[], u64::MAX).unwrap();
            // The readers ask for the footer's guess, then the planned chunks it does not hold:
            // none here, a file this small comes whole with its footer (as delete files do).
            assert_eq!(start, 0);
            let planned: Vec<(u64, u64)> = std::iter::once((start, end))
                .chain(
                    plan.iter()
                        .filter(|&&(s, _)| s < start)
                        .map(|&(s, e)| (s, e - 1)),
                )
                .collect();
            let source = Recording {
                bytes: bytes.clone(),
                asked: Default::default(),
            };
            let arrow_schema = Arc::new(arrow_schema(&fields).unwrap());
            let want = Want {
                fields: &fields,
                schema: &arrow_schema,
                deleted: &RoaringTreemap::new(),
                rows: u64::MAX,
                max_scanned: u64::MAX,
                pruners: &[],
            };
            read_batches(&source, len, &want, &mut |_| Ok(())).unwrap();
            assert_eq!(source.asked.take(), planned, "{fields:?}");
            if !fields.is_empty() {
                let rows = RowWant {
                    rows: usize::MAX,
                    keep: &|_, _| true,
                    max_scanned: u64::MAX,
                    pruners: &[],
                };
                read_rows(&source, len, &fields, &rows, &mut Vec::new()).unwrap();
                assert_eq!(source.asked.take(), planned, "rows of {fields:?}");
            }
        }
        // A tail that is not a footer plans nothing.
        assert_eq!(planned_chunks(&bytes[..100], &all, &[], u64::MAX), None);
    }

    #[test]
    fn row_groups_their_statistics_rule_out_are_skipped_by_both_readers() {
        use crate::filter::{Filter, Op};
        use crate::parquet_rows::{footer_range, planned_chunks};
        use crate::prune::Pruner;
        use arrow_array::{Int64Array, StringArray};
        use arrow_schema::{DataType, Field};
        use parquet::arrow::{ArrowWriter, PARQUET_FIELD_ID_META_KEY};
        use parquet::file::properties::WriterProperties;
        let field = |id: i64, name: &str, ty: DataType| {
            Field::new(name, ty, true)
                .with_metadata([(PARQUET_FIELD_ID_META_KEY.to_string(), id.to_string())].into())
        };
        let schema = Arc::new(Schema::new(vec![
            field(1, "id", DataType::Int64),
            field(2, "s", DataType::Utf8),
        ]));
        let ids: Vec<i64> = (0..30).collect();
        let batch = RecordBatch::try_new(
            Arc::clone(&schema),
            vec![
                Arc::new(Int64Array::from(ids.clone())),
                Arc::new(StringArray::from_iter_values(
                    ids.iter().map(|i| format!("v{i:02}")),
                )),
            ],
        )
        .unwrap();
        let mut bytes = Vec::new();
        let props = WriterProperties::builder()
            .set_max_row_group_row_count(Some(10))
            .build();
        let mut writer = ArrowWriter::try_new(&mut bytes, schema, Some(props)).unwrap();
        writer.write(&batch).unwrap();
        writer.close().unwrap();
        let fields = vec![
            serde_json::json!({"id": 1, "name": "id", "type": "long", "required": false}),
            serde_json::json!({"id": 2, "name": "s", "type": "string", "required": false}),
        ];
        let pruner = |column: &str, op, value: Value| {
            let f = fields.iter().find(|f| f["name"] == column).unwrap();
            let filter = Filter {
                column: column.into(),
                op,
                value: Some(value),
            };
            Pruner::new(f, &filter).unwrap()
        };
        // Rows 5 and 21 are deleted; the first two row groups cannot hold id >= 25 or s > 'v24'.
        let deleted: RoaringTreemap = [5u64, 21].into_iter().collect();
        for pruners in [
            vec![pruner("id", Op::Ge, 25.into())],
            vec![pruner("s", Op::Gt, "v24".into())],
        ] {
            let arrow_schema = Arc::new(arrow_schema(&fields).unwrap());
            let want = Want {
                fields: &fields,
                schema: &arrow_schema,
                deleted: &deleted,
                rows: u64::MAX,
                max_scanned: u64::MAX,
                pruners: &pruners,
            };
            let mut got = Vec::new();
            let read = read_batches(
                &Memory(bytes.clone()),
                bytes.len() as u64,
                &want,
                &mut |b| {
                    got.push(b);
                    Ok(())
                },
            )
            .unwrap();
            let read_ids: Vec<i64> = got
                .iter()
                .flat_map(|b| {
                    let c = b.column(0).as_any().downcast_ref::<Int64Array>().unwrap();
                    c.values().to_vec()
                })
                .collect();
            let kept: Vec<i64> = (20..30).filter(|i| *i != 21).collect();
            assert_eq!(read_ids, kept);
            assert_eq!((read.file.row_groups_pruned, read.file.scanned), (2, 10));
            // The row reader skips the same groups and still knows each row's position.
            let keep = |at: u64, _: &Value| !deleted.contains(at);
            let rows_want = RowWant {
                rows: usize::MAX,
                keep: &keep,
                max_scanned: u64::MAX,
                pruners: &pruners,
            };
            let mut rows = Vec::new();
            let read = read_rows(
                &Memory(bytes.clone()),
                bytes.len() as u64,
                &fields,
                &rows_want,
                &mut rows,
            )
            .unwrap();
            let row_ids: Vec<i64> = rows.iter().map(|r| r["id"].as_i64().unwrap()).collect();
            assert_eq!((row_ids, read.row_groups_pruned), (kept, 2));
            // Fetching ahead plans only the third group's chunks.
            let (start, end) = footer_range(bytes.len() as u64);
            let tail = &bytes[start as usize..=end as usize];
            let everything = planned_chunks(tail, &fields, &[], u64::MAX).unwrap();
            let planned = planned_chunks(tail, &fields, &pruners, u64::MAX).unwrap();
            assert!(planned.len() == 1 && planned[0].1 == everything.last().unwrap().1);
            assert!(planned[0].0 > everything[0].0, "{planned:?} {everything:?}");
        }
        // A filter no group rules out skips none.
        let pruners = [pruner("id", Op::Le, 29.into())];
        let keep = |_: u64, _: &Value| true;
        let rows_want = RowWant {
            rows: usize::MAX,
            keep: &keep,
            max_scanned: u64::MAX,
            pruners: &pruners,
        };
        let read = read_rows(
            &Memory(bytes.clone()),
            bytes.len() as u64,
            &fields,
            &rows_want,
            &mut Vec::new(),
        )
        .unwrap();
        assert_eq!((read.row_groups_pruned, read.scanned), (0, 30));
    }
}
