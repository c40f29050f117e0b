//! Parquet files → [`Source`]: every row group read with the `parquet` crate's record API,
//! each column's Iceberg type inferred from the Parquet schema, values rendered by that type
//! with `values::render` (the read conventions, which `rows::convert` takes back).
//!
//! Types (physical type and annotation → Iceberg):
//! * BOOLEAN → boolean; FLOAT → float; DOUBLE → double; FIXED(2) FLOAT16 → float.
//! * INT32 (plain, INT(8|16|32, signed), INT(8|16, unsigned)) → int; INT64 (plain, signed) and
//!   INT(32, unsigned) → long; INT(64, unsigned) → an error (beyond long).
//! * DECIMAL(P, S) on any physical type → decimal(P, S) (P up to 38).
//! * DATE → date; TIME(MILLIS|MICROS) → time; TIMESTAMP(MILLIS|MICROS) → timestamptz when
//!   adjusted to UTC (as the legacy TIMESTAMP_* annotations are), else timestamp.
//!   NANOS → an error (not supported for writing yet). INT96 (legacy timestamps) → an error:
//!   the record API keeps only their milliseconds, which would drop digits silently.
//! * BYTE_ARRAY STRING/ENUM/JSON → string; plain or BSON → binary; FIXED(16) UUID → uuid;
//!   other FIXED(L) → fixed[L]. The null type (UNKNOWN) → string (every value is null).
//! * A LIST group → list (three levels, and the two-level forms whose repeated field is a
//!   primitive or a group of several fields; the one-field `array` / `*_tuple` form is
//!   refused: `values` would read it as three levels); a MAP group (`key_value` with a key
//!   and a value) → map; another group → struct; a repeated primitive outside LIST → a list.
//!   Anything else (variant, geometry, repeated groups without LIST, empty groups) is an
//!   error naming the column, found before any row is read.
//!
//! Nested struct fields are matched to their values by Parquet field id, or by name when the
//! file has none (pyarrow writes none), so the inferred types carry the file's ids (0 where
//! there is none); a group whose fields mix ids and no ids, or repeat an id or a name, is
//! refused rather than read wrong.

use super::{ImportError, Rows, Source, SourceColumn};
use crate::values::render;
use bytes::Bytes;
use parquet::basic::{ConvertedType as C, LogicalType, Repetition, TimeUnit, Type as Physical};
use parquet::errors::ParquetError;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::schema::types::{Type, TypePtr};
use serde_json::{json, Value};
use std::collections::HashSet;

/// Reads a whole Parquet file: its columns' inferred types and every row (at most
/// `max_rows`, checked against the footer before any row is decoded).
pub fn read_parquet(bytes: Bytes, max_rows: usize) -> Result<Source, ImportError> {
    let reader = SerializedFileReader::new(bytes).map_err(unreadable)?;
    let meta = reader.metadata();
    let declared = meta
        .row_groups()
        .iter()
        .map(|g| u64::try_from(g.num_rows()).unwrap_or(0))
        .fold(0u64, u64::saturating_add);
    if declared > max_rows as u64 {
        return Err(ImportError::TooManyRows { max: max_rows });
    }
    let children = meta.file_metadata().schema().get_fields();
    if children.is_empty() {
        return Err(ImportError::Parquet("the file has no columns".into()));
    }
    let columns = children
        .iter()
        .map(|c| {
            Ok(SourceColumn {
                name: c.name().to_string(),
                iceberg_type: field_type(c, c.name())?,
            })
        })
        .collect::<Result<Vec<_>, ImportError>>()?;
    let mut rows: Vec<Vec<Value>> = Vec::with_capacity(declared as usize);
    for g in 0..reader.num_row_groups() {
        let group = reader.get_row_group(g).map_err(unreadable)?;
        for row in group.get_row_iter(None).map_err(unreadable)? {
            let row = row.map_err(unreadable)?;
            // The footer's counts are the writer's word; the rows decoded are checked too.
            if rows.len() == max_rows {
                return Err(ImportError::TooManyRows { max: max_rows });
            }
            let values = row
                .get_column_iter()
                .zip(children.iter().zip(&columns))
                .map(|((_, value), (pq, column))| render(value, &column.iceberg_type, pq))
                .collect();
            rows.push(values);
        }
    }
    Ok(Source {
        columns,
        rows: Rows::Parquet(rows),
        first: 0,
    })
}

fn unreadable(e: ParquetError) -> ImportError {
    ImportError::Parquet(e.to_string())
}

fn unsupported(path: &str, message: impl Into<String>) -> ImportError {
    ImportError::Unsupported {
        column: path.to_string(),
        message: message.into(),
    }
}

fn is_repeated(t: &Type) -> bool {
    let info = t.get_basic_info();
    info.has_repetition() && info.repetition() == Repetition::REPEATED
}

/// The Parquet field id, 0 when there is none.
fn file_id(t: &Type) -> i32 {
    let info = t.get_basic_info();
    if info.has_id() {
        info.id()
    } else {
        0
    }
}

/// The Iceberg type of Parquet field `t` (at `path`, for errors).
fn field_type(t: &Type, path: &str) -> Result<Value, ImportError> {
    if is_repeated(t) {
        // Outside LIST and MAP, a repeated field is a list of required elements.
        if !t.is_primitive() {
            return Err(unsupported(
                path,
                "a repeated group without a LIST annotation is not supported",
            ));
        }
        let element = primitive_type(t).map_err(|m| unsupported(path, m))?;
        return Ok(list(file_id(t), element));
    }
    if t.is_primitive() {
        return primitive_type(t)
            .map(Value::String)
            .map_err(|m| unsupported(path, m));
    }
    match t.get_basic_info().converted_type() {
        C::LIST => list_type(t, path),
        C::MAP | C::MAP_KEY_VALUE => map_type(t, path),
        C::NONE => struct_type(t.get_fields(), path),
        other => Err(unsupported(
            path,
            format!("a group annotated {other} is not supported"),
        )),
    }
}

fn list(element_id: i32, element: impl Into<Value>) -> Value {
    json!({"type": "list", "element-id": element_id, "element-required": false,
           "element": element.into()})
}

fn struct_type(children: &[TypePtr], path: &str) -> Result<Value, ImportError> {
    check_children(children, path)?;
    let fields = children
        .iter()
        .map(|c| {
            let ty = field_type(c, &format!("{path}.{}", c.name()))?;
            Ok(json!({"id": file_id(c), "name": c.name(), "required": false, "type": ty}))
        })
        .collect::<Result<Vec<Value>, ImportError>>()?;
    Ok(json!({"type": "struct", "fields": fields}))
}

/// `values::render_struct` finds a struct's fields by id when any has one, else by name: both
/// must identify each field.
fn check_children(children: &[TypePtr], path: &str) -> Result<(), ImportError> {
    if children.is_empty() {
        return Err(unsupported(path, "a group without fields is not supported"));
    }
    let with_id = children
        .iter()
        .filter(|c| c.get_basic_info().has_id())
        .count();
    if with_id != 0 && with_id != children.len() {
        return Err(unsupported(
            path,
            "some fields of this group have Parquet field ids and others not",
        ));
    }
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for c in children {
        if with_id != 0 && !ids.insert(c.get_basic_info().id()) {
            return Err(unsupported(
                path,
                format!("field id {} is used twice", c.get_basic_info().id()),
            ));
        }
        if !names.insert(c.name()) {
            return Err(unsupported(
                path,
                format!("field name `{}` is used twice", c.name()),
            ));
        }
    }
    Ok(())
}

/// A LIST group, read the way both the record API and `values` do (see the module doc).
fn list_type(t: &Type, path: &str) -> Result<Value, ImportError> {
    let bad = |why: &str| Err(unsupported(path, format!("unsupported LIST layout: {why}")));
    let [rep] = t.get_fields() else {
        return bad("the LIST group must hold exactly one field");
    };
    if !is_repeated(rep) {
        return bad("the LIST group's field is not repeated");
    }
    let element_path = format!("{path}[]");
    match rep.as_ref() {
        // Two levels: the repeated primitive is the element.
        Type::PrimitiveType { .. } => {
            let element = primitive_type(rep).map_err(|m| unsupported(&element_path, m))?;
            Ok(list(file_id(rep), element))
        }
        Type::GroupType { fields, .. } => match fields.as_slice() {
            [] => bad("an empty repeated group"),
            // Three levels, unless the record API takes the one-field group as the element
            // (its legacy names) while `values` would take its field.
            [element] if three_levels(rep, element) => {
                Ok(list(file_id(element), field_type(element, &element_path)?))
            }
            [_] => bad("a two-level list of one-field groups named `array` or `*_tuple`"),
            // Two levels: the repeated group (several fields) is the element, a struct.
            _ => Ok(list(file_id(rep), struct_type(fields, &element_path)?)),
        },
    }
}

/// The record API's rule (from Spark's) for a repeated group of one field in a LIST.
fn three_levels(rep: &Type, only: &Type) -> bool {
    let annotated = rep.get_basic_info().converted_type() == C::LIST;
    let legacy = rep.name() == "array" || rep.name().ends_with("_tuple");
    annotated || is_repeated(only) || !legacy
}

/// A MAP group: `repeated group key_value { key; value }`.
fn map_type(t: &Type, path: &str) -> Result<Value, ImportError> {
    let bad = |why: &str| Err(unsupported(path, format!("unsupported MAP layout: {why}")));
    let [kv] = t.get_fields() else {
        return bad("the MAP group must hold exactly one field");
    };
    if !is_repeated(kv) || kv.is_primitive() {
        return bad("the MAP group's field is not a repeated group");
    }
    let [key, value] = kv.get_fields() else {
        return bad("the repeated group must hold a key and a value");
    };
    if is_repeated(key) {
        return bad("the key is repeated");
    }
    let key_type = field_type(key, &format!("{path}.key"))?;
    let value_type = field_type(value, &format!("{path}.value"))?;
    Ok(
        json!({"type": "map", "key-id": file_id(key), "key": key_type,
              "value-id": file_id(value), "value-required": false, "value": value_type}),
    )
}

/// The Iceberg type of a primitive. Only pairs of physical and converted type that the
/// record API decodes are accepted: it panics on the others.
fn primitive_type(t: &Type) -> Result<String, String> {
    let info = t.get_basic_info();
    let logical = info.logical_type_ref();
    match logical {
        Some(LogicalType::Timestamp(u) | LogicalType::Time(u)) if u.unit == TimeUnit::NANOS => {
            return Err("nanosecond times and timestamps are not supported for writing yet".into())
        }
        Some(LogicalType::Unknown) => return Ok("string".into()),
        Some(
            l @ (LogicalType::Variant(_)
            | LogicalType::Geometry(_)
            | LogicalType::Geography(_)
            | LogicalType::_Unknown { .. }),
        ) => return Err(format!("Parquet logical type {l:?} is not supported")),
        _ => {}
    }
    let local = matches!(logical, Some(LogicalType::Timestamp(u)) if !u.is_adjusted_to_u_t_c);
    let name = match (t.get_physical_type(), info.converted_type()) {
        (_, C::DECIMAL) => return decimal(t),
        (Physical::BOOLEAN, C::NONE) => "boolean",
        (Physical::INT32, C::NONE | C::INT_8 | C::INT_16 | C::INT_32 | C::UINT_8 | C::UINT_16) => {
            "int"
        }
        (Physical::INT32, C::UINT_32) | (Physical::INT64, C::NONE | C::INT_64) => "long",
        (Physical::INT64, C::UINT_64) => {
            return Err("unsigned 64-bit integers do not fit Iceberg's long".into())
        }
        (Physical::INT32, C::DATE) => "date",
        (Physical::INT32, C::TIME_MILLIS) | (Physical::INT64, C::TIME_MICROS) => "time",
        (Physical::INT64, C::TIMESTAMP_MILLIS | C::TIMESTAMP_MICROS) if local => "timestamp",
        (Physical::INT64, C::TIMESTAMP_MILLIS | C::TIMESTAMP_MICROS) => "timestamptz",
        (Physical::INT96, _) => {
            return Err("INT96 timestamps (a legacy encoding) are not supported: write the file with TIMESTAMP(MICROS) values".into())
        }
        (Physical::FLOAT, C::NONE) => "float",
        (Physical::DOUBLE, C::NONE) => "double",
        (Physical::BYTE_ARRAY, C::UTF8 | C::ENUM | C::JSON) => "string",
        (Physical::BYTE_ARRAY, C::NONE | C::BSON) => "binary",
        (Physical::FIXED_LEN_BYTE_ARRAY, C::NONE) => return fixed(t, logical),
        (physical, converted) => {
            return Err(format!(
                "Parquet type {physical} annotated {converted} is not supported"
            ))
        }
    };
    Ok(name.into())
}

fn decimal(t: &Type) -> Result<String, String> {
    let (precision, scale) = (t.get_precision(), t.get_scale());
    let physical = t.get_physical_type();
    let storable = matches!(
        physical,
        Physical::INT32 | Physical::INT64 | Physical::BYTE_ARRAY | Physical::FIXED_LEN_BYTE_ARRAY
    );
    if !storable || !(1..=38).contains(&precision) || !(0..=precision).contains(&scale) {
        return Err(format!(
            "DECIMAL({precision}, {scale}) on {physical} is not an Iceberg decimal (precision 1 to 38, scale 0 to precision)"
        ));
    }
    Ok(format!("decimal({precision}, {scale})"))
}

fn fixed(t: &Type, logical: Option<&LogicalType>) -> Result<String, String> {
    let len = match t {
        Type::PrimitiveType { type_length, .. } => *type_length,
        Type::GroupType { .. } => 0,
    };
    match (logical, len) {
        (Some(LogicalType::Uuid), 16) => Ok("uuid".into()),
        (Some(LogicalType::Float16), 2) => Ok("float".into()),
        (Some(l @ (LogicalType::Uuid | LogicalType::Float16)), _) => {
            Err(format!("{l:?} with a length of {len} bytes"))
        }
        (_, len) if len > 0 => Ok(format!("fixed[{len}]")),
        _ => Err(format!("FIXED_LEN_BYTE_ARRAY of length {len}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{column_names, inferred_schema, json_rows};
    use super::*;
    use crate::write::parquet_file;
    use crate::write::rows;
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;
    use std::sync::Arc;

    fn nested_schema() -> Value {
        json!({"type": "struct", "schema-id": 0, "fields": [
            {"id": 1, "name": "id", "required": true, "type": "long"},
            {"id": 2, "name": "amount", "required": false, "type": "decimal(20, 3)"},
            {"id": 3, "name": "at", "required": false, "type": "timestamptz"},
            {"id": 4, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                {"id": 7, "name": "zip", "required": true, "type": "string"},
                {"id": 8, "name": "geo", "required": false, "type": {"type": "list",
                    "element-id": 10, "element-required": true, "element": "double"}}]}},
            {"id": 5, "name": "tags", "required": false, "type": {"type": "list",
                "element-id": 9, "element-required": false, "element": {"type": "struct", "fields": [
                    {"id": 14, "name": "k", "required": false, "type": "uuid"}]}}},
            {"id": 6, "name": "scores", "required": false, "type": {"type": "map",
                "key-id": 11, "key": "date", "value-id": 12, "value-required": false,
                "value": "int"}}]})
    }

    #[test]
    fn own_files_read_back_with_their_types_and_values() {
        let input = vec![
            json!({"id": 1, "amount": "-12.345", "at": "2024-01-02T03:04:05.000006Z",
                   "address": {"zip": "10115", "geo": [52.5, "-Infinity"]},
                   "tags": [{"k": "12345678-9abc-def0-1234-56789abcdef0"}, null],
                   "scores": [{"key": "2024-02-29", "value": 7}, {"key": "1970-01-01", "value": null}]}),
            json!({"id": 2, "amount": null, "at": null, "address": null, "tags": [], "scores": null}),
        ];
        let schema = nested_schema();
        let converted = rows::convert(&schema, &input).unwrap();
        let file = parquet_file::write(&schema, &converted).unwrap();
        let source = read_parquet(Bytes::from(file.bytes), 10).unwrap();
        let names = column_names(&source, false).unwrap();
        // The file's ids are kept for reading; the new schema gets fresh ones, Iceberg style.
        assert_eq!(
            source.columns[4].iceberg_type["element-id"],
            json!(9),
            "{:?}",
            source.columns[4]
        );
        assert_eq!(
            inferred_schema(&source, &names),
            json!({"type": "struct", "schema-id": 0, "fields": [
                {"id": 1, "name": "id", "required": false, "type": "long"},
                {"id": 2, "name": "amount", "required": false, "type": "decimal(20, 3)"},
                {"id": 3, "name": "at", "required": false, "type": "timestamptz"},
                {"id": 4, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                    {"id": 7, "name": "zip", "required": false, "type": "string"},
                    {"id": 8, "name": "geo", "required": false, "type": {"type": "list",
                        "element-id": 9, "element-required": false, "element": "double"}}]}},
                {"id": 5, "name": "tags", "required": false, "type": {"type": "list",
                    "element-id": 10, "element-required": false, "element": {"type": "struct", "fields": [
                        {"id": 11, "name": "k", "required": false, "type": "uuid"}]}}},
                {"id": 6, "name": "scores", "required": false, "type": {"type": "map",
                    "key-id": 12, "key": "date", "value-id": 13, "value-required": false,
                    "value": "int"}}]})
        );
        let json = json_rows(&source, &names, &schema).unwrap();
        assert_eq!(json[0]["amount"], json!("-12.345"));
        assert_eq!(json[0]["at"], json!("2024-01-02T03:04:05.000006Z"));
        assert_eq!(json[0]["address"]["geo"], json!([52.5, "-Infinity"]));
        // Appending them to the same table gives the same rows.
        assert_eq!(rows::convert(&schema, &json).unwrap(), converted);
        // And to a new table from the inferred schema too (its ids differ, values do not).
        let fresh = inferred_schema(&source, &names);
        let again = rows::convert(&fresh, &json).unwrap();
        assert_eq!(again, converted);
    }

    #[test]
    fn pyarrow_files_without_ids_are_matched_by_name() {
        // Written by pyarrow 26 (`pq.write_table(…, store_schema=False)`): every column kind
        // pyarrow writes by default, three rows with nulls, no field ids.
        let bytes = include_bytes!("../testdata/pyarrow_types.parquet");
        let source = read_parquet(Bytes::from_static(bytes), 3).unwrap();
        let types: Vec<(&str, String)> = source
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.iceberg_type.to_string()))
            .collect();
        let primitive = |t: &str| format!("\"{t}\"");
        let expected = [
            ("OrderID", primitive("long")),
            ("qty", primitive("int")),
            ("small", primitive("int")),
            ("u8", primitive("int")),
            ("u32", primitive("long")),
            ("ratio", primitive("float")),
            ("price", primitive("double")),
            ("ok", primitive("boolean")),
            ("firstName", primitive("string")),
            ("blob", primitive("binary")),
            ("fx", primitive("fixed[4]")),
            ("day", primitive("date")),
            ("at", primitive("time")),
            ("local_ts", primitive("timestamp")),
            ("utc_ts", primitive("timestamptz")),
            ("amount", primitive("decimal(10, 2)")),
        ];
        assert_eq!(types[..expected.len()], expected);
        assert_eq!(
            source.columns[17].iceberg_type,
            json!({"type": "struct", "fields": [
                {"id": 0, "name": "zip", "required": false, "type": "string"},
                {"id": 0, "name": "geo", "required": false, "type": {"type": "list",
                    "element-id": 0, "element-required": false, "element": "double"}}]})
        );
        let names = column_names(&source, false).unwrap();
        assert_eq!(names[..2], ["order_id", "qty"]);
        assert_eq!(names[8], "first_name");
        let schema = inferred_schema(&source, &names);
        let json = json_rows(&source, &names, &schema).unwrap();
        assert_eq!(
            json[0],
            json!({"order_id": 1, "qty": 3, "small": 1, "u_8": 1, "u_32": 1, "ratio": 0.5,
                "price": 1.25, "ok": true, "first_name": "Ann", "blob": "AAE=", "fx": "YWJjZA==",
                "day": "2024-02-29", "at": "01:02:03.000004",
                "local_ts": "2024-01-02T03:04:05.000006", "utc_ts": "2024-01-02T03:04:05.006000Z",
                "amount": "12.30", "tags": ["a", "b"],
                "addr": {"zip": "10115", "geo": [52.5, 13.4]},
                "attrs": {"x": 1, "y": null}, "cat": "p",
                "id": "12345678-9abc-def0-1234-56789abcdef0",
                "pairs": [{"k": 1, "v": "a"}]})
        );
        assert_eq!(json[1]["u_32"], json!(4_000_000_000u32));
        assert_eq!(json[1]["u_8"], json!(200));
        assert_eq!(json[1]["ratio"], json!("NaN"));
        assert_eq!(json[1]["price"], json!("Infinity"));
        assert_eq!(json[1]["first_name"], json!(""));
        assert_eq!(json[2]["tags"], json!([null]));
        assert_eq!(json[2]["addr"], json!({"zip": null, "geo": []}));
        assert_eq!(json[2]["amount"], json!("-0.05"));
        assert_eq!(json[2]["attrs"], json!({}));
        assert_eq!(json[2]["pairs"], Value::Null);
        let converted = rows::convert(&schema, &json).unwrap();
        assert_eq!(converted.len(), 3);
        // More rows than max_rows: nothing.
        assert!(matches!(
            read_parquet(Bytes::from_static(bytes), 2),
            Err(ImportError::TooManyRows { max: 2 })
        ));
    }

    /// A file of `message` with no rows: enough for the schema checks.
    fn empty_file(message: &str) -> Bytes {
        let schema = Arc::new(parse_message_type(message).unwrap());
        let props = Arc::new(WriterProperties::builder().build());
        let writer = SerializedFileWriter::new(Vec::new(), schema, props).unwrap();
        Bytes::from(writer.into_inner().unwrap())
    }

    fn refusal(message: &str) -> String {
        match read_parquet(empty_file(message), 10) {
            Err(e) => e.to_string(),
            Ok(s) => panic!("{message} accepted: {:?}", s.columns),
        }
    }

    #[test]
    fn unsupported_parquet_types_are_named() {
        let cases = [
            ("message m { optional int64 t (TIMESTAMP(NANOS,true)); }", "column `t`: nanosecond"),
            ("message m { optional int96 t; }", "column `t`: INT96"),
            ("message m { optional int64 u (INTEGER(64,false)); }", "column `u`: unsigned 64-bit"),
            (
                "message m { optional group l (LIST) { repeated group array { required int32 x; } } }",
                "column `l`: unsupported LIST layout: a two-level list",
            ),
            (
                "message m { optional group s { repeated group r { required int32 x; } } }",
                "column `s.r`: a repeated group",
            ),
            (
                "message m { optional group m (MAP) { repeated group key_value { required binary key (UTF8); } } }",
                "column `m`: unsupported MAP layout",
            ),
            (
                "message m { optional group s { optional int32 a = 1; optional int32 b; } }",
                "column `s`: some fields of this group have Parquet field ids",
            ),
            (
                "message m { optional group s { optional int32 a = 1; optional int32 b = 1; } }",
                "column `s`: field id 1 is used twice",
            ),
        ];
        for (message, want) in cases {
            let got = refusal(message);
            assert!(got.starts_with(want), "{message}: {got}");
        }
        assert_eq!(
            read_parquet(Bytes::from_static(b"PAR1 not really PAR1"), 10)
                .unwrap_err()
                .to_string()
                .split(':')
                .next(),
            Some("not a readable Parquet file")
        );
    }

    #[test]
    fn legacy_layouts_the_reader_shares_are_accepted() {
        let source = read_parquet(
            empty_file(
                "message m {
                    optional group two (LIST) { repeated int32 item; }
                    optional group pairs (LIST) { repeated group p { required int32 a; optional binary b (UTF8); } }
                    repeated int64 bare;
                    optional int32 n (INTEGER(16,false));
                    optional int64 old_ts (TIMESTAMP_MILLIS);
                    optional binary doc (JSON);
                }",
            ),
            10,
        )
        .unwrap();
        let types: Vec<String> = source
            .columns
            .iter()
            .map(|c| c.iceberg_type.to_string())
            .collect();
        assert_eq!(
            types,
            [
                r#"{"type":"list","element-id":0,"element-required":false,"element":"int"}"#,
                r#"{"type":"list","element-id":0,"element-required":false,"element":{"type":"struct","fields":[{"id":0,"name":"a","required":false,"type":"int"},{"id":0,"name":"b","required":false,"type":"string"}]}}"#,
                r#"{"type":"list","element-id":0,"element-required":false,"element":"long"}"#,
                r#""int""#,
                r#""timestamptz""#,
                r#""string""#,
            ]
        );
        assert_eq!(source.row_count(), 0);
    }
}
