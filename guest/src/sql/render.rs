//! The answer as JSON: one `{name, type}` per column and each row as an array (column names
//! may repeat in SQL, so rows are not objects), values as Arrow's JSON writer writes them
//! (dates and timestamps as ISO-8601 text, nested values as arrays and objects), except
//! top-level decimals, which are exact text. Rows stop at the row limit or when the JSON would
//! pass the byte limit.

use super::Limits;
use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::arrow::json::writer::{JsonArray, WriterBuilder};
use datafusion::arrow::record_batch::RecordBatch;
use serde_json::{json, Value};
use std::sync::Arc;

pub fn columns(schema: &SchemaRef) -> Vec<Value> {
    schema
        .fields()
        .iter()
        .map(|f| json!({"name": f.name(), "type": f.data_type().to_string()}))
        .collect()
}

/// The rows of `batches`, and why they were cut off, if they were.
pub fn rows(
    batches: &[RecordBatch],
    limits: &Limits,
) -> Result<(Vec<Vec<Value>>, Option<String>), String> {
    let mut out = Vec::new();
    let mut bytes = 0usize;
    for batch in batches {
        let columns: Vec<Vec<Value>> = batch
            .columns()
            .iter()
            .map(values)
            .collect::<Result<_, _>>()?;
        for i in 0..batch.num_rows() {
            if out.len() == limits.max_rows {
                return Ok((
                    out,
                    Some(format!(
                        "more than {} rows; the first {} are returned (max_rows)",
                        limits.max_rows, limits.max_rows
                    )),
                ));
            }
            let row: Vec<Value> = columns.iter().map(|c| c[i].clone()).collect();
            bytes += serde_json::to_string(&row).map(|s| s.len()).unwrap_or(0);
            if bytes > limits.max_result_bytes {
                let why = format!(
                    "the rows pass {} bytes of JSON; the first {} rows are returned (max_result_bytes)",
                    limits.max_result_bytes,
                    out.len()
                );
                return Ok((out, Some(why)));
            }
            out.push(row);
        }
    }
    Ok((out, None))
}

/// One column's values as JSON, nulls as `null`; decimals as text, so no digit is lost to a
/// JSON number's float.
fn values(array: &ArrayRef) -> Result<Vec<Value>, String> {
    let array = &match array.data_type() {
        DataType::Decimal32(..)
        | DataType::Decimal64(..)
        | DataType::Decimal128(..)
        | DataType::Decimal256(..) => {
            cast(array, &DataType::Utf8).map_err(|e| format!("rendering a decimal: {e}"))?
        }
        _ => Arc::clone(array),
    };
    let field = Field::new("v", array.data_type().clone(), true);
    let batch = RecordBatch::try_new(Arc::new(Schema::new(vec![field])), vec![Arc::clone(array)])
        .map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    let mut writer = WriterBuilder::new()
        .with_explicit_nulls(true)
        .build::<_, JsonArray>(&mut buf);
    writer
        .write(&batch)
        .and_then(|_| writer.finish())
        .map_err(|e| format!("rendering the answer: {e}"))?;
    let objects: Vec<Value> = if buf.is_empty() {
        Vec::new()
    } else {
        serde_json::from_slice(&buf).map_err(|e| format!("rendering the answer: {e}"))?
    };
    Ok(objects
        .into_iter()
        .map(|mut o| o.get_mut("v").map(Value::take).unwrap_or(Value::Null))
        .collect())
}
