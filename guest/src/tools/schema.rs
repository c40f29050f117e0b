//! JSON Schemas derived from the model's shapes — the same shapes `args.rs` parses with,
//! so a tool's schema and its parser cannot drift apart.

use super::args::{ENCRYPTION_CONFIGURATION, RESOURCE_POLICY};
use s3tables_ops::{ShapeId, ShapeKind};
use serde_json::{json, Map, Value};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tool arguments: snake_case names, required members, closed objects, value constraints.
    Input,
    /// Results: the API's own member names, types only (the tool's description and the API
    /// reference explain them; repeating that for 58 tools would cost an assistant context);
    /// lenient, because services add fields.
    Output,
}

/// Shapes nest a few levels at most; this guards against a recursive model.
const MAX_DEPTH: usize = 12;

fn with_doc(mut schema: Value, doc: &str) -> Value {
    if !doc.is_empty() {
        if let Some(obj) = schema.as_object_mut() {
            obj.insert("description".into(), Value::String(doc.to_string()));
        }
    }
    schema
}

/// The schema of an object whose members are the shape's members.
pub fn structure(id: ShapeId, mode: Mode, depth: usize) -> Map<String, Value> {
    let shape = id.get();
    let mut props = Map::new();
    let mut required = Vec::new();
    for m in shape.members() {
        let name = if mode == Mode::Input { m.arg } else { m.name };
        props.insert(
            name.to_string(),
            with_doc(
                shape_schema(m.shape, mode, depth + 1),
                if mode == Mode::Input { m.doc } else { "" },
            ),
        );
        if m.required && mode == Mode::Input {
            required.push(Value::String(name.to_string()));
        }
    }
    let mut obj = Map::new();
    obj.insert("type".into(), json!("object"));
    if shape.name == ENCRYPTION_CONFIGURATION && mode == Mode::Input {
        props.insert(
            "type".into(),
            json!({"type": "string", "enum": ["SSE_S3", "SSE_KMS"],
                   "description": "Shorthand for sse_algorithm: SSE_S3 = AES256, SSE_KMS = aws:kms."}),
        );
        required.clear();
    }
    obj.insert("properties".into(), Value::Object(props));
    if !required.is_empty() {
        obj.insert("required".into(), Value::Array(required));
    }
    if let ShapeKind::Structure { union: true, .. } = shape.kind {
        obj.insert("minProperties".into(), json!(1));
        obj.insert("maxProperties".into(), json!(1));
    }
    if mode == Mode::Input {
        obj.insert("additionalProperties".into(), json!(false));
    }
    obj
}

pub fn shape_schema(id: ShapeId, mode: Mode, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return json!({});
    }
    let shape = id.get();
    let schema = match &shape.kind {
        ShapeKind::Structure { .. } => Value::Object(structure(id, mode, depth)),
        ShapeKind::List { member, min, max } => {
            let item = shape_schema(*member, mode, depth + 1);
            let scalar = !matches!(
                member.get().kind,
                ShapeKind::Structure { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. }
            );
            if mode == Mode::Input && scalar && *max == Some(1) {
                // A one-element list (a namespace) is given as the element itself.
                item
            } else {
                let mut s = json!({"type": "array", "items": item});
                if mode == Mode::Input {
                    if let Some(n) = min {
                        s["minItems"] = json!(n);
                    }
                    if let Some(n) = max {
                        s["maxItems"] = json!(n);
                    }
                }
                s
            }
        }
        ShapeKind::Map { value, .. } => {
            json!({"type": "object", "additionalProperties": shape_schema(*value, mode, depth + 1)})
        }
        ShapeKind::String {
            min,
            max,
            pattern,
            enum_values,
        } => {
            if shape.name == RESOURCE_POLICY && mode == Mode::Input {
                json!({"type": ["string", "object"], "description": "An IAM resource policy: a JSON object or a string of JSON."})
            } else {
                let mut s = json!({"type": "string"});
                if !enum_values.is_empty() {
                    s["enum"] = json!(enum_values);
                }
                if mode == Mode::Input {
                    if let Some(n) = min.filter(|n| *n > 0) {
                        s["minLength"] = json!(n);
                    }
                    if let Some(n) = max {
                        s["maxLength"] = json!(n);
                    }
                    if let Some(p) = pattern {
                        s["pattern"] = json!(format!("^(?:{p})$"));
                    }
                }
                s
            }
        }
        ShapeKind::Integer { min, max } => {
            let mut s = json!({"type": "integer"});
            if mode == Mode::Input {
                if let Some(n) = min {
                    s["minimum"] = json!(n);
                }
                if let Some(n) = max {
                    s["maximum"] = json!(n);
                }
            }
            s
        }
        ShapeKind::Boolean => json!({"type": "boolean"}),
        ShapeKind::Timestamp => json!({"type": "string", "format": "date-time"}),
        // The model's only document is an Iceberg field type (`SchemaV2Field.type`).
        ShapeKind::Document => iceberg_type(),
    };
    if matches!(shape.kind, ShapeKind::Structure { .. }) {
        with_doc(schema, if mode == Mode::Input { shape.doc } else { "" })
    } else {
        schema
    }
}

/// An Iceberg field type: a primitive name, or a nested struct, list or map.
fn iceberg_type() -> Value {
    let nested = json!({"type": ["string", "object"]});
    json!({"anyOf": [
        {"type": "string", "description": "A primitive type: boolean, int, long, float, double, decimal(P,S), date, time, timestamp, timestamptz, string, uuid, fixed[L], binary."},
        {"type": "object", "required": ["type"], "properties": {
            "type": {"enum": ["struct", "list", "map"]},
            "fields": {"type": "array", "items": {"type": "object"}, "description": "struct: fields with id, name, type, required."},
            "element-id": {"type": "integer"}, "element": nested, "element-required": {"type": "boolean"},
            "key-id": {"type": "integer"}, "key": nested,
            "value-id": {"type": "integer"}, "value": nested, "value-required": {"type": "boolean"}
        }}
    ]})
}
