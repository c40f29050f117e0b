//! Iceberg's single-value binary serialization (manifest `lower_bounds` / `upper_bounds`,
//! manifest-list partition summaries), decoded into comparable literals, and the same literals
//! made from the JSON values of a filter or of a manifest's partition record. Only types whose
//! order is exact here are decoded; anything else (floats, whose NaN rules differ; time; text
//! outside the Basic Multilingual Plane's lower part, where UTF-16 order differs from code-point
//! order) is `None`, which callers take as "no information", never as "excluded".

use super::time::days_from_civil;
use serde_json::Value;
use std::cmp::Ordering;

/// A value of one Iceberg type, in the type's own order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    Bool(bool),
    /// int, long, date (days), timestamp (micros) and timestamp_ns (nanos).
    Int(i64),
    /// The unscaled value of a decimal at its column's scale.
    Decimal(i128),
    Str(String),
}

impl Literal {
    /// The order of two literals of the same kind; `None` across kinds.
    pub fn compare(&self, other: &Literal) -> Option<Ordering> {
        match (self, other) {
            (Literal::Bool(a), Literal::Bool(b)) => Some(a.cmp(b)),
            (Literal::Int(a), Literal::Int(b)) => Some(a.cmp(b)),
            (Literal::Decimal(a), Literal::Decimal(b)) => Some(a.cmp(b)),
            (Literal::Str(a), Literal::Str(b)) => Some(a.as_bytes().cmp(b.as_bytes())),
            _ => None,
        }
    }
}

/// The decimal scale of `decimal(p, s)`.
pub fn decimal_scale(ty: &str) -> Option<u32> {
    ty.strip_prefix("decimal(")?
        .strip_suffix(')')?
        .split(',')
        .nth(1)?
        .trim()
        .parse()
        .ok()
}

/// Text whose byte order is Iceberg's string order (Java compares UTF-16 units, which agrees
/// with code-point order below U+D800).
fn orderable(s: &str) -> bool {
    s.chars().all(|c| u32::from(c) < 0xD800)
}

/// Decodes a bound of Iceberg type `ty` from its single-value serialization.
pub fn decode(ty: &str, bytes: &[u8]) -> Option<Literal> {
    let le = |n: usize| -> Option<i64> {
        match (n, bytes.len()) {
            (4, 4) | (8, 4) => Some(i64::from(i32::from_le_bytes(bytes.try_into().ok()?))),
            (8, 8) => Some(i64::from_le_bytes(bytes.try_into().ok()?)),
            _ => None,
        }
    };
    if decimal_scale(ty).is_some() {
        if bytes.is_empty() || bytes.len() > 16 {
            return None;
        }
        // Big-endian two's complement, sign-extended to 128 bits.
        let fill = if bytes[0] & 0x80 != 0 { 0xff } else { 0 };
        let mut wide = [fill; 16];
        wide[16 - bytes.len()..].copy_from_slice(bytes);
        return Some(Literal::Decimal(i128::from_be_bytes(wide)));
    }
    match ty {
        "boolean" => match bytes {
            [b] => Some(Literal::Bool(*b != 0)),
            _ => None,
        },
        "int" | "date" => le(4).map(Literal::Int),
        // A column promoted from int keeps 4-byte bounds in its older files.
        "long" | "timestamp" | "timestamptz" | "timestamp_ns" | "timestamptz_ns" => {
            le(8).map(Literal::Int)
        }
        "string" => std::str::from_utf8(bytes)
            .ok()
            .filter(|s| orderable(s))
            .map(|s| Literal::Str(s.to_string())),
        _ => None,
    }
}

/// A filter value (as written by the user, already checked against the column type) as a
/// literal of the column's Iceberg type `ty`.
pub fn from_filter(ty: &str, value: &Value) -> Option<Literal> {
    if let Some(scale) = decimal_scale(ty) {
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => return None,
        };
        return super::filter::parse_decimal(&text, scale).map(Literal::Decimal);
    }
    match ty {
        "int" | "long" => value.as_i64().map(Literal::Int),
        "boolean" => value.as_bool().map(Literal::Bool),
        "date" => parse_date(value.as_str()?).map(Literal::Int),
        "timestamp" | "timestamptz" => parse_timestamp(value.as_str()?, 6).map(Literal::Int),
        "timestamp_ns" | "timestamptz_ns" => parse_timestamp(value.as_str()?, 9).map(Literal::Int),
        "string" => value
            .as_str()
            .filter(|s| orderable(s))
            .map(|s| Literal::Str(s.to_string())),
        _ => None,
    }
}

/// A value of a manifest's `partition` record (Avro, rendered to JSON: ints and longs as
/// numbers, dates as days, timestamps as micros, decimals and fixed as hex) as a literal of the
/// partition field's result type `ty`.
pub fn from_partition_value(ty: &str, value: &Value) -> Option<Literal> {
    if decimal_scale(ty).is_some() {
        return decode(ty, &crate::text::unhex(value.as_str()?)?);
    }
    match ty {
        "int" | "long" | "date" | "timestamp" | "timestamptz" | "timestamp_ns"
        | "timestamptz_ns" => value.as_i64().map(Literal::Int),
        "boolean" => value.as_bool().map(Literal::Bool),
        "string" => value
            .as_str()
            .filter(|s| orderable(s))
            .map(|s| Literal::Str(s.to_string())),
        _ => None,
    }
}

/// `YYYY-MM-DD` → days since 1970-01-01.
pub fn parse_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d))
}

/// `YYYY-MM-DDTHH:MM:SS[.f…][Z]` (UTC) → units since the epoch with `digits` fraction digits.
pub fn parse_timestamp(s: &str, digits: usize) -> Option<i64> {
    let body = s.strip_suffix('Z').unwrap_or(s);
    let days = parse_date(body.get(0..10)?)?;
    if body.as_bytes().get(10) != Some(&b'T') {
        return None;
    }
    let (clock, frac) = body[11..].split_once('.').unwrap_or((&body[11..], ""));
    let parts: Vec<i64> = clock
        .split(':')
        .map(|p| p.parse().ok().filter(|_| p.len() == 2))
        .collect::<Option<_>>()?;
    let [h, m, sec] = parts[..] else { return None };
    if frac.len() > digits || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let fraction: i64 = format!("{frac:0<digits$}").parse().ok()?;
    let unit = 10i64.pow(digits as u32);
    let seconds = days * 86_400 + h * 3600 + m * 60 + sec;
    seconds.checked_mul(unit)?.checked_add(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn single_value_serialization_is_decoded_by_type() {
        assert_eq!(
            decode("int", &(-5i32).to_le_bytes()),
            Some(Literal::Int(-5))
        );
        assert_eq!(
            decode("long", &(1i64 << 40).to_le_bytes()),
            Some(Literal::Int(1 << 40))
        );
        // Promoted from int: four bytes.
        assert_eq!(decode("long", &7i32.to_le_bytes()), Some(Literal::Int(7)));
        assert_eq!(
            decode("date", &19_000i32.to_le_bytes()),
            Some(Literal::Int(19_000))
        );
        assert_eq!(
            decode("timestamptz", &1_700_000_000_000_000i64.to_le_bytes()),
            Some(Literal::Int(1_700_000_000_000_000))
        );
        // 12.30 at scale 2 = 1230 = 0x04CE; -0.05 = -5 = 0xFB.
        assert_eq!(
            decode("decimal(10, 2)", &[0x04, 0xCE]),
            Some(Literal::Decimal(1230))
        );
        assert_eq!(
            decode("decimal(10, 2)", &[0xFB]),
            Some(Literal::Decimal(-5))
        );
        assert_eq!(decode("boolean", &[1]), Some(Literal::Bool(true)));
        assert_eq!(decode("string", b"eu"), Some(Literal::Str("eu".into())));
        // Not decoded: wrong widths, floats, text whose order differs from Java's.
        assert_eq!(decode("int", &[1, 2, 3]), None);
        assert_eq!(decode("double", &1f64.to_le_bytes()), None);
        assert_eq!(decode("string", "\u{1F600}".as_bytes()), None);
        assert_eq!(decode("string", &[0xff]), None);
        assert_eq!(decode("decimal(38, 0)", &[0; 17]), None);
    }

    #[test]
    fn filter_values_become_literals_in_the_same_units() {
        assert_eq!(
            from_filter("date", &json!("1970-01-02")),
            Some(Literal::Int(1))
        );
        assert_eq!(
            from_filter("timestamp", &json!("1970-01-01T00:00:01.5")),
            Some(Literal::Int(1_500_000))
        );
        assert_eq!(
            from_filter("timestamptz_ns", &json!("1970-01-01T00:00:00.000000001Z")),
            Some(Literal::Int(1))
        );
        assert_eq!(
            from_filter("decimal(10, 2)", &json!("12.3")),
            Some(Literal::Decimal(1230))
        );
        assert_eq!(from_filter("long", &json!(2.5)), None);
        assert_eq!(from_filter("double", &json!(2.5)), None);
        assert_eq!(
            from_partition_value("decimal(10, 2)", &json!("04ce")),
            Some(Literal::Decimal(1230))
        );
        assert_eq!(
            Literal::Str("a".into()).compare(&Literal::Str("b".into())),
            Some(Ordering::Less)
        );
        assert_eq!(Literal::Int(1).compare(&Literal::Bool(true)), None);
    }
}
