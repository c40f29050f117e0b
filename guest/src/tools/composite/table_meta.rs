//! Shared by the tools that read a table's data: the table named either way (`table_arn`, or
//! `table_bucket_arn` + `namespace` + `name`), its metadata location from
//! GetTableMetadataLocation, and its metadata file, read only from its own warehouse bucket.

use super::Failure;
use crate::aws::{CallError, Client};
use crate::iceberg::metadata;
use crate::s3::{Purpose, S3Location, S3};
use crate::tools::addressing::{self, Pending, TableForm};
use crate::tools::args::{structure_to_wire, ArgError};
use serde_json::{json, Map, Value};

/// The table-naming arguments as a tool received them.
pub struct TableRef<'a> {
    pub table_arn: &'a Option<String>,
    pub table_bucket_arn: &'a Option<String>,
    pub namespace: &'a Option<String>,
    pub name: &'a Option<String>,
}

/// A table's metadata, as read for a tool call.
pub struct Loaded {
    /// GetTableMetadataLocation's input: tableBucketARN, namespace, name.
    pub input: Map<String, Value>,
    /// GetTableMetadataLocation's answer.
    pub located: Value,
    pub metadata_location: String,
    /// The metadata file's JSON.
    pub meta: Value,
}

/// Where a table stands, for tools that may create it or give it its first metadata.
pub enum TableState {
    /// No such table (GetTableMetadataLocation answered 404).
    Missing {
        input: Map<String, Value>,
    },
    /// The table exists without a metadata file (created without a schema).
    NoMetadata {
        input: Map<String, Value>,
    },
    Loaded(Loaded),
}

/// Locates the table and reads its current metadata file.
pub fn load(
    client: &Client,
    tool: &str,
    table: &TableRef,
    region: &str,
) -> Result<Loaded, Failure> {
    match locate(client, tool, table, region, false)? {
        TableState::Loaded(loaded) => Ok(loaded),
        TableState::NoMetadata { .. } => Err(Failure::Tool(
            "The table has no metadata file yet: it was created without a schema and nothing has been committed to it.".into(),
        )),
        TableState::Missing { .. } => Err(Failure::Tool("The table does not exist.".into())),
    }
}

/// Locates the table and reads its current metadata file, if it has one. A missing table is
/// `TableState::Missing` with `missing_ok`, else the service's error.
pub fn locate(
    client: &Client,
    tool: &str,
    table: &TableRef,
    region: &str,
    missing_ok: bool,
) -> Result<TableState, Failure> {
    let op = s3tables_ops::find("GetTableMetadataLocation")
        .expect("catalog has GetTableMetadataLocation");
    let input = table_input(client, op, tool, table, region)?;
    let located = match client.call(op, &input, region) {
        Ok(located) => located,
        Err(CallError::Service { error, .. }) if missing_ok && error.status == 404 => {
            return Ok(TableState::Missing { input })
        }
        Err(e) => return Err(Failure::Tool(e.to_string())),
    };
    let Some(metadata_location) = located["metadataLocation"].as_str() else {
        return Ok(TableState::NoMetadata { input });
    };
    let location = S3Location::parse(metadata_location)
        .map_err(|e| Failure::Tool(format!("The table's metadata location is unusable: {e}")))?;
    // Read only from the table's own warehouse bucket, whatever the pointer says.
    if let Some(warehouse) = located["warehouseLocation"].as_str() {
        if !in_warehouse(&location, warehouse) {
            return Err(Failure::Tool(format!(
                "The table's metadata location {metadata_location} is outside its warehouse {warehouse}; refusing to read it."
            )));
        }
    }
    let bytes = S3::new(client, region)
        .get_object(&location, Purpose::TableData)
        .map_err(|e| Failure::Tool(e.to_string()))?;
    let meta = metadata::decode(&bytes)
        .map_err(|e| Failure::Tool(format!("Could not read {metadata_location}: {e}")))?;
    Ok(TableState::Loaded(Loaded {
        input,
        metadata_location: metadata_location.to_string(),
        located,
        meta,
    }))
}

/// Whether `location` is in the bucket of `warehouse` (`s3://<bucket>[/…]`).
/// The snapshot to read — `travel_to`, or the current one — and the schema to read it with:
/// a snapshot is read with the schema it was written with, the current snapshot with the
/// current schema. Shared by `preview_table` and `query_database`.
pub fn snapshot_and_schema(
    meta: &Value,
    travel_to: Option<i64>,
) -> Result<(Option<&Value>, &Value), Failure> {
    let snapshot = match travel_to {
        Some(id) => Some(metadata::find_snapshot(meta, id).ok_or_else(|| {
            let known: Vec<String> = meta["snapshots"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .rev()
                .take(10)
                .filter_map(|s| s["snapshot-id"].as_i64().map(|i| i.to_string()))
                .collect();
            Failure::Tool(format!(
                "Snapshot {id} is not in the table's metadata (expired, or from another table). Newest snapshots: {}",
                if known.is_empty() { "none".to_string() } else { known.join(", ") }
            ))
        })?),
        None => crate::iceberg::describe::current_snapshot(meta),
    };
    let schema = snapshot
        .and_then(|s| s["schema-id"].as_i64())
        .filter(|_| travel_to.is_some())
        .and_then(|id| {
            meta["schemas"]
                .as_array()?
                .iter()
                .find(|s| s["schema-id"].as_i64() == Some(id))
        })
        .or_else(|| crate::iceberg::describe::current_schema(meta))
        .ok_or_else(|| Failure::Tool("The table's metadata has no schema.".into()))?;
    Ok((snapshot, schema))
}

pub fn in_warehouse(location: &S3Location, warehouse: &str) -> bool {
    warehouse
        .split_once("://")
        .map(|(_, rest)| rest.split('/').next().unwrap_or(""))
        == Some(location.bucket.as_str())
}

/// GetTableMetadataLocation's input (bucket, namespace, name), validated against the model,
/// from the names or resolved from `table_arn`.
fn table_input(
    client: &Client,
    op: &'static s3tables_ops::OpSpec,
    tool: &str,
    args: &TableRef,
    region: &str,
) -> Result<Map<String, Value>, Failure> {
    let mut given = Map::new();
    for (key, value) in [
        ("table_arn", &args.table_arn),
        ("table_bucket_arn", &args.table_bucket_arn),
        ("namespace", &args.namespace),
        ("name", &args.name),
    ] {
        if let Some(v) = value {
            given.insert(key.into(), json!(v));
        }
    }
    let pending =
        addressing::take_alternative(TableForm::Names, &mut given).map_err(Failure::Schema)?;
    let mut input = match pending {
        Some(_) => Map::new(),
        None => {
            let shape = op.input.expect("GetTableMetadataLocation has input").get();
            structure_to_wire(shape, shape.members(), false, &given, "").map_err(|e| match e {
                ArgError::Schema(m) => Failure::Schema(m),
                ArgError::Invalid(m) => Failure::Tool(format!("Invalid arguments for {tool}: {m}")),
            })?
        }
    };
    if let Some(p @ Pending::Names { .. }) = pending {
        addressing::resolve(client, p, &mut input, region)
            .map_err(|e| Failure::Tool(format!("Could not resolve the table: {e}")))?;
    }
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_is_read_only_from_the_warehouse_bucket() {
        let loc = S3Location::parse("s3://abc--table-s3/metadata/1.metadata.json").unwrap();
        assert!(in_warehouse(&loc, "s3://abc--table-s3"));
        assert!(in_warehouse(&loc, "s3://abc--table-s3/"));
        assert!(!in_warehouse(&loc, "s3://other--table-s3"));
        assert!(!in_warehouse(&loc, "s3://abc--table-s3x"));
        assert!(!in_warehouse(&loc, "abc--table-s3"));
    }
}
