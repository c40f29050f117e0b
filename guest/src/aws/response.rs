//! Successful responses normalized to the model's member names and types, so results look
//! the same whichever endpoint produced them (moto says `tableBucketArn` for `tableBucketARN`,
//! and returns a namespace as a string where the model has a list).

use s3tables_ops::{ShapeId, ShapeKind};
use serde_json::{Map, Value};

pub fn normalize(id: ShapeId, value: Value) -> Value {
    let shape = id.get();
    match (&shape.kind, value) {
        (ShapeKind::Structure { members, .. }, Value::Object(obj)) if !members.is_empty() => {
            let mut out = Map::new();
            // The model has no nullable members: a null is an absent member (moto sends some).
            for (key, v) in obj.into_iter().filter(|(_, v)| !v.is_null()) {
                match members.iter().find(|m| m.wire == key).or_else(|| {
                    members.iter().find(|m| {
                        m.wire.eq_ignore_ascii_case(&key) || m.name.eq_ignore_ascii_case(&key)
                    })
                }) {
                    Some(m) => {
                        out.insert(m.name.to_string(), normalize(m.shape, v));
                    }
                    None => {
                        out.insert(key, v);
                    }
                }
            }
            Value::Object(out)
        }
        (ShapeKind::List { member, .. }, Value::Array(items)) => {
            Value::Array(items.into_iter().map(|v| normalize(*member, v)).collect())
        }
        (
            ShapeKind::List { member, .. },
            v @ (Value::String(_) | Value::Number(_) | Value::Bool(_)),
        ) => Value::Array(vec![normalize(*member, v)]),
        (ShapeKind::Map { value: vs, .. }, Value::Object(obj)) => Value::Object(
            obj.into_iter()
                .map(|(k, v)| (k, normalize(*vs, v)))
                .collect(),
        ),
        // Scalars of the wrong JSON type (moto sends `managedByService: false`) take the model's type.
        (
            ShapeKind::String { .. } | ShapeKind::Timestamp,
            v @ (Value::Bool(_) | Value::Number(_)),
        ) => Value::String(v.to_string()),
        (ShapeKind::Integer { .. }, Value::String(s)) if s.parse::<i64>().is_ok() => {
            Value::from(s.parse::<i64>().unwrap_or_default())
        }
        (ShapeKind::Boolean, Value::String(s)) if s == "true" || s == "false" => {
            Value::Bool(s == "true")
        }
        (_, v) => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn moto_deviations_become_model_casing() {
        let op = s3tables_ops::find("UpdateTableMetadataLocation").unwrap();
        let v = normalize(
            op.output.unwrap(),
            json!({"tableArn": "arn", "namespace": "ns", "name": "t", "extra": 1}),
        );
        assert_eq!(
            v,
            json!({"tableARN": "arn", "namespace": ["ns"], "name": "t", "extra": 1})
        );
    }
}
