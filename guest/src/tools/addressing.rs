//! Naming a table either way: where the API takes `tableBucketARN` + `namespace` + `name`,
//! a tool also accepts the table's ARN; where it takes only the table ARN, a tool also
//! accepts bucket + namespace + name. The other form is resolved with `GetTable`.

use crate::aws::{CallError, Client};
use s3tables_ops::{Location, OpSpec};
use serde_json::{json, Map, Value};

/// The tool argument for a table's ARN in the names form.
pub const TABLE_ARN_ARG: &str = "table_arn";
/// The tool arguments of the names form, with their model names.
pub const NAME_ARGS: [(&str, &str); 3] = [
    ("table_bucket_arn", "tableBucketARN"),
    ("namespace", "namespace"),
    ("name", "name"),
];

/// How an operation's input names a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableForm {
    /// Bucket ARN, namespace and table name (path labels); `table_arn` is the alternative.
    Names,
    /// The table ARN alone (member name given); bucket + namespace + name are the alternative.
    Arn(&'static str),
}

pub fn table_form(op: &OpSpec) -> Option<TableForm> {
    let members = op.input_members();
    let has = |name: &str| {
        members
            .iter()
            .any(|m| m.name == name && m.required && m.location == Location::Label)
    };
    if has("tableBucketARN") && has("namespace") && has("name") {
        return Some(TableForm::Names);
    }
    let arn = members
        .iter()
        .find(|m| (m.name == "tableArn" || m.name == "tableARN") && m.required)?;
    let clashes = members.iter().any(|m| {
        NAME_ARGS
            .iter()
            .any(|(arg, name)| m.arg == *arg || m.name == *name)
    });
    (!clashes).then_some(TableForm::Arn(arn.name))
}

/// A table ARN's bucket ARN: `…:bucket/NAME/table/ID` → `…:bucket/NAME`.
pub fn bucket_of(table_arn: &str) -> Option<&str> {
    table_arn
        .split_once("/table/")
        .map(|(bucket, _)| bucket)
        .filter(|b| b.contains(":bucket/"))
}

/// The alternative form given in the arguments, still to be resolved.
#[derive(Debug, PartialEq)]
pub enum Pending {
    /// Look up bucket, namespace and name of this table ARN.
    Names { table_arn: String },
    /// Look up the ARN of this table, for the member named here.
    Arn {
        member: &'static str,
        bucket: String,
        namespace: String,
        name: String,
    },
}

fn string_arg(args: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match args.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("`{key}` must be a string")),
    }
}

/// Takes the alternative form out of `args`, if it is given. Errors are schema errors.
pub fn take_alternative(
    form: TableForm,
    args: &mut Map<String, Value>,
) -> Result<Option<Pending>, String> {
    let names_given: Vec<&str> = NAME_ARGS
        .iter()
        .filter(|(a, n)| args.contains_key(*a) || args.contains_key(*n))
        .map(|(a, _)| *a)
        .collect();
    match form {
        TableForm::Names => {
            let Some(table_arn) = string_arg(args, TABLE_ARN_ARG)? else {
                return Ok(None);
            };
            if !names_given.is_empty() {
                return Err(format!("give either `{TABLE_ARN_ARG}` or table_bucket_arn + namespace + name, not both"));
            }
            args.remove(TABLE_ARN_ARG);
            if bucket_of(&table_arn).is_none() {
                return Err(format!("`{TABLE_ARN_ARG}` {table_arn:?} is not a table ARN (arn:aws:s3tables:REGION:ACCOUNT:bucket/BUCKET/table/ID)"));
            }
            Ok(Some(Pending::Names { table_arn }))
        }
        TableForm::Arn(member) => {
            if names_given.is_empty() {
                return Ok(None);
            }
            if names_given.len() != 3 {
                return Err("name the table with all of table_bucket_arn, namespace and name (or with its ARN)".to_string());
            }
            if args.contains_key(TABLE_ARN_ARG) || args.contains_key(member) {
                return Err(format!("give either `{TABLE_ARN_ARG}` or table_bucket_arn + namespace + name, not both"));
            }
            let mut get = |arg: &str, name: &str| -> Result<String, String> {
                let v = string_arg(args, arg)?
                    .or(string_arg(args, name)?)
                    .ok_or_else(|| format!("`{arg}` must be a string"))?;
                args.remove(arg);
                args.remove(name);
                Ok(v)
            };
            Ok(Some(Pending::Arn {
                member,
                bucket: get("table_bucket_arn", "tableBucketARN")?,
                namespace: get("namespace", "namespace")?,
                name: get("name", "name")?,
            }))
        }
    }
}

/// Resolves the alternative form with `GetTable` and completes `input` (keyed by wire name).
pub fn resolve(
    client: &Client,
    pending: Pending,
    input: &mut Map<String, Value>,
    region: &str,
) -> Result<(), CallError> {
    let get_table = s3tables_ops::find("GetTable").expect("catalog has GetTable");
    match pending {
        Pending::Names { table_arn } => {
            let bucket = bucket_of(&table_arn).unwrap_or_default().to_string();
            let table = client.call(
                get_table,
                json!({"tableArn": table_arn}).as_object().expect("object"),
                region,
            )?;
            let namespace = table["namespace"].get(0).cloned().unwrap_or(Value::Null);
            input.insert("tableBucketARN".into(), json!(bucket));
            input.insert("namespace".into(), namespace);
            input.insert("name".into(), table["name"].clone());
        }
        Pending::Arn {
            member,
            bucket,
            namespace,
            name,
        } => {
            let query = json!({"tableBucketARN": bucket, "namespace": namespace, "name": name});
            let table = client.call(get_table, query.as_object().expect("object"), region)?;
            input.insert(member.to_string(), table["tableARN"].clone());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_follow_the_operation_input() {
        let form = |n: &str| table_form(s3tables_ops::find(n).unwrap());
        assert_eq!(form("GetTablePolicy"), Some(TableForm::Names));
        assert_eq!(form("DeleteTable"), Some(TableForm::Names));
        assert_eq!(
            form("GetTableReplication"),
            Some(TableForm::Arn("tableArn"))
        );
        assert_eq!(
            form("CompleteTableMigration"),
            Some(TableForm::Arn("tableARN"))
        );
        assert_eq!(form("GetTable"), None);
        assert_eq!(form("CreateTable"), None);
        assert_eq!(form("ListTables"), None);
    }

    #[test]
    fn takes_the_alternative_form() {
        let mut args =
            json!({"table_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/b1x/table/abc"})
                .as_object()
                .unwrap()
                .clone();
        assert_eq!(
            take_alternative(TableForm::Names, &mut args).unwrap(),
            Some(Pending::Names {
                table_arn: "arn:aws:s3tables:us-east-1:111122223333:bucket/b1x/table/abc".into()
            })
        );
        assert!(args.is_empty());
        let mut both = json!({"table_arn": "x/table/y", "name": "t"})
            .as_object()
            .unwrap()
            .clone();
        assert!(take_alternative(TableForm::Names, &mut both)
            .unwrap_err()
            .contains("not both"));
        let mut partial = json!({"namespace": "n"}).as_object().unwrap().clone();
        assert!(take_alternative(TableForm::Arn("tableArn"), &mut partial)
            .unwrap_err()
            .contains("all of"));
        assert_eq!(
            bucket_of("arn:aws:s3tables:us-east-1:1:bucket/b/table/t"),
            Some("arn:aws:s3tables:us-east-1:1:bucket/b")
        );
    }
}
