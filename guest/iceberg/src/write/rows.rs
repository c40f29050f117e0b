//! Rows given as JSON objects → [`Row`]s typed by the table's Iceberg schema. The rules accept
//! exactly what `preview_table` shows (`values`), so a row read can be appended back unchanged:
//!
//! * A row is a JSON object keyed by the top-level field names, matched exactly
//!   (case-sensitive). A key that names no field is an error; an absent field is null.
//! * null (or an absent field) only where the field, list element or map value is optional;
//!   map keys are never null.
//! * boolean: `true` / `false`.
//! * int, long: JSON integers in the type's range, written without a fraction or exponent
//!   (`1.0`, `1e3` and strings are rejected).
//! * float, double: JSON numbers, or the strings `"NaN"`, `"Infinity"`, `"-Infinity"`; a float
//!   keeps the nearest 32-bit value; a number beyond the type's range is rejected.
//! * decimal(P, S): a string (`"12.30"`, `"-0.5"`, `"1.5e3"`) or a JSON number, converted from
//!   its decimal text, never through a binary float. More fraction digits than S are rejected
//!   unless they are zeros (no rounding), and so are more than P digits in all. A JSON number
//!   with more than 15 significant digits is rejected (JSON numbers are read as doubles, which
//!   keep no more): pass such a value as a string.
//! * date: `YYYY-MM-DD`.
//! * time: `HH:MM[:SS[.ffffff]]` (up to microseconds; more fraction digits are rejected, not
//!   truncated).
//! * timestamp (without zone): `YYYY-MM-DDTHH:MM[:SS[.ffffff]]`, a space allowed instead of
//!   `T`; a value with `Z` or an offset is rejected, since storing it would silently shift or
//!   drop the zone.
//! * timestamptz: the same followed by `Z` or `±HH:MM`, converted to UTC; a value without a
//!   zone is rejected.
//! * string: JSON strings only.
//! * uuid: `8-4-4-4-12` hexadecimal digits (either case).
//! * binary, fixed[L]: standard base64 with padding (`"AAE="`); fixed must decode to L bytes.
//! * struct: a JSON object by the struct's field names (same rules as a row).
//! * list: a JSON array.
//! * map: a JSON object when the key type is string; otherwise an array of
//!   `{"key": …, "value": …}` objects (no other keys; a key given twice is an error).
//! * timestamp_ns, timestamptz_ns, variant, geometry, geography, unknown and any other type are
//!   not supported for writing: a schema with such a field is rejected whatever the rows hold.
//!
//! Errors name the row (its 0-based position in the input) and the field's path
//! (`address.zip`, `tags[2]`, `attrs["color"]`, `scores[0].key`); all errors are reported (up
//! to [`MAX_ERRORS`]) and no row is returned when there is any.

use super::{Datum, Row};
use crate::text;
use crate::time::{civil_from_days, days_from_civil};
use serde_json::{Number, Value};
use std::collections::HashSet;
use std::fmt;

/// Errors reported at most by one call of [`convert`].
pub const MAX_ERRORS: usize = 50;

/// The `index` of an error in the table schema itself (not in a row).
pub const SCHEMA_ERROR: usize = usize::MAX;

/// Why one value could not be converted.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// The row's 0-based position in the input, or [`SCHEMA_ERROR`].
    pub index: usize,
    /// The field's dotted path (`address.zip`, `tags[2]`); empty for the row itself.
    pub field: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.index, self.field.is_empty()) {
            (SCHEMA_ERROR, true) => write!(f, "table schema: {}", self.message),
            (SCHEMA_ERROR, false) => {
                write!(f, "table schema, field `{}`: {}", self.field, self.message)
            }
            (i, true) => write!(f, "row {i}: {}", self.message),
            (i, false) => write!(f, "row {i}, field `{}`: {}", self.field, self.message),
        }
    }
}

/// An Iceberg field (also a list element, map key or map value, named `element`, `key`,
/// `value`), parsed from the schema JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub id: i32,
    pub name: String,
    pub required: bool,
    pub ty: Type,
}

/// The Iceberg types this writer supports.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    Primitive(Primitive),
    Struct(Vec<Field>),
    List(Box<Field>),
    Map(Box<Field>, Box<Field>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Primitive {
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Decimal { precision: u32, scale: u32 },
    Date,
    Time,
    Timestamp,
    TimestampTz,
    String,
    Uuid,
    Fixed(usize),
    Binary,
}

impl fmt::Display for Primitive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Primitive::Boolean => f.write_str("boolean"),
            Primitive::Int => f.write_str("int"),
            Primitive::Long => f.write_str("long"),
            Primitive::Float => f.write_str("float"),
            Primitive::Double => f.write_str("double"),
            Primitive::Decimal { precision, scale } => write!(f, "decimal({precision}, {scale})"),
            Primitive::Date => f.write_str("date"),
            Primitive::Time => f.write_str("time"),
            Primitive::Timestamp => f.write_str("timestamp"),
            Primitive::TimestampTz => f.write_str("timestamptz"),
            Primitive::String => f.write_str("string"),
            Primitive::Uuid => f.write_str("uuid"),
            Primitive::Fixed(n) => write!(f, "fixed[{n}]"),
            Primitive::Binary => f.write_str("binary"),
        }
    }
}

/// A problem in the schema: the field's path and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct SchemaError {
    pub field: String,
    pub message: String,
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "field `{}`: {}", self.field, self.message)
    }
}

/// The top-level fields of an Iceberg `struct` schema (as in the table's metadata file).
pub fn parse_schema(schema: &Value) -> Result<Vec<Field>, SchemaError> {
    let fields = struct_fields(schema, "")?;
    if fields.is_empty() {
        return Err(schema_error("", "the schema has no fields"));
    }
    Ok(fields)
}

fn schema_error(field: &str, message: impl Into<String>) -> SchemaError {
    SchemaError {
        field: field.to_string(),
        message: message.into(),
    }
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

fn struct_fields(ty: &Value, path: &str) -> Result<Vec<Field>, SchemaError> {
    let fields = ty["fields"]
        .as_array()
        .ok_or_else(|| schema_error(path, "a struct without a `fields` array"))?;
    fields
        .iter()
        .map(|f| {
            let name = f["name"]
                .as_str()
                .ok_or_else(|| schema_error(path, "a field without a name"))?;
            let path = join(path, name);
            field(
                f,
                "id",
                name,
                !f["required"].as_bool().unwrap_or(false),
                &f["type"],
                &path,
            )
        })
        .collect()
}

/// A field whose id is under `id_key` of `holder`, `optional` or not, of type `ty`.
fn field(
    holder: &Value,
    id_key: &str,
    name: &str,
    optional: bool,
    ty: &Value,
    path: &str,
) -> Result<Field, SchemaError> {
    let id = holder[id_key]
        .as_i64()
        .and_then(|id| i32::try_from(id).ok())
        .ok_or_else(|| schema_error(path, format!("no valid `{id_key}`")))?;
    Ok(Field {
        id,
        name: name.to_string(),
        required: !optional,
        ty: parse_type(ty, path)?,
    })
}

fn parse_type(ty: &Value, path: &str) -> Result<Type, SchemaError> {
    if let Some(name) = ty.as_str() {
        return parse_primitive(name).map(Type::Primitive).ok_or_else(|| {
            schema_error(path, format!("type {name} is not supported for writing"))
        });
    }
    match ty["type"].as_str() {
        Some("struct") => {
            let fields = struct_fields(ty, path)?;
            if fields.is_empty() {
                // Parquet has no empty groups.
                return Err(schema_error(
                    path,
                    "a struct without fields cannot be written",
                ));
            }
            Ok(Type::Struct(fields))
        }
        Some("list") => {
            let optional = !ty["element-required"].as_bool().unwrap_or(false);
            let path = format!("{path}[]");
            let element = field(ty, "element-id", "element", optional, &ty["element"], &path)?;
            Ok(Type::List(Box::new(element)))
        }
        Some("map") => {
            let key_path = format!("{path}.key");
            let key = field(ty, "key-id", "key", false, &ty["key"], &key_path)?;
            let optional = !ty["value-required"].as_bool().unwrap_or(false);
            let value_path = format!("{path}.value");
            let value = field(ty, "value-id", "value", optional, &ty["value"], &value_path)?;
            Ok(Type::Map(Box::new(key), Box::new(value)))
        }
        _ => Err(schema_error(path, format!("unknown type {ty}"))),
    }
}

/// A primitive type by its Iceberg name (`long`, `decimal(10, 2)`, `fixed[16]`), if this writer supports it.
pub fn parse_primitive(name: &str) -> Option<Primitive> {
    let simple = match name {
        "boolean" => Primitive::Boolean,
        "int" => Primitive::Int,
        "long" => Primitive::Long,
        "float" => Primitive::Float,
        "double" => Primitive::Double,
        "date" => Primitive::Date,
        "time" => Primitive::Time,
        "timestamp" => Primitive::Timestamp,
        "timestamptz" => Primitive::TimestampTz,
        "string" => Primitive::String,
        "uuid" => Primitive::Uuid,
        "binary" => Primitive::Binary,
        _ => return parametrized(name),
    };
    Some(simple)
}

/// `decimal(P, S)` and `fixed[L]`.
fn parametrized(name: &str) -> Option<Primitive> {
    if let Some(len) = name
        .strip_prefix("fixed[")
        .and_then(|r| r.strip_suffix(']'))
    {
        let len: usize = len.trim().parse().ok()?;
        return (len > 0).then_some(Primitive::Fixed(len));
    }
    let inner = name.strip_prefix("decimal(")?.strip_suffix(')')?;
    let (p, s) = inner.split_once(',')?;
    let (precision, scale): (u32, u32) = (p.trim().parse().ok()?, s.trim().parse().ok()?);
    ((1..=38).contains(&precision) && scale <= precision)
        .then_some(Primitive::Decimal { precision, scale })
}

/// Converts `rows` (JSON objects) to rows of `schema`; every error (up to [`MAX_ERRORS`]) when
/// any value does not fit.
pub fn convert(schema: &Value, rows: &[Value]) -> Result<Vec<Row>, Vec<RowError>> {
    let fields = parse_schema(schema).map_err(|e| {
        vec![RowError {
            index: SCHEMA_ERROR,
            field: e.field,
            message: e.message,
        }]
    })?;
    each_row(rows.iter(), |row, sink| object(&fields, row, "", sink))
}

/// Rows given as one value (or nothing: null) per field of `fields`, in order → [`Row`]s,
/// with [`convert`]'s rules and errors; no field names to look up, so it is the fast path for
/// rows already shaped by position (imports).
pub fn convert_fields(
    fields: &[Field],
    rows: Vec<Vec<Option<Value>>>,
) -> Result<Vec<Row>, Vec<RowError>> {
    each_row(rows.into_iter(), |row, sink| {
        let mut converted = Vec::with_capacity(fields.len());
        for (f, value) in fields.iter().zip(row) {
            if sink.full() {
                break;
            }
            // A string for a string field is taken as it is, not copied.
            let value = match (&f.ty, value) {
                (Type::Primitive(Primitive::String), Some(Value::String(s))) => {
                    converted.push(Some(Datum::String(s)));
                    continue;
                }
                (_, value) => value,
            };
            // Every field is checked, so all of a row's problems are reported.
            if let Some(v) = slot(f, value.as_ref(), &f.name, sink) {
                converted.push(v);
            }
        }
        (converted.len() == fields.len()).then_some(converted)
    })
}

/// Converts each row with `one`, which records its errors in the row's [`Sink`]; every
/// error (up to [`MAX_ERRORS`]) when there is any.
fn each_row<R>(
    rows: impl ExactSizeIterator<Item = R>,
    mut one: impl FnMut(R, &mut Sink) -> Option<Row>,
) -> Result<Vec<Row>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.enumerate() {
        let mut sink = Sink {
            index,
            errors: &mut errors,
        };
        if let Some(row) = one(row, &mut sink) {
            out.push(row);
        }
        if errors.len() >= MAX_ERRORS {
            errors.truncate(MAX_ERRORS);
            break;
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Where the errors of one row go.
struct Sink<'e> {
    index: usize,
    errors: &'e mut Vec<RowError>,
}

impl Sink<'_> {
    /// Records an error; `None` so callers can `return sink.fail(…)`.
    fn fail<T>(&mut self, field: &str, message: impl Into<String>) -> Option<T> {
        self.errors.push(RowError {
            index: self.index,
            field: field.to_string(),
            message: message.into(),
        });
        None
    }

    fn full(&self) -> bool {
        self.errors.len() >= MAX_ERRORS
    }
}

/// A row or struct: the values of `fields` from a JSON object.
fn object(
    fields: &[Field],
    value: &Value,
    path: &str,
    sink: &mut Sink,
) -> Option<Vec<Option<Datum>>> {
    let Value::Object(map) = value else {
        return sink.fail(path, format!("expected a JSON object, got {}", show(value)));
    };
    let mut ok = true;
    for key in map.keys() {
        if !fields.iter().any(|f| &f.name == key) {
            let known: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
            let message = format!("no such field (fields: {})", known.join(", "));
            sink.fail::<()>(&join(path, key), message);
            ok = false;
        }
    }
    let mut out = Vec::with_capacity(fields.len());
    for f in fields {
        if sink.full() {
            return None;
        }
        match slot(f, map.get(&f.name), &join(path, &f.name), sink) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

/// A possibly null value of `field`: `Some(None)` is null, `None` an error (recorded).
fn slot(
    field: &Field,
    value: Option<&Value>,
    path: &str,
    sink: &mut Sink,
) -> Option<Option<Datum>> {
    match value {
        None | Some(Value::Null) if field.required => {
            sink.fail(path, "required, so it cannot be null or missing")
        }
        None | Some(Value::Null) => Some(None),
        Some(v) => datum(&field.ty, v, path, sink).map(Some),
    }
}

fn datum(ty: &Type, value: &Value, path: &str, sink: &mut Sink) -> Option<Datum> {
    match ty {
        Type::Primitive(p) => match primitive(*p, value) {
            Ok(d) => Some(d),
            Err(message) => sink.fail(path, message),
        },
        Type::Struct(fields) => object(fields, value, path, sink).map(Datum::Struct),
        Type::List(element) => list(element, value, path, sink),
        Type::Map(key, val) if key.ty == Type::Primitive(Primitive::String) => {
            string_map(val, value, path, sink)
        }
        Type::Map(key, val) => entry_map(key, val, value, path, sink),
    }
}

fn list(element: &Field, value: &Value, path: &str, sink: &mut Sink) -> Option<Datum> {
    let Value::Array(items) = value else {
        return sink.fail(path, format!("expected a JSON array, got {}", show(value)));
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        if sink.full() {
            return None;
        }
        match slot(element, Some(item), &format!("{path}[{i}]"), sink) {
            Some(v) => out.push(v),
            None => ok = false,
        }
    }
    ok.then_some(Datum::List(out))
}

/// A map with string keys: a JSON object.
fn string_map(value_field: &Field, value: &Value, path: &str, sink: &mut Sink) -> Option<Datum> {
    let Value::Object(map) = value else {
        return sink.fail(
            path,
            format!(
                "expected a JSON object (a map with string keys), got {}",
                show(value)
            ),
        );
    };
    let mut out = Vec::with_capacity(map.len());
    let mut ok = true;
    for (k, v) in map {
        if sink.full() {
            return None;
        }
        let entry_path = format!("{path}[{}]", Value::String(k.clone()));
        match slot(value_field, Some(v), &entry_path, sink) {
            Some(v) => out.push((Datum::String(k.clone()), v)),
            None => ok = false,
        }
    }
    ok.then_some(Datum::Map(out))
}

/// A map with non-string keys: an array of `{"key": …, "value": …}`.
fn entry_map(
    key_field: &Field,
    value_field: &Field,
    value: &Value,
    path: &str,
    sink: &mut Sink,
) -> Option<Datum> {
    let Value::Array(entries) = value else {
        return sink.fail(
            path,
            format!(
                "expected an array of {{\"key\": …, \"value\": …}} objects, got {}",
                show(value)
            ),
        );
    };
    let mut out = Vec::with_capacity(entries.len());
    // Keys compared by their debug form: Datum has floats, so no Eq/Hash.
    let mut seen = HashSet::new();
    let mut ok = true;
    for (i, entry) in entries.iter().enumerate() {
        if sink.full() {
            return None;
        }
        let entry_path = format!("{path}[{i}]");
        match map_entry(key_field, value_field, entry, &entry_path, sink) {
            Some((k, v)) if seen.insert(format!("{k:?}")) => out.push((k, v)),
            Some(_) => {
                sink.fail::<()>(&entry_path, "this key was given before");
                ok = false;
            }
            None => ok = false,
        }
    }
    ok.then_some(Datum::Map(out))
}

fn map_entry(
    key_field: &Field,
    value_field: &Field,
    entry: &Value,
    path: &str,
    sink: &mut Sink,
) -> Option<(Datum, Option<Datum>)> {
    let Value::Object(obj) = entry else {
        return sink.fail(
            path,
            format!(
                "expected a {{\"key\": …, \"value\": …}} object, got {}",
                show(entry)
            ),
        );
    };
    if let Some(extra) = obj.keys().find(|k| *k != "key" && *k != "value") {
        return sink.fail(
            &format!("{path}.{extra}"),
            "a map entry has only `key` and `value`",
        );
    }
    let key = slot(key_field, obj.get("key"), &format!("{path}.key"), sink);
    let value = slot(
        value_field,
        obj.get("value"),
        &format!("{path}.value"),
        sink,
    );
    match (key?, value?) {
        (Some(k), v) => Some((k, v)),
        // The key field is required, so `slot` already refused a null.
        (None, _) => None,
    }
}

/// A short rendering of a JSON value for messages.
fn show(value: &Value) -> String {
    let kind = match value {
        Value::Null => return "null".into(),
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => return "an array".into(),
        Value::Object(_) => return "an object".into(),
    };
    let text = value.to_string();
    let short: String = text.chars().take(40).collect();
    let dots = if short.len() < text.len() { "…" } else { "" };
    format!("{kind} ({short}{dots})")
}

fn primitive(p: Primitive, value: &Value) -> Result<Datum, String> {
    let text = || {
        value
            .as_str()
            .ok_or_else(|| format!("expected a string, got {}", show(value)))
    };
    Ok(match p {
        Primitive::Boolean => Datum::Boolean(
            value
                .as_bool()
                .ok_or_else(|| format!("expected true or false, got {}", show(value)))?,
        ),
        Primitive::Int => Datum::Int(integer(value, "int")?),
        Primitive::Long => Datum::Long(integer(value, "long")?),
        Primitive::Float => Datum::Float(float32(value)?),
        Primitive::Double => Datum::Double(float(value)?),
        Primitive::Decimal { precision, scale } => {
            Datum::Decimal(decimal(value, precision, scale)?)
        }
        Primitive::Date => Datum::Date(date(text()?)?),
        Primitive::Time => Datum::Time(time(text()?)?),
        Primitive::Timestamp => Datum::Timestamp(timestamp(text()?, false)?),
        Primitive::TimestampTz => Datum::TimestampTz(timestamp(text()?, true)?),
        Primitive::String => Datum::String(text()?.to_string()),
        Primitive::Uuid => Datum::Uuid(uuid(text()?)?),
        Primitive::Binary => Datum::Binary(unbase64(text()?)?),
        Primitive::Fixed(len) => Datum::Fixed(fixed(text()?, len)?),
    })
}

/// A JSON integer in the range of `T` (int or long).
fn integer<T: TryFrom<i64>>(value: &Value, ty: &str) -> Result<T, String> {
    let out_of_range = || format!("{} is out of range for {ty}", show(value));
    match value {
        Value::Number(n) if n.is_i64() || n.is_u64() => n
            .as_i64()
            .and_then(|v| T::try_from(v).ok())
            .ok_or_else(out_of_range),
        _ => Err(format!(
            "expected an integer (no fraction or exponent) for {ty}, got {}",
            show(value)
        )),
    }
}

fn float(value: &Value) -> Result<f64, String> {
    match value {
        Value::Number(n) => n.as_f64().ok_or_else(|| format!("{n} is not a number")),
        Value::String(s) => match s.as_str() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(format!(
                "expected a number or \"NaN\", \"Infinity\", \"-Infinity\", got {}",
                show(value)
            )),
        },
        _ => Err(format!("expected a number, got {}", show(value))),
    }
}

fn float32(value: &Value) -> Result<f32, String> {
    let wide = float(value)?;
    let narrow = wide as f32;
    if narrow.is_infinite() && wide.is_finite() {
        return Err(format!("{} is out of range for float", show(value)));
    }
    Ok(narrow)
}

/// Significant digits a JSON number (read as a double) keeps exactly.
const EXACT_DOUBLE_DIGITS: usize = 15;

fn decimal(value: &Value, precision: u32, scale: u32) -> Result<i128, String> {
    let text: std::borrow::Cow<str> = match value {
        Value::String(s) => s.into(),
        Value::Number(n) => number_text(n)?.into(),
        _ => {
            return Err(format!(
                "expected a decimal as a string (\"12.30\") or a number, got {}",
                show(value)
            ))
        }
    };
    parse_decimal(&text, precision, scale).map_err(|why| {
        format!(
            "{} does not fit decimal({precision}, {scale}): {why}",
            show(value)
        )
    })
}

/// The decimal text of a JSON number, refused when a double could not have kept it.
fn number_text(n: &Number) -> Result<String, String> {
    let text = n.to_string();
    // Without serde_json's `arbitrary_precision` (off here) a number with a fraction or
    // exponent is held as a double; its text is the shortest that reads back as that double.
    if n.is_f64() {
        let mantissa = text.split(['e', 'E']).next().unwrap_or_default();
        let digits = mantissa.bytes().filter(u8::is_ascii_digit);
        let significant = digits.skip_while(|d| *d == b'0').count();
        if significant > EXACT_DOUBLE_DIGITS {
            return Err(format!(
                "the number {text} has more digits than a JSON number keeps exactly: pass it as a string"
            ));
        }
    }
    Ok(text)
}

/// `[-+]digits[.digits][e[-+]digits]` → the unscaled value at `scale`, exact or an error.
fn parse_decimal(text: &str, precision: u32, scale: u32) -> Result<i128, String> {
    let bad = || "expected digits with an optional sign, point and exponent".to_string();
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((m, e)) if e.len() <= 6 => (m, e.parse::<i64>().map_err(|_| bad())?),
        Some(_) => return Err("the exponent is too large".into()),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || (mantissa.contains('.') && frac.is_empty()) {
        return Err(bad());
    }
    if !all_digits(int) || !all_digits(frac) {
        return Err(bad());
    }
    // The digits (`int` then `frac`, read in place), and how many of them are fraction
    // digits once the exponent is applied.
    let digit = |i: usize| match i.checked_sub(int.len()) {
        None => int.as_bytes()[i],
        Some(j) => frac.as_bytes()[j],
    };
    let mut end = int.len() + frac.len();
    let mut fraction = frac.len() as i64 - exponent;
    // Fraction digits beyond the scale are fine only when zeros (no rounding).
    while fraction > i64::from(scale) {
        if end > 0 && digit(end - 1) == b'0' {
            end -= 1;
            fraction -= 1;
        } else if (0..end).all(|i| digit(i) == b'0') {
            // Zero, at any scale.
            return Ok(0);
        } else {
            return Err(format!("more than {scale} fraction digits"));
        }
    }
    let start = (0..end).find(|&i| digit(i) != b'0').unwrap_or(end);
    let significant = (end - start) as i64;
    let padding = i64::from(scale) - fraction;
    if significant > 0 && significant + padding > i64::from(precision) {
        return Err(format!("more than {precision} digits"));
    }
    let unscaled: i128 = if significant == 0 {
        0
    } else {
        // At most 38 digits in all (the precision), so this cannot overflow.
        let value = (start..end).fold(0i128, |v, i| v * 10 + i128::from(digit(i) - b'0'));
        value * 10i128.pow(padding as u32)
    };
    Ok(if negative { -unscaled } else { unscaled })
}

/// Parses `len` ASCII digits at `at`.
fn digits(s: &str, at: usize, len: usize) -> Option<i64> {
    let part = s.get(at..at + len)?;
    part.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| part.parse().ok())
        .flatten()
}

/// `YYYY-MM-DD` → days since 1970-01-01.
fn date(s: &str) -> Result<i32, String> {
    let bad = || format!("expected a date YYYY-MM-DD, got {s:?}");
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let (y, m, d) = (digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
    let (Some(y), Some(m), Some(d)) = (y, m, d) else {
        return Err(bad());
    };
    let (m, d) = (m as u32, d as u32);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    let days = days_from_civil(y, m, d);
    // Catches 2023-02-30 and the like, which `days_from_civil` would roll over.
    if civil_from_days(days) != (y, m, d) {
        return Err(format!("{s:?} is not a day of the calendar"));
    }
    i32::try_from(days).map_err(|_| bad())
}

/// `HH:MM[:SS[.ffffff]]` → microseconds since midnight.
fn time(s: &str) -> Result<i64, String> {
    let bad = || format!("expected a time HH:MM[:SS[.ffffff]], got {s:?}");
    let (clock, frac) = match s.split_once('.') {
        Some((c, f)) if c.len() == 8 => (c, Some(f)),
        Some(_) => return Err(bad()),
        None => (s, None),
    };
    let b = clock.as_bytes();
    if !matches!(b.len(), 5 | 8) || b[2] != b':' || (b.len() == 8 && b[5] != b':') {
        return Err(bad());
    }
    let h = digits(clock, 0, 2).ok_or_else(bad)?;
    let m = digits(clock, 3, 2).ok_or_else(bad)?;
    let sec = if b.len() == 8 {
        digits(clock, 6, 2).ok_or_else(bad)?
    } else {
        0
    };
    if h > 23 || m > 59 || sec > 59 {
        return Err(bad());
    }
    let micros = match frac {
        None => 0,
        Some(f) if f.len() > 6 => {
            return Err(format!(
                "{s:?} has more than 6 fraction digits (microseconds are the finest unit)"
            ))
        }
        Some(f) => digits(&format!("{f:0<6}"), 0, 6)
            .filter(|_| !f.is_empty())
            .ok_or_else(bad)?,
    };
    Ok(((h * 60 + m) * 60 + sec) * 1_000_000 + micros)
}

/// `YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]][Z|±HH:MM]` → microseconds since the epoch (UTC when
/// `zoned`, which requires the zone; without it a zone is refused).
fn timestamp(s: &str, zoned: bool) -> Result<i64, String> {
    let form = if zoned {
        "YYYY-MM-DDTHH:MM:SS[.ffffff] followed by Z or ±HH:MM"
    } else {
        "YYYY-MM-DDTHH:MM:SS[.ffffff] without a zone"
    };
    let bad = || format!("expected a timestamp {form}, got {s:?}");
    let (day, rest) = (s.get(..10).ok_or_else(bad)?, s.get(11..).ok_or_else(bad)?);
    if !matches!(s.as_bytes()[10], b'T' | b' ') {
        return Err(bad());
    }
    let days = date(day).map_err(|_| bad())?;
    let (clock, zone) = match rest.find(['Z', '+', '-']) {
        Some(at) => (&rest[..at], Some(&rest[at..])),
        None => (rest, None),
    };
    let micros = time(clock).map_err(|e| {
        if e.contains("fraction digits") {
            e
        } else {
            bad()
        }
    })?;
    let offset = match (zone, zoned) {
        (Some(z), true) => offset_minutes(z).ok_or_else(bad)?,
        (None, false) => 0,
        (Some(_), false) => {
            return Err(format!(
                "{s:?} has a zone, but a timestamp column has none: write the local time without Z or offset (or use a timestamptz column)"
            ))
        }
        (None, true) => {
            return Err(format!(
                "{s:?} has no zone: a timestamptz value needs Z or an offset such as +02:00"
            ))
        }
    };
    let local = i64::from(days) * 86_400_000_000 + micros;
    Ok(local - offset * 60_000_000)
}

/// `Z` or `±HH:MM` → minutes east of UTC.
fn offset_minutes(zone: &str) -> Option<i64> {
    if zone == "Z" {
        return Some(0);
    }
    let b = zone.as_bytes();
    if b.len() != 6 || b[3] != b':' {
        return None;
    }
    let sign = match b[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (h, m) = (digits(zone, 1, 2)?, digits(zone, 4, 2)?);
    (h <= 23 && m <= 59).then_some(sign * (h * 60 + m))
}

fn uuid(s: &str) -> Result<[u8; 16], String> {
    text::parse_uuid(s)
        .ok_or_else(|| format!("expected a UUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, got {s:?}"))
}

/// Standard base64 with padding, canonical (what `text::base64` writes).
fn unbase64(s: &str) -> Result<Vec<u8>, String> {
    text::unbase64(s)
        .ok_or_else(|| format!("expected standard base64 with padding, got {:?}", short(s)))
}

fn short(s: &str) -> String {
    s.chars().take(40).collect()
}

fn fixed(s: &str, len: usize) -> Result<Vec<u8>, String> {
    let bytes = unbase64(s)?;
    if bytes.len() != len {
        return Err(format!(
            "fixed[{len}] takes exactly {len} bytes, got {}",
            bytes.len()
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(fields: Value) -> Value {
        json!({"type": "struct", "schema-id": 0, "fields": fields})
    }

    fn one(ty: Value, required: bool, value: Value) -> Result<Option<Datum>, Vec<RowError>> {
        let s = schema(json!([{"id": 1, "name": "c", "required": required, "type": ty}]));
        convert(&s, &[json!({ "c": value })]).map(|mut rows| rows.remove(0).remove(0))
    }

    fn ok(ty: &str, value: Value) -> Datum {
        match one(json!(ty), true, value.clone()) {
            Ok(Some(d)) => d,
            other => panic!("{ty} {value}: {other:?}"),
        }
    }

    fn err(ty: Value, value: Value) -> String {
        match one(ty.clone(), false, value.clone()) {
            Err(e) => e[0].message.clone(),
            Ok(d) => panic!("{ty} {value} accepted as {d:?}"),
        }
    }

    #[test]
    fn integers_are_json_integers_in_range() {
        assert_eq!(ok("int", json!(-5)), Datum::Int(-5));
        assert_eq!(ok("int", json!(i32::MAX)), Datum::Int(i32::MAX));
        assert_eq!(ok("long", json!(i64::MIN)), Datum::Long(i64::MIN));
        assert!(err(json!("int"), json!(2_147_483_648i64)).contains("out of range"));
        assert!(err(json!("long"), json!(u64::MAX)).contains("out of range"));
        for bad in [json!(1.0), json!(1.5), json!("1"), json!(true)] {
            assert!(err(json!("long"), bad).contains("expected an integer"));
        }
    }

    #[test]
    fn floats_take_numbers_and_the_special_strings() {
        assert_eq!(ok("double", json!(1.5)), Datum::Double(1.5));
        assert_eq!(ok("double", json!(3)), Datum::Double(3.0));
        assert_eq!(ok("float", json!(0.1)), Datum::Float(0.1));
        assert_eq!(
            ok("double", json!("-Infinity")),
            Datum::Double(f64::NEG_INFINITY)
        );
        assert!(matches!(ok("float", json!("NaN")), Datum::Float(f) if f.is_nan()));
        assert!(err(json!("float"), json!(1e300)).contains("out of range"));
        assert!(err(json!("double"), json!("1.5")).contains("expected a number"));
        assert!(err(json!("double"), json!("nan")).contains("NaN"));
    }

    #[test]
    fn decimals_are_exact() {
        let d = "decimal(10, 2)";
        assert_eq!(ok(d, json!(0.1)), Datum::Decimal(10));
        assert_eq!(ok(d, json!("12.30")), Datum::Decimal(1230));
        assert_eq!(ok(d, json!("-0.05")), Datum::Decimal(-5));
        assert_eq!(ok(d, json!(7)), Datum::Decimal(700));
        assert_eq!(ok(d, json!("1.5e3")), Datum::Decimal(150_000));
        assert_eq!(ok(d, json!("12.3000")), Datum::Decimal(1230));
        assert_eq!(ok(d, json!(1e-2)), Datum::Decimal(1));
        assert_eq!(ok(d, json!("0e-9")), Datum::Decimal(0));
        assert_eq!(
            ok(
                "decimal(38, 0)",
                json!("99999999999999999999999999999999999999")
            ),
            Datum::Decimal(99_999_999_999_999_999_999_999_999_999_999_999_999)
        );
        for (text, unscaled) in [
            ("0.000", 0),
            ("-0.00", 0),
            ("000123.4500", 12_345),
            ("100e-2", 100),
            ("1.5e-1", 15),
            ("00.10", 10),
            ("+99999999.99", 9_999_999_999),
            ("-12", -1_200),
        ] {
            assert_eq!(ok(d, json!(text)), Datum::Decimal(unscaled), "{text}");
        }
        assert!(err(json!(d), json!("0.001000")).contains("more than 2 fraction digits"));
        assert!(err(json!(d), json!("100000000")).contains("more than 10 digits"));
        assert!(err(json!(d), json!("12.345")).contains("more than 2 fraction digits"));
        assert!(err(json!(d), json!(0.125)).contains("fraction digits"));
        assert!(err(json!(d), json!("123456789.00")).contains("more than 10 digits"));
        assert!(err(json!(d), json!("1e9")).contains("more than 10 digits"));
        assert!(err(json!(d), json!(0.123_456_789_012_345_68)).contains("pass it as a string"));
        for bad in ["", "1.", ".5", "1,5", "--1", "1e", "abc", "1e9999999"] {
            assert!(one(json!(d), true, json!(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(ok("date", json!("1970-01-02")), Datum::Date(1));
        assert_eq!(ok("date", json!("1969-12-31")), Datum::Date(-1));
        assert_eq!(ok("time", json!("01:02")), Datum::Time(3_720_000_000));
        assert_eq!(ok("time", json!("01:02:03.5")), Datum::Time(3_723_500_000));
        assert_eq!(
            ok("time", json!("23:59:59.999999")),
            Datum::Time(86_399_999_999)
        );
        for bad in ["2023-02-30", "2023-13-01", "2023-1-01", "20230101"] {
            assert!(err(json!("date"), json!(bad)).contains("2023"), "{bad}");
        }
        for bad in ["24:00", "01:02:03.1234567", "1:02", "01:02:03.", "01:60"] {
            assert!(one(json!("time"), true, json!(bad)).is_err(), "{bad}");
        }
        assert!(err(json!("time"), json!("01:02:03.1234567")).contains("microseconds"));
    }

    #[test]
    fn timestamps_keep_or_convert_zones_by_type() {
        let epoch_plus = 1_700_000_000_123_456;
        assert_eq!(
            ok("timestamp", json!("2023-11-14T22:13:20.123456")),
            Datum::Timestamp(epoch_plus)
        );
        assert_eq!(
            ok("timestamp", json!("2023-11-14 22:13:20.123456")),
            Datum::Timestamp(epoch_plus)
        );
        assert_eq!(
            ok("timestamp", json!("1970-01-01T00:00")),
            Datum::Timestamp(0)
        );
        assert_eq!(
            ok("timestamptz", json!("2023-11-14T22:13:20.123456Z")),
            Datum::TimestampTz(epoch_plus)
        );
        assert_eq!(
            ok("timestamptz", json!("2023-11-15T00:13:20.123456+02:00")),
            Datum::TimestampTz(epoch_plus)
        );
        assert_eq!(
            ok("timestamptz", json!("2023-11-14T20:43:20.123456-01:30")),
            Datum::TimestampTz(epoch_plus)
        );
        assert!(err(json!("timestamp"), json!("2023-11-14T22:13:20Z")).contains("has a zone"));
        assert!(err(json!("timestamp"), json!("2023-11-14T22:13:20+01:00")).contains("has a zone"));
        assert!(err(json!("timestamptz"), json!("2023-11-14T22:13:20")).contains("no zone"));
        assert!(
            err(json!("timestamptz"), json!("2023-11-14T22:13:20.1234567Z"))
                .contains("microseconds")
        );
        for bad in [
            "2023-11-14",
            "2023-11-14X22:13:20Z",
            "2023-11-14T22:13:20+2:00",
            "2023-11-14T22:13:20z",
            "2023-11-14T22:13:20Z01:00",
        ] {
            assert!(
                one(json!("timestamptz"), true, json!(bad)).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn strings_uuids_and_bytes() {
        assert_eq!(ok("string", json!("hé")), Datum::String("hé".into()));
        assert!(err(json!("string"), json!(5)).contains("expected a string"));
        let u = ok("uuid", json!("12345678-9ABC-def0-1234-56789abcdef0"));
        assert_eq!(
            u,
            Datum::Uuid([
                0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc,
                0xde, 0xf0
            ])
        );
        for bad in [
            "12345678-9abc-def0-1234-56789abcdef",
            "12345678x9abc-def0-1234-56789abcdef0",
            "1234567g-9abc-def0-1234-56789abcdef0",
            "+2345678-9abc-def0-1234-56789abcdef0",
        ] {
            assert!(err(json!("uuid"), json!(bad)).contains("UUID"), "{bad}");
        }
        assert_eq!(
            ok("binary", json!("Zm9vYmFy")),
            Datum::Binary(b"foobar".to_vec())
        );
        assert_eq!(ok("binary", json!("Zg==")), Datum::Binary(b"f".to_vec()));
        assert_eq!(ok("binary", json!("")), Datum::Binary(vec![]));
        assert_eq!(ok("fixed[2]", json!("Zm8=")), Datum::Fixed(b"fo".to_vec()));
        assert!(err(json!("fixed[3]"), json!("Zm8=")).contains("exactly 3 bytes"));
        for bad in ["Zg", "Zh==", "Z===", "Zm9v!mFy", "Zg=a"] {
            assert!(err(json!("binary"), json!(bad)).contains("base64"), "{bad}");
        }
    }

    #[test]
    fn nulls_only_where_optional_and_unknown_keys_rejected() {
        let s = schema(json!([
            {"id": 1, "name": "id", "required": true, "type": "long"},
            {"id": 2, "name": "note", "required": false, "type": "string"}
        ]));
        let rows = convert(&s, &[json!({"id": 1}), json!({"id": 2, "note": null})]).unwrap();
        assert_eq!(
            rows,
            vec![
                vec![Some(Datum::Long(1)), None],
                vec![Some(Datum::Long(2)), None]
            ]
        );
        let errors = convert(
            &s,
            &[
                json!({"id": 1}),
                json!({"note": "x"}),
                json!({"id": null, "Id": 3}),
                json!([1]),
            ],
        )
        .unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "row 1, field `id`: required, so it cannot be null or missing",
                "row 2, field `Id`: no such field (fields: id, note)",
                "row 2, field `id`: required, so it cannot be null or missing",
                "row 3: expected a JSON object, got an array",
            ]
        );
    }

    fn nested_schema() -> Value {
        schema(json!([
            {"id": 1, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                {"id": 2, "name": "zip", "required": true, "type": "string"},
                {"id": 3, "name": "geo", "required": false, "type": {"type": "struct", "fields": [
                    {"id": 4, "name": "lat", "required": false, "type": "double"}]}}]}},
            {"id": 5, "name": "tags", "required": false, "type": {"type": "list",
                "element-id": 6, "element-required": true, "element": "string"}},
            {"id": 7, "name": "attrs", "required": false, "type": {"type": "map",
                "key-id": 8, "key": "string", "value-id": 9, "value-required": false, "value": "int"}},
            {"id": 10, "name": "scores", "required": false, "type": {"type": "map",
                "key-id": 11, "key": "date", "value-id": 12, "value-required": true,
                "value": {"type": "list", "element-id": 13, "element-required": false, "element": "long"}}}
        ]))
    }

    #[test]
    fn nested_values_convert() {
        let row = json!({
            "address": {"zip": "10115", "geo": {"lat": 52.5}},
            "tags": ["a", "b"],
            "attrs": {"x": 1, "y": null},
            "scores": [{"key": "1970-01-02", "value": [1, null]}, {"key": "1970-01-03", "value": []}]
        });
        let rows = convert(&nested_schema(), &[row, json!({})]).unwrap();
        let s = |v: &str| Datum::String(v.into());
        assert_eq!(
            rows[0],
            vec![
                Some(Datum::Struct(vec![
                    Some(s("10115")),
                    Some(Datum::Struct(vec![Some(Datum::Double(52.5))]))
                ])),
                Some(Datum::List(vec![Some(s("a")), Some(s("b"))])),
                Some(Datum::Map(vec![
                    (s("x"), Some(Datum::Int(1))),
                    (s("y"), None)
                ])),
                Some(Datum::Map(vec![
                    (
                        Datum::Date(1),
                        Some(Datum::List(vec![Some(Datum::Long(1)), None]))
                    ),
                    (Datum::Date(2), Some(Datum::List(vec![]))),
                ])),
            ]
        );
        assert_eq!(rows[1], vec![None, None, None, None]);
    }

    #[test]
    fn nested_errors_name_their_path() {
        let rows = [
            json!({"address": {"geo": {"lat": "north"}}}),
            json!({"tags": ["a", null, 3]}),
            json!({"attrs": {"x": 1.5}, "scores": [{"key": null, "value": []}, {"key": "1970-01-02"}]}),
            json!({"scores": [{"key": "1970-01-02", "value": [], "extra": 1},
                              {"key": "1970-01-03", "value": []}, {"key": "1970-01-03", "value": []}]}),
            json!({"scores": {"1970-01-02": []}, "address": {"zip": "1", "city": "x"}}),
        ];
        let errors = convert(&nested_schema(), &rows).unwrap_err();
        let got: Vec<(usize, &str)> = errors.iter().map(|e| (e.index, e.field.as_str())).collect();
        assert_eq!(
            got,
            [
                (0, "address.zip"),
                (0, "address.geo.lat"),
                (1, "tags[1]"),
                (1, "tags[2]"),
                (2, "attrs[\"x\"]"),
                (2, "scores[0].key"),
                (2, "scores[1].value"),
                (3, "scores[0].extra"),
                (3, "scores[2]"),
                (4, "address.city"),
                (4, "scores"),
            ]
        );
        assert!(errors[8].message.contains("given before"));
    }

    #[test]
    fn errors_are_capped() {
        let s = schema(json!([{"id": 1, "name": "a", "required": true, "type": "int"}]));
        let rows = vec![json!({"a": "x"}); 200];
        assert_eq!(convert(&s, &rows).unwrap_err().len(), MAX_ERRORS);
    }

    #[test]
    fn unsupported_types_are_schema_errors() {
        for ty in [
            json!("timestamp_ns"),
            json!("variant"),
            json!("geometry(srid:4326)"),
            json!("decimal(39, 0)"),
        ] {
            let e = one(ty.clone(), false, Value::Null).unwrap_err();
            assert_eq!(e[0].index, SCHEMA_ERROR);
            assert!(
                e[0].to_string()
                    .starts_with("table schema, field `c`: type"),
                "{}",
                e[0]
            );
            assert!(e[0].message.contains("not supported for writing"), "{ty}");
        }
        let nested = json!({"type": "list", "element-id": 2, "element-required": false, "element": "timestamptz_ns"});
        assert_eq!(one(nested, false, Value::Null).unwrap_err()[0].field, "c[]");
        let e = convert(&json!({"type": "struct", "fields": []}), &[]).unwrap_err();
        assert_eq!(e[0].to_string(), "table schema: the schema has no fields");
    }

    #[test]
    fn values_read_back_by_preview_are_accepted() {
        // What `values` renders for each type is taken back as the same value.
        let cases = [
            (
                "decimal(10, 2)",
                json!(crate::values::decimal_string(-1230, 2)),
            ),
            ("date", json!(crate::values::date(19_000))),
            ("timestamp", json!(crate::values::timestamp(-1, 6, false))),
            (
                "timestamptz",
                json!(crate::values::timestamp(1_700_000_000_123_456, 6, true)),
            ),
            ("binary", json!(text::base64(&[0, 255, 7]))),
        ];
        let expected = [
            Datum::Decimal(-1230),
            Datum::Date(19_000),
            Datum::Timestamp(-1),
            Datum::TimestampTz(1_700_000_000_123_456),
            Datum::Binary(vec![0, 255, 7]),
        ];
        for ((ty, v), want) in cases.into_iter().zip(expected) {
            assert_eq!(ok(ty, v), want);
        }
    }
}
