//! `preview_table`'s optional row filter: one top-level column compared with one value
//! (`eq`, `ne`, `lt`, `le`, `gt`, `ge`) or tested for null (`is_null`, `not_null`), evaluated on
//! the rows as rendered (so the value is written the way the column's values appear). As in
//! SQL, a null never satisfies a comparison. Decimals compare by value (`"1.5"` equals
//! `"1.50"`), numbers as numbers, and dates, times, timestamps, strings and uuids as their
//! text, which orders correctly because each type has one fixed-width ISO-8601 form; a
//! timestamp value may leave out the fraction (and, for timestamptz, the `Z`).

use serde::Deserialize;
use serde_json::Value;
use std::cmp::Ordering;

// Inlined: the tool's inputSchema stays one self-contained object, without `$defs`.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(inline))]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    IsNull,
    NotNull,
}

/// Keep only rows whose `column` satisfies `op` with `value`.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(inline))]
#[serde(deny_unknown_fields)]
pub struct Filter {
    /// A top-level column of a primitive type.
    pub column: String,
    /// eq, ne, lt, le, gt, ge (with value), is_null or not_null (without).
    pub op: Op,
    /// Written as the column's values are returned: a number, a boolean, or a string (decimals, dates, times, timestamps, strings, uuids).
    pub value: Option<Value>,
}

/// A filter checked against the column's Iceberg type, ready to test rendered values.
#[derive(Debug)]
pub struct Predicate {
    pub column: String,
    op: Op,
    value: Operand,
}

#[derive(Debug)]
enum Operand {
    None,
    Number(f64),
    Bool(bool),
    /// Unscaled value at the column's scale.
    Decimal(i128, u32),
    Text(String),
}

impl Filter {
    /// Checks the filter against the column's Iceberg `ty`; the error says what to fix.
    pub fn check(&self, ty: &Value) -> Result<Predicate, String> {
        let column = &self.column;
        let Some(ty) = ty.as_str() else {
            return Err(format!(
                "The filter column {column:?} is nested (struct, list or map); filter on a primitive column."
            ));
        };
        let value = match (self.op, &self.value) {
            (Op::IsNull | Op::NotNull, None) => Operand::None,
            (Op::IsNull | Op::NotNull, Some(_)) => {
                return Err(
                    "`filter.value` is not used with is_null or not_null; leave it out.".into(),
                )
            }
            (_, None | Some(Value::Null)) => return Err(
                "`filter.value` is required for eq, ne, lt, le, gt and ge (use is_null for nulls)."
                    .into(),
            ),
            (op, Some(v)) => operand(ty, op, v).map_err(|why| {
                format!("`filter.value` {v} does not fit column {column:?} of type {ty}: {why}")
            })?,
        };
        Ok(Predicate {
            column: self.column.clone(),
            op: self.op,
            value,
        })
    }
}

fn operand(ty: &str, op: Op, v: &Value) -> Result<Operand, String> {
    if let Some(scale) = ty
        .strip_prefix("decimal(")
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split(',').nth(1))
        .and_then(|s| s.trim().parse::<u32>().ok())
    {
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return Err("expected a decimal as a string, such as \"12.30\"".into()),
        };
        let unscaled = parse_decimal(&text, scale).ok_or("expected a decimal such as \"12.30\"")?;
        return Ok(Operand::Decimal(unscaled, scale));
    }
    match ty {
        "int" | "long" | "float" | "double" => v
            .as_f64()
            .map(Operand::Number)
            .ok_or_else(|| "expected a number".into()),
        "boolean" => match (v.as_bool(), op) {
            (Some(b), Op::Eq | Op::Ne) => Ok(Operand::Bool(b)),
            (Some(_), _) => Err("booleans take eq or ne only".into()),
            (None, _) => Err("expected true or false".into()),
        },
        "timestamp" | "timestamptz" | "timestamp_ns" | "timestamptz_ns" => {
            let s = v.as_str().ok_or("expected an ISO-8601 timestamp string")?;
            Ok(Operand::Text(normalize_timestamp(s, ty)?))
        }
        "date" => {
            let s = v.as_str().ok_or("expected a date string YYYY-MM-DD")?;
            if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
                return Err("expected a date string YYYY-MM-DD".into());
            }
            Ok(Operand::Text(s.to_string()))
        }
        "string" | "uuid" | "time" => v
            .as_str()
            .map(|s| Operand::Text(s.to_string()))
            .ok_or_else(|| "expected a string".into()),
        other => Err(format!("filtering on {other} columns is not supported")),
    }
}

/// `2024-01-02T03:04:05` → `2024-01-02T03:04:05.000000` (and `Z` for timestamptz).
fn normalize_timestamp(s: &str, ty: &str) -> Result<String, String> {
    let digits = if ty.ends_with("_ns") { 9 } else { 6 };
    let utc = ty.starts_with("timestamptz");
    let body = s.strip_suffix('Z').unwrap_or(s);
    if body.len() < 19 || body.as_bytes()[10] != b'T' {
        return Err("expected an ISO-8601 timestamp such as 2024-01-02T03:04:05".into());
    }
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    if frac.len() > digits || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("at most {digits} fraction digits"));
    }
    Ok(format!(
        "{whole}.{frac:0<digits$}{}",
        if utc { "Z" } else { "" }
    ))
}

/// `"-12.3"` at scale 2 → -1230; more fraction digits than the scale → None.
pub(crate) fn parse_decimal(s: &str, scale: u32) -> Option<i128> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty() || frac.len() > scale as usize {
        return None;
    }
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = format!("{int}{frac:0<width$}", width = scale as usize);
    let n: i128 = text.parse().ok()?;
    Some(if neg { -n } else { n })
}

impl Predicate {
    /// Whether a row (an object of rendered values) passes.
    pub fn keeps(&self, row: &Value) -> bool {
        let v = &row[&self.column];
        match self.op {
            Op::IsNull => return v.is_null(),
            Op::NotNull => return !v.is_null(),
            _ => {}
        }
        let ordering = match (&self.value, v) {
            (_, Value::Null) => None,
            (Operand::Number(x), Value::Number(n)) => n.as_f64().and_then(|n| n.partial_cmp(x)),
            (Operand::Bool(b), Value::Bool(x)) => Some(x.cmp(b)),
            (Operand::Decimal(d, scale), Value::String(s)) => {
                parse_decimal(s, *scale).map(|x| x.cmp(d))
            }
            (Operand::Text(t), Value::String(s)) => Some(s.as_str().cmp(t.as_str())),
            _ => None,
        };
        let Some(o) = ordering else {
            return false;
        };
        match self.op {
            Op::Eq => o == Ordering::Equal,
            Op::Ne => o != Ordering::Equal,
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
            Op::IsNull | Op::NotNull => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pred(column: &str, op: Op, value: Option<Value>, ty: Value) -> Result<Predicate, String> {
        Filter {
            column: column.into(),
            op,
            value,
        }
        .check(&ty)
    }

    #[test]
    fn comparisons_follow_the_type() {
        let amount = pred("a", Op::Ge, Some(json!("1.5")), json!("decimal(10, 2)")).unwrap();
        assert!(amount.keeps(&json!({"a": "1.50"})) && amount.keeps(&json!({"a": "10.00"})));
        assert!(!amount.keeps(&json!({"a": "-2.00"})) && !amount.keeps(&json!({"a": null})));
        let id = pred("id", Op::Lt, Some(json!(3)), json!("long")).unwrap();
        assert!(id.keeps(&json!({"id": 2})) && !id.keeps(&json!({"id": 3})));
        let ts = pred(
            "t",
            Op::Eq,
            Some(json!("2024-01-02T03:04:05")),
            json!("timestamptz"),
        )
        .unwrap();
        assert!(ts.keeps(&json!({"t": "2024-01-02T03:04:05.000000Z"})));
        let ne = pred("s", Op::Ne, Some(json!("x")), json!("string")).unwrap();
        assert!(ne.keeps(&json!({"s": "y"})) && !ne.keeps(&json!({"s": null})));
        let null = pred("s", Op::IsNull, None, json!("string")).unwrap();
        assert!(null.keeps(&json!({"s": null})) && !null.keeps(&json!({"s": ""})));
    }

    #[test]
    fn mistakes_are_explained() {
        let nested = json!({"type": "struct", "fields": []});
        assert!(pred("n", Op::Eq, Some(json!(1)), nested)
            .unwrap_err()
            .contains("nested"));
        assert!(pred("a", Op::Eq, None, json!("long"))
            .unwrap_err()
            .contains("required"));
        assert!(pred("a", Op::IsNull, Some(json!(1)), json!("long")).is_err());
        assert!(pred("a", Op::Eq, Some(json!("x")), json!("long"))
            .unwrap_err()
            .contains("number"));
        assert!(pred("a", Op::Eq, Some(json!("1.234")), json!("decimal(9, 2)")).is_err());
        assert!(pred("b", Op::Lt, Some(json!(true)), json!("boolean")).is_err());
        assert!(pred("d", Op::Eq, Some(json!("2024-1-2")), json!("date")).is_err());
        assert!(pred("r", Op::Eq, Some(json!("AA==")), json!("binary")).is_err());
    }
}
