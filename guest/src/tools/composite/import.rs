//! `import_csv_to_table` and `import_parquet_to_table`: a file from a general purpose bucket
//! (`s3_url`, readable only if the user named its bucket with `--allow-read-bucket`) appended
//! to a table as one snapshot, the same way `append_rows_to_table` appends (`table_write`).
//! Column names are mapped explicitly (as in the file with `preserve_case`, else snake_case,
//! as the reference server does) and every value is converted by the table's types with the
//! append rules. With `create_if_missing` a missing table is created with the file's inferred
//! schema — the reference server promised this and returned an error instead.

use super::table_meta::{locate, Loaded, TableRef, TableState};
use super::table_write::{self, Appended, Target};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::write::import::{
    self as source, CsvStream, Inference, Record, Source, SourceColumn,
};
use crate::iceberg::write::{rows, snapshot, Row};
use crate::s3::{Purpose, S3Location, S3};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::time::{Duration, Instant};

/// Rows converted from JSON at a time (see `convert`).
const CONVERT_CHUNK_ROWS: usize = 16_384;
/// Rows imported per call by default, and at most: a safety limit, not a memory one (a CSV
/// file streams; a Parquet file is bounded by --max-scan-mib).
const DEFAULT_MAX_ROWS: usize = 100_000;
const MAX_ROWS: usize = 100_000_000;

/// Import a file from S3 into an Iceberg table.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Args {
    /// The file: s3://bucket/key. Its bucket must be allowed with the server's --allow-read-bucket.
    s3_url: String,
    /// The table bucket ARN (the reference server's `warehouse`).
    #[serde(alias = "warehouse")]
    table_bucket_arn: String,
    /// The namespace.
    namespace: String,
    /// The table name (the reference server's `table_name`).
    #[serde(alias = "table_name")]
    name: String,
    /// Match the file's column names to the table's exactly as written (default false: they are converted to snake_case first, e.g. "OrderID" → "order_id").
    #[serde(default)]
    preserve_case: bool,
    /// Create the table with the file's inferred schema (all columns optional, unpartitioned) if it does not exist (default false).
    #[serde(default)]
    create_if_missing: bool,
    /// Refuse files with more rows than this (default 100000, at most 100000000); nothing is committed then.
    #[schemars(range(min = 1, max = 100000000))]
    max_rows: Option<usize>,
    /// AWS Region for this call (default: the server's region).
    #[serde(alias = "region")]
    region_name: Option<String>,
    /// Makes the call safe to repeat: recorded in the snapshot, so a call with a token the table already holds appends nothing and answers with the earlier snapshot (1-64 of A-Z a-z 0-9 - _ . :). One is made up when absent; the answer gives it either way.
    client_token: Option<String>,
    /// Accepted for compatibility with the reference server; not needed.
    #[allow(dead_code)] // accepted, never needed
    uri: Option<String>,
    /// Accepted for compatibility with the reference server; not needed.
    #[allow(dead_code)] // accepted, never needed
    catalog_name: Option<String>,
    /// Accepted for compatibility; requests are always SigV4-signed.
    #[allow(dead_code)] // accepted, never needed
    rest_signing_name: Option<String>,
    /// Accepted for compatibility; requests are always SigV4-signed.
    #[allow(dead_code)] // accepted, never needed
    rest_sigv4_enabled: Option<String>,
}

/// One description per tool: its own first sentences, then what both tools share.
macro_rules! description {
    ($head:literal) => {
        concat!(
            $head,
            " Columns are matched to the table's by name: exactly with preserve_case, else after converting the file's names to snake_case (two columns with the same converted name are an error). A file column with no table column is an error (nothing is dropped silently); table columns missing from the file are null, or an error if required. With create_if_missing the table is created (format 2, unpartitioned, all columns optional) with the schema inferred from the file (a CSV file is then read twice: once for the types). Values are converted by the table's types with append_rows_to_table's rules; if any value does not fit, every problem is reported by row and column and nothing is committed (a long CSV file may have had data files written already: the answer names them; the table does not reference them). The rows are committed as one snapshot (zstd Parquet data files, a new manifest, retried on top of concurrent commits), exactly once: pass client_token to make a repeated call safe (a token the table already holds appends nothing). The file's bucket must be allowed with the server's --allow-read-bucket; the file is read in ranges of --max-response-bytes. A CSV file streams: each range is converted and written as it comes (data files of up to ~48 MiB of rows each), so its size is bounded only by max_rows; a Parquet file is read whole, at most --max-scan-mib. Needs --allow-write."
        )
    };
}

const CSV_DESCRIPTION: &str = description!("Append the rows of a CSV file in S3 (s3_url) to an Iceberg table. The first line is the header; fields may be quoted (RFC 4180); empty fields are null. Inferred types (for create_if_missing): boolean, long, double, date, timestamp, timestamptz, else string.");
const PARQUET_DESCRIPTION: &str = description!("Append the rows of a Parquet file in S3 (s3_url) to an Iceberg table. The file's column types (nested ones included) become the inferred schema for create_if_missing.");

pub static CSV_TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::IMPORT_CSV_TO_TABLE,
    title: "Import a CSV file into a table",
    description: CSV_DESCRIPTION,
    input_schema: schema_of::<Args>,
    output_schema,
    run: super::data_plane(run_csv),
    in_this_build: super::HAS_DATA_PLANE,
};

pub static PARQUET_TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::IMPORT_PARQUET_TO_TABLE,
    title: "Import a Parquet file into a table",
    description: PARQUET_DESCRIPTION,
    input_schema: schema_of::<Args>,
    output_schema,
    run: super::data_plane(run_parquet),
    in_this_build: super::HAS_DATA_PLANE,
};

fn output_schema() -> Value {
    json!({"type": "object", "properties": {
        "status": {"type": "string"},
        "tableBucketARN": {"type": "string"}, "namespace": {"type": "string"}, "name": {"type": "string"},
        "source": {"type": "string"},
        "tableCreated": {"type": "boolean"},
        "columns": {"type": "array", "items": {"type": "object", "properties": {
            "source": {"type": "string"}, "column": {"type": "string"}}}},
        "rowsImported": {"type": "integer"},
        "snapshotId": {"type": "integer"},
        "sequenceNumber": {"type": "integer"},
        "metadataLocation": {"type": "string"},
        "dataFiles": {"type": "array", "items": {"type": "string"}},
        "commitAttempts": {"type": "integer"},
        "clientToken": {"type": "string"},
        "alreadyAppended": {"type": "boolean"},
        "confirmedByReading": {"type": "boolean"},
        "timingsMs": {"type": "object", "description": "Where a CSV import's time went: reading and parsing the file's ranges (readAndParse), converting the values (convert), writing data files while rows came (writeFiles) and the rest of the files, the manifest and the commit (finishAndCommit).",
            "additionalProperties": {"type": "integer"}}}})
}

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Parquet,
}

fn run_csv(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    run(client, arguments, Format::Csv)
}

fn run_parquet(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    run(client, arguments, Format::Parquet)
}

fn tool_name(format: Format) -> &'static str {
    match format {
        Format::Csv => CSV_TOOL.spec.tool,
        Format::Parquet => PARQUET_TOOL.spec.tool,
    }
}

fn run(client: &Client, arguments: &Map<String, Value>, format: Format) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let tool = tool_name(format);
    let region = region(client.config, args.region_name.as_deref())?;
    let max_rows = args.max_rows.unwrap_or(DEFAULT_MAX_ROWS);
    if !(1..=MAX_ROWS).contains(&max_rows) {
        return Err(Failure::Tool(format!(
            "`max_rows` must be between 1 and {MAX_ROWS}; got {max_rows}"
        )));
    }
    let client_token = table_write::client_token(client, args.client_token.clone())?;
    let file = source_location(client, &args.s3_url)?;
    let input = match format {
        // A CSV file is read in ranges as it is converted, never whole.
        Format::Csv => Input::Csv(Csv {
            client,
            region: &region,
            file: &file,
            max_rows,
            preserve_case: args.preserve_case,
        }),
        Format::Parquet => {
            let source = read_source(client, &region, &file, max_rows)?;
            let names =
                source::column_names(&source, args.preserve_case).map_err(nothing_written)?;
            Input::Whole(source, names)
        }
    };
    let (table_bucket_arn, namespace, name) = (
        Some(args.table_bucket_arn.clone()),
        Some(args.namespace.clone()),
        Some(args.name.clone()),
    );
    let table = TableRef {
        table_arn: &None,
        table_bucket_arn: &table_bucket_arn,
        namespace: &namespace,
        name: &name,
    };
    let (loaded, created) = match locate(client, tool, &table, &region, args.create_if_missing)? {
        TableState::Loaded(loaded) => (loaded, false),
        TableState::NoMetadata { .. } if !args.create_if_missing => {
            return Err(Failure::Tool(
                "The table has no schema yet (created without one). Nothing was written; pass create_if_missing=true to give it the file's schema.".into(),
            ))
        }
        state => {
            let (columns, names) = input.inferred()?;
            let loaded = create(client, &region, tool, &table, state, &columns, &names)?;
            (loaded, true)
        }
    };
    let target = Target {
        client,
        tool,
        client_token: &client_token,
        region: &region,
        table,
        loaded,
    };
    let created_note = if created {
        " (the table was created, empty)"
    } else {
        ""
    };
    let imported = match table_write::earlier_append(&target) {
        // This call's token is in the table: its rows were imported before.
        Some(earlier) => Imported {
            columns: input.columns()?,
            rows: earlier.rows as usize,
            appended: Some(earlier),
            timings: None,
        },
        None => input.import(&target, created_note)?,
    };
    let mut out = Map::new();
    out.insert("status".into(), json!("success"));
    for key in ["tableBucketARN", "namespace", "name"] {
        out.insert(key.into(), target.loaded.input[key].clone());
    }
    out.insert("source".into(), json!(args.s3_url));
    out.insert("tableCreated".into(), json!(created));
    let columns: Vec<Value> = imported
        .columns
        .iter()
        .map(|(c, n)| json!({"source": c.name, "column": n}))
        .collect();
    out.insert("columns".into(), Value::Array(columns));
    out.insert("rowsImported".into(), json!(imported.rows));
    if let Some(a) = imported.appended {
        out.insert("snapshotId".into(), json!(a.snapshot_id));
        out.insert("sequenceNumber".into(), json!(a.sequence_number));
        out.insert("metadataLocation".into(), json!(a.metadata_location));
        out.insert("dataFiles".into(), json!(a.data_files));
        out.insert("commitAttempts".into(), json!(a.commit_attempts));
        out.insert("alreadyAppended".into(), json!(a.already_appended));
        out.insert("confirmedByReading".into(), json!(a.confirmed_by_reading));
    }
    out.insert("clientToken".into(), json!(client_token));
    if let Some(timings) = imported.timings {
        out.insert("timingsMs".into(), timings);
    }
    Ok(Value::Object(out))
}

/// What an import did: the file's columns (with their table columns), the rows, the append
/// (none for a file without rows).
struct Imported {
    columns: Vec<(SourceColumn, String)>,
    rows: usize,
    appended: Option<Appended>,
    /// Where a streamed import's time went.
    timings: Option<Value>,
}

/// The file being imported: a Parquet file read whole, or a CSV file read in ranges.
enum Input<'a> {
    Whole(Source, Vec<String>),
    Csv(Csv<'a>),
}

impl Input<'_> {
    /// The file's columns with inferred types and their table column names (for a new table).
    fn inferred(&self) -> Result<(Vec<SourceColumn>, Vec<String>), Failure> {
        match self {
            Input::Whole(source, names) => Ok((source.columns.clone(), names.clone())),
            Input::Csv(csv) => csv.inferred(),
        }
    }

    /// The file's columns and their table column names (types not inferred).
    fn columns(&self) -> Result<Vec<(SourceColumn, String)>, Failure> {
        let (columns, names) = match self {
            Input::Whole(source, names) => (source.columns.clone(), names.clone()),
            Input::Csv(csv) => csv.header()?,
        };
        Ok(columns.into_iter().zip(names).collect())
    }

    fn import(self, target: &Target, created: &str) -> Result<Imported, Failure> {
        match self {
            Input::Whole(source, names) => import_whole(target, source, names, created),
            Input::Csv(csv) => csv.import(target, created),
        }
    }
}

fn import_whole(
    target: &Target,
    source: Source,
    names: Vec<String>,
    created: &str,
) -> Result<Imported, Failure> {
    let schema = target.schema()?.clone();
    let converted = convert(&source, &names, &schema).map_err(|failure| match failure {
        Converted::Rejected(errors) => {
            table_write::rows_rejected(&errors, created, |e| labelled(&source, e))
        }
        Converted::Failed(why) => nothing_written(why),
    })?;
    let rows = converted.len();
    let columns = source.columns.iter().cloned().zip(names).collect();
    // The file's rows are converted; free them before the data files are built.
    drop(source);
    let appended = if converted.is_empty() {
        None
    } else {
        Some(table_write::append(target, converted)?)
    };
    Ok(Imported {
        columns,
        rows,
        appended,
        timings: None,
    })
}

/// Bytes of CSV text read into records at a time: a range of the file (`--max-response-bytes`)
/// is split so that only this much of it is ever held as records.
const CSV_BATCH_BYTES: usize = 1 << 20;

/// A CSV file in S3, read in ranges ([`S3::read_ranges`]) by a [`CsvStream`]: each batch of
/// records is converted, and its rows handed to the table writer, before the next is read.
struct Csv<'a> {
    client: &'a Client<'a>,
    region: &'a str,
    file: &'a S3Location,
    max_rows: usize,
    preserve_case: bool,
}

/// Why a read of the file stopped.
enum Stop {
    /// The file cannot be read as CSV, or is too big (`max_rows`).
    File(String),
    /// The batch handler had enough (the header was all it needed).
    Done,
    /// The batch handler failed.
    Failed(Failure),
}

impl Csv<'_> {
    /// Reads the file, handing `each` the stream (for its header) and every batch of records
    /// in order; `each` may stop the read with [`Stop::Done`].
    fn read(
        &self,
        mut each: impl FnMut(&CsvStream, Vec<Record>) -> Result<(), Stop>,
    ) -> Result<CsvStream, Stop> {
        let mut stream = CsvStream::new(self.max_rows);
        let file_error = |e: source::ImportError| Stop::File(format!("{}: {e}", self.file));
        let read = S3::new(self.client, self.region)
            .read_ranges(self.file, u64::MAX, Purpose::ImportSource, |range| {
                for piece in range.chunks(CSV_BATCH_BYTES) {
                    let mut records = Vec::new();
                    stream.push(piece, &mut records).map_err(file_error)?;
                    if stream.header().is_some() {
                        each(&stream, records)?;
                    }
                }
                Ok(())
            })
            .map_err(|e| Stop::File(e.to_string()))?;
        match read {
            Ok(()) => {}
            Err(Stop::Done) => return Ok(stream),
            Err(stop) => return Err(stop),
        }
        let mut records = Vec::new();
        stream.finish(&mut records).map_err(file_error)?;
        match each(&stream, records) {
            Ok(()) | Err(Stop::Done) => Ok(stream),
            Err(stop) => Err(stop),
        }
    }

    /// The table column names of the file's columns (with `types` inferred or not).
    fn names(&self, columns: &[SourceColumn]) -> Result<Vec<String>, source::ImportError> {
        source::column_names(
            &Source::csv_batch(columns.to_vec(), Vec::new(), 0),
            self.preserve_case,
        )
    }

    /// The header alone: the first range of the file.
    fn header(&self) -> Result<(Vec<SourceColumn>, Vec<String>), Failure> {
        let inference = Inference::new(0);
        let stream = self
            .read(|_, _| Err(Stop::Done))
            .map_err(|stop| stopped(stop, None))?;
        let columns = stream.columns(&inference);
        let names = self.names(&columns).map_err(nothing_written)?;
        Ok((columns, names))
    }

    /// The whole file read once to infer its columns' types (before a table is created).
    fn inferred(&self) -> Result<(Vec<SourceColumn>, Vec<String>), Failure> {
        let mut inference = None::<Inference>;
        let stream = self
            .read(|stream, records| {
                let inference = inference
                    .get_or_insert_with(|| Inference::new(stream.header().map_or(0, <[_]>::len)));
                inference.add(&records);
                Ok(())
            })
            .map_err(|stop| stopped(stop, None))?;
        let inference = inference.unwrap_or_else(|| Inference::new(0));
        let columns = stream.columns(&inference);
        let names = self.names(&columns).map_err(nothing_written)?;
        Ok((columns, names))
    }

    /// Reads, converts and writes the file's rows batch by batch, then commits them.
    fn import(self, target: &Target, created: &str) -> Result<Imported, Failure> {
        let schema = target.schema()?.clone();
        let mut writer = table_write::Writer::new(target)?;
        let mut names = None::<(Vec<SourceColumn>, Vec<String>)>;
        // Problems with values, labelled; once there is one no more rows are written.
        let mut rejected: Vec<String> = Vec::new();
        let mut rows = 0usize;
        let began = Instant::now();
        let mut converting = Duration::ZERO;
        let mut writing = Duration::ZERO;
        let read = self.read(|stream, records| {
            if names.is_none() {
                let columns = stream.columns(&Inference::new(0));
                let table_names = self
                    .names(&columns)
                    .map_err(|e| Stop::Failed(nothing_written(e)))?;
                names = Some((columns, table_names));
            }
            let Some((columns, table_names)) = &names else {
                return Ok(());
            };
            if records.is_empty() || rejected.len() >= rows::MAX_ERRORS {
                return Ok(());
            }
            let first = stream.records() - records.len();
            let batch = Source::csv_batch(columns.clone(), records, first);
            let started = Instant::now();
            let converted = convert(&batch, table_names, &schema);
            converting += started.elapsed();
            match converted {
                Ok(converted) if rejected.is_empty() => {
                    rows += converted.len();
                    let started = Instant::now();
                    let added = writer.add(converted).map_err(Stop::Failed);
                    writing += started.elapsed();
                    added
                }
                Ok(_) => Ok(()),
                Err(Converted::Rejected(errors)) => {
                    rejected.extend(errors.iter().map(|e| labelled(&batch, e)));
                    Ok(())
                }
                Err(Converted::Failed(why)) => Err(Stop::File(why)),
            }
        });
        if let Err(stop) = read {
            return Err(stopped(stop, Some(&writer)));
        }
        if !rejected.is_empty() {
            return Err(rejected_values(&rejected, created, &writer));
        }
        let read = began.elapsed().saturating_sub(converting + writing);
        let (columns, names) = names.unwrap_or_default();
        let started = Instant::now();
        let appended = if rows == 0 {
            None
        } else {
            Some(writer.commit()?)
        };
        let ms = |d: Duration| d.as_millis() as u64;
        let timings = json!({"readAndParse": ms(read), "convert": ms(converting),
            "writeFiles": ms(writing), "finishAndCommit": ms(started.elapsed())});
        Ok(Imported {
            columns: columns.into_iter().zip(names).collect(),
            rows,
            appended,
            timings: Some(timings),
        })
    }
}

/// The answer for a read that stopped: nothing was committed, and the files written so far
/// are named.
fn stopped(stop: Stop, writer: Option<&table_write::Writer>) -> Failure {
    let why = match stop {
        Stop::File(why) => why,
        Stop::Done => "the file ended early".into(),
        Stop::Failed(failure) => return failure,
    };
    match writer {
        Some(writer) => writer.fail(why),
        None => nothing_written(why),
    }
}

/// The answer when values do not fit the table (found batch by batch, so data files may have
/// been written already).
fn rejected_values(rejected: &[String], created: &str, writer: &table_write::Writer) -> Failure {
    table_write::values_rejected(rejected, created, writer.files_written())
}

/// Why a file's rows were not converted.
enum Converted {
    /// Values that do not fit the table, by row index in the file.
    Rejected(Vec<rows::RowError>),
    /// Cells that are not values of their column's type, or columns the table lacks.
    Failed(String),
}

/// The file's rows converted to the table's schema, a slice at a time: only one slice is
/// ever held as JSON values (several times the size of the converted rows).
fn convert(source: &Source, names: &[String], schema: &Value) -> Result<Vec<Row>, Converted> {
    let total = source.row_count();
    let mut converted = Vec::with_capacity(total);
    let mut rejected = Vec::new();
    for start in (0..total).step_by(CONVERT_CHUNK_ROWS) {
        let range = start..(start + CONVERT_CHUNK_ROWS).min(total);
        let values = source::values_range(source, names, schema, range)
            .map_err(|e| Converted::Failed(e.to_string()))?;
        match values.convert() {
            Ok(mut chunk) => converted.append(&mut chunk),
            // The schema was parsed by `values_range`, so every error is a row's.
            Err(errors) => {
                rejected.extend(errors.into_iter().map(|mut e| {
                    e.index += start;
                    e
                }));
                if rejected.len() >= rows::MAX_ERRORS {
                    break;
                }
            }
        }
    }
    if rejected.is_empty() {
        Ok(converted)
    } else {
        Err(Converted::Rejected(rejected))
    }
}

/// A row error with the row named as the file counts it (CSV: data row and line).
fn labelled(source: &Source, e: &rows::RowError) -> String {
    let row = source.row_label(e.index);
    if e.field.is_empty() {
        format!("{row}: {}", e.message)
    } else {
        format!("{row}, column `{}`: {}", e.field, e.message)
    }
}

fn nothing_written(e: impl std::fmt::Display) -> Failure {
    Failure::Tool(format!("{e}. Nothing was written."))
}

/// The `s3://` URL of the file, checked against the buckets the user allowed.
fn source_location(client: &Client, url: &str) -> Result<S3Location, Failure> {
    let location =
        S3Location::parse(url).map_err(|e| Failure::Tool(format!("`s3_url` {url:?}: {e}")))?;
    if location.key.is_empty() || location.key.ends_with('/') {
        return Err(Failure::Tool(format!(
            "`s3_url` {url:?} names no object (s3://bucket/key of one file)"
        )));
    }
    if location.bucket.ends_with("--table-s3") {
        return Err(Failure::Tool(
            "`s3_url` points into a table's own storage; import from a general purpose bucket."
                .into(),
        ));
    }
    if !client.config.grants.allows_source_bucket(&location.bucket) {
        return Err(Failure::Tool(format!(
            "Reading from bucket {:?} is not allowed: start the server with --allow-read-bucket {} (bucket names or patterns such as landing-*).",
            location.bucket, location.bucket
        )));
    }
    Ok(location)
}

/// A Parquet file, read whole (its footer comes last).
fn read_source(
    client: &Client,
    region: &str,
    file: &S3Location,
    max_rows: usize,
) -> Result<Source, Failure> {
    let bytes = S3::new(client, region)
        .get_large_object(
            file,
            client.config.limits.max_scan_bytes as u64,
            Purpose::ImportSource,
        )
        .map_err(|e| Failure::Tool(format!("{e}. Nothing was written.")))?;
    source::read_parquet(bytes.into(), max_rows)
        .map_err(|e| Failure::Tool(format!("{file}: {e}. Nothing was written.")))
}

/// Creates the table (or gives a table without metadata its first one) with the file's schema.
fn create(
    client: &Client,
    region: &str,
    tool: &str,
    table: &TableRef,
    state: TableState,
    columns: &[SourceColumn],
    names: &[String],
) -> Result<Loaded, Failure> {
    let input = match state {
        TableState::Missing { input } => {
            let op = s3tables_ops::find("CreateTable").expect("catalog has CreateTable");
            let mut create = input.clone();
            create.insert("format".into(), json!("ICEBERG"));
            client.call(op, &create, region).map_err(|e| {
                Failure::Tool(format!(
                    "Creating the table failed: {e}. Nothing was written."
                ))
            })?;
            input
        }
        TableState::NoMetadata { input, .. } => input,
        TableState::Loaded(loaded) => return Ok(loaded),
    };
    let schema =
        source::inferred_schema(&Source::csv_batch(columns.to_vec(), Vec::new(), 0), names);
    let locate_op = s3tables_ops::find("GetTableMetadataLocation")
        .expect("catalog has GetTableMetadataLocation");
    let located = client
        .call(locate_op, &input, region)
        .map_err(|e| Failure::Tool(e.to_string()))?;
    let warehouse = located["warehouseLocation"].as_str().ok_or_else(|| {
        Failure::Tool("GetTableMetadataLocation returned no warehouseLocation".into())
    })?;
    let random = || client.clock.random_u64();
    let now_ms = table_write::now_ms(client);
    let meta = snapshot::new_table_metadata(
        warehouse,
        &schema,
        &snapshot::uuid(random(), random()),
        now_ms,
    );
    let path = format!(
        "{}/metadata/00000-{}.metadata.json",
        warehouse.trim_end_matches('/'),
        snapshot::uuid(random(), random())
    );
    let location = S3Location::parse(&path).map_err(|e| Failure::Tool(e.to_string()))?;
    let body = serde_json::to_vec(&meta).map_err(|e| Failure::Tool(e.to_string()))?;
    S3::new(client, region)
        .put_object(&location, body)
        .map_err(|e| {
            Failure::Tool(format!(
                "The table was created, but writing its first metadata failed: {e}"
            ))
        })?;
    let update = s3tables_ops::find("UpdateTableMetadataLocation")
        .expect("catalog has UpdateTableMetadataLocation");
    let mut commit = input.clone();
    commit.insert("versionToken".into(), located["versionToken"].clone());
    commit.insert("metadataLocation".into(), json!(path));
    if let Err(e) = client.call(update, &commit, region) {
        // The answer may have been lost after the pointer was set (a retry then meets a 409).
        return match locate(client, tool, table, region, false) {
            Ok(TableState::Loaded(loaded)) if loaded.metadata_location == path => Ok(loaded),
            _ => Err(Failure::Tool(format!(
                "The table was created, but setting its first metadata ({path}) failed: {e}"
            ))),
        };
    }
    match locate(client, tool, table, region, false)? {
        TableState::Loaded(loaded) => Ok(loaded),
        _ => Err(Failure::Tool(
            "The table was created, but its metadata could not be read back.".into(),
        )),
    }
}
