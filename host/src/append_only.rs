//! Append-only table writes, enforced by the host: what a tool call that appends to tables
//! (`append_rows_to_table`, the import tools) may write, whatever the guest does.
//!
//! The policy (`policy.rs`) admits requests by route; this module adds what a route cannot
//! say, from what the host itself sees during one call — the client's arguments and the
//! service's answers it relays, never the guest's word:
//!
//! * **New objects only.** A table-data PUT must carry `If-None-Match: *` (S3 then refuses to
//!   replace an object) and may not name an object the host saw exists, and it must go to the
//!   warehouse bucket of a table the call's arguments name, as the service reported it.
//! * **Commits that extend.** Unless `update_table_metadata_location` is granted as a tool (it
//!   needs `--allow-destructive`), `UpdateTableMetadataLocation` must: name a table the call
//!   names; carry the version token the service gave this call for it (so the service's
//!   compare-and-swap makes the check below hold at commit time); point at a metadata file
//!   this call created; and that file must extend the table's current metadata, which the
//!   call read — same table, every schema, spec, property and snapshot kept, exactly one new
//!   `append` snapshot whose parent is the current snapshot, with a manifest list this call
//!   created. A table without metadata may only get a first one without snapshots.
//! * **Data that adds.** The new manifest list holds every manifest of the current snapshot's
//!   list (which the call read) unchanged, and otherwise only manifests this call created,
//!   whose entries only add data files (status ADDED, content data) this call created — so
//!   no row of the table leaves its current snapshot and no other table's file enters it.
//!
//! Anything else is refused with `HttpRequestDenied`, and the log line names the rule.

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use s3tables_iceberg::{avro, metadata};
use s3tables_ops::composite::{find_composite, S3Writes};
use s3tables_ops::grants::Grants;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The tool a call runs and the tables its arguments name, as the client sent them.
#[derive(Clone, Debug, Default)]
pub struct CallScope {
    tool: Option<String>,
    named: Vec<Named>,
}

#[derive(Clone, Debug, PartialEq)]
enum Named {
    Table(TableKey),
    Arn(String),
}

/// A table as S3 Tables' routes name it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TableKey {
    pub bucket_arn: String,
    pub namespace: String,
    pub name: String,
}

impl CallScope {
    /// The scope of a `tools/call` of `tool` with these arguments. Reads the table-naming
    /// arguments the appending tools take, under their names and the reference server's
    /// aliases.
    pub fn of_call(tool: &str, arguments: &Value) -> CallScope {
        let text = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| arguments.get(*k).and_then(Value::as_str))
                .map(str::to_string)
        };
        let mut named = Vec::new();
        if let Some(arn) = text(&["table_arn"]) {
            named.push(Named::Arn(arn));
        }
        if let (Some(bucket_arn), Some(namespace), Some(name)) = (
            text(&["table_bucket_arn", "warehouse"]),
            text(&["namespace"]),
            text(&["name", "table_name"]),
        ) {
            named.push(Named::Table(TableKey {
                bucket_arn,
                namespace,
                name,
            }));
        }
        CallScope {
            tool: Some(tool.to_string()),
            named,
        }
    }
}

/// Why the host refused a request of an appending call: each variant is one rule.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Violation {
    #[error("table data may be written only during a call of a granted tool that appends to tables (append_rows_to_table, import_*)")]
    NotAppending,
    #[error("append-only: a table-data PUT must carry `If-None-Match: *` (only new objects may be created)")]
    MayReplace,
    #[error("append-only: {0} exists (the host saw it in this call); objects are never replaced")]
    Exists(String),
    #[error("append-only: bucket {0} is not the warehouse of a table this call names (the tool's arguments), as the service reported it in this call")]
    NotNamedWarehouse(String),
    #[error("append-only: {0} is not a table this call names (the tool's arguments)")]
    NotNamedTable(String),
    #[error("append-only: this call has not read {0}'s current metadata location and file, so the host cannot check the commit")]
    NotRead(String),
    #[error("append-only: the commit's version token is not the one the service gave this call for the table")]
    OtherVersion,
    #[error("append-only: the commit body is not {{versionToken, metadataLocation}} JSON")]
    Body,
    #[error("append-only: the new metadata location {0} is not a file this call created")]
    NotCreatedHere(String),
    #[error("append-only: the new metadata file is not table metadata JSON")]
    NotMetadata,
    #[error("append-only: the new metadata changes `{0}` (an append keeps the table's identity, schemas, partition specs, sort orders and properties)")]
    Changed(String),
    #[error("append-only: the new metadata drops or changes snapshot {0}")]
    SnapshotChanged(String),
    #[error("append-only: the new metadata must add exactly one snapshot (it adds {0})")]
    SnapshotCount(i64),
    #[error("append-only: the new snapshot's {0}")]
    NewSnapshot(String),
    #[error("append-only: the new metadata moves or adds ref `{0}` (an append moves only `main`, to the new snapshot)")]
    Refs(String),
    #[error("append-only: a table's first metadata may not hold snapshots")]
    FirstWithSnapshots,
    #[error("append-only: {0} is not a readable Avro file")]
    Unreadable(String),
    #[error(
        "append-only: the new manifest list drops or changes manifest {0} of the current snapshot"
    )]
    DropsManifest(String),
    #[error("append-only: manifest {0} is neither one of the current snapshot's nor a file this call created")]
    ForeignManifest(String),
    #[error("append-only: manifest {0} does more than add data files (delete files, or entries other than ADDED)")]
    NotAdded(String),
    #[error("append-only: data file {0} is not a file this call created")]
    ForeignDataFile(String),
}

/// What the host saw of one table in this call: the service's latest answer for it.
#[derive(Debug, Default)]
struct Seen {
    version_token: String,
    metadata_location: Option<String>,
    warehouse_bucket: Option<String>,
    /// The current metadata file, as read from S3 in this call.
    metadata: Option<Value>,
}

/// An object PUT in this call.
#[derive(Debug)]
struct Put {
    /// Kept for metadata-folder files, which a commit may point at.
    body: Option<Bytes>,
    /// The store answered 2xx.
    created: bool,
}

/// What one call's requests and answers showed the host. One per guest instance.
#[derive(Debug, Default)]
pub struct Ledger {
    scope: CallScope,
    /// The call is of a granted tool that writes table data.
    appending: bool,
    tables: HashMap<TableKey, Seen>,
    /// Table ARNs the service resolved in this call (GetTable).
    arns: HashMap<String, TableKey>,
    /// `s3://bucket/key` → the PUT.
    puts: HashMap<String, Put>,
    /// The current snapshots' manifest lists read in this call: `s3://…` → their records.
    lists: HashMap<String, Vec<Value>>,
}

/// Largest metadata-folder object or service answer the host keeps to check a commit.
pub const MAX_KEPT_BYTES: usize = 64 * 1024 * 1024;

/// `s3://bucket/key` of a percent-encoded request key.
pub fn s3_uri(bucket: &str, raw_key: &str) -> String {
    format!(
        "s3://{bucket}/{}",
        percent_decode_str(raw_key).decode_utf8_lossy()
    )
}

fn bucket_of(s3_url: &str) -> Option<&str> {
    s3_url
        .strip_prefix("s3://")
        .map(|rest| rest.split('/').next().unwrap_or(""))
}

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// `a=b&c=d` → decoded pairs.
fn query_pairs(query: &str) -> HashMap<String, String> {
    query
        .split('&')
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

impl Ledger {
    pub fn new(scope: CallScope, grants: &Grants) -> Ledger {
        let appending = scope
            .tool
            .as_deref()
            .and_then(find_composite)
            .is_some_and(|c| {
                c.s3_writes == S3Writes::TableData && grants.check_composite(c).is_ok()
            });
        Ledger {
            scope,
            appending,
            ..Ledger::default()
        }
    }

    pub fn appending(&self) -> bool {
        self.appending
    }

    fn names(&self, table: &TableKey) -> bool {
        self.scope.named.iter().any(|n| match n {
            Named::Table(t) => t == table,
            Named::Arn(arn) => self.arns.get(arn) == Some(table),
        })
    }

    /// The table an S3 Tables request addresses, from its route labels or (GetTable) query.
    pub fn table_of(labels: &[(&str, &str)], query: Option<&str>) -> Option<TableKey> {
        let label = |name: &str| {
            labels
                .iter()
                .find(|(l, _)| *l == name)
                .map(|(_, v)| decode(v))
        };
        if let (Some(bucket_arn), Some(namespace), Some(name)) =
            (label("tableBucketARN"), label("namespace"), label("name"))
        {
            return Some(TableKey {
                bucket_arn,
                namespace,
                name,
            });
        }
        let q = query_pairs(query?);
        Some(TableKey {
            bucket_arn: q.get("tableBucketARN")?.clone(),
            namespace: q.get("namespace")?.clone(),
            name: q.get("name")?.clone(),
        })
    }

    /// Records the service's answer to GetTable or GetTableMetadataLocation (`table` from the
    /// request; for GetTable by ARN, from the answer).
    pub fn saw_table(&mut self, table: Option<TableKey>, answer: &Value) {
        let table = table.or_else(|| {
            let arn = answer["tableARN"].as_str()?;
            let (bucket_arn, _) = arn.split_once("/table/")?;
            Some(TableKey {
                bucket_arn: bucket_arn.to_string(),
                namespace: answer["namespace"]
                    .as_array()
                    .and_then(|n| n.first())
                    .or(Some(&answer["namespace"]))
                    .and_then(Value::as_str)?
                    .to_string(),
                name: answer["name"].as_str()?.to_string(),
            })
        });
        let Some(table) = table else { return };
        if let Some(arn) = answer["tableARN"].as_str() {
            self.arns.insert(arn.to_string(), table.clone());
        }
        let Some(version_token) = answer["versionToken"].as_str() else {
            return;
        };
        let metadata_location = answer["metadataLocation"].as_str().map(str::to_string);
        let seen = self.tables.entry(table).or_default();
        if seen.metadata_location != metadata_location {
            seen.metadata = None;
        }
        seen.version_token = version_token.to_string();
        seen.metadata_location = metadata_location;
        seen.warehouse_bucket = answer["warehouseLocation"]
            .as_str()
            .and_then(bucket_of)
            .map(str::to_string);
    }

    /// Whether a GET of `uri` would be a current metadata file, or its current snapshot's
    /// manifest list, that the host should read along.
    pub fn wants_read(&self, uri: &str) -> bool {
        self.appending()
            && self.tables.values().any(|s| {
                s.metadata_location.as_deref() == Some(uri)
                    || s.metadata.as_ref().and_then(current_manifest_list) == Some(uri)
            })
    }

    /// Records a whole current metadata file or manifest list read from S3 in this call.
    pub fn saw_object(&mut self, uri: &str, body: &[u8]) {
        let is_list = self
            .tables
            .values()
            .any(|s| s.metadata.as_ref().and_then(current_manifest_list) == Some(uri));
        if is_list {
            if let Ok(list) = avro::read(body) {
                self.lists.insert(uri.to_string(), list.records);
            }
            return;
        }
        // Plain or gzip (Java writes `*.gz.metadata.json`), decoded as the guest decodes it.
        let Ok(meta) = metadata::decode(body) else {
            return;
        };
        for seen in self.tables.values_mut() {
            if seen.metadata_location.as_deref() == Some(uri) {
                seen.metadata = Some(meta.clone());
            }
        }
    }

    /// The body of a file this call created and kept, if any.
    fn created(&self, uri: &str) -> Option<&Bytes> {
        self.puts
            .get(uri)
            .filter(|p| p.created)
            .and_then(|p| p.body.as_ref())
    }

    /// The new snapshot's manifest list keeps every manifest of the current snapshot's and
    /// adds only manifests this call created, which only add data files this call created.
    fn check_manifests(&self, old: &Value, added: &Value) -> Result<(), Violation> {
        let list_uri = added["manifest-list"].as_str().unwrap_or_default();
        let list = self.created(list_uri).ok_or_else(|| {
            Violation::NewSnapshot(format!(
                "manifest list {list_uri:?} is not a file this call created"
            ))
        })?;
        let records = avro::read(list)
            .map_err(|_| Violation::Unreadable(list_uri.to_string()))?
            .records;
        let path = |m: &Value| m["manifest_path"].as_str().unwrap_or_default().to_string();
        let mut kept = Vec::new();
        if let Some(parent_list) = current_manifest_list(old) {
            let parent = self
                .lists
                .get(parent_list)
                .ok_or_else(|| Violation::NotRead(format!("the manifest list {parent_list}")))?;
            for p in parent {
                let same = records
                    .iter()
                    .any(|n| path(n) == path(p) && CARRIED_FIELDS.iter().all(|f| n[*f] == p[*f]));
                if !same {
                    return Err(Violation::DropsManifest(path(p)));
                }
                kept.push(path(p));
            }
        }
        for manifest in records.iter().filter(|m| !kept.contains(&path(m))) {
            let uri = path(manifest);
            let bytes = self
                .created(&uri)
                .ok_or_else(|| Violation::ForeignManifest(uri.clone()))?;
            if manifest["content"].as_i64().unwrap_or(0) != 0 {
                return Err(Violation::NotAdded(uri));
            }
            let entries = avro::read(bytes)
                .map_err(|_| Violation::Unreadable(uri.clone()))?
                .records;
            for entry in &entries {
                let file = &entry["data_file"];
                if entry["status"].as_i64() != Some(ADDED)
                    || file["content"].as_i64().unwrap_or(0) != 0
                {
                    return Err(Violation::NotAdded(uri));
                }
                let data = file["file_path"].as_str().unwrap_or_default();
                if !self.puts.get(data).is_some_and(|p| p.created) {
                    return Err(Violation::ForeignDataFile(data.to_string()));
                }
            }
        }
        Ok(())
    }

    /// Checks a table-data PUT (`if_none_match`: the header's value). Ok(true) when its body
    /// must be kept (a metadata-folder file a commit may point at).
    pub fn check_put(
        &self,
        bucket: &str,
        raw_key: &str,
        if_none_match: Option<&str>,
    ) -> Result<bool, Violation> {
        if !self.appending() {
            return Err(Violation::NotAppending);
        }
        if if_none_match.map(str::trim) != Some("*") {
            return Err(Violation::MayReplace);
        }
        let uri = s3_uri(bucket, raw_key);
        let exists = self.puts.get(&uri).is_some_and(|p| p.created)
            || self
                .tables
                .values()
                .any(|s| s.metadata_location.as_deref() == Some(uri.as_str()));
        if exists {
            return Err(Violation::Exists(uri));
        }
        let named_warehouse = self
            .tables
            .iter()
            .any(|(t, s)| s.warehouse_bucket.as_deref() == Some(bucket) && self.names(t));
        if !named_warehouse {
            return Err(Violation::NotNamedWarehouse(bucket.to_string()));
        }
        Ok(raw_key.starts_with("metadata/") || raw_key.contains("/metadata/"))
    }

    pub fn put_sent(&mut self, uri: String, body: Option<Bytes>) {
        self.puts.insert(
            uri,
            Put {
                body,
                created: false,
            },
        );
    }

    pub fn put_answered(&mut self, uri: &str, status: u16) {
        if let Some(p) = self.puts.get_mut(uri) {
            p.created |= (200..300).contains(&status);
        }
    }

    /// Checks an UpdateTableMetadataLocation of `table` with this body.
    pub fn check_commit(&self, table: &TableKey, body: &[u8]) -> Result<(), Violation> {
        if !self.appending() {
            return Err(Violation::NotAppending);
        }
        let describe = || format!("{}/{}/{}", table.bucket_arn, table.namespace, table.name);
        if !self.names(table) {
            return Err(Violation::NotNamedTable(describe()));
        }
        let seen = self
            .tables
            .get(table)
            .ok_or_else(|| Violation::NotRead(describe()))?;
        let request: Value = serde_json::from_slice(body).map_err(|_| Violation::Body)?;
        let (Some(token), Some(location)) = (
            request["versionToken"].as_str(),
            request["metadataLocation"].as_str(),
        ) else {
            return Err(Violation::Body);
        };
        if token != seen.version_token {
            return Err(Violation::OtherVersion);
        }
        let new_body = self
            .created(location)
            .ok_or_else(|| Violation::NotCreatedHere(location.to_string()))?;
        if bucket_of(location) != seen.warehouse_bucket.as_deref() {
            return Err(Violation::NotCreatedHere(location.to_string()));
        }
        let new: Value = serde_json::from_slice(new_body).map_err(|_| Violation::NotMetadata)?;
        if seen.metadata_location.is_none() {
            return match new["snapshots"].as_array().map_or(0, Vec::len) {
                0 => Ok(()),
                _ => Err(Violation::FirstWithSnapshots),
            };
        }
        let old = seen
            .metadata
            .as_ref()
            .ok_or_else(|| Violation::NotRead(describe()))?;
        let added = extends(old, &new)?;
        self.check_manifests(old, added)
    }

    /// After a commit took, the table's version is no longer the one seen.
    pub fn committed(&mut self, table: &TableKey) {
        self.tables.remove(table);
    }
}

/// A manifest entry's status for a file the snapshot adds.
const ADDED: i64 = 1;

/// The manifest-list fields of a carried manifest that must not change.
const CARRIED_FIELDS: [&str; 6] = [
    "manifest_length",
    "partition_spec_id",
    "content",
    "sequence_number",
    "min_sequence_number",
    "added_snapshot_id",
];

/// The manifest list of the current snapshot of `meta`, if it has one.
fn current_manifest_list(meta: &Value) -> Option<&str> {
    let current = meta["current-snapshot-id"].as_i64()?;
    metadata::find_snapshot(meta, current)?["manifest-list"].as_str()
}

/// Top-level metadata fields an append may change; every other field stays as it was.
const APPEND_CHANGES: [&str; 7] = [
    "snapshots",
    "snapshot-log",
    "metadata-log",
    "current-snapshot-id",
    "last-sequence-number",
    "last-updated-ms",
    "refs",
];

fn object(v: &Value) -> Result<&Map<String, Value>, Violation> {
    v.as_object().ok_or(Violation::NotMetadata)
}

/// Whether `new` is `old` plus one appended snapshot; returns that snapshot.
pub fn extends<'n>(old: &Value, new: &'n Value) -> Result<&'n Value, Violation> {
    let (old_obj, new_obj) = (object(old)?, object(new)?);
    for key in old_obj.keys().chain(new_obj.keys()) {
        if !APPEND_CHANGES.contains(&key.as_str()) && old_obj.get(key) != new_obj.get(key) {
            return Err(Violation::Changed(key.clone()));
        }
    }
    let empty = Vec::new();
    let old_snaps = old["snapshots"].as_array().unwrap_or(&empty);
    let new_snaps = new["snapshots"]
        .as_array()
        .ok_or(Violation::SnapshotCount(0))?;
    for s in old_snaps {
        if !new_snaps.contains(s) {
            return Err(Violation::SnapshotChanged(s["snapshot-id"].to_string()));
        }
    }
    let added: Vec<&Value> = new_snaps
        .iter()
        .filter(|s| !old_snaps.contains(s))
        .collect();
    let [snapshot] = added[..] else {
        return Err(Violation::SnapshotCount(
            new_snaps.len() as i64 - old_snaps.len() as i64,
        ));
    };
    let id = snapshot["snapshot-id"]
        .as_i64()
        .ok_or_else(|| Violation::NewSnapshot("snapshot-id is missing".into()))?;
    if metadata::find_snapshot(old, id).is_some() {
        return Err(Violation::NewSnapshot(format!("id {id} is already taken")));
    }
    let old_current = old["current-snapshot-id"].as_i64().filter(|id| *id >= 0);
    let parent = snapshot["parent-snapshot-id"].as_i64();
    if parent != old_current {
        return Err(Violation::NewSnapshot(format!(
            "parent is {parent:?}, not the current snapshot {old_current:?}"
        )));
    }
    let operation = snapshot["summary"]["operation"].as_str();
    if operation != Some("append") {
        return Err(Violation::NewSnapshot(format!(
            "operation is {operation:?}, not \"append\""
        )));
    }
    let sequence_number = old["last-sequence-number"].as_i64().unwrap_or(0) + 1;
    if snapshot["sequence-number"].as_i64() != Some(sequence_number)
        || new["last-sequence-number"].as_i64() != Some(sequence_number)
    {
        return Err(Violation::NewSnapshot(format!(
            "sequence number is not the table's next one ({sequence_number})"
        )));
    }
    if new["current-snapshot-id"].as_i64() != Some(id) {
        return Err(Violation::NewSnapshot(
            "is not the new current snapshot".into(),
        ));
    }
    let no_refs = Map::new();
    let old_refs = old["refs"].as_object().unwrap_or(&no_refs);
    let new_refs = new["refs"].as_object().unwrap_or(&no_refs);
    for name in old_refs.keys().chain(new_refs.keys()) {
        let expected = if name == "main" {
            Some(serde_json::json!({"snapshot-id": id, "type": "branch"}))
        } else {
            old_refs.get(name).cloned()
        };
        let moved = match (new_refs.get(name), &expected) {
            // `main` may carry retention settings; only where it points and its type matter.
            (Some(r), Some(e)) if name == "main" => {
                r["snapshot-id"] != e["snapshot-id"] || r["type"] != e["type"]
            }
            (r, e) => r != e.as_ref(),
        };
        if moved {
            return Err(Violation::Refs(name.clone()));
        }
    }
    let old_log = old["snapshot-log"].as_array().unwrap_or(&empty);
    let new_log = new["snapshot-log"].as_array().unwrap_or(&empty);
    if !new_log.starts_with(old_log) {
        return Err(Violation::Changed("snapshot-log".into()));
    }
    Ok(snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use s3tables_iceberg::avro_write::{self, Codec};
    use serde_json::json;

    fn old() -> Value {
        json!({
            "format-version": 2, "table-uuid": "u-1", "location": "s3://w--table-s3",
            "last-sequence-number": 1, "last-updated-ms": 10, "last-column-id": 2,
            "current-schema-id": 0,
            "schemas": [{"type": "struct", "schema-id": 0, "fields": [
                {"id": 1, "name": "id", "required": false, "type": "long"},
                {"id": 2, "name": "v", "required": false, "type": "string"}]}],
            "default-spec-id": 0, "partition-specs": [{"spec-id": 0, "fields": []}],
            "last-partition-id": 999, "properties": {"k": "v"},
            "current-snapshot-id": 5,
            "snapshots": [{"snapshot-id": 5, "sequence-number": 1, "timestamp-ms": 9,
                "manifest-list": "s3://w--table-s3/metadata/snap-5.avro",
                "summary": {"operation": "append"}}],
            "snapshot-log": [{"snapshot-id": 5, "timestamp-ms": 9}],
            "metadata-log": [],
            "refs": {"main": {"snapshot-id": 5, "type": "branch"}, "t": {"snapshot-id": 5, "type": "tag"}},
        })
    }

    fn appended(old: &Value) -> Value {
        let mut new = old.clone();
        new["snapshots"].as_array_mut().unwrap().push(json!({
            "snapshot-id": 7, "parent-snapshot-id": 5, "sequence-number": 2, "timestamp-ms": 20,
            "manifest-list": "s3://w--table-s3/metadata/snap-7.avro",
            "summary": {"operation": "append"}}));
        new["snapshot-log"]
            .as_array_mut()
            .unwrap()
            .push(json!({"snapshot-id": 7, "timestamp-ms": 20}));
        new["current-snapshot-id"] = json!(7);
        new["last-sequence-number"] = json!(2);
        new["refs"]["main"]["snapshot-id"] = json!(7);
        new
    }

    #[test]
    fn an_append_extends() {
        let old = old();
        let new = appended(&old);
        assert_eq!(extends(&old, &new).unwrap()["snapshot-id"], 7);
    }

    #[test]
    fn anything_else_is_named() {
        let old = old();
        type Change = Box<dyn Fn(&mut Value)>;
        let cases: Vec<(Change, Violation)> = vec![
            (
                Box::new(|n| {
                    n["schemas"][0]["fields"]
                        .as_array_mut()
                        .unwrap()
                        .truncate(1)
                }),
                Violation::Changed("schemas".into()),
            ),
            (
                Box::new(|n| n["table-uuid"] = json!("other")),
                Violation::Changed("table-uuid".into()),
            ),
            (
                Box::new(|n| n["properties"]["k"] = json!("w")),
                Violation::Changed("properties".into()),
            ),
            (
                Box::new(|n| {
                    n.as_object_mut()
                        .unwrap()
                        .insert("statistics".into(), json!([]));
                }),
                Violation::Changed("statistics".into()),
            ),
            (
                Box::new(|n| {
                    n["snapshots"].as_array_mut().unwrap().remove(0);
                }),
                Violation::SnapshotChanged("5".into()),
            ),
            (
                Box::new(|n| n["snapshots"][1]["summary"]["operation"] = json!("overwrite")),
                Violation::NewSnapshot("operation is Some(\"overwrite\"), not \"append\"".into()),
            ),
            (
                Box::new(|n| n["snapshots"][1]["parent-snapshot-id"] = json!(4)),
                Violation::NewSnapshot(
                    "parent is Some(4), not the current snapshot Some(5)".into(),
                ),
            ),
            (
                Box::new(|n| n["refs"]["t"]["snapshot-id"] = json!(7)),
                Violation::Refs("t".into()),
            ),
            (
                Box::new(|n| n["refs"]["main"]["snapshot-id"] = json!(5)),
                Violation::Refs("main".into()),
            ),
            (
                Box::new(|n| n["current-snapshot-id"] = json!(5)),
                Violation::NewSnapshot("is not the new current snapshot".into()),
            ),
        ];
        for (change, violation) in cases {
            let mut new = appended(&old);
            change(&mut new);
            assert_eq!(extends(&old, &new).unwrap_err(), violation);
        }
        // Older metadata, or the same, is no append.
        assert_eq!(
            extends(&appended(&old), &old).unwrap_err(),
            Violation::SnapshotChanged("7".into())
        );
        assert_eq!(
            extends(&old, &old).unwrap_err(),
            Violation::SnapshotCount(0)
        );
    }

    fn append_grant() -> Grants {
        Grants {
            writes: Grants::parse_write_list("append_rows_to_table").unwrap(),
            ..Grants::default()
        }
    }

    #[test]
    fn only_a_granted_appending_tool_appends() {
        let args = json!({});
        assert!(Ledger::new(
            CallScope::of_call("append_rows_to_table", &args),
            &append_grant()
        )
        .appending());
        assert!(!Ledger::new(
            CallScope::of_call("import_csv_to_table", &args),
            &append_grant()
        )
        .appending());
        assert!(!Ledger::new(
            CallScope::of_call("append_rows_to_table", &args),
            &Grants::default()
        )
        .appending());
        assert!(!Ledger::new(CallScope::default(), &append_grant()).appending());
    }

    fn table() -> TableKey {
        TableKey {
            bucket_arn: "arn:b".into(),
            namespace: "ns".into(),
            name: "t".into(),
        }
    }

    /// A ledger that saw the table located and its metadata read, in an appending call.
    fn ledger() -> Ledger {
        let args = json!({"table_bucket_arn": "arn:b", "namespace": "ns", "name": "t"});
        let mut l = Ledger::new(
            CallScope::of_call("append_rows_to_table", &args),
            &append_grant(),
        );
        l.saw_table(
            Some(table()),
            &json!({"versionToken": "v1",
            "metadataLocation": "s3://w--table-s3/metadata/1.metadata.json",
            "warehouseLocation": "s3://w--table-s3"}),
        );
        l.saw_object(
            "s3://w--table-s3/metadata/1.metadata.json",
            old().to_string().as_bytes(),
        );
        let list = manifest_list(&[listed("s3://w--table-s3/metadata/m5.avro", 5)]);
        assert!(l.wants_read("s3://w--table-s3/metadata/snap-5.avro"));
        l.saw_object("s3://w--table-s3/metadata/snap-5.avro", &list);
        l
    }

    fn put(l: &mut Ledger, key: &str, body: &[u8]) {
        let keep = l.check_put("w--table-s3", key, Some("*")).unwrap();
        let uri = s3_uri("w--table-s3", key);
        l.put_sent(uri.clone(), keep.then(|| Bytes::copy_from_slice(body)));
        l.put_answered(&uri, 200);
    }

    #[test]
    fn puts_are_new_objects_in_a_named_warehouse() {
        let l = ledger();
        assert_eq!(
            l.check_put("w--table-s3", "data/a.parquet", None),
            Err(Violation::MayReplace)
        );
        assert_eq!(
            l.check_put("w--table-s3", "data/a.parquet", Some("*")),
            Ok(false)
        );
        assert_eq!(
            l.check_put("w--table-s3", "metadata/2.metadata.json", Some("*")),
            Ok(true)
        );
        assert_eq!(
            l.check_put("w--table-s3", "metadata/1.metadata.json", Some("*")),
            Err(Violation::Exists(
                "s3://w--table-s3/metadata/1.metadata.json".into()
            ))
        );
        assert_eq!(
            l.check_put("x--table-s3", "data/a.parquet", Some("*")),
            Err(Violation::NotNamedWarehouse("x--table-s3".into()))
        );
        let other = Ledger::new(CallScope::of_call("get_table", &json!({})), &append_grant());
        assert_eq!(
            other.check_put("w--table-s3", "data/a", Some("*")),
            Err(Violation::NotAppending)
        );
    }

    fn avro_file(schema: Value, records: &[Value]) -> Vec<u8> {
        avro_write::write(&schema, &[], records, Codec::Null).unwrap()
    }

    fn manifest_list(records: &[Value]) -> Vec<u8> {
        let long = |n: &str| json!({"name": n, "type": "long"});
        let int = |n: &str| json!({"name": n, "type": "int"});
        let schema = json!({"type": "record", "name": "manifest_file", "fields": [
            {"name": "manifest_path", "type": "string"}, long("manifest_length"),
            int("partition_spec_id"), int("content"), long("sequence_number"),
            long("min_sequence_number"), long("added_snapshot_id")]});
        avro_file(schema, records)
    }

    fn listed(path: &str, snapshot: i64) -> Value {
        json!({"manifest_path": path, "manifest_length": 100, "partition_spec_id": 0,
            "content": 0, "sequence_number": 1, "min_sequence_number": 1,
            "added_snapshot_id": snapshot})
    }

    /// A manifest of `(status, content, data file)` entries.
    fn manifest(entries: &[(i64, i64, &str)]) -> Vec<u8> {
        let schema = json!({"type": "record", "name": "manifest_entry", "fields": [
            {"name": "status", "type": "int"},
            {"name": "data_file", "type": {"type": "record", "name": "r2", "fields": [
                {"name": "content", "type": "int"}, {"name": "file_path", "type": "string"}]}}]});
        let records: Vec<Value> = entries
            .iter()
            .map(|(status, content, path)| {
                json!({"status": status, "data_file": {"content": content, "file_path": path}})
            })
            .collect();
        avro_file(schema, &records)
    }

    const W: &str = "s3://w--table-s3";

    fn commit(loc: &str, token: &str) -> Vec<u8> {
        json!({"versionToken": token, "metadataLocation": loc})
            .to_string()
            .into_bytes()
    }

    #[test]
    fn a_commit_must_point_at_an_extension_written_in_the_call() {
        let mut l = ledger();
        let new_loc = format!("{W}/metadata/2.metadata.json");
        // Not written in this call.
        assert_eq!(
            l.check_commit(&table(), &commit(&new_loc, "v1")),
            Err(Violation::NotCreatedHere(new_loc.clone()))
        );
        put(
            &mut l,
            "metadata/2.metadata.json",
            appended(&old()).to_string().as_bytes(),
        );
        // Its manifest list was not written in this call either.
        assert!(matches!(
            l.check_commit(&table(), &commit(&new_loc, "v1")),
            Err(Violation::NewSnapshot(_))
        ));
        put(&mut l, "data/a.parquet", b"");
        put(
            &mut l,
            "metadata/m7.avro",
            &manifest(&[(ADDED, 0, &format!("{W}/data/a.parquet"))]),
        );
        let carried = listed(&format!("{W}/metadata/m5.avro"), 5);
        let new = listed(&format!("{W}/metadata/m7.avro"), 7);
        put(
            &mut l,
            "metadata/snap-7.avro",
            &manifest_list(&[carried, new]),
        );
        assert_eq!(l.check_commit(&table(), &commit(&new_loc, "v1")), Ok(()));
        assert_eq!(
            l.check_commit(&table(), &commit(&new_loc, "v0")),
            Err(Violation::OtherVersion)
        );
        // A copy of older metadata written as a new file.
        put(
            &mut l,
            "metadata/3.metadata.json",
            old().to_string().as_bytes(),
        );
        assert_eq!(
            l.check_commit(
                &table(),
                &commit(&format!("{W}/metadata/3.metadata.json"), "v1")
            ),
            Err(Violation::SnapshotCount(0))
        );
        let other = TableKey {
            name: "u".into(),
            ..table()
        };
        assert_eq!(
            l.check_commit(&other, &commit(&new_loc, "v1")),
            Err(Violation::NotNamedTable("arn:b/ns/u".into()))
        );
    }

    #[test]
    fn the_new_snapshot_keeps_every_manifest_and_only_adds_files_of_this_call() {
        let data = format!("{W}/data/a.parquet");
        let carried = listed(&format!("{W}/metadata/m5.avro"), 5);
        let new = listed(&format!("{W}/metadata/m7.avro"), 7);
        let check = |list: &[Value], manifest_bytes: &[u8], with_data: bool| {
            let mut l = ledger();
            put(
                &mut l,
                "metadata/2.metadata.json",
                appended(&old()).to_string().as_bytes(),
            );
            if with_data {
                put(&mut l, "data/a.parquet", b"");
            }
            put(&mut l, "metadata/m7.avro", manifest_bytes);
            put(&mut l, "metadata/snap-7.avro", &manifest_list(list));
            l.check_commit(
                &table(),
                &commit(&format!("{W}/metadata/2.metadata.json"), "v1"),
            )
        };
        let both = [carried.clone(), new.clone()];
        assert_eq!(check(&both, &manifest(&[(ADDED, 0, &data)]), true), Ok(()));
        assert_eq!(
            check(
                std::slice::from_ref(&new),
                &manifest(&[(ADDED, 0, &data)]),
                true
            ),
            Err(Violation::DropsManifest(format!("{W}/metadata/m5.avro")))
        );
        let mut changed = carried.clone();
        changed["added_snapshot_id"] = json!(4);
        assert_eq!(
            check(
                &[changed, new.clone()],
                &manifest(&[(ADDED, 0, &data)]),
                true
            ),
            Err(Violation::DropsManifest(format!("{W}/metadata/m5.avro")))
        );
        let m7 = format!("{W}/metadata/m7.avro");
        for entries in [
            [(2, 0, data.as_str())],
            [(0, 0, data.as_str())],
            [(ADDED, 1, data.as_str())],
        ] {
            assert_eq!(
                check(&both, &manifest(&entries), true),
                Err(Violation::NotAdded(m7.clone()))
            );
        }
        assert_eq!(
            check(&both, &manifest(&[(ADDED, 0, &data)]), false),
            Err(Violation::ForeignDataFile(data.clone()))
        );
        let foreign = listed(&format!("{W}/metadata/m-old.avro"), 3);
        assert_eq!(
            check(&[carried, foreign], &manifest(&[(ADDED, 0, &data)]), true),
            Err(Violation::ForeignManifest(format!(
                "{W}/metadata/m-old.avro"
            )))
        );
    }

    #[test]
    fn a_table_named_by_arn_is_known_once_the_service_resolves_it() {
        let arn = "arn:b/table/0001";
        let mut l = Ledger::new(
            CallScope::of_call("append_rows_to_table", &json!({"table_arn": arn})),
            &append_grant(),
        );
        assert!(!l.names(&table()));
        l.saw_table(
            None,
            &json!({"tableARN": arn, "namespace": ["ns"], "name": "t", "versionToken": "v1"}),
        );
        assert!(l.names(&table()));
        // Another table's answer does not make it named.
        l.saw_table(
            None,
            &json!({"tableARN": "arn:b/table/0002", "namespace": ["ns"], "name": "u"}),
        );
        assert!(!l.names(&TableKey {
            name: "u".into(),
            ..table()
        }));
    }
}
