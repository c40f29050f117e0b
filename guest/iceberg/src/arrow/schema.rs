//! Iceberg types as Arrow types, so the SQL engine sees each column with its real type. One
//! mapping for the schema the engine plans with, the batches `read` decodes (`adapt` converts
//! to it) and the rows the row reader renders (`values`, read back by the Arrow JSON decoder):
//! decimals exact (Decimal128), dates and times as Arrow temporal types, timestamptz in UTC,
//! uuid as text, binary and fixed as base64 text, maps with string keys as Arrow maps and other
//! maps as lists of `{key, value}` structs.

use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};
use serde_json::Value;
use std::sync::Arc;

/// The Arrow schema of an Iceberg schema's top-level `fields`.
pub fn arrow_schema(fields: &[Value]) -> Result<Schema, String> {
    let fields: Result<Vec<Field>, String> = fields.iter().map(arrow_field).collect();
    Ok(Schema::new(fields?))
}

/// One Iceberg field (`{id, name, required, type}`) as an Arrow field.
pub fn arrow_field(field: &Value) -> Result<Field, String> {
    let name = field["name"]
        .as_str()
        .ok_or_else(|| format!("a schema field has no name: {field}"))?;
    let nullable = !field["required"].as_bool().unwrap_or(false);
    Ok(Field::new(name, arrow_type(&field["type"])?, nullable))
}

/// An Iceberg type (a primitive name, or a struct/list/map object) as an Arrow type.
pub fn arrow_type(ty: &Value) -> Result<DataType, String> {
    match ty {
        Value::String(prim) => primitive(prim),
        Value::Object(t) => match t.get("type").and_then(Value::as_str) {
            Some("struct") => {
                let fields = t
                    .get("fields")
                    .and_then(Value::as_array)
                    .map(Vec::as_slice)
                    .unwrap_or_default();
                let fields: Result<Vec<Field>, String> = fields.iter().map(arrow_field).collect();
                Ok(DataType::Struct(Fields::from(fields?)))
            }
            Some("list") => {
                let nullable = !t
                    .get("element-required")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                let element = Field::new("element", arrow_type(&t["element"])?, nullable);
                Ok(DataType::List(Arc::new(element)))
            }
            Some("map") => {
                let value_nullable = !t
                    .get("value-required")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                let key = Field::new("key", arrow_type(&t["key"])?, false);
                let value = Field::new("value", arrow_type(&t["value"])?, value_nullable);
                let entries = DataType::Struct(Fields::from(vec![key, value]));
                if t.get("key") == Some(&Value::String("string".into())) {
                    // Rendered as a JSON object, which Arrow's map decoder reads.
                    Ok(DataType::Map(
                        Arc::new(Field::new("entries", entries, false)),
                        false,
                    ))
                } else {
                    // Rendered as an array of {key, value}.
                    Ok(DataType::List(Arc::new(Field::new(
                        "element", entries, false,
                    ))))
                }
            }
            _ => Err(format!("unknown Iceberg type {ty}")),
        },
        _ => Err(format!("unknown Iceberg type {ty}")),
    }
}

fn primitive(name: &str) -> Result<DataType, String> {
    Ok(match name {
        "boolean" => DataType::Boolean,
        "int" => DataType::Int32,
        "long" => DataType::Int64,
        "float" => DataType::Float32,
        "double" => DataType::Float64,
        "date" => DataType::Date32,
        "time" => DataType::Time64(TimeUnit::Microsecond),
        "timestamp" => DataType::Timestamp(TimeUnit::Microsecond, None),
        "timestamptz" => DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
        "timestamp_ns" => DataType::Timestamp(TimeUnit::Nanosecond, None),
        "timestamptz_ns" => DataType::Timestamp(TimeUnit::Nanosecond, Some("+00:00".into())),
        "string" | "uuid" | "binary" => DataType::Utf8,
        _ if name.starts_with("fixed[") => DataType::Utf8,
        _ if name.starts_with("decimal(") => {
            let inner = name
                .strip_prefix("decimal(")
                .and_then(|s| s.strip_suffix(')'))
                .ok_or_else(|| format!("bad decimal type {name:?}"))?;
            let (p, s) = inner
                .split_once(',')
                .ok_or_else(|| format!("bad decimal type {name:?}"))?;
            let precision: u8 = p
                .trim()
                .parse()
                .map_err(|_| format!("bad decimal precision in {name:?}"))?;
            let scale: i8 = s
                .trim()
                .parse()
                .map_err(|_| format!("bad decimal scale in {name:?}"))?;
            DataType::Decimal128(precision, scale)
        }
        other => return Err(format!("unknown Iceberg type {other:?}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn primitives_map_to_their_arrow_types() {
        for (iceberg, arrow) in [
            ("long", DataType::Int64),
            ("decimal(10, 2)", DataType::Decimal128(10, 2)),
            ("date", DataType::Date32),
            (
                "timestamptz",
                DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
            ),
            ("uuid", DataType::Utf8),
            ("fixed[16]", DataType::Utf8),
        ] {
            assert_eq!(arrow_type(&json!(iceberg)).unwrap(), arrow, "{iceberg}");
        }
        assert!(arrow_type(&json!("variant")).is_err());
        assert!(arrow_type(&json!("decimal(x,2)")).is_err());
    }

    #[test]
    fn nested_types_keep_names_and_nullability() {
        let schema = arrow_schema(&[
            json!({"id": 1, "name": "id", "required": true, "type": "long"}),
            json!({"id": 2, "name": "tags", "required": false, "type":
                {"type": "list", "element-id": 3, "element": "string", "element-required": true}}),
            json!({"id": 4, "name": "attrs", "required": false, "type":
                {"type": "map", "key-id": 5, "key": "string", "value-id": 6, "value": "int", "value-required": false}}),
            json!({"id": 7, "name": "by_code", "required": false, "type":
                {"type": "map", "key-id": 8, "key": "int", "value-id": 9, "value": "string", "value-required": false}}),
        ])
        .unwrap();
        assert!(!schema.field(0).is_nullable());
        let DataType::List(element) = schema.field(1).data_type() else {
            panic!("list expected")
        };
        assert!(!element.is_nullable());
        assert!(matches!(schema.field(2).data_type(), DataType::Map(_, _)));
        assert!(matches!(schema.field(3).data_type(), DataType::List(_)));
    }
}
