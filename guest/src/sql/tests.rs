//! The engine over in-memory tables: what each scan asked for, and the answers.

use super::*;
use crate::iceberg::filter::Op;
use serde_json::json;

/// Tables held as rows; records every read.
struct Memory {
    tables: Vec<(String, String, Vec<Value>, Vec<Value>)>,
    opened: Vec<usize>,
    reads: Vec<(String, Vec<String>, Vec<(String, Op)>, Option<u64>)>,
    /// Rows handed out per `sink` call (a "data file").
    file_rows: usize,
    /// Scans planned (`planned_rows` calls).
    planned: usize,
}

impl Memory {
    fn new() -> Memory {
        let orders = vec![
            json!({"id": 1, "region": "eu", "amount": "10.50", "day": "2024-01-01"}),
            json!({"id": 2, "region": "us", "amount": "5.25", "day": "2024-01-02"}),
            json!({"id": 3, "region": "eu", "amount": "1.00", "day": "2024-01-02"}),
            json!({"id": 4, "region": null, "amount": "2.00", "day": "2024-01-03"}),
        ];
        let orders_fields = vec![
            json!({"id": 1, "name": "id", "required": true, "type": "long"}),
            json!({"id": 2, "name": "region", "required": false, "type": "string"}),
            json!({"id": 3, "name": "amount", "required": false, "type": "decimal(10, 2)"}),
            json!({"id": 4, "name": "day", "required": false, "type": "date"}),
        ];
        let regions = vec![
            json!({"code": "eu", "label": "Europe"}),
            json!({"code": "us", "label": "United States"}),
        ];
        let regions_fields = vec![
            json!({"id": 1, "name": "code", "required": true, "type": "string"}),
            json!({"id": 2, "name": "label", "required": false, "type": "string"}),
        ];
        Memory {
            tables: vec![
                ("sales".into(), "orders".into(), orders_fields, orders),
                ("ref".into(), "regions".into(), regions_fields, regions),
            ],
            opened: Vec::new(),
            reads: Vec::new(),
            file_rows: 2,
            planned: 0,
        }
    }
}

impl Tables for Memory {
    fn open(&mut self, namespace: &str, name: &str, at: Option<At>) -> Result<Vec<Value>, String> {
        if let Some(at) = at {
            return Err(format!("no snapshot {at:?} in these tests"));
        }
        let i = self
            .tables
            .iter()
            .position(|t| t.0 == namespace && t.1 == name)
            .ok_or_else(|| format!("no table {namespace}.{name}"))?;
        self.opened.push(i);
        Ok(self.tables[i].2.clone())
    }

    fn metadata(&mut self, namespace: &str, name: &str) -> Result<Value, String> {
        Err(format!("no metadata for {namespace}.{name} in these tests"))
    }

    fn manifest_list(&mut self, namespace: &str, name: &str) -> Result<Vec<Value>, String> {
        Err(format!(
            "no manifests for {namespace}.{name} in these tests"
        ))
    }

    /// Every row of the table, a file per `file_rows` (these tables prune nothing).
    fn estimate(&mut self, table: usize, _: &ReadRequest) -> Result<Option<Planned>, String> {
        self.planned += 1;
        let rows = self.tables[self.opened[table]].3.len();
        Ok(Some(Planned {
            files: rows.div_ceil(self.file_rows),
            rows: rows as u64,
            bytes: 100 * rows as u64,
            ..Planned::default()
        }))
    }

    fn live_files(&mut self, namespace: &str, name: &str) -> Result<Entries, String> {
        Err(format!("no files for {namespace}.{name} in these tests"))
    }

    fn read(
        &mut self,
        table: usize,
        request: &ReadRequest,
        sink: &mut dyn FnMut(RecordBatch) -> Result<(), String>,
    ) -> Result<ReadReport, String> {
        let (_, name, _, rows) = &self.tables[self.opened[table]];
        let names: Vec<String> = request
            .fields
            .iter()
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect();
        self.reads.push((
            name.clone(),
            names.clone(),
            request
                .filters
                .iter()
                .map(|f| (f.column.clone(), f.op))
                .collect(),
            request.limit,
        ));
        let mut scanned = 0u64;
        let mut kept = 0u64;
        for chunk in rows.chunks(self.file_rows) {
            if request.limit.is_some_and(|l| kept >= l) || scanned >= request.max_scanned {
                return Ok(ReadReport {
                    scanned,
                    complete: false,
                    details: json!({"filesRead": 1}),
                });
            }
            // Like the Parquet reader, stop mid-file at the decode budget.
            let room = usize::try_from(request.max_scanned - scanned).unwrap_or(usize::MAX);
            let cut = chunk.len() > room;
            let projected: Vec<Value> = chunk
                .iter()
                .take(room)
                .map(|r| {
                    let mut o = serde_json::Map::new();
                    for n in &names {
                        o.insert(n.clone(), r[n].clone());
                    }
                    Value::Object(o)
                })
                .collect();
            scanned += projected.len() as u64;
            kept += projected.len() as u64;
            sink(batches::decode(request.schema, &projected)?)?;
            if cut {
                return Ok(ReadReport {
                    scanned,
                    complete: false,
                    details: json!({"filesRead": 1}),
                });
            }
        }
        Ok(ReadReport {
            scanned,
            complete: true,
            details: json!({"filesRead": 1}),
        })
    }
}

fn limits() -> Limits {
    Limits {
        max_rows: 100,
        max_result_bytes: 1 << 20,
        max_scanned_rows: 1_000,
        max_scanned_bytes: 64 << 20,
        engine_memory_bytes: 64 << 20,
        refuse_by_plan: false,
    }
}

fn run(sql: &str, tables: &mut Memory) -> Result<Answer, String> {
    run_within(sql, tables, &limits())
}

fn run_within(sql: &str, tables: &mut Memory, limits: &Limits) -> Result<Answer, String> {
    query(sql, "sales", DEFAULT_CATALOG, tables, limits)
}

#[test]
fn aggregates_read_only_the_columns_they_need() {
    let mut m = Memory::new();
    let a = run(
        "SELECT region, sum(amount) AS total, count(*) AS n FROM orders WHERE region IS NOT NULL GROUP BY region ORDER BY region",
        &mut m,
    )
    .unwrap();
    assert_eq!(
        a.columns,
        vec![
            json!({"name": "region", "type": "Utf8"}),
            json!({"name": "total", "type": "Decimal128(20, 2)"}),
            json!({"name": "n", "type": "Int64"}),
        ]
    );
    assert_eq!(
        a.rows,
        vec![
            vec![json!("eu"), json!("11.50"), json!(2)],
            vec![json!("us"), json!("5.25"), json!(1)],
        ]
    );
    assert_eq!(m.reads.len(), 1);
    let (table, columns, filters, _) = &m.reads[0];
    assert_eq!(table, "orders");
    assert_eq!(columns, &["region", "amount"]);
    assert_eq!(filters, &[("region".to_string(), Op::NotNull)]);
    assert_eq!(a.scans[0]["table"], "sales.orders");
    assert_eq!(a.scans[0]["filesRead"], 1);
    assert!(a.truncated.is_none());
}

#[test]
fn joins_across_namespaces_and_typed_filters_push_down() {
    let mut m = Memory::new();
    let a = run(
        "SELECT o.id, r.label FROM orders o JOIN ref.regions r ON o.region = r.code WHERE o.day >= DATE '2024-01-02' ORDER BY o.id",
        &mut m,
    )
    .unwrap();
    assert_eq!(
        a.rows,
        vec![
            vec![json!(2), json!("United States")],
            vec![json!(3), json!("Europe")],
        ]
    );
    let orders = m.reads.iter().find(|r| r.0 == "orders").unwrap();
    assert!(
        orders.2.contains(&("day".to_string(), Op::Ge)),
        "{orders:?}"
    );
    assert_eq!(a.scans.len(), 2);
}

#[test]
fn count_star_reads_no_column_and_counts_every_row() {
    let mut m = Memory::new();
    let a = run("SELECT count(*) FROM sales.orders", &mut m).unwrap();
    assert_eq!(a.rows, vec![vec![json!(4)]]);
    // The reader counts rows from the files' metadata; no column is decoded.
    assert!(m.reads[0].1.is_empty());
}

#[test]
fn a_limit_stops_the_scan_and_rows_are_cut_at_max_rows() {
    let mut m = Memory::new();
    let a = run("SELECT id FROM orders LIMIT 1", &mut m).unwrap();
    assert_eq!(a.rows, vec![vec![json!(1)]]);
    assert_eq!(m.reads[0].3, Some(1));

    let mut m = Memory::new();
    let few = Limits {
        max_rows: 3,
        ..limits()
    };
    let a = run_within("SELECT id FROM orders ORDER BY id", &mut m, &few).unwrap();
    assert_eq!(a.rows.len(), 3);
    assert!(a.truncated.as_deref().unwrap().contains("max_rows"));

    let mut m = Memory::new();
    let small = Limits {
        max_result_bytes: 10,
        ..limits()
    };
    let a = run_within("SELECT id FROM orders ORDER BY id", &mut m, &small).unwrap();
    assert_eq!(a.rows, vec![vec![json!(1)], vec![json!(2)], vec![json!(3)]]);
    assert!(a.truncated.as_deref().unwrap().contains("max_result_bytes"));
}

#[test]
fn a_query_needing_more_than_the_scan_budget_is_refused() {
    let mut m = Memory::new();
    let tight = Limits {
        max_scanned_rows: 3,
        ..limits()
    };
    let err = run_within("SELECT sum(id) FROM orders", &mut m, &tight).unwrap_err();
    assert!(err.contains("more than 3 rows"), "{err}");
    let mut m = Memory::new();
    let tiny = Limits {
        max_scanned_bytes: 16,
        ..limits()
    };
    let err = run_within("SELECT * FROM orders", &mut m, &tiny).unwrap_err();
    assert!(err.contains("MiB of table data"), "{err}");
}

#[test]
fn planned_first_a_query_over_budget_is_refused_before_reading() {
    let planned = |max_scanned_rows| Limits {
        max_scanned_rows,
        refuse_by_plan: true,
        ..limits()
    };
    let mut m = Memory::new();
    let err = run_within("SELECT sum(id) FROM orders", &mut m, &planned(3)).unwrap_err();
    assert!(err.contains("would decode 4 rows"), "{err}");
    assert!(batches::is_over_budget(&err), "{err}");
    assert!(m.reads.is_empty(), "nothing read");
    // Within the budget, or with a limit that may stop the scan early: read as usual.
    let mut m = Memory::new();
    run_within("SELECT sum(id) FROM orders", &mut m, &planned(4)).unwrap();
    assert_eq!((m.planned, m.reads.len()), (1, 1));
    let mut m = Memory::new();
    run_within("SELECT id FROM orders LIMIT 1", &mut m, &planned(3)).unwrap();
    assert_eq!((m.planned, m.reads.len()), (0, 1));
}

#[test]
fn explain_gives_the_plan_and_what_it_would_read_without_reading() {
    let mut m = Memory::new();
    let tight = Limits {
        max_scanned_rows: 3,
        ..limits()
    };
    let a = run_within(
        "EXPLAIN SELECT region, sum(id) FROM orders WHERE id > 1 GROUP BY region",
        &mut m,
        &tight,
    )
    .unwrap();
    assert!(m.reads.is_empty(), "nothing read");
    assert_eq!(a.rows[0][0], "logical_plan");
    assert!(
        a.rows[0][1].as_str().unwrap().contains("TableScan: "),
        "{:?}",
        a.rows
    );
    assert_eq!(
        a.rows[1][1],
        "2 data file(s), 4 row(s), 400 byte(s) of table data to read; more than the sandbox's --max-scan-rows (3)"
    );
    assert_eq!(a.scans[0]["table"], "sales.orders");
    assert_eq!(a.scans[0]["rowsToDecode"], 4);
    assert_eq!(a.scans[0]["prunedBy"][0], "id > Int64(1)");
}

#[test]
fn a_table_at_a_snapshot_is_named_with_at() {
    assert_eq!(At::split("orders").unwrap(), ("orders", None));
    assert_eq!(
        At::split("orders@42").unwrap(),
        ("orders", Some(At::Snapshot(42)))
    );
    assert_eq!(
        At::split("orders@1970-01-01T00:00:01Z").unwrap(),
        ("orders", Some(At::Time(1000)))
    );
    let err = At::split("orders@yesterday").unwrap_err();
    assert!(err.contains("after @ give a snapshot id"), "{err}");
    let mut m = Memory::new();
    let err = run(r#"SELECT * FROM "orders@42""#, &mut m).unwrap_err();
    assert!(err.contains("no snapshot Snapshot(42)"), "{err}");
}

#[test]
fn mistakes_are_explained() {
    let mut m = Memory::new();
    let err = run("SELECT nope FROM orders", &mut m).unwrap_err();
    assert!(err.contains("nope"), "{err}");
    let err = run("SELECT * FROM missing", &mut m).unwrap_err();
    assert!(err.contains("no table sales.missing"), "{err}");
    let err = run("SELECT * FROM other.cat.orders", &mut m).unwrap_err();
    assert!(err.contains("Unknown catalog"), "{err}");
    let err = run("DROP TABLE orders", &mut m).unwrap_err();
    assert!(err.contains("DROP TABLE"), "{err}");
    assert!(m.reads.is_empty());
}

#[test]
fn ctes_and_subqueries_are_planned_and_fetched() {
    let mut m = Memory::new();
    let a = run(
        "WITH eu AS (SELECT * FROM orders WHERE region = 'eu') \
         SELECT id FROM eu WHERE amount > (SELECT min(amount) FROM orders) ORDER BY id",
        &mut m,
    )
    .unwrap();
    assert_eq!(a.rows, vec![vec![json!(1)]]);
    assert!(m
        .reads
        .iter()
        .any(|r| r.2.contains(&("region".to_string(), Op::Eq))));
}

#[test]
fn filters_it_cannot_translate_still_filter() {
    let mut m = Memory::new();
    let a = run("SELECT id FROM orders WHERE id % 2 = 0 ORDER BY id", &mut m).unwrap();
    assert_eq!(a.rows, vec![vec![json!(2)], vec![json!(4)]]);
    assert!(m.reads[0].2.is_empty());
}
