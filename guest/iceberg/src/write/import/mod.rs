//! Whole source files (CSV or Parquet, their bytes already fetched) → rows for
//! `rows::convert`, and the Iceberg schema of a new table inferred from them. Used by
//! `import_csv_to_table` and `import_parquet_to_table`:
//!
//! 1. [`read_csv`] / [`read_parquet`] read every row (more than `max_rows` is an error, nothing
//!    partial) and infer each column's Iceberg type ([`SourceColumn`]); the rules are in the
//!    `csv` and `parquet` modules' docs.
//! 2. [`column_names`] maps the file's column names to table column names (snake_case unless
//!    `preserve_case`); two columns that end up with the same name are an error.
//! 3. [`inferred_schema`] is the schema of a new table; [`values`] shapes the rows as JSON
//!    values by table field for `rows::convert_fields` against the (new or existing) table's
//!    schema, which then applies its strict value rules ([`Values::convert`]).
//!
//! Errors are [`ImportError`]s with the file's row numbers; `rows`' errors count rows
//! from 0 in the order [`values`] returns them: [`Source::row_label`] names such a row the
//! way the file does.

mod csv;
mod names;
mod parquet;

pub use self::csv::{read_csv, CsvStream, Inference, Record};
pub use self::parquet::read_parquet;

use super::rows::{self, Field, MAX_ERRORS};
use super::Row;
use serde_json::{json, Value};
use std::collections::HashMap;

/// A source file's columns and rows, as read.
#[derive(Clone, Debug)]
pub struct Source {
    /// The file's columns, in file order.
    pub columns: Vec<SourceColumn>,
    rows: Rows,
    /// The data rows before these in the file (a batch of a file read in pieces).
    first: usize,
}

/// A column of a source file.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceColumn {
    /// The name in the file (the CSV header, the Parquet field name).
    pub name: String,
    /// The inferred Iceberg type: a primitive type name (`"long"`, `"decimal(10, 2)"`), or a
    /// nested `{"type": "struct" | "list" | "map", …}` whose ids are the Parquet field ids
    /// (0 where the file has none); [`inferred_schema`] assigns fresh ones.
    pub iceberg_type: Value,
}

#[derive(Clone, Debug)]
enum Rows {
    /// CSV records: cell texts, typed only against the table in [`values`].
    Csv(Vec<csv::Record>),
    /// Parquet rows: one JSON value per column, rendered by its inferred type the way
    /// `preview_table` shows values (`values::render`), which `rows::convert` takes back.
    Parquet(Vec<Vec<Value>>),
}

impl Source {
    /// The CSV `records` of a file read in pieces ([`CsvStream`]), after `first` others.
    pub fn csv_batch(columns: Vec<SourceColumn>, records: Vec<Record>, first: usize) -> Source {
        Source {
            columns,
            rows: Rows::Csv(records),
            first,
        }
    }

    /// The number of data rows.
    pub fn row_count(&self) -> usize {
        match &self.rows {
            Rows::Csv(records) => records.len(),
            Rows::Parquet(rows) => rows.len(),
        }
    }

    /// How to name the row at `index` (0-based, as `rows` counts [`values`]'s
    /// output) to a user: `data row 3 (line 4)` for CSV (rows counted from 1 without the
    /// header; the line where the record starts), `row 3` (from 1) for Parquet.
    pub fn row_label(&self, index: usize) -> String {
        match &self.rows {
            Rows::Csv(records) => match records.get(index) {
                Some(r) => csv::label(self.first + index, r.line),
                None => format!("data row {}", self.first + index + 1),
            },
            Rows::Parquet(_) => format!("row {}", self.first + index + 1),
        }
    }
}

/// Why a file cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not UTF-8 text (line {line}): a CSV file must be UTF-8")]
    NotUtf8 { line: usize },
    #[error("the CSV file is empty: it needs a header row with the column names")]
    Empty,
    #[error("CSV syntax, line {line}: {message}")]
    Syntax { line: usize, message: String },
    #[error("{} has {found} fields, the header has {expected}", csv::label(record.saturating_sub(1), *line))]
    Ragged {
        /// The data row, from 1 (the header not counted).
        record: usize,
        line: usize,
        found: usize,
        expected: usize,
    },
    #[error("the file has more than {max} rows (max_rows); nothing was imported")]
    TooManyRows { max: usize },
    #[error("not a readable Parquet file: {0}")]
    Parquet(String),
    #[error("column `{column}`: {message}")]
    Unsupported { column: String, message: String },
    #[error("source column {position} has no name")]
    EmptyName { position: usize },
    #[error("source columns `{first}` and `{second}` would both be column `{name}`{}",
        if *converted { " (after conversion to snake_case; keep the names as they are to tell them apart)" } else { "" })]
    DuplicateName {
        first: String,
        second: String,
        name: String,
        converted: bool,
    },
    #[error("{given} column names given for {columns} source columns")]
    NameCount { given: usize, columns: usize },
    #[error("the table has no column named {}; its columns: {}", .missing.join(", "), .table.join(", "))]
    UnknownColumns {
        missing: Vec<String>,
        table: Vec<String>,
    },
    #[error("the table's schema cannot be written: {0}")]
    TableSchema(String),
    #[error("column `{column}` is a {kind} in the table: struct, list and map columns cannot be imported from CSV")]
    NestedFromCsv { column: String, kind: &'static str },
    #[error("{} value(s) do not fit the table's columns:\n{}", .0.len(), .0.join("\n"))]
    Values(Vec<String>),
}

/// The table column names of the source's columns: as they are with `preserve_case`, else
/// snake_case as the reference server (pydantic's `to_snake`, and whitespace as `_`:
/// `OrderID` → `order_id`, `Unit Price` → `unit_price`). Nested field names are kept.
pub fn column_names(source: &Source, preserve_case: bool) -> Result<Vec<String>, ImportError> {
    let mut out = Vec::with_capacity(source.columns.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, column) in source.columns.iter().enumerate() {
        if column.name.is_empty() {
            return Err(ImportError::EmptyName { position: i + 1 });
        }
        let name = if preserve_case {
            column.name.clone()
        } else {
            names::to_snake(&column.name)
        };
        if let Some(&first) = seen.get(&name) {
            return Err(ImportError::DuplicateName {
                first: source.columns[first].name.clone(),
                second: column.name.clone(),
                name,
                converted: !preserve_case,
            });
        }
        seen.insert(name.clone(), i);
        out.push(name);
    }
    Ok(out)
}

/// The Iceberg schema of a new table for `source`: its columns in file order named by
/// `names` (from [`column_names`]), all optional (list elements and map values too), with
/// ids assigned as Iceberg does: a struct's fields first (1..n at the top), then, field by
/// field, the ids inside each.
pub fn inferred_schema(source: &Source, names: &[String]) -> Value {
    let fields: Vec<Value> = source
        .columns
        .iter()
        .zip(names)
        .map(|(c, name)| json!({"name": name, "type": c.iceberg_type}))
        .collect();
    let mut next = 0;
    json!({"type": "struct", "schema-id": 0, "fields": fresh_fields(&fields, &mut next)})
}

fn bump(next: &mut i64) -> i64 {
    *next += 1;
    *next
}

fn fresh_fields(fields: &[Value], next: &mut i64) -> Vec<Value> {
    let ids: Vec<i64> = fields.iter().map(|_| bump(next)).collect();
    fields
        .iter()
        .zip(ids)
        .map(|(f, id)| {
            json!({"id": id, "name": f["name"], "required": false,
                   "type": fresh_type(&f["type"], next)})
        })
        .collect()
}

fn fresh_type(ty: &Value, next: &mut i64) -> Value {
    match ty["type"].as_str() {
        Some("struct") => {
            let fields = ty["fields"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            json!({"type": "struct", "fields": fresh_fields(fields, next)})
        }
        Some("list") => {
            let id = bump(next);
            json!({"type": "list", "element-id": id, "element-required": false,
                   "element": fresh_type(&ty["element"], next)})
        }
        Some("map") => {
            let (key_id, value_id) = (bump(next), bump(next));
            json!({"type": "map", "key-id": key_id, "key": fresh_type(&ty["key"], next),
                   "value-id": value_id, "value-required": false,
                   "value": fresh_type(&ty["value"], next)})
        }
        _ => ty.clone(),
    }
}

/// The source's rows as values of the table's fields, for [`Values::convert`] against
/// `table_schema`. Every source column must name a table column (nothing is dropped
/// silently); table columns the source lacks are absent (null, or `rows`' error when
/// required). CSV cells are typed by the table column (see the `csv` module); Parquet values
/// are as read.
pub fn values(
    source: &Source,
    names: &[String],
    table_schema: &Value,
) -> Result<Values, ImportError> {
    values_range(source, names, table_schema, 0..source.row_count())
}

/// [`values`] for the rows in `range` only (errors still name rows as the file counts them),
/// so a large file can be converted a slice at a time.
pub fn values_range(
    source: &Source,
    names: &[String],
    table_schema: &Value,
    range: std::ops::Range<usize>,
) -> Result<Values, ImportError> {
    if names.len() != source.columns.len() {
        return Err(ImportError::NameCount {
            given: names.len(),
            columns: source.columns.len(),
        });
    }
    let fields =
        rows::parse_schema(table_schema).map_err(|e| ImportError::TableSchema(e.to_string()))?;
    let targets = targets(names, &fields)?;
    // The table field each source column fills.
    let positions: Vec<usize> = targets
        .iter()
        .map(|t| fields.iter().position(|f| std::ptr::eq(f, *t)).unwrap_or_default())
        .collect();
    let first = source.first + range.start;
    let rows = match &source.rows {
        Rows::Parquet(rows) => rows
            .get(range)
            .unwrap_or_default()
            .iter()
            .map(|row| {
                let mut values = vec![None; fields.len()];
                for (&at, v) in positions.iter().zip(row) {
                    values[at] = Some(v.clone());
                }
                values
            })
            .collect(),
        Rows::Csv(records) => csv::values(
            &source.columns,
            &targets,
            &positions,
            fields.len(),
            records.get(range).unwrap_or_default(),
            first,
        )?,
    };
    Ok(Values { fields, rows })
}

/// A source's rows shaped for the table: one value (or nothing) per table field, in the
/// table's order.
#[derive(Debug)]
pub struct Values {
    fields: Vec<Field>,
    rows: Vec<Vec<Option<Value>>>,
}

impl Values {
    /// The rows converted by `rows`' value rules (errors count rows from 0 in this slice).
    pub fn convert(self) -> Result<Vec<Row>, Vec<rows::RowError>> {
        rows::convert_fields(&self.fields, self.rows)
    }

    /// The rows as JSON objects keyed by field name, as `append_rows_to_table` takes them.
    #[cfg(test)]
    pub(crate) fn objects(&self) -> Vec<Value> {
        self.rows
            .iter()
            .map(|row| {
                let pairs = self.fields.iter().zip(row);
                Value::Object(
                    pairs
                        .filter_map(|(f, v)| Some((f.name.clone(), v.clone()?)))
                        .collect::<serde_json::Map<_, _>>(),
                )
            })
            .collect()
    }
}

/// [`values`] as JSON objects (for tests that read them).
#[cfg(test)]
pub(crate) fn json_rows(
    source: &Source,
    names: &[String],
    table_schema: &Value,
) -> Result<Vec<Value>, ImportError> {
    values(source, names, table_schema).map(|v| v.objects())
}

/// The table field of each name, or every name without one.
fn targets<'f>(names: &[String], fields: &'f [Field]) -> Result<Vec<&'f Field>, ImportError> {
    let found: Vec<Option<&Field>> = names
        .iter()
        .map(|n| fields.iter().find(|f| &f.name == n))
        .collect();
    let missing: Vec<String> = names
        .iter()
        .zip(&found)
        .filter(|(_, f)| f.is_none())
        .map(|(n, _)| n.clone())
        .collect();
    if !missing.is_empty() {
        return Err(ImportError::UnknownColumns {
            missing,
            table: fields.iter().map(|f| f.name.clone()).collect(),
        });
    }
    Ok(found.into_iter().flatten().collect())
}

/// Collects per-value errors, at most [`MAX_ERRORS`] (as `rows::convert`).
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, message: String) {
        if self.0.len() < MAX_ERRORS {
            self.0.push(message);
        }
    }

    fn full(&self) -> bool {
        self.0.len() >= MAX_ERRORS
    }

    fn finish<T>(self, value: T) -> Result<T, ImportError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(ImportError::Values(self.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(names: &[&str]) -> Source {
        Source {
            columns: names
                .iter()
                .map(|n| SourceColumn {
                    name: n.to_string(),
                    iceberg_type: json!("string"),
                })
                .collect(),
            rows: Rows::Parquet(vec![]),
            first: 0,
        }
    }

    #[test]
    fn names_are_snake_case_unless_preserved_and_unique() {
        let s = source(&["OrderID", "firstName", "Unit Price"]);
        assert_eq!(
            column_names(&s, false).unwrap(),
            ["order_id", "first_name", "unit_price"]
        );
        assert_eq!(
            column_names(&s, true).unwrap(),
            ["OrderID", "firstName", "Unit Price"]
        );
        let clash = source(&["orderId", "x", "order_id"]);
        let e = column_names(&clash, false).unwrap_err().to_string();
        assert!(
            e.starts_with("source columns `orderId` and `order_id` would both be column `order_id` (after conversion"),
            "{e}"
        );
        assert!(column_names(&clash, true).is_ok());
        let same = source(&["a", "a"]);
        assert!(matches!(
            column_names(&same, true),
            Err(ImportError::DuplicateName {
                converted: false,
                ..
            })
        ));
        let unnamed = source(&["a", ""]);
        assert_eq!(
            column_names(&unnamed, true).unwrap_err().to_string(),
            "source column 2 has no name"
        );
    }

    #[test]
    fn inferred_ids_go_level_by_level() {
        let mut s = source(&["a", "b", "c"]);
        s.columns[1].iceberg_type = json!({"type": "struct", "fields": [
            {"id": 0, "name": "x", "required": false, "type": {"type": "list",
                "element-id": 0, "element-required": false, "element": "long"}},
            {"id": 0, "name": "y", "required": false, "type": "string"}]});
        s.columns[2].iceberg_type = json!({"type": "map", "key-id": 0, "key": "string",
            "value-id": 0, "value-required": false, "value": {"type": "struct", "fields": [
                {"id": 0, "name": "z", "required": false, "type": "date"}]}});
        let names = ["a".to_string(), "b".into(), "c".into()];
        assert_eq!(
            inferred_schema(&s, &names),
            json!({"type": "struct", "schema-id": 0, "fields": [
                {"id": 1, "name": "a", "required": false, "type": "string"},
                {"id": 2, "name": "b", "required": false, "type": {"type": "struct", "fields": [
                    {"id": 4, "name": "x", "required": false, "type": {"type": "list",
                        "element-id": 6, "element-required": false, "element": "long"}},
                    {"id": 5, "name": "y", "required": false, "type": "string"}]}},
                {"id": 3, "name": "c", "required": false, "type": {"type": "map",
                    "key-id": 7, "key": "string", "value-id": 8, "value-required": false,
                    "value": {"type": "struct", "fields": [
                        {"id": 9, "name": "z", "required": false, "type": "date"}]}}}]})
        );
    }

    #[test]
    fn source_columns_must_be_table_columns() {
        let s = source(&["id", "extra", "more"]);
        let table = json!({"type": "struct", "fields": [
            {"id": 1, "name": "id", "required": true, "type": "long"},
            {"id": 2, "name": "note", "required": false, "type": "string"}]});
        let names: Vec<String> = ["id", "extra", "more"].map(String::from).to_vec();
        assert_eq!(
            json_rows(&s, &names, &table).unwrap_err().to_string(),
            "the table has no column named extra, more; its columns: id, note"
        );
        assert!(matches!(
            json_rows(&s, &names[..2], &table),
            Err(ImportError::NameCount {
                given: 2,
                columns: 3
            })
        ));
        let bad = json!({"type": "struct", "fields": [
            {"id": 1, "name": "id", "required": true, "type": "timestamp_ns"}]});
        assert!(matches!(
            json_rows(&s, &names, &bad),
            Err(ImportError::TableSchema(_))
        ));
    }
}
