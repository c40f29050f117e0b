//! Partition values for the write path (Iceberg spec v2, "Partition Transforms" and
//! "Appendix B: 32-bit Hash Requirements").
//!
//! A table's partition spec is bound to its schema once ([`PartitionSpec::parse`]); each row
//! then yields a [`PartitionKey`] (one value per partition field, `None` for null), rows are
//! grouped by key ([`group`]) so that each group becomes one data file, and a key is rendered
//! three ways: the manifest entry's Avro `partition` record ([`PartitionSpec::record`]), that
//! record's Avro schema ([`PartitionSpec::avro_schema`]) and the `name=value/…` directory of
//! the data file ([`PartitionSpec::path`]).
//!
//! Bytes in the record follow the convention of the manifest reader (`super::super::avro`):
//! `bytes` and `fixed` values are lowercase hex strings.

use super::rows::{parse_primitive, Primitive};
use super::{Datum, Row};
use crate::text;
use crate::time::civil_from_days;
use crate::transform::{self, Instant, Transform};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

const MICROS_PER_HOUR: i64 = 3_600_000_000;
const MICROS_PER_DAY: i64 = 24 * MICROS_PER_HOUR;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PartitionError {
    #[error("invalid partition spec: {0}")]
    Spec(String),
    #[error("partition field {field:?}: unknown transform {transform:?}")]
    UnknownTransform { field: String, transform: String },
    #[error(
        "partition field {field:?}: source field {id} is not a field of the schema \
         (outside lists and maps)"
    )]
    SourceNotFound { field: String, id: i64 },
    #[error("partition field {field:?}: transform {transform} does not apply to type {ty}")]
    Unsupported {
        field: String,
        transform: String,
        ty: String,
    },
    #[error("partition field {field:?}: the row's value does not have the source type {ty}")]
    ValueType { field: String, ty: String },
    #[error("partition field {field:?}: the partition value is out of range")]
    OutOfRange { field: String },
}

/// A partition value, typed by the partition field's result type. Floats are kept as bits so
/// that keys are `Eq` and `Hash`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PartitionValue {
    Boolean(bool),
    Int(i32),
    Long(i64),
    Float(u32),
    Double(u64),
    /// The unscaled value; the scale is the result type's.
    Decimal(i128),
    Date(i32),
    Time(i64),
    Timestamp(i64),
    TimestampTz(i64),
    String(String),
    Uuid([u8; 16]),
    Fixed(Vec<u8>),
    Binary(Vec<u8>),
}

/// A row's partition: one value per field of the spec, in spec order; `None` is null.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PartitionKey(pub Vec<Option<PartitionValue>>);

/// Whether a row value (already validated against the schema) has the source type.
fn admits(ty: &Primitive, d: &Datum) -> bool {
    matches!(
        (ty, d),
        (Primitive::Boolean, Datum::Boolean(_))
            | (Primitive::Int, Datum::Int(_))
            | (Primitive::Long, Datum::Long(_))
            | (Primitive::Float, Datum::Float(_))
            | (Primitive::Double, Datum::Double(_))
            | (Primitive::Decimal { .. }, Datum::Decimal(_))
            | (Primitive::Date, Datum::Date(_))
            | (Primitive::Time, Datum::Time(_))
            | (Primitive::Timestamp, Datum::Timestamp(_))
            | (Primitive::TimestampTz, Datum::TimestampTz(_))
            | (Primitive::String, Datum::String(_))
            | (Primitive::Uuid, Datum::Uuid(_))
            | (Primitive::Binary, Datum::Binary(_))
    ) || matches!((ty, d), (Primitive::Fixed(n), Datum::Fixed(b)) if b.len() == *n)
}

impl Transform {
    /// The result type for a source type, or `None` where the spec does not define the
    /// transform for that type.
    fn result_type(&self, source: &Primitive) -> Option<Primitive> {
        use Primitive as T;
        let temporal = matches!(source, T::Date | T::Timestamp | T::TimestampTz);
        match self {
            Transform::Void => Some(*source),
            Transform::Identity => Some(*source),
            Transform::Bucket(_) => {
                (!matches!(source, T::Boolean | T::Float | T::Double)).then_some(T::Int)
            }
            Transform::Truncate(_) => matches!(
                source,
                T::Int | T::Long | T::Decimal { .. } | T::String | T::Binary
            )
            .then_some(*source),
            Transform::Year | Transform::Month | Transform::Day => temporal.then_some(T::Int),
            Transform::Hour => matches!(source, T::Timestamp | T::TimestampTz).then_some(T::Int),
            Transform::Other => None,
        }
    }
}

/// One partition field bound to its source column.
#[derive(Clone, Debug)]
struct Field {
    name: String,
    field_id: i64,
    transform: Transform,
    /// Indices from the row down to the source value, through structs.
    path: Vec<usize>,
    source: Primitive,
    result: Primitive,
}

/// A partition spec bound to a schema.
#[derive(Clone, Debug)]
pub struct PartitionSpec {
    fields: Vec<Field>,
}

impl PartitionSpec {
    /// Binds a spec (`{"spec-id": …, "fields": [{"source-id", "field-id", "name",
    /// "transform"}, …]}`) to a schema (`{"type": "struct", "fields": […]}`).
    pub fn parse(spec: &Value, schema: &Value) -> Result<PartitionSpec, PartitionError> {
        let fields = spec["fields"]
            .as_array()
            .ok_or_else(|| PartitionError::Spec("no \"fields\" array".into()))?;
        let fields = fields
            .iter()
            .enumerate()
            .map(|(i, f)| bind(i, f, schema))
            .collect::<Result<_, _>>()?;
        Ok(PartitionSpec { fields })
    }

    /// Whether the spec has no fields (the table is unpartitioned).
    pub fn is_unpartitioned(&self) -> bool {
        self.fields.is_empty()
    }

    /// The partition of one row.
    pub fn key(&self, row: &Row) -> Result<PartitionKey, PartitionError> {
        self.fields
            .iter()
            .map(|f| f.value(row))
            .collect::<Result<_, _>>()
            .map(PartitionKey)
    }

    /// Rows grouped by partition, groups in the order their first row came.
    pub fn group(&self, rows: Vec<Row>) -> Result<Vec<(PartitionKey, Vec<Row>)>, PartitionError> {
        let mut groups: Vec<(PartitionKey, Vec<Row>)> = Vec::new();
        let mut index: HashMap<PartitionKey, usize> = HashMap::new();
        for row in rows {
            let key = self.key(&row)?;
            match index.get(&key) {
                Some(&i) => groups[i].1.push(row),
                None => {
                    index.insert(key.clone(), groups.len());
                    groups.push((key, vec![row]));
                }
            }
        }
        Ok(groups)
    }

    /// The manifest entry's `partition` record for a key of this spec: `{name: value}` with
    /// values as the Avro writer takes them (numbers, strings, booleans, hex for bytes and
    /// fixed, `null`).
    pub fn record(&self, key: &PartitionKey) -> Result<Value, PartitionError> {
        let mut out = Map::new();
        for (f, v) in self.fields.iter().zip(&key.0) {
            let value = match v {
                None => Value::Null,
                Some(v) => f.record_value(v)?,
            };
            out.insert(avro_name(&f.name), value);
        }
        Ok(Value::Object(out))
    }

    /// The Avro schema of [`Self::record`] (Iceberg's `r102`), every field optional.
    pub fn avro_schema(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|f| {
                json!({
                    "name": avro_name(&f.name),
                    "type": ["null", avro_type(&f.result, f.field_id)],
                    "field-id": f.field_id,
                    "default": null,
                })
            })
            .collect();
        json!({"type": "record", "name": "r102", "fields": fields})
    }

    /// The data file's directory for a key: `name=value/…`, both URL-encoded, values in
    /// Iceberg's human form (`day=2024-01-05`); empty when unpartitioned.
    pub fn path(&self, key: &PartitionKey) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .zip(&key.0)
            .map(|(f, v)| {
                let human = v.as_ref().map_or_else(|| "null".into(), |v| f.human(v));
                format!("{}={}", url_encode(&f.name), url_encode(&human))
            })
            .collect();
        parts.join("/")
    }
}

/// A partition field's name as an Avro name, the way Java Iceberg makes one
/// (`AvroSchemaUtil.makeCompatibleName`): valid names are kept; a leading digit gets a `_`
/// before it, and any other character outside `[A-Za-z0-9_]` becomes `_x` and its code point
/// in upper-case hex (`my-col` → `my_x2Dcol`). Readers match partition fields by field id.
fn avro_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, c) in name.chars().enumerate() {
        match c {
            'A'..='Z' | 'a'..='z' | '_' => out.push(c),
            '0'..='9' if i > 0 => out.push(c),
            '0'..='9' => {
                out.push('_');
                out.push(c);
            }
            other => out.push_str(&format!("_x{:X}", u32::from(other))),
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// Groups rows by their partition under `spec` bound to `schema`, in first-seen order.
pub fn group(
    spec: &Value,
    schema: &Value,
    rows: Vec<Row>,
) -> Result<Vec<(PartitionKey, Vec<Row>)>, PartitionError> {
    PartitionSpec::parse(spec, schema)?.group(rows)
}

/// Binds the `i`-th field of a spec to the schema.
fn bind(i: usize, f: &Value, schema: &Value) -> Result<Field, PartitionError> {
    let name = f["name"]
        .as_str()
        .ok_or_else(|| PartitionError::Spec(format!("field {i} has no name")))?
        .to_string();
    // Format v3 writes `source-ids`; a single source is the only kind these transforms take.
    let source_id = f["source-id"]
        .as_i64()
        .or_else(|| match f["source-ids"].as_array().map(Vec::as_slice) {
            Some([id]) => id.as_i64(),
            _ => None,
        })
        .ok_or_else(|| PartitionError::Spec(format!("field {name:?} has no source-id")))?;
    // Format v1 specs may omit field ids; Iceberg then numbers them from 1000.
    let field_id = f["field-id"].as_i64().unwrap_or(1000 + i as i64);
    let transform_name = f["transform"].as_str().unwrap_or_default();
    let transform = match Transform::parse(transform_name) {
        Transform::Other => {
            return Err(PartitionError::UnknownTransform {
                field: name.clone(),
                transform: transform_name.to_string(),
            })
        }
        known => known,
    };
    let (path, source) = match find(schema, source_id) {
        Some(found) => found,
        // A void field of a dropped column stays null forever; its type is moot, so `int`.
        None if transform == Transform::Void => (Vec::new(), Ok(Primitive::Int)),
        None => {
            return Err(PartitionError::SourceNotFound {
                field: name,
                id: source_id,
            })
        }
    };
    let unsupported = |ty: String| PartitionError::Unsupported {
        field: name.clone(),
        transform: transform.to_string(),
        ty,
    };
    let (source, result) = match source {
        // Likewise for a void field over a nested column: always null, type moot.
        Err(_) if transform == Transform::Void => (Primitive::Int, Primitive::Int),
        Err(other) => return Err(unsupported(other)),
        Ok(source) => match transform.result_type(&source) {
            Some(result) => (source, result),
            None => return Err(unsupported(source.to_string())),
        },
    };
    Ok(Field {
        name,
        field_id,
        transform,
        path,
        source,
        result,
    })
}

/// The path (field indices through structs) and type of the field with `id`.
/// The type is the primitive, or the name of anything else (nested, nanosecond timestamps, …)
/// for errors.
fn find(strukt: &Value, id: i64) -> Option<(Vec<usize>, Result<Primitive, String>)> {
    let fields = strukt["fields"].as_array()?;
    for (i, f) in fields.iter().enumerate() {
        if f["id"].as_i64() == Some(id) {
            return Some((vec![i], source_type(&f["type"])));
        }
        let ty = &f["type"];
        if ty["type"].as_str() == Some("struct") {
            if let Some((mut path, t)) = find(ty, id) {
                path.insert(0, i);
                return Some((path, t));
            }
        }
    }
    None
}

fn source_type(ty: &Value) -> Result<Primitive, String> {
    match ty.as_str() {
        Some(name) => parse_primitive(name).ok_or_else(|| name.to_string()),
        None => Err(ty["type"].as_str().unwrap_or("unknown").to_string()),
    }
}

impl Field {
    /// This field's value for a row.
    fn value(&self, row: &Row) -> Result<Option<PartitionValue>, PartitionError> {
        if self.transform == Transform::Void {
            return Ok(None);
        }
        match self.source_value(row)? {
            None => Ok(None),
            Some(d) if admits(&self.source, d) => self.apply(d).map(Some),
            Some(_) => Err(self.value_type()),
        }
    }

    /// The source value, `None` when it or a struct holding it is null.
    fn source_value<'r>(&self, row: &'r Row) -> Result<Option<&'r Datum>, PartitionError> {
        let (first, rest) = self.path.split_first().ok_or_else(|| self.value_type())?;
        let mut value = row.get(*first).ok_or_else(|| self.value_type())?.as_ref();
        for &i in rest {
            value = match value {
                None => return Ok(None),
                Some(Datum::Struct(fields)) => {
                    fields.get(i).ok_or_else(|| self.value_type())?.as_ref()
                }
                Some(_) => return Err(self.value_type()),
            };
        }
        Ok(value)
    }

    fn value_type(&self) -> PartitionError {
        PartitionError::ValueType {
            field: self.name.clone(),
            ty: self.source.to_string(),
        }
    }

    fn out_of_range(&self) -> PartitionError {
        PartitionError::OutOfRange {
            field: self.name.clone(),
        }
    }

    fn apply(&self, d: &Datum) -> Result<PartitionValue, PartitionError> {
        match self.transform {
            Transform::Identity => identity(d).ok_or_else(|| self.value_type()),
            Transform::Bucket(n) => {
                let bytes = hash_bytes(d).ok_or_else(|| self.value_type())?;
                Ok(PartitionValue::Int(transform::bucket(&bytes, n)))
            }
            Transform::Truncate(w) => self.truncate(d, w),
            Transform::Year | Transform::Month | Transform::Day | Transform::Hour => {
                let instant = match *d {
                    Datum::Date(days) => Instant::Date(i64::from(days)),
                    Datum::Timestamp(us) | Datum::TimestampTz(us) => Instant::Timestamp {
                        value: us,
                        per_second: 1_000_000,
                    },
                    _ => return Err(self.value_type()),
                };
                let v = self
                    .transform
                    .temporal(instant)
                    .ok_or_else(|| self.value_type())?;
                i32::try_from(v)
                    .map(PartitionValue::Int)
                    .map_err(|_| self.out_of_range())
            }
            // Handled by `value`; a null is the only sound answer regardless. `Other` is
            // refused when the spec is parsed.
            Transform::Void | Transform::Other => Err(self.value_type()),
        }
    }

    fn truncate(&self, d: &Datum, w: u32) -> Result<PartitionValue, PartitionError> {
        let number = |v: i128| transform::truncate_number(v, w).ok_or_else(|| self.out_of_range());
        let narrow = |_| self.out_of_range();
        Ok(match d {
            Datum::Int(v) => PartitionValue::Int(number(i128::from(*v))?.try_into().map_err(narrow)?),
            Datum::Long(v) => {
                PartitionValue::Long(number(i128::from(*v))?.try_into().map_err(narrow)?)
            }
            Datum::Decimal(v) => PartitionValue::Decimal(number(*v)?),
            Datum::String(s) => PartitionValue::String(transform::truncate_str(s, w)),
            Datum::Binary(b) => PartitionValue::Binary(b.iter().take(w as usize).copied().collect()),
            _ => return Err(self.value_type()),
        })
    }

    /// A value as the Avro writer takes it for this field's result type.
    fn record_value(&self, v: &PartitionValue) -> Result<Value, PartitionError> {
        Ok(match v {
            PartitionValue::Boolean(b) => json!(b),
            PartitionValue::Int(n) | PartitionValue::Date(n) => json!(n),
            PartitionValue::Long(n)
            | PartitionValue::Time(n)
            | PartitionValue::Timestamp(n)
            | PartitionValue::TimestampTz(n) => json!(n),
            // JSON has no NaN or infinity: refuse rather than write a wrong null.
            PartitionValue::Float(bits) => {
                finite(f64::from(f32::from_bits(*bits))).ok_or_else(|| self.out_of_range())?
            }
            PartitionValue::Double(bits) => {
                finite(f64::from_bits(*bits)).ok_or_else(|| self.out_of_range())?
            }
            PartitionValue::Decimal(v) => {
                let Primitive::Decimal { precision, .. } = self.result else {
                    return Err(self.value_type());
                };
                let bytes = fixed_decimal(*v, decimal_size(precision))
                    .ok_or_else(|| self.out_of_range())?;
                json!(text::hex(&bytes))
            }
            PartitionValue::String(s) => json!(s),
            PartitionValue::Uuid(b) => json!(text::hex(b)),
            PartitionValue::Fixed(b) | PartitionValue::Binary(b) => json!(text::hex(b)),
        })
    }

    /// Iceberg's human string of a value (Java's `Transform.toHumanString`).
    fn human(&self, v: &PartitionValue) -> String {
        match (&self.transform, v) {
            (Transform::Year, PartitionValue::Int(n)) => format!("{:04}", 1970 + i64::from(*n)),
            (Transform::Month, PartitionValue::Int(n)) => {
                let n = i64::from(*n);
                format!("{:04}-{:02}", 1970 + n.div_euclid(12), n.rem_euclid(12) + 1)
            }
            (Transform::Day, PartitionValue::Int(n)) => human_date(i64::from(*n)),
            (Transform::Hour, PartitionValue::Int(n)) => {
                let n = i64::from(*n);
                format!("{}-{:02}", human_date(n.div_euclid(24)), n.rem_euclid(24))
            }
            _ => self.human_value(v),
        }
    }

    fn human_value(&self, v: &PartitionValue) -> String {
        match v {
            PartitionValue::Boolean(b) => b.to_string(),
            PartitionValue::Int(n) => n.to_string(),
            PartitionValue::Long(n) => n.to_string(),
            PartitionValue::Float(bits) => format!("{:?}", f32::from_bits(*bits)),
            PartitionValue::Double(bits) => format!("{:?}", f64::from_bits(*bits)),
            PartitionValue::Decimal(v) => {
                let scale = match self.result {
                    Primitive::Decimal { scale, .. } => scale,
                    _ => 0,
                };
                human_decimal(*v, scale)
            }
            PartitionValue::Date(d) => human_date(i64::from(*d)),
            PartitionValue::Time(us) => human_time(*us),
            PartitionValue::Timestamp(us) => human_timestamp(*us),
            PartitionValue::TimestampTz(us) => format!("{}Z", human_timestamp(*us)),
            PartitionValue::String(s) => s.clone(),
            PartitionValue::Uuid(b) => text::uuid(b),
            // Java's human form of binary and fixed values.
            PartitionValue::Fixed(b) | PartitionValue::Binary(b) => text::base64(b),
        }
    }
}

/// The identity transform: the value itself, for primitive types.
fn identity(d: &Datum) -> Option<PartitionValue> {
    Some(match d {
        Datum::Boolean(b) => PartitionValue::Boolean(*b),
        Datum::Int(v) => PartitionValue::Int(*v),
        Datum::Long(v) => PartitionValue::Long(*v),
        // One NaN partition, whatever the payload; `-0.0` stays apart from `0.0` like in Java.
        Datum::Float(v) if v.is_nan() => PartitionValue::Float(f32::NAN.to_bits()),
        Datum::Float(v) => PartitionValue::Float(v.to_bits()),
        Datum::Double(v) if v.is_nan() => PartitionValue::Double(f64::NAN.to_bits()),
        Datum::Double(v) => PartitionValue::Double(v.to_bits()),
        Datum::Decimal(v) => PartitionValue::Decimal(*v),
        Datum::Date(v) => PartitionValue::Date(*v),
        Datum::Time(v) => PartitionValue::Time(*v),
        Datum::Timestamp(v) => PartitionValue::Timestamp(*v),
        Datum::TimestampTz(v) => PartitionValue::TimestampTz(*v),
        Datum::String(s) => PartitionValue::String(s.clone()),
        Datum::Uuid(b) => PartitionValue::Uuid(*b),
        Datum::Fixed(b) => PartitionValue::Fixed(b.clone()),
        Datum::Binary(b) => PartitionValue::Binary(b.clone()),
        Datum::Struct(_) | Datum::List(_) | Datum::Map(_) => return None,
    })
}

/// The bytes the spec hashes for a value (Appendix B): ints and dates widened to long, all
/// longs little-endian; decimals as their minimal big-endian two's complement.
fn hash_bytes(d: &Datum) -> Option<Vec<u8>> {
    Some(match d {
        Datum::Int(v) | Datum::Date(v) => transform::long_hash_bytes(i64::from(*v)).to_vec(),
        Datum::Long(v) | Datum::Time(v) | Datum::Timestamp(v) | Datum::TimestampTz(v) => {
            transform::long_hash_bytes(*v).to_vec()
        }
        Datum::Decimal(v) => minimal_twos_complement(*v),
        Datum::String(s) => s.as_bytes().to_vec(),
        Datum::Uuid(b) => b.to_vec(),
        Datum::Fixed(b) | Datum::Binary(b) => b.clone(),
        _ => return None,
    })
}

/// Java's `BigInteger.toByteArray()`: the fewest big-endian bytes that keep the sign.
fn minimal_twos_complement(v: i128) -> Vec<u8> {
    let bytes = v.to_be_bytes();
    let mut start = 0;
    // A leading 0x00 (0xff) is redundant while the next byte's top bit already says + (−).
    while start < 15
        && ((bytes[start] == 0x00 && bytes[start + 1] & 0x80 == 0)
            || (bytes[start] == 0xff && bytes[start + 1] & 0x80 != 0))
    {
        start += 1;
    }
    bytes[start..].to_vec()
}

/// `v` as exactly `size` big-endian two's-complement bytes (Avro's decimal `fixed`), or `None`
/// if it does not fit.
fn fixed_decimal(v: i128, size: usize) -> Option<Vec<u8>> {
    let minimal = minimal_twos_complement(v);
    let pad = size.checked_sub(minimal.len())?;
    let fill = if v < 0 { 0xff } else { 0x00 };
    let mut out = vec![fill; pad];
    out.extend_from_slice(&minimal);
    Some(out)
}

/// The bytes of Iceberg's fixed for `decimal(precision, _)`: the fewest that hold
/// ±(10^precision − 1).
fn decimal_size(precision: u32) -> usize {
    let Some(max) = 10u128.checked_pow(precision) else {
        return 16;
    };
    // n bytes hold up to 2^(8n − 1) − 1.
    (1..=16usize)
        .find(|n| (1u128 << (8 * n - 1)) >= max)
        .unwrap_or(16)
}

/// The Avro type of an Iceberg type (spec, "Avro" appendix). Named types get the partition
/// field id in their name, so two fields of one type do not define a name twice.
fn avro_type(ty: &Primitive, field_id: i64) -> Value {
    match ty {
        Primitive::Boolean => json!("boolean"),
        Primitive::Int => json!("int"),
        Primitive::Long => json!("long"),
        Primitive::Float => json!("float"),
        Primitive::Double => json!("double"),
        Primitive::Decimal { precision, scale } => json!({
            "type": "fixed",
            "name": format!("decimal_{precision}_{scale}_{field_id}"),
            "size": decimal_size(*precision),
            "logicalType": "decimal",
            "precision": precision,
            "scale": scale,
        }),
        Primitive::Date => json!({"type": "int", "logicalType": "date"}),
        Primitive::Time => json!({"type": "long", "logicalType": "time-micros"}),
        Primitive::Timestamp => {
            json!({"type": "long", "logicalType": "timestamp-micros", "adjust-to-utc": false})
        }
        Primitive::TimestampTz => {
            json!({"type": "long", "logicalType": "timestamp-micros", "adjust-to-utc": true})
        }
        Primitive::String => json!("string"),
        Primitive::Uuid => json!({
            "type": "fixed",
            "name": format!("uuid_fixed_{field_id}"),
            "size": 16,
            "logicalType": "uuid",
        }),
        Primitive::Fixed(n) => {
            json!({"type": "fixed", "name": format!("fixed_{n}_{field_id}"), "size": n})
        }
        Primitive::Binary => json!("bytes"),
        // Not reachable for a bound field (nested sources are refused or made `int`).
    }
}

fn finite(v: f64) -> Option<Value> {
    serde_json::Number::from_f64(v).map(Value::Number)
}

fn human_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Java's `LocalTime.toString()`: seconds only when not zero, then milli- or microseconds.
fn human_time(micros: i64) -> String {
    let (secs, frac) = (micros.div_euclid(1_000_000), micros.rem_euclid(1_000_000));
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let mut out = format!("{h:02}:{m:02}");
    if s != 0 || frac != 0 {
        out += &format!(":{s:02}");
    }
    if frac % 1000 == 0 && frac != 0 {
        out += &format!(".{:03}", frac / 1000);
    } else if frac != 0 {
        out += &format!(".{frac:06}");
    }
    out
}

/// Java's `LocalDateTime.toString()`.
fn human_timestamp(micros: i64) -> String {
    let days = micros.div_euclid(MICROS_PER_DAY);
    let time = micros.rem_euclid(MICROS_PER_DAY);
    format!("{}T{}", human_date(days), human_time(time))
}

/// The unscaled value with the decimal point `scale` digits from the right.
fn human_decimal(v: i128, scale: u32) -> String {
    let digits = v.unsigned_abs().to_string();
    let scale = scale as usize;
    let sign = if v < 0 { "-" } else { "" };
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (int, frac) = padded.split_at(padded.len() - scale);
    format!("{sign}{int}.{frac}")
}

/// Java's `URLEncoder.encode(s, UTF_8)` (what Iceberg uses for partition paths): letters,
/// digits and `.-*_` kept, space as `+`, every other byte `%XX`.
fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out += &format!("%{b:02X}"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::murmur3_32;

    /// Days since the epoch of 2017-11-16.
    const DAY_2017_11_16: i32 = 17_486;
    /// 2017-11-16T22:31:08 in microseconds since the epoch.
    const TS_2017_11_16_223108: i64 = 1_510_871_468_000_000;

    fn hash(d: Datum) -> i32 {
        murmur3_32(&hash_bytes(&d).unwrap()) as i32
    }

    #[test]
    fn murmur3_matches_the_spec_vectors() {
        assert_eq!(hash(Datum::Int(34)), 2017239379);
        assert_eq!(hash(Datum::Long(34)), 2017239379);
        assert_eq!(hash(Datum::Decimal(1420)), -500754589);
        assert_eq!(hash(Datum::Date(DAY_2017_11_16)), -653330422);
        assert_eq!(hash(Datum::Time(81_068_000_000)), -662762989);
        assert_eq!(hash(Datum::Timestamp(TS_2017_11_16_223108)), -2047944441);
        assert_eq!(hash(Datum::TimestampTz(TS_2017_11_16_223108)), -2047944441);
        assert_eq!(hash(Datum::String("iceberg".into())), 1210000089);
        let uuid = [
            0xf7, 0x9c, 0x3e, 0x09, 0x67, 0x7c, 0x4b, 0xbd, 0xa4, 0x79, 0x3f, 0x34, 0x9c, 0xb7,
            0x85, 0xe7,
        ];
        assert_eq!(hash(Datum::Uuid(uuid)), 1488055340);
        assert_eq!(hash(Datum::Fixed(vec![0, 1, 2, 3])), -188683207);
        assert_eq!(hash(Datum::Binary(vec![0, 1, 2, 3])), -188683207);
    }

    #[test]
    fn decimal_bytes_are_minimal_twos_complement() {
        assert_eq!(minimal_twos_complement(0), vec![0]);
        assert_eq!(minimal_twos_complement(127), vec![0x7f]);
        assert_eq!(minimal_twos_complement(128), vec![0x00, 0x80]);
        assert_eq!(minimal_twos_complement(-1), vec![0xff]);
        assert_eq!(minimal_twos_complement(-128), vec![0x80]);
        assert_eq!(minimal_twos_complement(-129), vec![0xff, 0x7f]);
        assert_eq!(minimal_twos_complement(1420), vec![0x05, 0x8c]);
        assert_eq!(fixed_decimal(-2, 3), Some(vec![0xff, 0xff, 0xfe]));
        assert_eq!(fixed_decimal(1 << 20, 2), None);
        assert_eq!(decimal_size(1), 1);
        assert_eq!(decimal_size(2), 1);
        assert_eq!(decimal_size(3), 2);
        assert_eq!(decimal_size(9), 4);
        assert_eq!(decimal_size(10), 5);
        assert_eq!(decimal_size(18), 8);
        assert_eq!(decimal_size(38), 16);
    }

    /// A spec over a flat schema of the given types (field ids 1…), one partition field per
    /// `(source id, transform)`.
    fn spec(types: &[Value], parts: &[(i64, &str)]) -> Result<PartitionSpec, PartitionError> {
        let fields: Vec<Value> = types
            .iter()
            .enumerate()
            .map(|(i, t)| json!({"id": i + 1, "name": format!("c{}", i + 1), "required": false, "type": t}))
            .collect();
        let schema = json!({"type": "struct", "fields": fields});
        let parts: Vec<Value> = parts
            .iter()
            .enumerate()
            .map(|(i, (src, t))| {
                json!({"source-id": src, "field-id": 1000 + i, "name": format!("p{i}"), "transform": t})
            })
            .collect();
        PartitionSpec::parse(&json!({"spec-id": 0, "fields": parts}), &schema)
    }

    /// The single partition value of `d` under `transform` for a column of type `ty`.
    fn one(ty: &str, transform: &str, d: Datum) -> Option<PartitionValue> {
        let s = spec(&[json!(ty)], &[(1, transform)]).unwrap();
        s.key(&vec![Some(d)]).unwrap().0.remove(0)
    }

    fn int(v: i32) -> Option<PartitionValue> {
        Some(PartitionValue::Int(v))
    }

    #[test]
    fn bucket_transform() {
        // 2017239379 % 16 = 3, the hash masked first when negative.
        assert_eq!(
            one("int", "bucket[16]", Datum::Int(34)),
            int(2017239379 % 16)
        );
        assert_eq!(
            one("string", "bucket[100]", Datum::String("iceberg".into())),
            int(1210000089 % 100)
        );
        let masked = (-500754589i32 & i32::MAX) % 7;
        assert_eq!(
            one("decimal(4, 2)", "bucket[7]", Datum::Decimal(1420)),
            int(masked)
        );
        assert!(masked >= 0);
    }

    #[test]
    fn truncate_transform_floors_negatives() {
        assert_eq!(one("int", "truncate[10]", Datum::Int(-1)), int(-10));
        assert_eq!(one("int", "truncate[10]", Datum::Int(1)), int(0));
        assert_eq!(one("int", "truncate[10]", Datum::Int(-10)), int(-10));
        assert_eq!(
            one("long", "truncate[10]", Datum::Long(-11)),
            Some(PartitionValue::Long(-20))
        );
        // 10.65 truncated by 50 (in unscaled units) is 10.50.
        assert_eq!(
            one("decimal(9, 2)", "truncate[50]", Datum::Decimal(1065)),
            Some(PartitionValue::Decimal(1050))
        );
        assert_eq!(
            one("string", "truncate[3]", Datum::String("iceberg".into())),
            Some(PartitionValue::String("ice".into()))
        );
        // Code points, not bytes.
        assert_eq!(
            one("string", "truncate[2]", Datum::String("ñéx".into())),
            Some(PartitionValue::String("ñé".into()))
        );
        assert_eq!(
            one("binary", "truncate[2]", Datum::Binary(vec![1, 2, 3])),
            Some(PartitionValue::Binary(vec![1, 2]))
        );
        let s = spec(&[json!("int")], &[(1, "truncate[10]")]).unwrap();
        let err = s.key(&vec![Some(Datum::Int(i32::MIN + 1))]).unwrap_err();
        assert!(matches!(err, PartitionError::OutOfRange { .. }));
    }

    #[test]
    fn time_transforms_floor_before_the_epoch() {
        let ts = Datum::Timestamp(TS_2017_11_16_223108);
        assert_eq!(one("timestamp", "year", ts.clone()), int(47));
        assert_eq!(one("timestamp", "month", ts.clone()), int(47 * 12 + 10));
        assert_eq!(one("timestamp", "day", ts.clone()), int(DAY_2017_11_16));
        assert_eq!(one("timestamp", "hour", ts), int(DAY_2017_11_16 * 24 + 22));
        let tz = Datum::TimestampTz(TS_2017_11_16_223108);
        assert_eq!(one("timestamptz", "day", tz), int(DAY_2017_11_16));
        let date = Datum::Date(DAY_2017_11_16);
        assert_eq!(one("date", "year", date.clone()), int(47));
        assert_eq!(one("date", "month", date.clone()), int(574));
        assert_eq!(one("date", "day", date), int(DAY_2017_11_16));

        // 1969-12-31T23:59:59.
        let before = Datum::Timestamp(-1_000_000);
        assert_eq!(one("timestamp", "day", before.clone()), int(-1));
        assert_eq!(one("timestamp", "hour", before.clone()), int(-1));
        assert_eq!(one("timestamp", "month", before.clone()), int(-1));
        assert_eq!(one("timestamp", "year", before), int(-1));
        assert_eq!(one("date", "year", Datum::Date(-366)), int(-2));
        assert_eq!(one("date", "month", Datum::Date(-31)), int(-1));
        assert_eq!(one("date", "month", Datum::Date(-32)), int(-2));
    }

    #[test]
    fn identity_and_void_transforms() {
        assert_eq!(
            one("string", "identity", Datum::String("a".into())),
            Some(PartitionValue::String("a".into()))
        );
        assert_eq!(
            one("date", "identity", Datum::Date(5)),
            Some(PartitionValue::Date(5))
        );
        assert_eq!(one("int", "void", Datum::Int(5)), None);
        let nan = one("double", "identity", Datum::Double(-f64::NAN));
        assert_eq!(nan, one("double", "identity", Datum::Double(f64::NAN)));
    }

    #[test]
    fn nulls_give_null_partition_values() {
        let s = spec(
            &[json!("int"), json!("timestamp")],
            &[(1, "identity"), (2, "day"), (1, "bucket[4]"), (1, "void")],
        )
        .unwrap();
        assert_eq!(s.key(&vec![None, None]).unwrap().0, vec![None; 4]);
        let key = s.key(&vec![None, None]).unwrap();
        assert_eq!(
            s.record(&key).unwrap(),
            json!({"p0": null, "p1": null, "p2": null, "p3": null})
        );
        assert_eq!(s.path(&key), "p0=null/p1=null/p2=null/p3=null");
    }

    #[test]
    fn nested_source_fields_are_found_by_id() {
        let schema = json!({"type": "struct", "fields": [
            {"id": 1, "name": "id", "required": true, "type": "long"},
            {"id": 2, "name": "meta", "required": false, "type": {"type": "struct", "fields": [
                {"id": 3, "name": "tags", "required": false,
                 "type": {"type": "list", "element-id": 5, "element": "string", "element-required": false}},
                {"id": 4, "name": "at", "required": false, "type": "timestamptz"}
            ]}}
        ]});
        let spec_json = json!({"spec-id": 0, "fields": [
            {"source-id": 4, "field-id": 1000, "name": "at_day", "transform": "day"}
        ]});
        let s = PartitionSpec::parse(&spec_json, &schema).unwrap();
        let row = |at: Option<Datum>| -> Row {
            vec![Some(Datum::Long(1)), Some(Datum::Struct(vec![None, at]))]
        };
        let key = s
            .key(&row(Some(Datum::TimestampTz(TS_2017_11_16_223108))))
            .unwrap();
        assert_eq!(key.0, vec![int(DAY_2017_11_16)]);
        assert_eq!(s.key(&row(None)).unwrap().0, vec![None]);
        // A null struct holds a null source.
        assert_eq!(
            s.key(&vec![Some(Datum::Long(1)), None]).unwrap().0,
            vec![None]
        );
        // Fields inside lists are not sources.
        let in_list = json!({"spec-id": 0, "fields": [
            {"source-id": 5, "field-id": 1000, "name": "t", "transform": "identity"}
        ]});
        assert!(matches!(
            PartitionSpec::parse(&in_list, &schema),
            Err(PartitionError::SourceNotFound { id: 5, .. })
        ));
    }

    #[test]
    fn bad_specs_and_rows_are_errors() {
        assert!(matches!(
            spec(&[json!("int")], &[(1, "zorder")]),
            Err(PartitionError::UnknownTransform { .. })
        ));
        assert!(matches!(
            spec(&[json!("int")], &[(1, "bucket[0]")]),
            Err(PartitionError::UnknownTransform { .. })
        ));
        assert!(matches!(
            spec(&[json!("int")], &[(1, "day")]),
            Err(PartitionError::Unsupported { .. })
        ));
        assert!(matches!(
            spec(&[json!("date")], &[(1, "hour")]),
            Err(PartitionError::Unsupported { .. })
        ));
        assert!(matches!(
            spec(&[json!("double")], &[(1, "bucket[2]")]),
            Err(PartitionError::Unsupported { .. })
        ));
        assert!(matches!(
            spec(&[json!("int")], &[(9, "identity")]),
            Err(PartitionError::SourceNotFound { .. })
        ));
        assert!(matches!(
            PartitionSpec::parse(&json!({}), &json!({})),
            Err(PartitionError::Spec(_))
        ));
        // A void field over a dropped column is still a valid (always null) field.
        let s = spec(&[json!("int")], &[(9, "void")]).unwrap();
        assert_eq!(s.key(&vec![Some(Datum::Int(1))]).unwrap().0, vec![None]);

        let s = spec(&[json!("int")], &[(1, "identity")]).unwrap();
        assert!(matches!(
            s.key(&vec![Some(Datum::Long(1))]),
            Err(PartitionError::ValueType { .. })
        ));
        assert!(matches!(
            s.key(&vec![]),
            Err(PartitionError::ValueType { .. })
        ));
    }

    #[test]
    fn grouping_keeps_first_seen_order() {
        let schema = json!({"type": "struct", "fields": [
            {"id": 1, "name": "k", "required": false, "type": "string"},
            {"id": 2, "name": "v", "required": false, "type": "int"}
        ]});
        let spec_json = json!({"spec-id": 0, "fields": [
            {"source-id": 1, "field-id": 1000, "name": "k", "transform": "identity"}
        ]});
        let row = |k: Option<&str>, v: i32| -> Row {
            vec![k.map(|k| Datum::String(k.into())), Some(Datum::Int(v))]
        };
        let rows = vec![
            row(Some("b"), 1),
            row(Some("a"), 2),
            row(None, 3),
            row(Some("b"), 4),
        ];
        let groups = group(&spec_json, &schema, rows).unwrap();
        let summary: Vec<(Option<PartitionValue>, Vec<i32>)> = groups
            .into_iter()
            .map(|(k, rows)| {
                let vs = rows
                    .iter()
                    .map(|r| match r[1] {
                        Some(Datum::Int(v)) => v,
                        _ => 0,
                    })
                    .collect();
                (k.0.into_iter().next().flatten(), vs)
            })
            .collect();
        let s = |v: &str| Some(PartitionValue::String(v.into()));
        assert_eq!(
            summary,
            vec![(s("b"), vec![1, 4]), (s("a"), vec![2]), (None, vec![3])]
        );
    }

    #[test]
    fn unpartitioned_tables_have_one_empty_group() {
        let schema = json!({"type": "struct", "fields": [
            {"id": 1, "name": "v", "required": false, "type": "int"}
        ]});
        let spec_json = json!({"spec-id": 0, "fields": []});
        let s = PartitionSpec::parse(&spec_json, &schema).unwrap();
        assert!(s.is_unpartitioned());
        let rows = vec![vec![Some(Datum::Int(1))], vec![None]];
        let groups = s.group(rows).unwrap();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].0, PartitionKey::default());
        assert_eq!(groups[0].1.len(), 2);
        assert_eq!(s.record(&groups[0].0).unwrap(), json!({}));
        assert_eq!(s.path(&groups[0].0), "");
        assert_eq!(
            s.avro_schema(),
            json!({"type": "record", "name": "r102", "fields": []})
        );
        assert!(s.group(Vec::new()).unwrap().is_empty());
    }

    /// The record value, Avro type and path segment of one identity-partitioned value.
    fn render(ty: &str, transform: &str, d: Datum) -> (Value, Value, String) {
        let s = spec(&[json!(ty)], &[(1, transform)]).unwrap();
        let key = s.key(&vec![Some(d)]).unwrap();
        let record = s.record(&key).unwrap()["p0"].clone();
        let avro = s.avro_schema()["fields"][0]["type"][1].clone();
        (record, avro, s.path(&key))
    }

    #[test]
    fn renders_time_transforms() {
        let ts = || Datum::Timestamp(TS_2017_11_16_223108);
        assert_eq!(
            render("timestamp", "day", ts()),
            (json!(DAY_2017_11_16), json!("int"), "p0=2017-11-16".into())
        );
        assert_eq!(render("timestamp", "year", ts()).2, "p0=2017");
        assert_eq!(render("timestamp", "month", ts()).2, "p0=2017-11");
        assert_eq!(render("timestamp", "hour", ts()).2, "p0=2017-11-16-22");
        let before = || Datum::Timestamp(-1_000_000);
        assert_eq!(render("timestamp", "hour", before()).2, "p0=1969-12-31-23");
        assert_eq!(render("timestamp", "month", before()).2, "p0=1969-12");
        assert_eq!(
            render("int", "bucket[16]", Datum::Int(34)),
            (json!(3), json!("int"), "p0=3".into())
        );
    }

    #[test]
    fn renders_identity_values_of_every_type() {
        assert_eq!(
            render("boolean", "identity", Datum::Boolean(true)),
            (json!(true), json!("boolean"), "p0=true".into())
        );
        assert_eq!(
            render("int", "identity", Datum::Int(-5)),
            (json!(-5), json!("int"), "p0=-5".into())
        );
        assert_eq!(
            render("long", "identity", Datum::Long(1 << 40)),
            (
                json!(1u64 << 40),
                json!("long"),
                format!("p0={}", 1u64 << 40)
            )
        );
        assert_eq!(
            render("float", "identity", Datum::Float(1.5)),
            (json!(1.5), json!("float"), "p0=1.5".into())
        );
        assert_eq!(
            render("double", "identity", Datum::Double(-2.0)),
            (json!(-2.0), json!("double"), "p0=-2.0".into())
        );
        assert_eq!(
            render("date", "identity", Datum::Date(DAY_2017_11_16)),
            (
                json!(DAY_2017_11_16),
                json!({"type": "int", "logicalType": "date"}),
                "p0=2017-11-16".into()
            )
        );
        assert_eq!(
            render("time", "identity", Datum::Time(81_068_000_000)),
            (
                json!(81_068_000_000i64),
                json!({"type": "long", "logicalType": "time-micros"}),
                "p0=22%3A31%3A08".into()
            )
        );
        assert_eq!(
            render(
                "timestamp",
                "identity",
                Datum::Timestamp(TS_2017_11_16_223108 + 1)
            ),
            (
                json!(TS_2017_11_16_223108 + 1),
                json!({"type": "long", "logicalType": "timestamp-micros", "adjust-to-utc": false}),
                "p0=2017-11-16T22%3A31%3A08.000001".into()
            )
        );
        assert_eq!(
            render(
                "timestamptz",
                "identity",
                Datum::TimestampTz(TS_2017_11_16_223108)
            ),
            (
                json!(TS_2017_11_16_223108),
                json!({"type": "long", "logicalType": "timestamp-micros", "adjust-to-utc": true}),
                "p0=2017-11-16T22%3A31%3A08Z".into()
            )
        );
        assert_eq!(
            render("string", "identity", Datum::String("a b/ü".into())),
            (json!("a b/ü"), json!("string"), "p0=a+b%2F%C3%BC".into())
        );
    }

    #[test]
    fn renders_byte_valued_identity_values() {
        assert_eq!(
            render("decimal(9, 2)", "identity", Datum::Decimal(-1420)),
            (
                json!("fffffa74"),
                json!({"type": "fixed", "name": "decimal_9_2_1000", "size": 4,
                       "logicalType": "decimal", "precision": 9, "scale": 2}),
                "p0=-14.20".into()
            )
        );
        assert_eq!(
            render("decimal(5, 3)", "identity", Datum::Decimal(5)).2,
            "p0=0.005"
        );
        let uuid = [
            0xf7, 0x9c, 0x3e, 0x09, 0x67, 0x7c, 0x4b, 0xbd, 0xa4, 0x79, 0x3f, 0x34, 0x9c, 0xb7,
            0x85, 0xe7,
        ];
        assert_eq!(
            render("uuid", "identity", Datum::Uuid(uuid)),
            (
                json!("f79c3e09677c4bbda4793f349cb785e7"),
                json!({"type": "fixed", "name": "uuid_fixed_1000", "size": 16, "logicalType": "uuid"}),
                "p0=f79c3e09-677c-4bbd-a479-3f349cb785e7".into()
            )
        );
        assert_eq!(
            render("fixed[3]", "identity", Datum::Fixed(vec![0xfb, 0xff, 0x00])),
            (
                json!("fbff00"),
                json!({"type": "fixed", "name": "fixed_3_1000", "size": 3}),
                "p0=%2B%2F8A".into()
            )
        );
        assert_eq!(
            render("binary", "identity", Datum::Binary(vec![0, 1, 2, 3])),
            (json!("00010203"), json!("bytes"), "p0=AAECAw%3D%3D".into())
        );
    }

    #[test]
    fn avro_schema_lists_optional_fields_with_ids() {
        let s = spec(
            &[json!("timestamp"), json!("string")],
            &[(1, "day"), (2, "truncate[4]")],
        )
        .unwrap();
        assert_eq!(
            s.avro_schema(),
            json!({"type": "record", "name": "r102", "fields": [
                {"name": "p0", "type": ["null", "int"], "field-id": 1000, "default": null},
                {"name": "p1", "type": ["null", "string"], "field-id": 1001, "default": null}
            ]})
        );
    }

    #[test]
    fn non_finite_floats_cannot_be_recorded() {
        let s = spec(&[json!("double")], &[(1, "identity")]).unwrap();
        let key = s.key(&vec![Some(Datum::Double(f64::INFINITY))]).unwrap();
        assert!(matches!(
            s.record(&key),
            Err(PartitionError::OutOfRange { .. })
        ));
    }

    #[test]
    fn human_forms() {
        assert_eq!(human_time(0), "00:00");
        assert_eq!(human_time(1_000), "00:00:00.001");
        assert_eq!(human_time(60_000_000), "00:01");
        assert_eq!(human_decimal(-5, 2), "-0.05");
        assert_eq!(human_decimal(i128::MIN, 0), i128::MIN.to_string());
        assert_eq!(url_encode("a=b&c~*"), "a%3Db%26c%7E*");
    }

    #[test]
    fn partition_field_names_become_avro_names_as_java_makes_them() {
        assert_eq!(avro_name("region"), "region");
        assert_eq!(avro_name("my-col"), "my_x2Dcol");
        assert_eq!(avro_name("1st"), "_1st");
        assert_eq!(avro_name("a b"), "a_x20b");
        assert_eq!(avro_name("é"), "_xE9");
    }
}
