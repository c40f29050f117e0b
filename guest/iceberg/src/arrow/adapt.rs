//! A column as the Parquet file holds it → the column as the table's schema reads it.
//!
//! The `parquet` crate decodes a file by the file's own schema: its field names, its physical
//! choices (an `int` column where the table now says `long`, millisecond timestamps, a decimal
//! in an `INT32`), and only the nested fields the file has. The table is read by its current
//! schema, so each column is adapted by the same rules as `values` renders rows:
//!
//! * nested fields are matched by Parquet field id (by name when none of the siblings has an
//!   id); fields the file lacks are null; names and order are the schema's;
//! * uuid becomes its 8-4-4-4-12 text, binary and fixed standard base64 text;
//! * maps with string keys stay maps, other maps become lists of `{key, value}`;
//! * every other difference (promotions, units, time zone spelling) is an Arrow cast.

use crate::text;
use arrow_array::builder::StringBuilder;
use arrow_array::cast::AsArray;
use arrow_array::{make_array, new_null_array, Array, ArrayRef, ListArray, MapArray, StructArray};
use arrow_buffer::NullBuffer;
#[cfg(test)]
use arrow_schema::Field;
use arrow_schema::{DataType, FieldRef, Fields};
use parquet::arrow::PARQUET_FIELD_ID_META_KEY;
use serde_json::Value;
use std::sync::Arc;

/// `array` (read as the file's `file_type`) as a column of Iceberg type `iceberg` whose Arrow
/// type is `target` (`schema::arrow_type(iceberg)`).
pub fn adapt(array: &ArrayRef, iceberg: &Value, target: &DataType) -> Result<ArrayRef, String> {
    match (iceberg, target) {
        (Value::Object(t), DataType::Struct(fields)) => {
            let Some(file) = array.as_struct_opt() else {
                return Err(mismatch(array, target));
            };
            let children = t.get("fields").and_then(Value::as_array);
            let children = children.map(Vec::as_slice).unwrap_or_default();
            struct_of(file, children, fields)
        }
        (Value::Object(t), DataType::List(element)) if t.get("type") == Some(&"list".into()) => {
            let Some(list) = array.as_list_opt::<i32>() else {
                return Err(mismatch(array, target));
            };
            let values = adapt(list.values(), &t["element"], element.data_type())?;
            ListArray::try_new(
                Arc::clone(element),
                list.offsets().clone(),
                values,
                list.nulls().cloned(),
            )
            .map(|a| Arc::new(a) as ArrayRef)
            .map_err(|e| e.to_string())
        }
        (Value::Object(t), DataType::Map(entries, _) | DataType::List(entries)) => {
            let Some(map) = array.as_map_opt() else {
                return Err(mismatch(array, target));
            };
            let DataType::Struct(kv) = entries.data_type() else {
                return Err(mismatch(array, target));
            };
            let (Some(key), Some(value)) = (kv.first(), kv.get(1)) else {
                return Err(mismatch(array, target));
            };
            let file_entries = map.entries();
            let keys = adapt(file_entries.column(0), &t["key"], key.data_type())?;
            let values = adapt(file_entries.column(1), &t["value"], value.data_type())?;
            let entries_array = StructArray::try_new(kv.clone(), vec![keys, values], None)
                .map_err(|e| e.to_string())?;
            let built: ArrayRef = if matches!(target, DataType::Map(..)) {
                Arc::new(
                    MapArray::try_new(
                        Arc::clone(entries),
                        map.offsets().clone(),
                        entries_array,
                        map.nulls().cloned(),
                        false,
                    )
                    .map_err(|e| e.to_string())?,
                )
            } else {
                Arc::new(
                    ListArray::try_new(
                        Arc::clone(entries),
                        map.offsets().clone(),
                        Arc::new(entries_array),
                        map.nulls().cloned(),
                    )
                    .map_err(|e| e.to_string())?,
                )
            };
            Ok(built)
        }
        (Value::String(name), _) => primitive(array, name, target),
        _ => Err(mismatch(array, target)),
    }
}

/// The struct of Iceberg `fields` (Arrow `target`) from the file's struct.
pub fn struct_of(
    file: &StructArray,
    fields: &[Value],
    target: &Fields,
) -> Result<ArrayRef, String> {
    let found: Vec<Option<usize>> = fields
        .iter()
        .map(|f| child_index(file.fields(), f))
        .collect();
    let mut columns = columns_of(file.columns(), &found, file.len(), fields, target)?;
    if let Some(parent) = file.nulls() {
        columns = columns
            .iter()
            .map(|c| masked(c, parent))
            .collect::<Result<_, _>>()?;
    }
    StructArray::try_new(target.clone(), columns, file.nulls().cloned())
        .map(|a| Arc::new(a) as ArrayRef)
        .map_err(|e| e.to_string())
}

/// `array` with a null wherever `parent` has one, down through nested structs. Under a null
/// struct a child holds a placeholder ('' or 0, even in a required field), and DataFusion's
/// `get_field` (`customer.name`) hands the child out as it is: unmasked, a null customer's name
/// would read as ''.
fn masked(array: &ArrayRef, parent: &NullBuffer) -> Result<ArrayRef, String> {
    let nulls = NullBuffer::union(array.nulls(), Some(parent));
    if let Some(s) = array.as_struct_opt() {
        let Some(nulls) = &nulls else {
            return Ok(Arc::clone(array));
        };
        let children = s
            .columns()
            .iter()
            .map(|c| masked(c, nulls))
            .collect::<Result<_, _>>()?;
        return StructArray::try_new(s.fields().clone(), children, Some(nulls.clone()))
            .map(|a| Arc::new(a) as ArrayRef)
            .map_err(|e| e.to_string());
    }
    array
        .to_data()
        .into_builder()
        .nulls(nulls)
        .build()
        .map(make_array)
        .map_err(|e| e.to_string())
}

/// The columns of Iceberg `fields` (Arrow `target`, in that order), each `len` long, from the
/// file's `columns`: `found[i]` is the file column of `fields[i]` (none: null).
pub fn columns_of(
    columns: &[ArrayRef],
    found: &[Option<usize>],
    len: usize,
    fields: &[Value],
    target: &Fields,
) -> Result<Vec<ArrayRef>, String> {
    fields
        .iter()
        .zip(target.iter())
        .zip(found)
        .map(
            |((field, target), found)| match found.and_then(|i| columns.get(i)) {
                Some(column) => adapt(column, &field["type"], target.data_type())
                    .map_err(|e| format!("column {}: {e}", target.name())),
                None if target.is_nullable() => Ok(new_null_array(target.data_type(), len)),
                None => Err(format!(
                    "the required column {} is not in the data file",
                    target.name()
                )),
            },
        )
        .collect()
}

/// The file field that holds Iceberg field `field`: by field id, else by name when none of
/// `file` has an id (the rule of `values::child_for`).
pub fn child_index(file: &Fields, field: &Value) -> Option<usize> {
    let id = |f: &FieldRef| {
        f.metadata()
            .get(PARQUET_FIELD_ID_META_KEY)
            .and_then(|id| id.parse::<i64>().ok())
    };
    let wanted = field["id"].as_i64();
    if let Some(i) = file
        .iter()
        .position(|f| wanted.is_some() && id(f) == wanted)
    {
        return Some(i);
    }
    if file.iter().any(|f| id(f).is_some()) {
        return None;
    }
    let name = field["name"].as_str()?;
    file.iter().position(|f| f.name() == name)
}

fn primitive(array: &ArrayRef, name: &str, target: &DataType) -> Result<ArrayRef, String> {
    let as_text = |render: &dyn Fn(&[u8]) -> Option<String>| -> Result<ArrayRef, String> {
        let mut out = StringBuilder::with_capacity(array.len(), array.len() * 24);
        let mut push = |bytes: Option<&[u8]>| match bytes {
            Some(b) => match render(b) {
                Some(text) => {
                    out.append_value(text);
                    Ok(())
                }
                None => Err(format!("a {name} value of {} bytes", b.len())),
            },
            None => {
                out.append_null();
                Ok(())
            }
        };
        match array.data_type() {
            DataType::FixedSizeBinary(_) => array
                .as_fixed_size_binary()
                .iter()
                .try_for_each(&mut push)?,
            DataType::Binary => array.as_binary::<i32>().iter().try_for_each(&mut push)?,
            DataType::LargeBinary => array.as_binary::<i64>().iter().try_for_each(&mut push)?,
            DataType::BinaryView => array.as_binary_view().iter().try_for_each(&mut push)?,
            _ => return cast(array, target),
        }
        Ok(Arc::new(out.finish()))
    };
    match name {
        "uuid" => as_text(&|b| <&[u8; 16]>::try_from(b).ok().map(text::uuid)),
        "binary" => as_text(&|b| Some(text::base64(b))),
        _ if name.starts_with("fixed[") => as_text(&|b| Some(text::base64(b))),
        _ => cast(array, target),
    }
}

fn cast(array: &ArrayRef, target: &DataType) -> Result<ArrayRef, String> {
    if array.data_type() == target {
        return Ok(Arc::clone(array));
    }
    arrow_cast::cast(array, target)
        .map_err(|e| format!("reading {} as {target}: {e}", array.data_type()))
}

fn mismatch(array: &ArrayRef, target: &DataType) -> String {
    format!(
        "the data file holds {} where the schema has {target}",
        array.data_type()
    )
}

/// An Arrow field with a Parquet field id, as the `parquet` crate reads one (tests).
#[cfg(test)]
pub fn with_id(field: Field, id: i64) -> Field {
    field.with_metadata([(PARQUET_FIELD_ID_META_KEY.to_string(), id.to_string())].into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arrow::schema::arrow_type;
    use arrow_array::{FixedSizeBinaryArray, Int32Array, StringArray};
    use serde_json::json;

    #[test]
    fn structs_are_matched_by_id_renamed_and_filled() {
        // The file: struct {a: int (id 2), old: string (id 3)}.
        let file_fields = Fields::from(vec![
            with_id(Field::new("a", DataType::Int32, true), 2),
            with_id(Field::new("old", DataType::Utf8, true), 3),
        ]);
        let file = StructArray::try_new(
            file_fields,
            vec![
                Arc::new(Int32Array::from(vec![Some(1), None])),
                Arc::new(StringArray::from(vec!["x", "y"])),
            ],
            None,
        )
        .unwrap();
        // The table now: {renamed (id 3), a promoted to long (id 2), added (id 9)}.
        let ty = json!({"type": "struct", "fields": [
            {"id": 3, "name": "renamed", "required": false, "type": "string"},
            {"id": 2, "name": "a", "required": false, "type": "long"},
            {"id": 9, "name": "added", "required": false, "type": "date"}]});
        let target = arrow_type(&ty).unwrap();
        let out = adapt(&(Arc::new(file) as ArrayRef), &ty, &target).unwrap();
        assert_eq!(out.data_type(), &target);
        let s = out.as_struct();
        assert_eq!(s.column(0).as_string::<i32>().value(1), "y");
        assert_eq!(
            s.column(1)
                .as_primitive::<arrow_array::types::Int64Type>()
                .value(0),
            1
        );
        assert_eq!(s.column(2).null_count(), 2);
    }

    #[test]
    fn a_null_structs_fields_are_null_all_the_way_down() {
        // {name: string (required), address: {city: string}}, the second row a null struct
        // whose children hold placeholders, as a Parquet reader leaves them.
        let city = Fields::from(vec![with_id(Field::new("city", DataType::Utf8, true), 7)]);
        let address = StructArray::try_new(
            city.clone(),
            vec![Arc::new(StringArray::from(vec!["London", ""]))],
            None,
        )
        .unwrap();
        let file_fields = Fields::from(vec![
            with_id(Field::new("name", DataType::Utf8, false), 5),
            with_id(Field::new("address", DataType::Struct(city), true), 6),
        ]);
        let file = StructArray::try_new(
            file_fields,
            vec![
                Arc::new(StringArray::from(vec!["Ada", ""])),
                Arc::new(address),
            ],
            Some(NullBuffer::from(vec![true, false])),
        )
        .unwrap();
        let ty = json!({"type": "struct", "fields": [
            {"id": 5, "name": "name", "required": true, "type": "string"},
            {"id": 6, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                {"id": 7, "name": "city", "required": false, "type": "string"}]}}]});
        let target = arrow_type(&ty).unwrap();
        let out = adapt(&(Arc::new(file) as ArrayRef), &ty, &target).unwrap();
        let s = out.as_struct();
        assert!(s.is_valid(0) && s.is_null(1));
        assert_eq!(s.column(0).as_string::<i32>().value(0), "Ada");
        assert!(s.column(0).is_null(1), "the name of a null customer");
        let address = s.column(1).as_struct();
        assert!(address.is_null(1) && address.column(0).is_null(1));
        assert_eq!(address.column(0).as_string::<i32>().value(0), "London");
    }

    #[test]
    fn uuid_and_fixed_become_text() {
        let bytes: [u8; 16] = *b"\x12\x34\x56\x78\x9a\xbc\xde\xf0\x12\x34\x56\x78\x9a\xbc\xde\xf0";
        let file: ArrayRef = Arc::new(
            FixedSizeBinaryArray::try_from_sparse_iter_with_size(
                vec![Some(bytes), None].into_iter(),
                16,
            )
            .unwrap(),
        );
        let out = adapt(&file, &json!("uuid"), &DataType::Utf8).unwrap();
        assert_eq!(
            out.as_string::<i32>().value(0),
            "12345678-9abc-def0-1234-56789abcdef0"
        );
        assert!(out.is_null(1));
        let out = adapt(&file, &json!("fixed[16]"), &DataType::Utf8).unwrap();
        assert_eq!(out.as_string::<i32>().value(0), text::base64(&bytes));
    }

    #[test]
    fn names_are_used_only_when_the_file_has_no_ids() {
        let no_ids = Fields::from(vec![Field::new("city", DataType::Utf8, true)]);
        let field = json!({"id": 5, "name": "city", "type": "string"});
        assert_eq!(child_index(&no_ids, &field), Some(0));
        let ids = Fields::from(vec![with_id(Field::new("city", DataType::Utf8, true), 4)]);
        assert_eq!(child_index(&ids, &field), None);
    }
}
