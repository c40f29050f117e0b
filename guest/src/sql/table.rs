//! The engine's view of a table: its schema for planning, and for execution the batches
//! fetched beforehand for each of its scans. A scan is known by what the optimized plan asks of
//! it (projection, filters, limit), which is exactly what the physical planner hands to `scan`.

use super::pushdown;
use async_trait::async_trait;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::catalog::Session;
use datafusion::common::{DataFusionError, Result};
use datafusion::datasource::memory::MemorySourceConfig;
use datafusion::datasource::{TableProvider, TableType};
use datafusion::logical_expr::expr_rewriter::unnormalize_cols;
use datafusion::logical_expr::{Expr, TableProviderFilterPushDown, TableScan};
use datafusion::physical_plan::ExecutionPlan;
use serde_json::Value;
use std::sync::{Arc, Mutex};

/// What one scan of a table reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanKey {
    /// Column indices into the table's schema (`None`: all).
    pub projection: Option<Vec<usize>>,
    /// The pushed-down filters as the provider receives them (without qualifiers), as text.
    filters: Vec<String>,
    /// The pushed-down filters.
    pub filter_exprs: Vec<Expr>,
    pub fetch: Option<usize>,
}

impl ScanKey {
    pub fn of(scan: &TableScan) -> ScanKey {
        ScanKey::new(
            scan.projection.as_ref(),
            &unnormalize_cols(scan.filters.iter().cloned()),
            scan.fetch,
        )
    }

    fn new(projection: Option<&Vec<usize>>, filters: &[Expr], fetch: Option<usize>) -> ScanKey {
        ScanKey {
            projection: projection.cloned(),
            filters: filters.iter().map(ToString::to_string).collect(),
            filter_exprs: filters.to_vec(),
            fetch,
        }
    }
}

#[derive(Debug)]
pub struct PrefetchedTable {
    /// The table's number, as `Tables::open` opened it.
    pub index: usize,
    /// Iceberg top-level fields, in the order of `schema`.
    pub fields: Vec<Value>,
    pub schema: SchemaRef,
    fetched: Mutex<Vec<(ScanKey, Vec<RecordBatch>)>>,
}

impl PrefetchedTable {
    pub fn new(
        index: usize,
        fields: Vec<Value>,
        schema: datafusion::arrow::datatypes::Schema,
    ) -> Self {
        PrefetchedTable {
            index,
            fields,
            schema: Arc::new(schema),
            fetched: Mutex::new(Vec::new()),
        }
    }

    pub fn has(&self, key: &ScanKey) -> bool {
        self.lock().iter().any(|(k, _)| k == key)
    }

    pub fn store(&self, key: ScanKey, batches: Vec<RecordBatch>) {
        self.lock().push((key, batches));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(ScanKey, Vec<RecordBatch>)>> {
        // Single-threaded: a poisoned lock only means an earlier panic, and the data is whole.
        self.fetched.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[async_trait]
impl TableProvider for PrefetchedTable {
    fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    fn table_type(&self) -> TableType {
        TableType::Base
    }

    fn supports_filters_pushdown(
        &self,
        filters: &[&Expr],
    ) -> Result<Vec<TableProviderFilterPushDown>> {
        // Inexact: used to skip files, then applied to the rows by the engine all the same.
        Ok(filters
            .iter()
            .map(|f| match pushdown::to_filter(f) {
                Some(_) => TableProviderFilterPushDown::Inexact,
                None => TableProviderFilterPushDown::Unsupported,
            })
            .collect())
    }

    async fn scan(
        &self,
        _state: &dyn Session,
        projection: Option<&Vec<usize>>,
        filters: &[Expr],
        limit: Option<usize>,
    ) -> Result<Arc<dyn ExecutionPlan>> {
        let key = ScanKey::new(projection, filters, limit);
        let batches = self
            .lock()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| {
                DataFusionError::Internal(format!(
                    "a scan of table {} was planned but not fetched",
                    self.index
                ))
            })?;
        let schema = match projection {
            Some(p) => Arc::new(self.schema.project(p)?),
            None => Arc::clone(&self.schema),
        };
        Ok(MemorySourceConfig::try_new_exec(&[batches], schema, None)?)
    }
}
