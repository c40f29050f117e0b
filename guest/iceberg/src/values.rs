//! Parquet values (the `parquet` crate's record API) → JSON, by the Iceberg type of the column,
//! so a value looks the same whatever physical type the writer chose:
//!
//! * boolean, int, long, float, double: JSON booleans and numbers (NaN and ±infinity, which
//!   JSON cannot hold, as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`);
//! * decimal(p, s): a string with exactly `s` fraction digits (`"12.30"`), never a float;
//! * date `YYYY-MM-DD`; time `HH:MM:SS.ffffff`; timestamp `YYYY-MM-DDTHH:MM:SS.ffffff` and
//!   timestamptz the same with `Z` (UTC); the `_ns` variants with nine fraction digits;
//! * string as is; uuid in its 8-4-4-4-12 form; binary and fixed as standard base64;
//! * struct: an object by the Iceberg field names; list: an array; map: an object when the key
//!   type is string, else an array of `{"key": …, "value": …}`.
//!
//! Nested fields are matched to the Iceberg schema by Parquet field id (by name when the file
//! has no ids), so renamed fields show their current names and fields the file lacks are null.

use super::time::civil_from_days;
use crate::text;
use parquet::record::{Field, Row};
use parquet::schema::types::Type;
use serde_json::{json, Map, Value};

/// The Parquet child of `group` that holds Iceberg field `field` (by id, else by name).
pub fn child_for<'t>(group: &'t Type, field: &Value) -> Option<(usize, &'t Type)> {
    let children = match group {
        Type::GroupType { fields, .. } => fields,
        Type::PrimitiveType { .. } => return None,
    };
    let id = field["id"].as_i64();
    let by_id = children.iter().enumerate().find(|(_, c)| {
        let info = c.get_basic_info();
        info.has_id() && Some(i64::from(info.id())) == id
    });
    let any_ids = children.iter().any(|c| c.get_basic_info().has_id());
    by_id
        .or_else(|| {
            (!any_ids)
                .then(|| {
                    children
                        .iter()
                        .enumerate()
                        .find(|(_, c)| Some(c.name()) == field["name"].as_str())
                })
                .flatten()
        })
        .map(|(i, c)| (i, c.as_ref()))
}

/// A row (or struct) as an object of `fields` (Iceberg struct fields) in their order.
pub fn render_struct(row: &Row, fields: &[Value], group: &Type) -> Value {
    let values: Vec<&Field> = row.get_column_iter().map(|(_, f)| f).collect();
    let mut out = Map::new();
    for f in fields {
        let name = f["name"].as_str().unwrap_or_default().to_string();
        let value = match child_for(group, f) {
            Some((i, child)) => values
                .get(i)
                .map(|v| render(v, &f["type"], child))
                .unwrap_or(Value::Null),
            None => Value::Null,
        };
        out.insert(name, value);
    }
    Value::Object(out)
}

/// The repeated group of a LIST or MAP annotated group, and its children.
fn repeated_children(group: &Type) -> &[std::sync::Arc<Type>] {
    match group {
        Type::GroupType { fields, .. } => match fields.first().map(|f| f.as_ref()) {
            Some(Type::GroupType { fields: inner, .. }) => inner,
            _ => fields,
        },
        Type::PrimitiveType { .. } => &[],
    }
}

fn list_element(group: &Type) -> &Type {
    match group {
        Type::GroupType { fields, .. } => match fields.first().map(|f| f.as_ref()) {
            // Three levels: LIST > repeated group list > element.
            Some(rep @ Type::GroupType { fields: inner, .. }) if inner.len() == 1 => {
                let _ = rep;
                inner[0].as_ref()
            }
            // Two levels: the repeated field is the element.
            Some(rep) => rep,
            None => group,
        },
        Type::PrimitiveType { .. } => group,
    }
}

/// One value of Iceberg type `ty`, stored under Parquet type `pq`.
pub fn render(value: &Field, ty: &Value, pq: &Type) -> Value {
    match (value, ty) {
        (Field::Null, _) => Value::Null,
        (Field::Group(row), Value::Object(t)) if t.get("type") == Some(&json!("struct")) => {
            let fields = t
                .get("fields")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            render_struct(row, fields, pq)
        }
        (Field::ListInternal(list), Value::Object(t)) => {
            let element = list_element(pq);
            Value::Array(
                list.elements()
                    .iter()
                    .map(|e| render(e, &t["element"], element))
                    .collect(),
            )
        }
        (Field::MapInternal(map), Value::Object(t)) => {
            let kv = repeated_children(pq);
            let (kpq, vpq) = match (kv.first(), kv.get(1)) {
                (Some(k), Some(v)) => (k.as_ref(), v.as_ref()),
                _ => (pq, pq),
            };
            let string_keys = t["key"] == json!("string");
            if string_keys {
                let mut out = Map::new();
                for (k, v) in map.entries() {
                    let key = match render(k, &t["key"], kpq) {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    out.insert(key, render(v, &t["value"], vpq));
                }
                Value::Object(out)
            } else {
                Value::Array(
                    map.entries()
                        .iter()
                        .map(|(k, v)| {
                            json!({"key": render(k, &t["key"], kpq), "value": render(v, &t["value"], vpq)})
                        })
                        .collect(),
                )
            }
        }
        (_, Value::String(prim)) => primitive(value, prim),
        _ => fallback(value),
    }
}

fn primitive(value: &Field, ty: &str) -> Value {
    if let Some(scale) = decimal_scale(ty) {
        let unscaled = match value {
            Field::Decimal(d) => be_i128(d.data()),
            Field::Int(v) => Some(i128::from(*v)),
            Field::Long(v) => Some(i128::from(*v)),
            Field::Bytes(b) => be_i128(b.data()),
            _ => None,
        };
        return match unscaled {
            Some(n) => json!(decimal_string(n, scale)),
            None => fallback(value),
        };
    }
    match (ty, value) {
        ("date", Field::Date(d)) | ("date", Field::Int(d)) => json!(date(i64::from(*d))),
        ("time", Field::TimeMicros(us)) | ("time", Field::Long(us)) => json!(time_of_day(*us, 6)),
        ("time", Field::TimeMillis(ms)) => json!(time_of_day(i64::from(*ms) * 1000, 6)),
        ("timestamp" | "timestamptz", Field::TimestampMicros(us) | Field::Long(us)) => {
            json!(timestamp(*us, 6, ty == "timestamptz"))
        }
        ("timestamp" | "timestamptz", Field::TimestampMillis(ms)) => {
            json!(timestamp(ms.saturating_mul(1000), 6, ty == "timestamptz"))
        }
        ("timestamp_ns" | "timestamptz_ns", Field::Long(ns)) => {
            json!(timestamp(*ns, 9, ty == "timestamptz_ns"))
        }
        ("uuid", Field::Bytes(b)) => match <&[u8; 16]>::try_from(b.data()) {
            Ok(id) => json!(text::uuid(id)),
            Err(_) => fallback(value),
        },
        ("float" | "double", Field::Float(f)) => float(f64::from(*f)),
        ("float" | "double", Field::Double(f)) => float(*f),
        _ => fallback(value),
    }
}

/// Any value without a more specific rule.
fn fallback(value: &Field) -> Value {
    match value {
        Field::Null => Value::Null,
        Field::Bool(b) => json!(b),
        Field::Byte(v) => json!(v),
        Field::Short(v) => json!(v),
        Field::Int(v) => json!(v),
        Field::Long(v) => json!(v),
        Field::UByte(v) => json!(v),
        Field::UShort(v) => json!(v),
        Field::UInt(v) => json!(v),
        Field::ULong(v) => json!(v),
        Field::Float16(v) => float(f64::from(f32::from(*v))),
        Field::Float(v) => float(f64::from(*v)),
        Field::Double(v) => float(*v),
        Field::Decimal(d) => match be_i128(d.data()) {
            Some(n) => json!(decimal_string(n, d.scale().max(0) as u32)),
            None => json!(text::base64(d.data())),
        },
        Field::Str(s) => json!(s),
        Field::Bytes(b) => json!(text::base64(b.data())),
        Field::Date(d) => json!(date(i64::from(*d))),
        Field::TimeMillis(ms) => json!(time_of_day(i64::from(*ms) * 1000, 6)),
        Field::TimeMicros(us) => json!(time_of_day(*us, 6)),
        Field::TimestampMillis(ms) => json!(timestamp(ms.saturating_mul(1000), 6, true)),
        Field::TimestampMicros(us) => json!(timestamp(*us, 6, true)),
        Field::Group(row) => Value::Object(
            row.get_column_iter()
                .map(|(k, v)| (k.clone(), fallback(v)))
                .collect(),
        ),
        Field::ListInternal(list) => Value::Array(list.elements().iter().map(fallback).collect()),
        Field::MapInternal(map) => Value::Array(
            map.entries()
                .iter()
                .map(|(k, v)| json!({"key": fallback(k), "value": fallback(v)}))
                .collect(),
        ),
    }
}

/// `decimal(9, 2)` → 2.
fn decimal_scale(ty: &str) -> Option<u32> {
    let inner = ty.strip_prefix("decimal(")?.strip_suffix(')')?;
    inner.split(',').nth(1)?.trim().parse().ok()
}

/// A big-endian two's-complement integer of up to 16 bytes.
fn be_i128(bytes: &[u8]) -> Option<i128> {
    if bytes.is_empty() || bytes.len() > 16 {
        return None;
    }
    let fill = if bytes[0] & 0x80 != 0 { 0xff } else { 0 };
    let mut buf = [fill; 16];
    buf[16 - bytes.len()..].copy_from_slice(bytes);
    Some(i128::from_be_bytes(buf))
}

pub fn decimal_string(unscaled: i128, scale: u32) -> String {
    let digits = unscaled.unsigned_abs().to_string();
    let sign = if unscaled < 0 { "-" } else { "" };
    let scale = scale as usize;
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (int, frac) = padded.split_at(padded.len() - scale);
    format!("{sign}{int}.{frac}")
}

fn float(f: f64) -> Value {
    if f.is_nan() {
        json!("NaN")
    } else if f.is_infinite() {
        json!(if f > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        json!(f)
    }
}

pub fn date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `units` since midnight (10^-digits seconds) → `HH:MM:SS.fff…`.
fn time_of_day(units: i64, digits: u32) -> String {
    let per_sec = 10i64.pow(digits);
    let secs = units.div_euclid(per_sec);
    let frac = units.rem_euclid(per_sec);
    format!(
        "{:02}:{:02}:{:02}.{frac:0width$}",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        width = digits as usize
    )
}

/// `units` (10^-digits seconds) since the epoch → ISO-8601, with `Z` when `utc`.
pub fn timestamp(units: i64, digits: u32, utc: bool) -> String {
    let per_day = 86_400 * 10i64.pow(digits);
    let days = units.div_euclid(per_day);
    let in_day = units.rem_euclid(per_day);
    format!(
        "{}T{}{}",
        date(days),
        time_of_day(in_day, digits),
        if utc { "Z" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_keep_their_scale_and_sign() {
        assert_eq!(decimal_string(1230, 2), "12.30");
        assert_eq!(decimal_string(-5, 3), "-0.005");
        assert_eq!(decimal_string(42, 0), "42");
        assert_eq!(be_i128(&[0xff, 0x85]), Some(-123));
        assert_eq!(decimal_scale("decimal(10, 2)"), Some(2));
        assert_eq!(decimal_scale("long"), None);
    }

    #[test]
    fn dates_times_and_timestamps_are_iso_8601() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(time_of_day(3_723_000_004, 6), "01:02:03.000004");
        assert_eq!(
            timestamp(1_700_000_000_123_456, 6, true),
            "2023-11-14T22:13:20.123456Z"
        );
        assert_eq!(timestamp(-1, 6, false), "1969-12-31T23:59:59.999999");
        assert_eq!(
            timestamp(1_000_000_001, 9, false),
            "1970-01-01T00:00:01.000000001"
        );
    }

    #[test]
    fn floats_that_json_cannot_hold_are_text() {
        assert_eq!(float(f64::NAN), json!("NaN"));
        assert_eq!(float(1.5), json!(1.5));
    }
}
