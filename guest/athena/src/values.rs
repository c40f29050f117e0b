//! Result cells typed by Athena's column metadata. `GetQueryResults` gives every cell as text
//! (`VarCharValue`, absent for NULL); the answer gives numbers and booleans as JSON, and keeps
//! as text what JSON cannot hold exactly (decimals, dates, timestamps, big values).

use serde_json::{Map, Value};

/// One column as the answer describes it: `{name, type}`, the type as Athena spells it
/// (`decimal(10,2)` with its precision and scale).
pub fn column(info: &Value) -> Value {
    let name = info
        .get("Label")
        .or_else(|| info.get("Name"))
        .cloned()
        .unwrap_or(Value::Null);
    let base = info
        .get("Type")
        .and_then(Value::as_str)
        .unwrap_or("varchar");
    let ty = match (
        base,
        info.get("Precision").and_then(Value::as_u64),
        info.get("Scale").and_then(Value::as_u64),
    ) {
        ("decimal", Some(p), Some(s)) if p > 0 => format!("decimal({p},{s})"),
        _ => base.to_string(),
    };
    let mut out = Map::new();
    out.insert("name".into(), name);
    out.insert("type".into(), Value::String(ty));
    Value::Object(out)
}

/// One cell of a column of Athena type `ty` (the base name, e.g. `bigint`).
pub fn cell(ty: &str, text: Option<&str>) -> Value {
    let Some(text) = text else {
        return Value::Null;
    };
    let base = ty.split('(').next().unwrap_or(ty).trim();
    let parsed = match base {
        "tinyint" | "smallint" | "integer" | "int" | "bigint" => {
            text.parse::<i64>().ok().map(Value::from)
        }
        // NaN and the infinities have no JSON number: they stay text.
        "double" | "float" | "real" => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        "boolean" => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(text.to_string()))
}

/// One row of `GetQueryResults` (`{"Data": [{"VarCharValue": …}, …]}`), typed by `types`.
pub fn row(row: &Value, types: &[String]) -> Vec<Value> {
    let data = row.get("Data").and_then(Value::as_array);
    types
        .iter()
        .enumerate()
        .map(|(i, ty)| {
            let text = data
                .and_then(|d| d.get(i))
                .and_then(|c| c.get("VarCharValue"))
                .and_then(Value::as_str);
            cell(ty, text)
        })
        .collect()
}

/// Whether `row` is the header Athena puts first in a `SELECT`'s results: each cell is its
/// column's label.
pub fn is_header(row: &Value, columns: &[Value]) -> bool {
    let Some(data) = row.get("Data").and_then(Value::as_array) else {
        return false;
    };
    data.len() == columns.len()
        && data.iter().zip(columns).all(|(cell, column)| {
            cell.get("VarCharValue").and_then(Value::as_str) == column["name"].as_str()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cells_are_typed_by_their_column() {
        assert_eq!(cell("bigint", Some("42")), json!(42));
        assert_eq!(cell("integer", Some("-7")), json!(-7));
        assert_eq!(cell("double", Some("1.5")), json!(1.5));
        assert_eq!(cell("double", Some("NaN")), json!("NaN"));
        assert_eq!(cell("boolean", Some("true")), json!(true));
        assert_eq!(
            cell("decimal", Some("12345678901234567890.12")),
            json!("12345678901234567890.12")
        );
        assert_eq!(cell("varchar", Some("007")), json!("007"));
        assert_eq!(cell("date", Some("2026-12-07")), json!("2026-12-07"));
        assert_eq!(cell("bigint", None), Value::Null);
        // Beyond i64 (an unsigned value from a federated source): kept as text.
        assert_eq!(
            cell("bigint", Some("18446744073709551615")),
            json!("18446744073709551615")
        );
    }

    #[test]
    fn columns_rows_and_the_header_row() {
        let infos = [
            json!({"Name": "id", "Label": "id", "Type": "bigint"}),
            json!({"Name": "amount", "Label": "amount", "Type": "decimal", "Precision": 10, "Scale": 2}),
        ];
        let columns: Vec<Value> = infos.iter().map(column).collect();
        assert_eq!(
            columns[1],
            json!({"name": "amount", "type": "decimal(10,2)"})
        );
        let header = json!({"Data": [{"VarCharValue": "id"}, {"VarCharValue": "amount"}]});
        let data = json!({"Data": [{"VarCharValue": "1"}, {}]});
        assert!(is_header(&header, &columns));
        assert!(!is_header(&data, &columns));
        let types = vec!["bigint".to_string(), "decimal".to_string()];
        assert_eq!(row(&data, &types), vec![json!(1), Value::Null]);
    }
}
