//! Read-only SQL over Iceberg tables, with DataFusion as the engine, inside the sandbox.
//!
//! The engine never does I/O itself. A query runs in three steps:
//! 1. *plan*: the text is parsed and refused unless it is one query (`statement`); the
//!    tables it names are opened (`Tables::open`: their schemas) and the query is planned and
//!    optimized, which pushes projections, filters and limits down to each table scan;
//! 2. *fetch*: every table scan of the optimized plan is read (`Tables::read`) into Arrow
//!    batches with exactly its columns, its filters for pruning (`pushdown`) and its limit,
//!    within a budget of rows and bytes (`batches`);
//! 3. *execute*: the same plan runs over the fetched batches (`table::PrefetchedTable` hands
//!    each scan its own), and the answer is rendered as JSON within a row and byte limit.
//!
//! Splitting fetch from execute keeps the engine's `'static`, `Send` world apart from the
//! guest's single-threaded, borrowing S3 client.

mod as_of;
pub mod batches;
pub mod metadata;
pub mod pushdown;
mod render;
pub mod statement;
mod subscript;
mod table;

use crate::iceberg::arrow::schema::arrow_schema;
use crate::iceberg::filter::Filter;
use crate::iceberg::scan::{Entries, Planned};
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::catalog::MemorySchemaProvider;
use datafusion::common::tree_node::TreeNodeRecursion;
use datafusion::common::TableReference;
use datafusion::datasource::{source_as_provider, MemTable};
use datafusion::execution::disk_manager::{DiskManagerBuilder, DiskManagerMode};
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::execution::FunctionRegistry;
use datafusion::logical_expr::{LogicalPlan, LogicalPlanBuilder, TableScan};
use datafusion::physical_plan::collect;
use datafusion::prelude::{SQLOptions, SessionConfig, SessionContext};
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, Instant};
use table::{PrefetchedTable, ScanKey};

/// The catalog name queries may use in three-part names (`catalog.namespace.table`), as the
/// reference server's default `catalog_name`.
pub const DEFAULT_CATALOG: &str = "s3tablescatalog";

/// Where the tables' rows come from.
pub trait Tables {
    /// The top-level fields (Iceberg schema JSON) of `namespace.name` read at `at` (none: the
    /// current snapshot, with the current schema; else that snapshot with its own schema).
    fn open(&mut self, namespace: &str, name: &str, at: Option<At>) -> Result<Vec<Value>, String>;

    /// The current metadata file (JSON) of `namespace.name`, for its metadata tables.
    fn metadata(&mut self, namespace: &str, name: &str) -> Result<Value, String>;

    /// The entries of the manifest list of `namespace.name`'s current snapshot (none for a
    /// table without snapshots), for `$manifests`.
    fn manifest_list(&mut self, namespace: &str, name: &str) -> Result<Vec<Value>, String>;

    /// Every live data and delete file of `namespace.name`'s current snapshot, from all its
    /// manifests, for `$files` and `$partitions`.
    fn live_files(&mut self, namespace: &str, name: &str) -> Result<Entries, String>;

    /// What a scan of `table` would read (without a limit), from the table's manifests —
    /// files its filters prune left out — before any data is read; `None` when the source
    /// cannot tell.
    fn estimate(
        &mut self,
        _table: usize,
        _request: &ReadRequest,
    ) -> Result<Option<Planned>, String> {
        Ok(None)
    }

    /// Reads the table `open` returned as number `table` (0, 1, …): batches of `schema`
    /// (the Arrow schema of `fields`; no fields: batches of rows without columns), skipping
    /// files that cannot match `filters`, stopping after `limit` rows or `max_scanned`
    /// decoded rows, handed to `sink` as they are decoded.
    fn read(
        &mut self,
        table: usize,
        request: &ReadRequest,
        sink: &mut dyn FnMut(RecordBatch) -> Result<(), String>,
    ) -> Result<ReadReport, String>;
}

/// One scan of a table.
pub struct ReadRequest<'a> {
    pub fields: &'a [Value],
    pub schema: &'a SchemaRef,
    pub filters: &'a [Filter],
    pub limit: Option<u64>,
    pub max_scanned: u64,
}

/// What a read did.
#[derive(Debug, Default)]
pub struct ReadReport {
    /// Rows decoded.
    pub scanned: u64,
    /// Every live row of the snapshot was looked at.
    pub complete: bool,
    /// Counters to show the caller (files read and pruned, deletes applied, …).
    pub details: Value,
}

/// A table read at an earlier snapshot — time travel, named in the table's name as Trino's
/// Iceberg connector first did: `"orders@<snapshot-id>"`, or `"orders@<ISO-8601 instant>"`
/// for the snapshot that was current then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    Snapshot(i64),
    /// Epoch milliseconds.
    Time(i64),
}

impl At {
    /// `orders@…` → (`orders`, the snapshot it names); a name without `@` is read as current.
    pub fn split(name: &str) -> Result<(&str, Option<At>), String> {
        let Some((table, at)) = name.rsplit_once('@') else {
            return Ok((name, None));
        };
        let at = if !at.is_empty() && at.bytes().all(|b| b.is_ascii_digit()) {
            at.parse().map(At::Snapshot).map_err(|e| e.to_string())
        } else {
            crate::iceberg::time::parse_instant_millis(at).map(At::Time)
        };
        at.map(|at| (table, Some(at))).map_err(|e| {
            format!("{name}: after @ give a snapshot id (\"{table}@1234567890\") or an ISO-8601 instant with an offset (\"{table}@2024-05-01T12:00:00Z\"): {e}")
        })
    }
}

/// Bounds of one query.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Result rows returned; more are cut off (`truncated`).
    pub max_rows: usize,
    /// Bytes of the rows as JSON; more are cut off.
    pub max_result_bytes: usize,
    /// Rows decoded from all tables; a query that needs more is refused.
    pub max_scanned_rows: u64,
    /// Arrow bytes held from all tables; a query that needs more is refused.
    pub max_scanned_bytes: usize,
    /// Working memory of the engine's operators (sorts, joins, aggregates).
    pub engine_memory_bytes: usize,
    /// Plan every scan before reading any (`Tables::estimate`) and refuse at once a query
    /// whose planned rows exceed `max_scanned_rows` (`engine: auto`, which then runs it
    /// elsewhere instead of reading up to the budget first).
    pub refuse_by_plan: bool,
}

/// A query's answer.
#[derive(Debug)]
pub struct Answer {
    /// `{name, type}` per result column.
    pub columns: Vec<Value>,
    pub rows: Vec<Vec<Value>>,
    /// Rows were cut off by `max_rows` or `max_result_bytes`.
    pub truncated: Option<String>,
    /// One entry per table scan: table, columns read, filters used for pruning, counters.
    pub scans: Vec<Value>,
    /// Where the query's time went, in milliseconds (`Timings::json`).
    pub timings: Timings,
}

/// Where a query's time went: the answer says it, so a slow query can be told apart from a
/// slow endpoint or a large table without a profiler.
#[derive(Debug, Default)]
pub struct Timings {
    /// Loading the tables' metadata (and metadata tables' rows).
    pub open: Duration,
    /// Planning and optimising the query, and estimating scans before reading.
    pub plan: Duration,
    /// Reading the scans (their manifests, delete files and data; each scan says how).
    pub read: Duration,
    /// The engine's work on the batches read (joins, aggregates, sorts) and the result's
    /// rendering.
    pub engine: Duration,
}

impl Timings {
    pub fn json(&self) -> Value {
        let ms = |d: Duration| Value::from(d.as_millis() as u64);
        serde_json::json!({
            "open": ms(self.open),
            "plan": ms(self.plan),
            "read": ms(self.read),
            "engine": ms(self.engine),
        })
    }
}

/// Runs one read-only query; `namespace` is where unqualified table names are looked up.
pub fn query(
    sql: &str,
    namespace: &str,
    catalog: &str,
    tables: &mut dyn Tables,
    limits: &Limits,
) -> Result<Answer, String> {
    let statement::Parsed {
        query: statement,
        explain,
    } = statement::parse(sql)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("could not start the query engine: {e}"))?;
    runtime.block_on(async {
        let config = SessionConfig::new()
            .with_target_partitions(1)
            .with_information_schema(false)
            .with_default_catalog_and_schema(catalog, namespace);
        // No spilling: the sandbox has no directories (and should not need them).
        let env = RuntimeEnvBuilder::new()
            .with_disk_manager_builder(
                DiskManagerBuilder::default().with_mode(DiskManagerMode::Disabled),
            )
            .with_memory_limit(limits.engine_memory_bytes, 1.0)
            .build_arc()
            .map_err(engine_error)?;
        let mut ctx = SessionContext::new_with_config_rt(config, env);
        ctx.register_expr_planner(Arc::new(subscript::Subscripts))
            .map_err(engine_error)?;
        let mut timings = Timings::default();
        let began = Instant::now();
        let state = ctx.state();
        // Open every table the query names; CTE names are not tables.
        let references = state
            .resolve_table_references(&statement)
            .map_err(engine_error)?;
        let mut opened: Vec<(String, String)> = Vec::new();
        for reference in references {
            let (ns, name) = resolve(&reference, namespace, catalog)?;
            if opened.contains(&(ns.clone(), name.clone())) {
                continue;
            }
            let catalog_provider = ctx
                .catalog(catalog)
                .ok_or_else(|| format!("no catalog {catalog}"))?;
            if catalog_provider.schema(&ns).is_none() {
                catalog_provider
                    .register_schema(&ns, Arc::new(MemorySchemaProvider::new()))
                    .map_err(engine_error)?;
            }
            let reference = TableReference::full(catalog, ns.as_str(), name.as_str());
            if let Some((base, kind)) = metadata::split(&name)? {
                let rows = match kind {
                    metadata::Kind::Manifests => {
                        metadata::manifest_rows(&tables.manifest_list(&ns, base)?)
                    }
                    metadata::Kind::Files => metadata::file_rows(&tables.live_files(&ns, base)?),
                    metadata::Kind::Partitions => {
                        metadata::partition_rows(&tables.live_files(&ns, base)?)
                    }
                    kind => metadata::rows(kind, &tables.metadata(&ns, base)?),
                };
                let schema = Arc::new(arrow_schema(&metadata::fields(kind)).map_err(engine_error)?);
                let batch = batches::decode(&schema, &rows)?;
                let provider =
                    MemTable::try_new(schema, vec![vec![batch]]).map_err(engine_error)?;
                ctx.register_table(reference, Arc::new(provider))
                    .map_err(engine_error)?;
                // Never a data table: `opened` numbers those (`PrefetchedTable::index`).
                continue;
            }
            let (base, at) = At::split(&name)?;
            let fields = tables.open(&ns, base, at)?;
            let schema = arrow_schema(&fields)
                .map_err(|e| format!("The table {ns}.{name} has a schema SQL cannot read: {e}"))?;
            let provider = Arc::new(PrefetchedTable::new(opened.len(), fields, schema));
            ctx.register_table(reference, provider)
                .map_err(engine_error)?;
            opened.push((ns, name));
        }
        timings.open = began.elapsed();
        let began = Instant::now();
        let state = ctx.state();
        let plan = state
            .statement_to_plan(statement)
            .await
            .map_err(engine_error)?;
        SQLOptions::new()
            .with_allow_ddl(false)
            .with_allow_dml(false)
            .with_allow_statements(false)
            .verify_plan(&plan)
            .map_err(engine_error)?;
        // One row more than returned, to know whether rows were cut off.
        let plan = LogicalPlanBuilder::from(plan)
            .limit(0, Some(limits.max_rows + 1))
            .and_then(LogicalPlanBuilder::build)
            .map_err(engine_error)?;
        let plan = state.optimize(&plan).map_err(engine_error)?;
        timings.plan = began.elapsed();
        if explain {
            return self::explain(&plan, &opened, tables, limits, timings);
        }
        let scans = fetch(&plan, &opened, tables, limits, &mut timings)?;
        let began = Instant::now();
        let physical = state
            .query_planner()
            .create_physical_plan(&plan, &state)
            .await
            .map_err(engine_error)?;
        let schema = physical.schema();
        let batches = collect(physical, ctx.task_ctx())
            .await
            .map_err(engine_error)?;
        let (rows, truncated) = render::rows(&batches, limits)?;
        timings.engine = began.elapsed();
        Ok(Answer {
            columns: render::columns(&schema),
            rows,
            truncated,
            scans,
            timings,
        })
    })
}

/// `(namespace, table)` of a table reference.
fn resolve(
    reference: &TableReference,
    namespace: &str,
    catalog: &str,
) -> Result<(String, String), String> {
    match reference {
        TableReference::Bare { table } => Ok((namespace.to_string(), table.to_string())),
        TableReference::Partial { schema, table } => Ok((schema.to_string(), table.to_string())),
        TableReference::Full {
            catalog: c,
            schema,
            table,
        } if c.as_ref() == catalog => Ok((schema.to_string(), table.to_string())),
        TableReference::Full { catalog: c, .. } => Err(format!(
            "Unknown catalog {c:?} in {reference}: name tables as table, namespace.table or {catalog}.namespace.table."
        )),
    }
}

/// Reads every table scan of the optimized `plan` (subqueries included) into its table.
fn fetch(
    plan: &LogicalPlan,
    opened: &[(String, String)],
    tables: &mut dyn Tables,
    limits: &Limits,
    timings: &mut Timings,
) -> Result<Vec<Value>, String> {
    let began = Instant::now();
    let scans = table_scans(plan)?;
    let mut budget = batches::Budget::new(limits);
    if limits.refuse_by_plan {
        let mut planned = 0u64;
        each_data_scan(&scans, |table, key| {
            // A scan with a limit may stop early: only reading tells.
            if key.fetch.is_none() {
                if let Some(estimate) = batches::estimate(table, &key, tables)? {
                    planned = planned.saturating_add(estimate.rows);
                }
            }
            Ok(())
        })?;
        budget.check_planned(planned)?;
    }
    timings.plan += began.elapsed();
    let began = Instant::now();
    let mut report = Vec::new();
    each_data_scan(&scans, |table, key| {
        if table.has(&key) {
            return Ok(());
        }
        let (ns, name) = &opened[table.index];
        let (batches, details) = batches::read(table, &key, tables, &mut budget)
            .map_err(|e| format!("Reading {ns}.{name}: {e}"))?;
        let mut entry = serde_json::json!({"table": format!("{ns}.{name}")});
        if let (Value::Object(e), Value::Object(d)) = (&mut entry, details) {
            e.extend(d);
        }
        report.push(entry);
        table.store(key, batches);
        Ok(())
    })?;
    timings.read = began.elapsed();
    Ok(report)
}

/// The scans of `plan` (subqueries included), in plan order.
fn table_scans(plan: &LogicalPlan) -> Result<Vec<TableScan>, String> {
    let mut scans = Vec::new();
    plan.apply_with_subqueries(|node| {
        if let LogicalPlan::TableScan(scan) = node {
            scans.push(scan.clone());
        }
        Ok(TreeNodeRecursion::Continue)
    })
    .map_err(engine_error)?;
    Ok(scans)
}

/// Calls `each` with every scan of a data table (metadata tables are in memory) and what it asks.
fn each_data_scan(
    scans: &[TableScan],
    mut each: impl FnMut(&PrefetchedTable, ScanKey) -> Result<(), String>,
) -> Result<(), String> {
    for scan in scans {
        let provider = source_as_provider(&scan.source).map_err(engine_error)?;
        if let Some(table) = provider.downcast_ref::<PrefetchedTable>() {
            each(table, ScanKey::of(scan))?;
        }
    }
    Ok(())
}

/// `EXPLAIN`: the optimized plan, and what each scan would read — files, rows and bytes after
/// pruning, from the tables' manifests — without reading any data: a cost estimate before the
/// query runs, and whether it fits `--max-scan-rows`.
fn explain(
    plan: &LogicalPlan,
    opened: &[(String, String)],
    tables: &mut dyn Tables,
    limits: &Limits,
    mut timings: Timings,
) -> Result<Answer, String> {
    let began = Instant::now();
    let scans = table_scans(plan)?;
    let mut report = Vec::new();
    let mut total = Planned::default();
    each_data_scan(&scans, |table, key| {
        let (ns, name) = &opened[table.index];
        let estimate = batches::estimate(table, &key, tables)?.unwrap_or_default();
        total.files += estimate.files;
        total.rows = total.rows.saturating_add(estimate.rows);
        total.bytes = total.bytes.saturating_add(estimate.bytes);
        let mut scan = serde_json::Map::new();
        scan.insert("table".into(), format!("{ns}.{name}").into());
        scan.extend(batches::scan_details(table, &key)?);
        scan.extend([
            ("filesToRead".into(), estimate.files.into()),
            ("rowsToDecode".into(), estimate.rows.into()),
            ("bytesToFetch".into(), estimate.bytes.into()),
            ("filesPruned".into(), estimate.files_pruned.into()),
            ("manifestsPruned".into(), estimate.manifests_pruned.into()),
        ]);
        report.push(Value::Object(scan));
        Ok(())
    })?;
    let fits = total.rows <= limits.max_scanned_rows;
    let summary = format!(
        "{} data file(s), {} row(s), {} byte(s) of table data to read; {} the sandbox's --max-scan-rows ({})",
        total.files,
        total.rows,
        total.bytes,
        if fits { "within" } else { "more than" },
        limits.max_scanned_rows
    );
    timings.plan += began.elapsed();
    Ok(Answer {
        columns: vec![
            serde_json::json!({"name": "plan_type", "type": "Utf8"}),
            serde_json::json!({"name": "plan", "type": "Utf8"}),
        ],
        rows: vec![
            vec![
                Value::from("logical_plan"),
                Value::from(plan.display_indent().to_string()),
            ],
            vec![Value::from("estimate"), Value::from(summary)],
        ],
        truncated: None,
        scans: report,
        timings,
    })
}

fn engine_error(e: impl std::fmt::Display) -> String {
    let text = e.to_string();
    // DataFusion's errors lead with their kind; the message is what the user can act on.
    for prefix in [
        "Error during planning: ",
        "Schema error: ",
        "SQL error: ",
        "Execution error: ",
        "This feature is not implemented: ",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    text
}

#[cfg(test)]
mod tests;
