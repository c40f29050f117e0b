//! Tool arguments → the operation's input in wire form, driven by the model's shapes.
//!
//! Arguments use snake_case member names (`table_bucket_arn`); the model's own name
//! (`tableBucketARN`) is accepted too. A few conveniences from the reference server are
//! applied here, per shape: the encryption shorthand `{"type": "SSE_S3"}`, policies given as
//! JSON objects, and a single string where a one-element list is expected.

use s3tables_ops::{Member, Shape, ShapeId, ShapeKind};
use serde_json::{Map, Value};

/// Shapes with extra accepted forms (see module docs).
pub const ENCRYPTION_CONFIGURATION: &str = "EncryptionConfiguration";
pub const RESOURCE_POLICY: &str = "ResourcePolicy";

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum ArgError {
    /// The arguments do not fit the schema (JSON-RPC -32602).
    #[error("{0}")]
    Schema(String),
    /// Well-formed but not a valid value (a tool error the user can fix).
    #[error("{0}")]
    Invalid(String),
}

fn at(path: &str) -> String {
    if path.is_empty() {
        "arguments".to_string()
    } else {
        format!("`{path}`")
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Finds the member an argument key names: snake_case, model name, or wire name.
pub fn member_for<'m>(members: &'m [Member], key: &str) -> Option<&'m Member> {
    members
        .iter()
        .find(|m| m.arg == key)
        .or_else(|| members.iter().find(|m| m.name == key || m.wire == key))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Converts the members of a structure given as an object, keyed by wire name, in model order.
pub fn structure_to_wire(
    shape: &Shape,
    members: &[Member],
    union: bool,
    obj: &Map<String, Value>,
    path: &str,
) -> Result<Map<String, Value>, ArgError> {
    let mut given: Vec<(&Member, &Value)> = Vec::new();
    for (key, value) in obj {
        let member = member_for(members, key).ok_or_else(|| {
            let names: Vec<&str> = members.iter().map(|m| m.arg).collect();
            ArgError::Schema(format!(
                "unknown argument `{}`; {} accepts: {}",
                join(path, key),
                if path.is_empty() {
                    "this tool"
                } else {
                    shape.name
                },
                names.join(", ")
            ))
        })?;
        if given.iter().any(|(m, _)| m.name == member.name) {
            return Err(ArgError::Schema(format!(
                "`{}` is given twice",
                join(path, member.arg)
            )));
        }
        if !value.is_null() {
            given.push((member, value));
        }
    }
    for m in members.iter().filter(|m| m.required) {
        if !given.iter().any(|(g, _)| g.name == m.name) {
            return Err(ArgError::Schema(format!(
                "missing required argument `{}`",
                join(path, m.arg)
            )));
        }
    }
    if union && given.len() != 1 {
        let names: Vec<&str> = members.iter().map(|m| m.arg).collect();
        return Err(ArgError::Schema(format!(
            "{} must set exactly one of: {}",
            at(path),
            names.join(", ")
        )));
    }
    let mut out = Map::new();
    for m in members {
        if let Some((_, v)) = given.iter().find(|(g, _)| g.name == m.name) {
            out.insert(m.wire.to_string(), to_wire(m.shape, v, &join(path, m.arg))?);
        }
    }
    Ok(out)
}

/// Accepts `{"type": "SSE_S3"}` / `{"type": "SSE_KMS", "kms_key_arn": …}` as well as the API form.
fn encryption_shorthand(
    obj: &Map<String, Value>,
    path: &str,
) -> Result<Option<Map<String, Value>>, ArgError> {
    let Some(kind) = obj.get("type") else {
        return Ok(None);
    };
    let algorithm = match kind.as_str() {
        Some("SSE_S3") => "AES256",
        Some("SSE_KMS") => "aws:kms",
        _ => {
            return Err(ArgError::Schema(format!(
                "`{}` must be \"SSE_S3\" or \"SSE_KMS\"",
                join(path, "type")
            )))
        }
    };
    let mut api = Map::new();
    api.insert("sse_algorithm".into(), Value::String(algorithm.into()));
    for (k, v) in obj.iter().filter(|(k, _)| k.as_str() != "type") {
        api.insert(k.clone(), v.clone());
    }
    Ok(Some(api))
}

/// Converts one argument value to its wire form, validating it against the shape.
pub fn to_wire(id: ShapeId, value: &Value, path: &str) -> Result<Value, ArgError> {
    let shape = id.get();
    let mismatch = |want: &str| {
        ArgError::Schema(format!(
            "{} must be {want}, not {}",
            at(path),
            type_name(value)
        ))
    };
    match &shape.kind {
        ShapeKind::Structure { union, members } => {
            let obj = value.as_object().ok_or_else(|| mismatch("an object"))?;
            let shorthand = if shape.name == ENCRYPTION_CONFIGURATION {
                encryption_shorthand(obj, path)?
            } else {
                None
            };
            let obj = shorthand.as_ref().unwrap_or(obj);
            Ok(Value::Object(structure_to_wire(
                shape, members, *union, obj, path,
            )?))
        }
        ShapeKind::List { member, min, max } => {
            let items: Vec<Value> = match value {
                Value::Array(items) => items.clone(),
                // One value where a list is expected, as in `create_namespace {"namespace": "sales"}`.
                Value::String(_) | Value::Number(_) | Value::Bool(_) => vec![value.clone()],
                _ => return Err(mismatch("an array")),
            };
            if min.is_some_and(|n| (items.len() as u64) < n)
                || max.is_some_and(|n| items.len() as u64 > n)
            {
                return Err(ArgError::Invalid(format!(
                    "{} must have {} item(s), not {}",
                    at(path),
                    bounds(*min, *max),
                    items.len()
                )));
            }
            items
                .iter()
                .enumerate()
                .map(|(i, v)| to_wire(*member, v, &format!("{path}[{i}]")))
                .collect::<Result<_, _>>()
                .map(Value::Array)
        }
        ShapeKind::Map {
            key,
            value: value_shape,
            max,
        } => {
            let obj = value.as_object().ok_or_else(|| mismatch("an object"))?;
            if max.is_some_and(|n| obj.len() as u64 > n) {
                return Err(ArgError::Invalid(format!(
                    "{} has more than {} entries",
                    at(path),
                    max.unwrap_or(0)
                )));
            }
            let mut out = Map::new();
            for (k, v) in obj {
                to_wire(*key, &Value::String(k.clone()), &format!("{path} key"))?;
                out.insert(k.clone(), to_wire(*value_shape, v, &join(path, k))?);
            }
            Ok(Value::Object(out))
        }
        ShapeKind::String {
            min,
            max,
            pattern,
            enum_values,
        } => {
            let s = match value {
                Value::String(s) => s.clone(),
                // A policy document given as JSON rather than as a string of JSON.
                Value::Object(_) if shape.name == RESOURCE_POLICY => value.to_string(),
                _ => return Err(mismatch("a string")),
            };
            if !enum_values.is_empty() && !enum_values.contains(&s.as_str()) {
                return Err(ArgError::Schema(format!(
                    "{} must be one of {}; got {:?}",
                    at(path),
                    enum_values.join(", "),
                    s
                )));
            }
            let len = s.chars().count() as u64;
            if min.is_some_and(|n| len < n) || max.is_some_and(|n| len > n) {
                return Err(ArgError::Invalid(format!(
                    "{} must be {} characters long; got {len}",
                    at(path),
                    bounds(*min, *max)
                )));
            }
            if let Some(p) = pattern {
                check_pattern(p, &s, path)?;
            }
            Ok(Value::String(s))
        }
        ShapeKind::Integer { min, max } => {
            let n = match value {
                Value::Number(n) => n.as_i64(),
                Value::String(s) => s.trim().parse::<i64>().ok(),
                _ => None,
            }
            .ok_or_else(|| mismatch("an integer"))?;
            if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                return Err(ArgError::Invalid(format!(
                    "{} must be in {}; got {n}",
                    at(path),
                    range(*min, *max)
                )));
            }
            Ok(Value::from(n))
        }
        ShapeKind::Boolean => match value {
            Value::Bool(b) => Ok(Value::Bool(*b)),
            Value::String(s) if s == "true" || s == "false" => Ok(Value::Bool(s == "true")),
            _ => Err(mismatch("a boolean")),
        },
        ShapeKind::Timestamp => match value {
            Value::String(_) => Ok(value.clone()),
            _ => Err(mismatch("an ISO 8601 timestamp string")),
        },
        ShapeKind::Document => Ok(value.clone()),
    }
}

fn bounds(min: Option<u64>, max: Option<u64>) -> String {
    match (min, max) {
        (Some(a), Some(b)) if a == b => format!("exactly {a}"),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("at least {a}"),
        (None, Some(b)) => format!("at most {b}"),
        (None, None) => "any number of".to_string(),
    }
}

fn range(min: Option<i64>, max: Option<i64>) -> String {
    format!(
        "{}..={}",
        min.map(|m| m.to_string()).unwrap_or_default(),
        max.map(|m| m.to_string()).unwrap_or_default()
    )
}

/// The model's patterns are applied to the whole value, as the service does.
fn check_pattern(pattern: &str, value: &str, path: &str) -> Result<(), ArgError> {
    let re = regex_lite::Regex::new(&format!("^(?:{pattern})$"))
        .map_err(|e| ArgError::Invalid(format!("internal: bad pattern {pattern}: {e}")))?;
    if re.is_match(value) {
        return Ok(());
    }
    let hint = match pattern {
        "[0-9a-z_]*" => " (lowercase letters, digits and underscores only)",
        "[0-9a-z-]*" => " (lowercase letters, digits and hyphens only)",
        _ => "",
    };
    Err(ArgError::Invalid(format!(
        "{} {:?} does not match the pattern {pattern}{hint}",
        at(path),
        value
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn input_of(tool: &str) -> (&'static Shape, &'static [Member]) {
        let op = s3tables_ops::find(tool).unwrap();
        let shape = op.input.unwrap().get();
        (shape, shape.members())
    }

    fn convert(tool: &str, args: Value) -> Result<Value, ArgError> {
        let (shape, members) = input_of(tool);
        structure_to_wire(shape, members, false, args.as_object().unwrap(), "").map(Value::Object)
    }

    #[test]
    fn snake_case_and_model_names_map_to_wire_names() {
        let v = convert(
            "create_table",
            json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1", "namespace": "ns",
                   "name": "t", "format": "ICEBERG",
                   "metadata": {"iceberg": {"schema_v2": {"type": "struct", "schema_id": 3,
                                "fields": [{"id": 1, "name": "a", "type": {"type": "list"}, "required": true}]}}}}),
        )
        .unwrap();
        let v2 = &v["metadata"]["iceberg"]["schemaV2"];
        assert_eq!(v2["schema-id"], 3);
        assert_eq!(v2["fields"][0]["type"], json!({"type": "list"}));
        assert_eq!(
            v["tableBucketARN"],
            "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1"
        );
    }

    #[test]
    fn encryption_shorthand_and_api_form_agree() {
        let short = convert(
            "create_table_bucket",
            json!({"name": "bkt", "encryption_configuration": {"type": "SSE_S3"}}),
        );
        let api = convert(
            "create_table_bucket",
            json!({"name": "bkt", "encryption_configuration": {"sse_algorithm": "AES256"}}),
        );
        assert_eq!(short.unwrap(), api.unwrap());
        let kms = convert(
            "create_table_bucket",
            json!({"name": "bkt", "encryption_configuration": {"type": "SSE_KMS", "kms_key_arn": "arn:aws:kms:us-east-1:111122223333:key/k"}}),
        )
        .unwrap();
        assert_eq!(
            kms["encryptionConfiguration"],
            json!({"sseAlgorithm": "aws:kms", "kmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/k"})
        );
    }

    #[test]
    fn namespace_string_becomes_one_element_list() {
        let v = convert("create_namespace", json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1", "namespace": "sales"}))
            .unwrap();
        assert_eq!(v["namespace"], json!(["sales"]));
    }

    #[test]
    fn policy_object_becomes_a_json_string() {
        let v = convert(
            "put_table_bucket_policy",
            json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1", "resource_policy": {"Version": "2012-10-17"}}),
        )
        .unwrap();
        assert_eq!(v["resourcePolicy"], "{\"Version\":\"2012-10-17\"}");
    }

    #[test]
    fn schema_errors_and_value_errors_are_distinguished() {
        assert!(
            matches!(convert("create_table_bucket", json!({})), Err(ArgError::Schema(m)) if m.contains("missing required argument `name`"))
        );
        assert!(
            matches!(convert("create_table_bucket", json!({"name": 5})), Err(ArgError::Schema(m)) if m.contains("must be a string"))
        );
        assert!(
            matches!(convert("create_table_bucket", json!({"name": "b", "bogus": 1})), Err(ArgError::Schema(m)) if m.contains("unknown argument `bogus`"))
        );
        let bad_ns = convert(
            "create_namespace",
            json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1", "namespace": "my-namespace"}),
        );
        assert!(
            matches!(bad_ns, Err(ArgError::Invalid(m)) if m.contains("lowercase letters, digits and underscores"))
        );
        let traversal = convert(
            "get_table_bucket",
            json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/../x"}),
        );
        assert!(matches!(traversal, Err(ArgError::Invalid(_))));
    }

    #[test]
    fn unions_take_exactly_one_member() {
        let base = json!({"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bk1", "namespace": "n", "name": "t", "format": "ICEBERG", "metadata": {}});
        assert!(
            matches!(convert("create_table", base), Err(ArgError::Schema(m)) if m.contains("exactly one of: iceberg"))
        );
    }
}
