//! `append_rows_to_table`: rows given as JSON objects, converted to the table's Iceberg schema
//! by strict rules (`iceberg::write::rows`), then written and committed as one snapshot
//! (`table_write`). A row that does not fit is reported by index and field and nothing is
//! written. Takes the reference server's argument names too (`warehouse`, `table_name`,
//! `region`, and its catalog plumbing, accepted and not needed).

use super::table_meta::{load, TableRef};
use super::table_write::{self, Target};
use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::iceberg::write::rows;
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// Rows one call may append (a tool call, not a bulk load: import tools read files).
pub const MAX_ROWS: usize = 10_000;

/// Append rows to an Iceberg table.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Args {
    /// The rows, as JSON objects keyed by column name (exact, case-sensitive); see the tool description for the value rules.
    rows: Vec<Map<String, Value>>,
    /// The table's ARN, instead of table_bucket_arn + namespace + name.
    table_arn: Option<String>,
    /// The table bucket ARN (with namespace and name).
    #[serde(alias = "warehouse")]
    table_bucket_arn: Option<String>,
    /// The namespace (with table_bucket_arn and name).
    namespace: Option<String>,
    /// The table name (with table_bucket_arn and namespace).
    #[serde(alias = "table_name")]
    name: Option<String>,
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

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::APPEND_ROWS_TO_TABLE,
    title: "Append rows to a table",
    description: "Append rows (JSON objects keyed by exact column name, at most 10,000 per call) to an Iceberg table as one new snapshot: the rows are checked against the table's current schema, written as zstd Parquet files (one per partition), listed in a new manifest and committed with the table's version token; if another writer commits first, the commit is retried on top of it (up to 5 times) without rewriting the data. Exactly once: if the commit's answer is lost, the table is read to tell whether it took; pass client_token to make a repeated call safe (a token the table already holds appends nothing). Value rules: int/long JSON integers; float/double numbers or \"NaN\"/\"Infinity\"/\"-Infinity\"; decimal a string or number, never rounded (too many digits is an error); date \"YYYY-MM-DD\"; time \"HH:MM[:SS[.ffffff]]\"; timestamp ISO-8601 without an offset; timestamptz ISO-8601 with Z or ±HH:MM (stored in UTC); string a JSON string; uuid 8-4-4-4-12 text; binary and fixed standard base64; struct an object; list an array; map an object (string keys) or an array of {key, value}. null (or leaving a column out) only where the column is optional; unknown column names are errors. If any row does not fit, every problem is reported by row index and field and nothing is written. Needs --allow-write. Name the table with table_arn, or table_bucket_arn (or warehouse) + namespace + name (or table_name).",
    input_schema: schema_of::<Args>,
    output_schema,
    run: super::data_plane(run),
    in_this_build: super::HAS_DATA_PLANE,
};

fn output_schema() -> Value {
    json!({"type": "object", "properties": {
        "status": {"type": "string"},
        "tableBucketARN": {"type": "string"}, "namespace": {"type": "string"}, "name": {"type": "string"},
        "rowsAppended": {"type": "integer"},
        "snapshotId": {"type": "integer"},
        "sequenceNumber": {"type": "integer"},
        "metadataLocation": {"type": "string"},
        "dataFiles": {"type": "array", "items": {"type": "string"}},
        "commitAttempts": {"type": "integer"},
        "clientToken": {"type": "string"},
        "alreadyAppended": {"type": "boolean"},
        "confirmedByReading": {"type": "boolean"}}})
}

fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let region = region(client.config, args.region_name.as_deref())?;
    if args.rows.is_empty() {
        return Err(Failure::Tool(
            "`rows` is empty: nothing to append (the table is unchanged).".into(),
        ));
    }
    if args.rows.len() > MAX_ROWS {
        return Err(Failure::Tool(format!(
            "{} rows given; at most {MAX_ROWS} per call (split them, or import a file). Nothing was written.",
            args.rows.len()
        )));
    }
    let table = TableRef {
        table_arn: &args.table_arn,
        table_bucket_arn: &args.table_bucket_arn,
        namespace: &args.namespace,
        name: &args.name,
    };
    let client_token = table_write::client_token(client, args.client_token)?;
    let loaded = load(client, "append_rows_to_table", &table, &region)?;
    let target = Target {
        client,
        tool: "append_rows_to_table",
        client_token: &client_token,
        region: &region,
        table,
        loaded,
    };
    let rows_json: Vec<Value> = args.rows.into_iter().map(Value::Object).collect();
    let converted = rows::convert(target.schema()?, &rows_json)
        .map_err(|errors| table_write::rows_rejected(&errors, "", |e| e.to_string()))?;
    let appended = table_write::append(&target, converted)?;
    let mut out = Map::new();
    out.insert("status".into(), json!("success"));
    for key in ["tableBucketARN", "namespace", "name"] {
        out.insert(key.into(), target.loaded.input[key].clone());
    }
    out.insert("rowsAppended".into(), json!(appended.rows));
    out.insert("snapshotId".into(), json!(appended.snapshot_id));
    out.insert("sequenceNumber".into(), json!(appended.sequence_number));
    out.insert("metadataLocation".into(), json!(appended.metadata_location));
    out.insert("dataFiles".into(), json!(appended.data_files));
    out.insert("commitAttempts".into(), json!(appended.commit_attempts));
    out.insert("clientToken".into(), json!(client_token));
    out.insert("alreadyAppended".into(), json!(appended.already_appended));
    out.insert(
        "confirmedByReading".into(),
        json!(appended.confirmed_by_reading),
    );
    Ok(Value::Object(out))
}
