//! One table scan read into Arrow batches, within the query's budget of decoded rows and held
//! bytes. A query whose answer would need more is refused rather than answered from part of
//! the data. `decode` turns rows rendered as JSON (`iceberg::values`) into a batch, for the
//! reads that go through the row reader.

use super::pushdown;
use super::table::{PrefetchedTable, ScanKey};
use super::{Limits, Planned, ReadRequest, Tables};
use crate::iceberg::arrow::read::row_count_batch;
use crate::iceberg::filter::Filter;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::json::reader::ReaderBuilder;
use datafusion::arrow::record_batch::RecordBatch;
use serde_json::{json, Map, Value};
use std::sync::Arc;

/// What all scans of one query may still use.
pub struct Budget {
    rows_left: u64,
    bytes_left: usize,
    max_rows: u64,
    max_bytes: usize,
}

impl Budget {
    pub fn new(limits: &Limits) -> Budget {
        Budget {
            rows_left: limits.max_scanned_rows,
            bytes_left: limits.max_scanned_bytes,
            max_rows: limits.max_scanned_rows,
            max_bytes: limits.max_scanned_bytes,
        }
    }

    fn too_many_rows(&self) -> String {
        format!(
            "the query needs more than {} rows of table data (the server's {MAX_SCAN_ROWS}); add filters (partition columns skip whole files) or a LIMIT",
            self.max_rows
        )
    }

    /// Refuses a query whose scans were planned to decode more rows than the budget.
    pub fn check_planned(&self, rows: u64) -> Result<(), String> {
        if rows <= self.max_rows {
            return Ok(());
        }
        Err(format!(
            "the query would decode {rows} rows of table data, more than {} (the server's {MAX_SCAN_ROWS}); add filters (partition columns skip whole files) or a LIMIT",
            self.max_rows
        ))
    }

    fn too_many_bytes(&self) -> String {
        format!(
            "the query needs more than {} MiB of table data in memory (the server's {MAX_SCAN_MIB}); select fewer columns, add filters or a LIMIT",
            self.max_bytes / (1024 * 1024)
        )
    }
}

/// Whether an error is the budget's refusal (the text `Budget` writes): the query needs more
/// table data than the sandbox allows, and could run elsewhere (`engine: auto`).
pub fn is_over_budget(error: &str) -> bool {
    [MAX_SCAN_ROWS, MAX_SCAN_MIB]
        .iter()
        .any(|flag| error.contains(&format!("(the server's {flag})")))
}

const MAX_SCAN_ROWS: &str = "--max-scan-rows";
const MAX_SCAN_MIB: &str = "--max-scan-mib";

/// What a scan asks of its table: the Arrow schema and Iceberg fields of its projection, and
/// the pushed-down filters the reader can prune with.
fn scan_of(
    table: &PrefetchedTable,
    key: &ScanKey,
) -> Result<(SchemaRef, Vec<Value>, Vec<Filter>), String> {
    let schema: SchemaRef = match &key.projection {
        Some(p) => Arc::new(table.schema.project(p).map_err(|e| e.to_string())?),
        None => Arc::clone(&table.schema),
    };
    let fields: Vec<Value> = match &key.projection {
        Some(p) => p.iter().map(|&i| table.fields[i].clone()).collect(),
        None => table.fields.clone(),
    };
    let filters = key
        .filter_exprs
        .iter()
        .filter_map(pushdown::to_filter)
        .collect();
    Ok((schema, fields, filters))
}

/// What the scan `key` of `table` would read, as its table's manifests say.
pub fn estimate(
    table: &PrefetchedTable,
    key: &ScanKey,
    tables: &mut dyn Tables,
) -> Result<Option<Planned>, String> {
    let (schema, fields, filters) = scan_of(table, key)?;
    let request = ReadRequest {
        fields: &fields,
        schema: &schema,
        filters: &filters,
        limit: None,
        max_scanned: u64::MAX,
    };
    tables.estimate(table.index, &request)
}

/// Reads the scan `key` of `table`: its batches and the reader's counters.
pub fn read(
    table: &PrefetchedTable,
    key: &ScanKey,
    tables: &mut dyn Tables,
    budget: &mut Budget,
) -> Result<(Vec<RecordBatch>, Value), String> {
    let (schema, fields, filters) = scan_of(table, key)?;
    let request = ReadRequest {
        fields: &fields,
        schema: &schema,
        filters: &filters,
        limit: key.fetch.map(|n| n as u64),
        max_scanned: budget.rows_left,
    };
    let mut batches = Vec::new();
    // A refusal here comes back out of `tables.read` as its error.
    let mut sink = |batch: RecordBatch| -> Result<(), String> {
        let size = batch.get_array_memory_size();
        if size > budget.bytes_left {
            return Err(budget.too_many_bytes());
        }
        budget.bytes_left -= size;
        batches.push(batch);
        Ok(())
    };
    let report = tables.read(table.index, &request, &mut sink)?;
    budget.rows_left = budget.rows_left.saturating_sub(report.scanned);
    let rows_returned: usize = batches.iter().map(RecordBatch::num_rows).sum();
    let limit_met = key.fetch.is_some_and(|n| rows_returned >= n);
    if !report.complete && !limit_met {
        return Err(budget.too_many_rows());
    }
    let mut details = details(&fields, key);
    details.insert("rowsReturned".into(), rows_returned.into());
    if let Value::Object(extra) = report.details {
        details.extend(extra);
    }
    Ok((batches, Value::Object(details)))
}

/// What the scan `key` of `table` asks for — its columns, the filters that prune, its limit —
/// as EXPLAIN and a query's `scans` both show it.
pub fn scan_details(table: &PrefetchedTable, key: &ScanKey) -> Result<Map<String, Value>, String> {
    let (_, fields, _) = scan_of(table, key)?;
    Ok(details(&fields, key))
}

fn details(fields: &[Value], key: &ScanKey) -> Map<String, Value> {
    let pruned_by: Vec<String> = key
        .filter_exprs
        .iter()
        .filter(|e| pushdown::to_filter(e).is_some())
        .map(ToString::to_string)
        .collect();
    let mut out = Map::new();
    out.insert(
        "columns".into(),
        fields.iter().map(|f| f["name"].clone()).collect(),
    );
    out.insert("prunedBy".into(), json!(pruned_by));
    out.insert("limit".into(), json!(key.fetch));
    out
}

/// Rows (objects keyed by column name) as one batch of `schema` (no columns: a batch that
/// only counts the rows).
pub fn decode(schema: &SchemaRef, rows: &[Value]) -> Result<RecordBatch, String> {
    if schema.fields().is_empty() {
        return row_count_batch(rows.len());
    }
    let mut decoder = ReaderBuilder::new(Arc::clone(schema))
        .with_batch_size(rows.len().max(1))
        .build_decoder()
        .map_err(|e| e.to_string())?;
    decoder
        .serialize(rows)
        .map_err(|e| format!("converting rows to Arrow: {e}"))?;
    Ok(decoder
        .flush()
        .map_err(|e| format!("converting rows to Arrow: {e}"))?
        .unwrap_or_else(|| RecordBatch::new_empty(Arc::clone(schema))))
}
