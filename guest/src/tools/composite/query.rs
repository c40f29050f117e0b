//! `query_database`: read-only SQL over the Iceberg tables of a table bucket, run inside the
//! sandbox (`crate::sql`, DataFusion). Takes the reference server's arguments (`warehouse`,
//! `region`, `namespace`, `query`, and the catalog plumbing it needed, which is accepted and
//! not needed here). Tables are read as `preview_table` reads them (`table_read`): current
//! snapshot, deletes applied, only the columns the query uses, files pruned by its filters.

use super::{schema_of, Composite};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Value};

/// Run a read-only SQL query.
#[derive(Deserialize, JsonSchema)]
// Without the engine (feature `sql`) only the schema is used.
#[cfg_attr(not(feature = "sql"), allow(dead_code))]
#[serde(deny_unknown_fields)]
struct Args {
    /// One read-only SQL query (SELECT, WITH … SELECT, VALUES, UNION …; DataFusion's SQL dialect), or EXPLAIN of one. Name tables as table (in `namespace`), namespace.table, or s3tablescatalog.namespace.table.
    query: String,
    /// The namespace whose tables unqualified names refer to.
    namespace: String,
    /// The table bucket's ARN (the Iceberg catalog's warehouse).
    warehouse: Option<String>,
    /// The table bucket's ARN, instead of warehouse.
    table_bucket_arn: Option<String>,
    /// AWS Region of the table bucket (default: the server's region).
    region: Option<String>,
    /// AWS Region for this call, instead of region.
    region_name: Option<String>,
    /// At most this many rows are returned (default 1000, at most 10000); more are cut off and `truncated` says so.
    #[schemars(range(min = 1, max = 10000))]
    max_rows: Option<u32>,
    /// How the rows come back: json (default: `rows`, arrays of values), csv or markdown (one text in `formatted`, also the result's text, instead of `rows`).
    format: Option<super::render::Format>,
    /// Where the query runs: sandbox (default: inside this server, within --max-scan-rows and --max-scan-mib), athena (Amazon Athena in the server's --athena-workgroup, for tables too large for the sandbox; stopped past --athena-max-scan-gb), or auto (the sandbox, and Athena when the query needs more table data than the sandbox allows).
    engine: Option<Engine>,
    /// Accepted for compatibility with the reference server; not needed (the server reaches S3 Tables through its own endpoint).
    #[allow(dead_code)] // accepted, never needed
    uri: Option<String>,
    /// The catalog name three-part table names use (default s3tablescatalog).
    catalog_name: Option<String>,
    /// Accepted for compatibility; requests are always SigV4-signed.
    #[allow(dead_code)] // accepted, never needed
    rest_signing_name: Option<String>,
    /// Accepted for compatibility; requests are always SigV4-signed.
    #[allow(dead_code)] // accepted, never needed
    rest_sigv4_enabled: Option<String>,
}

/// Where a query runs.
#[derive(Deserialize, JsonSchema, Clone, Copy, Default, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
enum Engine {
    #[default]
    Sandbox,
    Athena,
    Auto,
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::QUERY_DATABASE,
    title: "Query tables with SQL",
    description: "Run one read-only SQL query (SELECT, WITH … SELECT, joins, aggregates, window functions; DataFusion's SQL) over the Iceberg tables of a table bucket, inside the sandbox: warehouse is the table bucket ARN, unqualified table names are looked up in namespace (other namespaces: namespace.table). Anything but a query is refused by parsing it; EXPLAIN <query> returns the plan and what it would read (data files, rows, bytes after pruning, and whether that fits the server's budget) without reading any data. Tables are read at their current snapshot (or an earlier one, named \"orders@<snapshot-id>\" or \"orders@<ISO-8601 instant>\") with row-level deletes applied; only the columns the query uses are fetched, and data files that the query's filters exclude (by partition values or column bounds) are skipped. Returns columns ({name, type}) and rows (arrays), at most max_rows rows (default 1000) and 1 MiB; a query that would need more table data than the server allows (--max-scan-rows, --max-scan-mib) is refused with a hint. Decimals keep their exact digits; dates and timestamps are ISO-8601; uuid, binary and fixed are text (binary and fixed in base64). With engine athena (when the server has --athena-workgroup) the same query text runs on Amazon Athena over the bucket's s3tablescatalog catalog, for tables the sandbox should not scan; the answer then also has queryExecutionId, dataScannedBytes and engineTimeMs.",
    input_schema: schema_of::<Args>,
    output_schema,
    run,
    in_this_build: cfg!(feature = "sql"),
};

fn output_schema() -> Value {
    json!({"type": "object", "properties": {
        "columns": {"type": "array", "items": {"type": "object", "properties": {
            "name": {"type": "string"}, "type": {"type": "string"}}}},
        "rows": {"type": "array", "items": {"type": "array"}},
        "formatted": {"type": "string"},
        "rowCount": {"type": "integer"},
        "truncated": {"type": "boolean"},
        "truncatedReason": {"type": "string"},
        "scans": {"type": "array", "items": {"type": "object"}},
        "timingsMs": {"type": "object", "description": "Where a sandbox query's time went: loading the tables' metadata (open), planning and estimating (plan), reading the scans (read; each scan splits it into manifestsMs, deleteFilesMs, dataFetchMs and dataDecodeMs) and the engine's work on what was read, rendering included (engine).", "properties": {
            "open": {"type": "integer"}, "plan": {"type": "integer"},
            "read": {"type": "integer"}, "engine": {"type": "integer"}}},
        "engine": {"type": "string", "enum": ["sandbox", "athena"]},
        "fallbackReason": {"type": "string"},
        "queryExecutionId": {"type": "string"},
        "state": {"type": "string"},
        "dataScannedBytes": {"type": "integer"},
        "engineTimeMs": {"type": "integer"},
        "athenaQuery": {"type": "string"}}})
}

#[cfg(not(feature = "sql"))]
use super::not_in_this_build as run;
#[cfg(feature = "sql")]
use engine::run;

#[cfg(feature = "sql")]
mod engine {
    use super::super::athena;
    use super::super::render::render;
    use super::super::table_meta::{load, snapshot_and_schema, Loaded, TableRef};
    use super::super::table_read::{
        self, data_file_error, DecodeFile, FileCounts, FileTask, ReadSpec, TableSource,
    };
    use super::super::{parse, region, Failure, FORMATTED};
    use super::{Args, Engine};
    use crate::aws::Client;
    use crate::iceberg::arrow::read::{read_batches, Want};
    use crate::iceberg::describe;
    use crate::iceberg::history;
    use crate::iceberg::prune::Pruner;
    use crate::iceberg::scan::{Entries, Planned};
    use crate::sql::{self, batches, At, Limits, ReadReport, ReadRequest, Tables};
    use datafusion::arrow::datatypes::SchemaRef;
    use datafusion::arrow::record_batch::RecordBatch;
    use serde_json::{json, Map, Value};

    const DEFAULT_MAX_ROWS: u32 = 1_000;
    const MAX_ROWS: u32 = 10_000;
    /// The answer's rows as JSON, at most (an MCP result, read by a model).
    const MAX_RESULT_BYTES: usize = 1024 * 1024;

    pub fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
        let args: Args = parse(arguments)?;
        let bucket = match (&args.warehouse, &args.table_bucket_arn) {
            (Some(w), Some(t)) if w != t => {
                return Err(Failure::Tool(
                    "warehouse and table_bucket_arn name different table buckets; give one.".into(),
                ))
            }
            (Some(arn), _) | (None, Some(arn)) => arn.clone(),
            (None, None) => {
                return Err(Failure::Tool(
                    "Name the table bucket: warehouse (or table_bucket_arn) is its ARN.".into(),
                ))
            }
        };
        let region_arg = match (&args.region_name, &args.region) {
            (Some(a), Some(b)) if a != b => {
                return Err(Failure::Tool(
                    "region and region_name differ; give one.".into(),
                ))
            }
            (Some(r), _) | (None, Some(r)) => Some(r.as_str()),
            (None, None) => None,
        };
        let region = region(client.config, region_arg)?;
        let max_rows = args.max_rows.unwrap_or(DEFAULT_MAX_ROWS);
        if !(1..=MAX_ROWS).contains(&max_rows) {
            return Err(Failure::Tool(format!(
                "`max_rows` must be between 1 and {MAX_ROWS}; got {max_rows}"
            )));
        }
        let config_limits = &client.config.limits;
        let limits = Limits {
            max_rows: max_rows as usize,
            max_result_bytes: MAX_RESULT_BYTES,
            max_scanned_rows: config_limits.max_scan_rows,
            max_scanned_bytes: config_limits.max_scan_bytes,
            engine_memory_bytes: config_limits.max_scan_bytes,
            refuse_by_plan: args.engine == Some(Engine::Auto),
        };
        let catalog = args.catalog_name.as_deref().unwrap_or(sql::DEFAULT_CATALOG);
        let on_athena = || -> Result<Answer, Failure> {
            let query = athena::Query {
                sql: &args.query,
                names: s3tables_athena::query::Names {
                    bucket: bucket_name(&bucket)?,
                    namespace: &args.namespace,
                    catalog_alias: catalog,
                },
                region: &region,
                max_rows: max_rows as usize,
                max_result_bytes: MAX_RESULT_BYTES,
            };
            let answer = athena::run(client, &query)?;
            let mut details = answer.details;
            details.insert("engine".into(), json!("athena"));
            Ok((answer.columns, answer.rows, answer.truncated, details))
        };
        let engine = args.engine.unwrap_or_default();
        let mut extra = Map::new();
        let answer = match engine {
            Engine::Athena => on_athena()?,
            Engine::Sandbox | Engine::Auto => {
                let mut tables = BucketTables {
                    client,
                    region: &region,
                    bucket: bucket.clone(),
                    opened: Vec::new(),
                };
                match sql::query(&args.query, &args.namespace, catalog, &mut tables, &limits) {
                    Ok(answer) => {
                        extra.insert("engine".into(), json!("sandbox"));
                        extra.insert("scans".into(), Value::Array(answer.scans));
                        extra.insert("timingsMs".into(), answer.timings.json());
                        (answer.columns, answer.rows, answer.truncated, Map::new())
                    }
                    Err(why)
                        if engine == Engine::Auto
                            && client.config.athena.is_some()
                            && sql::batches::is_over_budget(&why) =>
                    {
                        extra.insert(
                            "fallbackReason".into(),
                            json!(format!("the sandbox refused it: {why}")),
                        );
                        on_athena()?
                    }
                    Err(why) => return Err(Failure::Tool(why)),
                }
            }
        };
        let (columns, rows, truncated, details) = answer;
        let mut out = Map::new();
        let formatted = {
            let names: Vec<&str> = columns
                .iter()
                .map(|c| c["name"].as_str().unwrap_or_default())
                .collect();
            render(args.format.unwrap_or_default(), &names, &rows)
        };
        out.insert("columns".into(), Value::Array(columns));
        out.insert("rowCount".into(), json!(rows.len()));
        match formatted {
            Some(text) => {
                out.insert(FORMATTED.into(), json!(text));
            }
            None => {
                out.insert(
                    "rows".into(),
                    Value::Array(rows.into_iter().map(Value::Array).collect()),
                );
            }
        }
        out.insert("truncated".into(), json!(truncated.is_some()));
        if let Some(why) = truncated {
            out.insert("truncatedReason".into(), json!(why));
        }
        out.extend(extra);
        out.extend(details);
        Ok(Value::Object(out))
    }

    /// Columns, rows, why rows were cut off, and what the engine adds.
    type Answer = (
        Vec<Value>,
        Vec<Vec<Value>>,
        Option<String>,
        Map<String, Value>,
    );

    /// The bucket's name, from its ARN (`arn:aws:s3tables:…:bucket/<name>`): its Athena catalog
    /// is `s3tablescatalog/<name>`.
    fn bucket_name(arn: &str) -> Result<&str, Failure> {
        arn.strip_prefix("arn:")
            .and_then(|rest| rest.rsplit_once(":bucket/"))
            .map(|(_, name)| name)
            .filter(|name| !name.is_empty() && !name.contains('/'))
            .ok_or_else(|| Failure::Tool(format!("{arn:?} is not a table bucket ARN (arn:aws:s3tables:REGION:ACCOUNT:bucket/NAME)")))
    }

    /// The tables of one table bucket, read at their current snapshot.
    struct BucketTables<'a> {
        client: &'a Client<'a>,
        region: &'a str,
        bucket: String,
        opened: Vec<Opened>,
    }

    struct Opened {
        loaded: Loaded,
        /// The top-level fields of the schema the snapshot is read with.
        fields: Vec<Value>,
        /// The snapshot read: the current one, or the one the name travelled to.
        snapshot: Option<Value>,
    }

    impl Opened {
        /// What prunes a scan's files: each pushed-down filter that fits its column's type
        /// (the engine applies every filter to the rows all the same).
        fn pruners(&self, request: &ReadRequest) -> Vec<Pruner> {
            request
                .filters
                .iter()
                .filter_map(|filter| {
                    let field = self
                        .fields
                        .iter()
                        .find(|f| f["name"].as_str() == Some(filter.column.as_str()))?;
                    filter.check(&field["type"]).ok()?;
                    Pruner::new(field, filter)
                })
                .collect()
        }
    }

    impl BucketTables<'_> {
        /// `namespace.name` of this bucket: its metadata location and current metadata file.
        fn load(&self, namespace: &str, name: &str) -> Result<Loaded, String> {
            let table = TableRef {
                table_arn: &None,
                table_bucket_arn: &Some(self.bucket.clone()),
                namespace: &Some(namespace.to_string()),
                name: &Some(name.to_string()),
            };
            load(self.client, "query_database", &table, self.region).map_err(|f| {
                let (Failure::Tool(m) | Failure::Schema(m)) = f;
                format!("Opening the table {namespace}.{name}: {m}")
            })
        }
    }

    impl Tables for BucketTables<'_> {
        fn open(
            &mut self,
            namespace: &str,
            name: &str,
            at: Option<At>,
        ) -> Result<Vec<Value>, String> {
            let loaded = self.load(namespace, name)?;
            let meta = &loaded.meta;
            let in_table = |e: String| format!("{namespace}.{name}: {e}");
            let travel_to = match at {
                None => None,
                Some(At::Snapshot(id)) => Some(id),
                Some(At::Time(ms)) => Some(history::snapshot_as_of(meta, ms).map_err(in_table)?),
            };
            let (snapshot, schema) = snapshot_and_schema(meta, travel_to).map_err(|f| {
                let (Failure::Tool(m) | Failure::Schema(m)) = f;
                in_table(m)
            })?;
            let fields = schema["fields"]
                .as_array()
                .cloned()
                .ok_or_else(|| in_table("the schema has no fields".into()))?;
            let snapshot = snapshot.cloned();
            self.opened.push(Opened {
                loaded,
                fields: fields.clone(),
                snapshot,
            });
            Ok(fields)
        }

        fn metadata(&mut self, namespace: &str, name: &str) -> Result<Value, String> {
            self.load(namespace, name).map(|loaded| loaded.meta)
        }

        fn manifest_list(&mut self, namespace: &str, name: &str) -> Result<Vec<Value>, String> {
            let loaded = self.load(namespace, name)?;
            let Some(list) =
                describe::current_snapshot(&loaded.meta).and_then(|s| s["manifest-list"].as_str())
            else {
                return Ok(Vec::new());
            };
            let warehouse = loaded.located["warehouseLocation"].as_str();
            super::super::describe_table::manifest_list(self.client, self.region, list, warehouse)
                .map(|file| file.records)
                .map_err(|e| format!("Reading {namespace}.{name}'s manifest list: {e}"))
        }

        fn estimate(
            &mut self,
            table: usize,
            request: &ReadRequest,
        ) -> Result<Option<Planned>, String> {
            let opened = &self.opened[table];
            let pruners = opened.pruners(request);
            let source = TableSource {
                client: self.client,
                region: self.region,
                loaded: &opened.loaded,
                all_fields: &opened.fields,
            };
            table_read::plan(&source, opened.snapshot.as_ref(), &pruners)
                .map(Some)
                .map_err(|f| {
                    let (Failure::Tool(m) | Failure::Schema(m)) = f;
                    m
                })
        }

        fn live_files(&mut self, namespace: &str, name: &str) -> Result<Entries, String> {
            let loaded = self.load(namespace, name)?;
            let source = TableSource {
                client: self.client,
                region: self.region,
                loaded: &loaded,
                all_fields: &[],
            };
            table_read::live_files(&source, describe::current_snapshot(&loaded.meta)).map_err(|f| {
                let (Failure::Tool(m) | Failure::Schema(m)) = f;
                format!("Reading {namespace}.{name}'s manifests: {m}")
            })
        }

        fn read(
            &mut self,
            table: usize,
            request: &ReadRequest,
            sink: &mut dyn FnMut(RecordBatch) -> Result<(), String>,
        ) -> Result<ReadReport, String> {
            let opened = &self.opened[table];
            let pruners = opened.pruners(request);
            let spec = ReadSpec {
                fields: request.fields.to_vec(),
                predicates: &[],
                pruners: &pruners,
                limit: request.limit.unwrap_or(u64::MAX),
                max_scanned: request.max_scanned,
            };
            let source = TableSource {
                client: self.client,
                region: self.region,
                loaded: &opened.loaded,
                all_fields: &opened.fields,
            };
            let snapshot = opened.snapshot.as_ref();
            let mut decode = ArrowBatches {
                schema: request.schema,
                sink,
            };
            let stats = table_read::read(&source, snapshot, &spec, &mut decode).map_err(|f| {
                let (Failure::Tool(m) | Failure::Schema(m)) = f;
                m
            })?;
            Ok(ReadReport {
                scanned: stats.scanned,
                complete: stats.complete,
                details: json!({
                    "snapshotId": snapshot.map(|s| s["snapshot-id"].clone()),
                    "filesRead": stats.files_read,
                    "filesPruned": stats.files_pruned,
                    "manifestsPruned": stats.manifests_pruned,
                    "rowGroupsPruned": stats.row_groups_pruned,
                    "deleteFilesRead": stats.delete_files_read,
                    "rowsDeleted": stats.deleted,
                    "rowsScanned": stats.scanned,
                    "manifestsMs": stats.manifests.as_millis() as u64,
                    "deleteFilesMs": stats.delete_files.as_millis() as u64,
                    "dataFetchMs": stats.fetching.as_millis() as u64,
                    "dataDecodeMs": stats.decoding.as_millis() as u64,
                }),
            })
        }
    }

    /// Data files decoded straight into Arrow batches of the scan's schema.
    struct ArrowBatches<'a> {
        schema: &'a SchemaRef,
        sink: &'a mut dyn FnMut(RecordBatch) -> Result<(), String>,
    }

    impl DecodeFile for ArrowBatches<'_> {
        fn decode(&mut self, task: &FileTask) -> Result<FileCounts, Failure> {
            if !task.predicates.is_empty() || !task.deletes.equality.is_empty() {
                // Equality deletes compare values as the row reader renders them: that reader
                // decodes this file, and its rows become one batch.
                let (rows, counts) = table_read::json_rows(task)?;
                let batch = batches::decode(self.schema, &rows).map_err(Failure::Tool)?;
                (self.sink)(batch).map_err(Failure::Tool)?;
                return Ok(counts);
            }
            let want = Want {
                fields: task.fields,
                schema: self.schema,
                deleted: &task.deletes.positions,
                rows: task.rows,
                max_scanned: task.max_scanned,
                pruners: task.pruners,
            };
            let read = read_batches(task.source, task.file.size, &want, &mut |batch| {
                (self.sink)(batch)
            })
            .map_err(|e| data_file_error(task.file, &e))?;
            Ok(FileCounts {
                scanned: read.file.scanned,
                deleted: read.deleted,
                kept: read.kept,
                fetching: read.file.fetching,
                decoding: read.decoding,
                row_groups_pruned: read.file.row_groups_pruned,
                rows_pruned: read.file.rows_pruned,
            })
        }
    }
}
