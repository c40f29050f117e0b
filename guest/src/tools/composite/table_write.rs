//! Appending rows to an Iceberg table, shared by the tools that write table data: the rows
//! (already converted to the table's schema) are grouped by partition and written as zstd
//! Parquet files, listed in one new manifest, and committed as a new snapshot — a new manifest
//! list and metadata file, then UpdateTableMetadataLocation with the version token read with
//! the metadata. On a 409 (another writer committed first) the table is read again and only
//! the manifest list and metadata file are rebuilt on the new parent, at most
//! `MAX_COMMIT_ATTEMPTS` times: data files and the manifest stay valid (their sequence numbers
//! are inherited). Nothing is ever deleted: if the commit does not happen, the files written
//! are listed in the error (the table does not reference them; S3 Tables' unreferenced file
//! removal cleans them up).
//!
//! Exactly once: every try uses the same snapshot id and its own manifest list, and the
//! snapshot records the call's client token. After a 409 or a lost answer the table is read
//! again: if it holds this call's snapshot, the append took (a retry of a try whose answer was
//! lost meets a 409 although the first one committed). If the table's version token is still
//! one a try sent, that try may yet land, so it is tried again on the same base (at most one of
//! them can take) and, out of tries, the answer says the outcome is unknown and how to check.
//! A call whose client token the table already holds appends nothing.

use super::table_meta::{load, Loaded, TableRef};
use super::table_read::warehouse_object;
use super::Failure;
use crate::aws::{CallError, Client};
use crate::http::TransportError;
use crate::iceberg::write::manifest::{self, NewDataFile, NewManifest, TableContext};
use crate::iceberg::write::partition::{PartitionKey, PartitionSpec};
use crate::iceberg::write::rows::RowError;
use crate::iceberg::write::snapshot::{self, NewSnapshot};
use crate::iceberg::write::{parquet_file, Datum, Row};
use crate::iceberg::{avro, describe, metadata};
use crate::s3::{Purpose, S3Location, S3};
use serde_json::{json, Map, Value};
use std::time::{Duration, UNIX_EPOCH};

/// Row errors listed in one answer.
const MAX_REPORTED_ERRORS: usize = 20;

/// Commits tried before giving up on a table that keeps changing underneath.
pub const MAX_COMMIT_ATTEMPTS: u32 = 5;

/// What an append did.
pub struct Appended {
    pub snapshot_id: i64,
    pub sequence_number: i64,
    pub metadata_location: String,
    pub data_files: Vec<String>,
    pub rows: u64,
    pub commit_attempts: u32,
    /// An earlier call with the same client token had committed these rows; nothing was written.
    pub already_appended: bool,
    /// The commit's answer was lost (or a retry met a 409) and reading the table showed it took.
    pub confirmed_by_reading: bool,
}

/// The table an append goes to, as first read.
pub struct Target<'a> {
    pub client: &'a Client<'a>,
    /// The tool appending (for messages).
    pub tool: &'a str,
    /// Recorded in the snapshot: a call with the same token appends nothing again.
    pub client_token: &'a str,
    pub region: &'a str,
    pub table: TableRef<'a>,
    pub loaded: Loaded,
}

impl Target<'_> {
    /// The schema rows must be converted to: the current one.
    pub fn schema(&self) -> Result<&Value, Failure> {
        describe::current_schema(&self.loaded.meta)
            .ok_or_else(|| Failure::Tool("The table's metadata has no current schema.".into()))
    }
}

/// The answer when rows do not fit the table: the first problems, each named by `label`
/// (`row 3, field \`price\`: …`), and how many more there are. `what` says what was written
/// anyway (e.g. a table created empty), if anything.
pub fn rows_rejected(
    errors: &[RowError],
    what: &str,
    label: impl Fn(&RowError) -> String,
) -> Failure {
    let problems: Vec<String> = errors.iter().map(label).collect();
    values_rejected(&problems, what, &[])
}

/// [`rows_rejected`] for problems already labelled, found after `written` data files were
/// written for the append (a long import meets a bad value late): they are named, since the
/// table does not reference them.
pub fn values_rejected(problems: &[String], what: &str, written: &[String]) -> Failure {
    let shown: Vec<String> = problems
        .iter()
        .take(MAX_REPORTED_ERRORS)
        .map(|e| format!("- {e}"))
        .collect();
    let more = match problems.len().saturating_sub(MAX_REPORTED_ERRORS) {
        0 => String::new(),
        n => format!("\n… and {n} more"),
    };
    let head = if written.is_empty() {
        format!("Nothing was written{what}")
    } else {
        format!(
            "Nothing was committed{what}; the table is unchanged. These data files were written before the problems were found and are not referenced by the table (S3 Tables' unreferenced file removal deletes such files): {}. The problems",
            written.join(", ")
        )
    };
    Failure::Tool(format!(
        "{head}: {} problem(s) with the values against the table's schema:\n{}{more}",
        problems.len(),
        shown.join("\n"),
    ))
}

/// Longest client token accepted (the length of idempotency tokens in AWS APIs).
const MAX_CLIENT_TOKEN: usize = 64;

/// The call's client token: the one given (checked), or a fresh one — every append records
/// one, so that a call whose outcome is unknown can always be repeated safely with it.
pub fn client_token(client: &Client, given: Option<String>) -> Result<String, Failure> {
    match given {
        None => Ok(snapshot::uuid(
            client.clock.random_u64(),
            client.clock.random_u64(),
        )),
        Some(t)
            if (1..=MAX_CLIENT_TOKEN).contains(&t.len())
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b)) =>
        {
            Ok(t)
        }
        Some(t) => Err(Failure::Tool(format!(
            "`client_token` {t:?} must be 1 to {MAX_CLIENT_TOKEN} characters of A-Z, a-z, 0-9, `-`, `_`, `.`, `:`. Nothing was written."
        ))),
    }
}

/// Now, in epoch milliseconds (Iceberg's timestamps).
pub fn now_ms(client: &Client) -> i64 {
    client
        .clock
        .now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Files this append has put, for the report if it does not commit.
#[derive(Default)]
struct Written(Vec<String>);

impl Written {
    fn fail_with(&self, failure: Failure) -> Failure {
        match failure {
            Failure::Tool(why) | Failure::Schema(why) => self.fail(why),
        }
    }

    /// The answer when the commit certainly did not happen.
    fn fail(&self, why: String) -> Failure {
        let why = why.trim_end_matches('.');
        if self.0.is_empty() {
            return Failure::Tool(format!(
                "{why}. Nothing was written; the table is unchanged."
            ));
        }
        Failure::Tool(format!(
            "{why}. The table is unchanged: no snapshot was committed. These files were written and are not referenced by the table (S3 Tables' unreferenced file removal deletes such files): {}",
            self.0.join(", ")
        ))
    }

    /// The answer when a commit was sent and whether it took cannot be told: never
    /// "unchanged", and how to find out.
    fn unknown(&self, why: &str, snapshot_id: i64, sent: &[Sent], client_token: &str) -> Failure {
        let locations: Vec<&str> = sent.iter().map(|s| s.metadata_location.as_str()).collect();
        Failure::Tool(format!(
            "The outcome of this append is UNKNOWN: {}. The commit was sent and may have taken. To find out, look for snapshot {snapshot_id} in the table (describe_table, or get_table_metadata_location: a current metadata location of {} means it took). Calling append again with client_token {client_token:?} is safe: it appends only if this snapshot is not in the table. Files written: {}",
            why.trim_end_matches('.'),
            locations.join(" or "),
            self.0.join(", ")
        ))
    }
}

/// Writes `rows` (converted to `target.schema()`) and commits them as one snapshot — or finds
/// the snapshot an earlier call with the same client token committed, and writes nothing.
pub fn append(target: &Target, rows: Vec<Row>) -> Result<Appended, Failure> {
    if let Some(earlier) = earlier_append(target) {
        return Ok(earlier);
    }
    let mut writer = Writer::new(target)?;
    writer.add(rows)?;
    writer.commit()
}

/// What an earlier call with this call's client token appended, if the table holds it.
pub fn earlier_append(target: &Target) -> Option<Appended> {
    snapshot::find_by_client_token(&target.loaded.meta, target.client_token)
        .map(|earlier| already_appended(target, earlier))
}

/// Rows held before they are written as data files, estimated as they sit in memory: when a
/// batch takes them over, the biggest partition's rows become a data file. Bounds what a
/// long import holds (the guest's memory is `--memory-limit-mib`, 256 MiB by default).
const BUFFERED_ROW_BYTES: usize = 48 << 20;

/// The data files of one append, written as rows come (a partition's rows become a file when
/// they are many), then committed as one snapshot ([`Writer::commit`]).
pub struct Writer<'t> {
    target: &'t Target<'t>,
    s3: S3<'t>,
    schema: &'t Value,
    spec: &'t Value,
    location: String,
    partitioning: PartitionSpec,
    /// The partition spec of the parent snapshot's, which the new manifest is written with.
    spec_id: i64,
    snapshot_id: i64,
    /// Rows not written yet, by partition, with their estimated size.
    buffered: Vec<(PartitionKey, Vec<Row>, usize)>,
    buffered_bytes: usize,
    files: Vec<NewDataFile>,
    written: Written,
}

impl<'t> Writer<'t> {
    pub fn new(target: &'t Target<'t>) -> Result<Self, Failure> {
        let written = Written::default();
        let meta = &target.loaded.meta;
        let parent =
            snapshot::parent(meta).map_err(|e| written.fail(format!("Cannot append: {e}")))?;
        let schema = target.schema()?;
        let spec = partition_spec(meta, parent.spec_id)?;
        let location = table_location(&target.loaded)?;
        let partitioning = PartitionSpec::parse(spec, schema)
            .map_err(|e| written.fail(format!("Cannot append: {e}")))?;
        Ok(Writer {
            target,
            s3: S3::new(target.client, target.region),
            schema,
            spec,
            location,
            partitioning,
            spec_id: parent.spec_id,
            snapshot_id: snapshot::snapshot_id(target.client.clock.random_u64()),
            buffered: Vec::new(),
            buffered_bytes: 0,
            files: Vec::new(),
            written,
        })
    }

    /// The files written so far (not part of the table until the commit).
    pub fn files_written(&self) -> &[String] {
        &self.written.0
    }

    /// The answer when this append stops before its commit.
    pub fn fail(&self, why: String) -> Failure {
        self.written.fail(why)
    }

    /// Takes `rows` (converted to the schema); writes data files when too many are held.
    pub fn add(&mut self, rows: Vec<Row>) -> Result<(), Failure> {
        let groups = self
            .partitioning
            .group(rows)
            .map_err(|e| self.written.fail(format!("Cannot append: {e}")))?;
        for (key, mut rows) in groups {
            let bytes: usize = rows.iter().map(row_bytes).sum();
            self.buffered_bytes += bytes;
            match self.buffered.iter_mut().find(|(k, ..)| *k == key) {
                Some((_, held, size)) => {
                    held.append(&mut rows);
                    *size += bytes;
                }
                None => self.buffered.push((key, rows, bytes)),
            }
        }
        while self.buffered_bytes > BUFFERED_ROW_BYTES {
            let biggest = (0..self.buffered.len())
                .max_by_key(|&i| self.buffered[i].2)
                .unwrap_or_default();
            let (key, rows, bytes) = self.buffered.swap_remove(biggest);
            self.buffered_bytes -= bytes;
            self.write_file(&key, rows)?;
        }
        Ok(())
    }

    fn write_file(&mut self, key: &PartitionKey, rows: Vec<Row>) -> Result<(), Failure> {
        let written = &mut self.written;
        let data = parquet_file::write(self.schema, &rows)
            .map_err(|e| written.fail(format!("Could not write a data file: {e}")))?;
        drop(rows);
        let dir = match self.partitioning.path(key) {
            p if p.is_empty() => "data".to_string(),
            p => format!("data/{p}"),
        };
        let random = || self.target.client.clock.random_u64();
        let path = format!(
            "{}/{dir}/{:05}-{}-{}.parquet",
            self.location,
            self.files.len(),
            self.snapshot_id,
            snapshot::uuid(random(), random())
        );
        let size = data.bytes.len() as u64;
        let partition = self
            .partitioning
            .record(key)
            .map_err(|e| written.fail(format!("Cannot append: {e}")))?;
        put(&self.s3, &path, data.bytes, written)?;
        self.files.push(NewDataFile {
            path,
            size,
            record_count: data.record_count,
            partition,
            metrics: data.metrics,
        });
        Ok(())
    }

    /// Writes the rows still held and commits every file as one snapshot.
    pub fn commit(mut self) -> Result<Appended, Failure> {
        for (key, rows, _) in std::mem::take(&mut self.buffered) {
            self.write_file(&key, rows)?;
        }
        let Writer {
            target,
            s3,
            schema,
            spec,
            location,
            partitioning,
            spec_id,
            snapshot_id,
            files,
            mut written,
            ..
        } = self;
        let client = target.client;
        let random = || client.clock.random_u64();
        let context = TableContext {
            schema,
            spec,
            partition_schema: partitioning.avro_schema(),
        };
        let manifest_bytes = manifest::manifest(&context, snapshot_id, &files)
            .map_err(|e| written.fail(format!("Could not write the manifest: {e}")))?;
        let manifest_path = format!(
            "{location}/metadata/{}-m0.avro",
            snapshot::uuid(random(), random())
        );
        let manifest_length = manifest_bytes.len() as u64;
        put(&s3, &manifest_path, manifest_bytes, &mut written)?;
        let new_manifest = NewManifest {
            path: &manifest_path,
            length: manifest_length,
            spec_id,
            files: &files,
        };
        let mut sent = Vec::<Sent>::new();
        let mut current = None::<Loaded>;
        for attempt in 1..=MAX_COMMIT_ATTEMPTS {
            let loaded = current.as_ref().unwrap_or(&target.loaded);
            let unclear = match commit_once(
                target,
                loaded,
                &location,
                &new_manifest,
                snapshot_id,
                attempt,
                &mut written,
            )? {
                Commit::Done(done) => {
                    return Ok(appended(&files, snapshot_id, done, attempt, false));
                }
                Commit::Unclear { sent: tried, why } => {
                    sent.push(tried);
                    why
                }
            };
            // A 409, or no answer: read the table to learn whether one of this call's commits
            // is in it (the answer to an earlier try may have been lost and the retry refused).
            let reloaded = match load(client, target.tool, &target.table, target.region) {
                Ok(reloaded) => reloaded,
                Err(failure) => {
                    return Err(written.unknown(
                        &format!(
                            "{unclear}; reading the table back to check then failed: {}",
                            failure.message()
                        ),
                        snapshot_id,
                        &sent,
                        target.client_token,
                    ))
                }
            };
            if let Some(done) = own_commit(&reloaded.meta, snapshot_id, &sent) {
                return Ok(appended(&files, snapshot_id, done, attempt, true));
            }
            if let Some(earlier) =
                snapshot::find_by_client_token(&reloaded.meta, target.client_token)
            {
                // Another call with the same token committed while this one was writing.
                return Ok(already_appended(target, earlier));
            }
            // A pending try can still land only while the table's version token is one it sent.
            let token = reloaded.located["versionToken"].as_str();
            let may_still_land = sent.iter().any(|s| Some(s.version_token.as_str()) == token);
            if attempt == MAX_COMMIT_ATTEMPTS {
                if may_still_land {
                    return Err(written.unknown(&unclear, snapshot_id, &sent, target.client_token));
                }
                break;
            }
            check_unchanged_layout(&target.loaded.meta, &reloaded.meta, snapshot_id)
                .map_err(|why| written.fail(why))?;
            // Back off a little (another writer won the race, or the service is struggling),
            // then commit again on top of what the table is now.
            let jitter = client.clock.random();
            client.clock.sleep(Duration::from_millis(
                50 * u64::from(attempt) + (jitter * 50.0) as u64,
            ));
            current = Some(reloaded);
        }
        Err(written.fail(format!(
        "The commit lost to other writers {MAX_COMMIT_ATTEMPTS} times in a row (HTTP 409 ConflictException each time); try again"
    )))
    }
}

/// The answer for a call whose client token an earlier snapshot already carries.
fn already_appended(target: &Target, earlier: &Value) -> Appended {
    let count = |key: &str| {
        earlier["summary"][key]
            .as_str()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    Appended {
        snapshot_id: earlier["snapshot-id"].as_i64().unwrap_or_default(),
        sequence_number: earlier["sequence-number"].as_i64().unwrap_or_default(),
        metadata_location: target.loaded.metadata_location.clone(),
        data_files: Vec::new(),
        rows: count("added-records"),
        commit_attempts: 0,
        already_appended: true,
        confirmed_by_reading: false,
    }
}

fn appended(
    files: &[NewDataFile],
    snapshot_id: i64,
    done: Done,
    attempt: u32,
    confirmed_by_reading: bool,
) -> Appended {
    Appended {
        snapshot_id,
        sequence_number: done.sequence_number,
        metadata_location: done.metadata_location,
        rows: files.iter().map(|f| f.record_count).sum(),
        data_files: files.iter().map(|f| f.path.clone()).collect(),
        commit_attempts: attempt,
        already_appended: false,
        confirmed_by_reading,
    }
}

/// A commit this call sent (its answer a 409 or lost).
struct Sent {
    version_token: String,
    metadata_location: String,
    manifest_list: String,
    sequence_number: i64,
}

/// A commit that took.
struct Done {
    sequence_number: i64,
    metadata_location: String,
}

enum Commit {
    Done(Done),
    /// Refused with a 409, or sent without a usable answer: whether it took is for the table
    /// to tell.
    Unclear {
        sent: Sent,
        why: String,
    },
}

/// The commit of this call that the table holds, if any: the snapshot with this call's id
/// and one of the manifest lists it wrote.
fn own_commit(meta: &Value, snapshot_id: i64, sent: &[Sent]) -> Option<Done> {
    let snapshot = metadata::find_snapshot(meta, snapshot_id)?;
    let list = snapshot["manifest-list"].as_str()?;
    let tried = sent.iter().find(|s| s.manifest_list == list)?;
    Some(Done {
        sequence_number: tried.sequence_number,
        metadata_location: tried.metadata_location.clone(),
    })
}

/// One try: manifest list and metadata file on `loaded`'s snapshot, then the pointer swap.
#[allow(clippy::too_many_arguments)]
fn commit_once(
    target: &Target,
    loaded: &Loaded,
    location: &str,
    new_manifest: &NewManifest,
    snapshot_id: i64,
    attempt: u32,
    written: &mut Written,
) -> Result<Commit, Failure> {
    let client = target.client;
    let s3 = S3::new(client, target.region);
    let meta = &loaded.meta;
    let parent = snapshot::parent(meta).map_err(|e| written.fail(format!("Cannot append: {e}")))?;
    let carried = match parent.snapshot_id {
        None => Vec::new(),
        Some(id) => parent_manifests(&s3, loaded, id).map_err(|f| written.fail_with(f))?,
    };
    let sequence_number = parent.sequence_number + 1;
    let list = manifest::manifest_list(
        new_manifest,
        snapshot_id,
        parent.snapshot_id,
        sequence_number,
        &carried,
    )
    .map_err(|e| written.fail(format!("Could not write the manifest list: {e}")))?;
    let random = || client.clock.random_u64();
    let list_path = format!(
        "{location}/metadata/snap-{snapshot_id}-{attempt}-{}.avro",
        snapshot::uuid(random(), random())
    );
    put(&s3, &list_path, list, written)?;
    let now_ms = now_ms(client);
    let files = new_manifest.files;
    let new_snapshot = NewSnapshot {
        snapshot_id,
        manifest_list: &list_path,
        timestamp_ms: now_ms,
        added_files: files.len() as u64,
        added_records: files.iter().map(|f| f.record_count).sum(),
        added_files_size: files.iter().map(|f| f.size).sum(),
        // One data file per partition written to.
        changed_partitions: files.len() as u64,
        client_token: target.client_token,
    };
    let next = snapshot::next_metadata(meta, &loaded.metadata_location, &new_snapshot)
        .map_err(|e| written.fail(format!("Cannot append: {e}")))?;
    let metadata_location = format!(
        "{location}/metadata/{}",
        snapshot::next_metadata_name(
            &loaded.metadata_location,
            &snapshot::uuid(random(), random())
        )
    );
    let body = serde_json::to_vec(&next).map_err(|e| written.fail(e.to_string()))?;
    put(&s3, &metadata_location, body, written)?;
    let Some(version_token) = loaded.located["versionToken"].as_str() else {
        return Err(written.fail("GetTableMetadataLocation returned no versionToken".into()));
    };
    let op = s3tables_ops::find("UpdateTableMetadataLocation")
        .expect("catalog has UpdateTableMetadataLocation");
    let mut input: Map<String, Value> = loaded.input.clone();
    input.insert("versionToken".into(), json!(version_token));
    input.insert("metadataLocation".into(), json!(metadata_location));
    let sent = Sent {
        version_token: version_token.to_string(),
        metadata_location,
        manifest_list: list_path,
        sequence_number,
    };
    match client.call(op, &input, target.region) {
        Ok(_) => Ok(Commit::Done(Done {
            sequence_number,
            metadata_location: sent.metadata_location,
        })),
        Err(e) if sent_without_answer(&e) => Ok(Commit::Unclear {
            sent,
            why: format!("the commit (UpdateTableMetadataLocation) got no usable answer: {e}"),
        }),
        Err(e) => Err(written.fail(format!(
            "The commit (UpdateTableMetadataLocation) failed: {e}"
        ))),
    }
}

/// Whether a failed commit may have reached the service and taken: a 409 (perhaps the retry
/// of a try whose answer was lost), a 5xx, a broken or timed-out exchange. Anything else was
/// refused outright, or never sent.
fn sent_without_answer(e: &CallError) -> bool {
    match e {
        CallError::Service { error, .. } => error.status == 409 || error.status >= 500,
        CallError::Transport { source, .. } => !matches!(
            source,
            TransportError::Denied(_) | TransportError::InvalidRequest(_)
        ),
        CallError::Deadline { .. } | CallError::Malformed { .. } => true,
        _ => false,
    }
}

/// The parent snapshot's manifest list records, to carry into the new list.
fn parent_manifests(s3: &S3, loaded: &Loaded, snapshot_id: i64) -> Result<Vec<Value>, Failure> {
    let list = metadata::find_snapshot(&loaded.meta, snapshot_id)
        .and_then(|s| s["manifest-list"].as_str())
        .ok_or_else(|| {
            Failure::Tool(format!(
                "Cannot append: the current snapshot {snapshot_id} has no manifest list in the metadata"
            ))
        })?;
    let location = in_own_warehouse(loaded, list, "manifest list")?;
    let bytes = s3
        .get_object(&location, Purpose::TableData)
        .map_err(|e| Failure::Tool(format!("Cannot append: {e}")))?;
    avro::read(&bytes).map(|c| c.records).map_err(|e| {
        Failure::Tool(format!(
            "Cannot append: the manifest list {list} is unreadable: {e}"
        ))
    })
}

/// A location the table's metadata names, accepted only inside its own warehouse bucket,
/// which a table being written must name.
fn in_own_warehouse(loaded: &Loaded, path: &str, what: &str) -> Result<S3Location, Failure> {
    let warehouse = loaded.located["warehouseLocation"]
        .as_str()
        .ok_or_else(|| {
            Failure::Tool(
                "Cannot append: GetTableMetadataLocation returned no warehouseLocation".into(),
            )
        })?;
    warehouse_object(path, Some(warehouse), what)
}

/// The table's `location`, without a trailing slash, inside its warehouse bucket.
fn table_location(loaded: &Loaded) -> Result<String, Failure> {
    let location = loaded.meta["location"]
        .as_str()
        .ok_or_else(|| Failure::Tool("The table's metadata has no location.".into()))?
        .trim_end_matches('/')
        .to_string();
    in_own_warehouse(loaded, &format!("{location}/metadata/"), "table location")?;
    Ok(location)
}

fn partition_spec(meta: &Value, spec_id: i64) -> Result<&Value, Failure> {
    meta["partition-specs"]
        .as_array()
        .and_then(|specs| {
            specs
                .iter()
                .find(|s| s["spec-id"].as_i64() == Some(spec_id))
        })
        .ok_or_else(|| {
            Failure::Tool(format!(
                "The table's metadata has no partition spec {spec_id} (its default-spec-id)."
            ))
        })
}

/// Rows were converted and partitioned by the first read's schema and spec; a concurrent
/// schema or partitioning change makes them possibly wrong, so the append stops instead.
fn check_unchanged_layout(first: &Value, now: &Value, snapshot_id: i64) -> Result<(), String> {
    for key in ["current-schema-id", "default-spec-id", "format-version"] {
        if first[key] != now[key] {
            return Err(format!(
                "The table's {key} changed while appending ({} → {}); the rows were prepared for the old one",
                first[key], now[key]
            ));
        }
    }
    if metadata::find_snapshot(now, snapshot_id).is_some() {
        return Err(format!(
            "Snapshot id {snapshot_id} was taken by another writer"
        ));
    }
    Ok(())
}

fn put(s3: &S3, path: &str, body: Vec<u8>, written: &mut Written) -> Result<(), Failure> {
    let location = S3Location::parse(path).map_err(|e| written.fail(e.to_string()))?;
    s3.put_object(&location, body)
        .map_err(|e| written.fail(e.to_string()))?;
    written.0.push(path.to_string());
    Ok(())
}

/// What a row takes in memory, roughly: its values and what they point to.
fn row_bytes(row: &Row) -> usize {
    fn heap(d: &Datum) -> usize {
        match d {
            Datum::String(s) => s.len(),
            Datum::Fixed(b) | Datum::Binary(b) => b.len(),
            Datum::Struct(v) | Datum::List(v) => v.iter().map(slot).sum(),
            Datum::Map(entries) => entries
                .iter()
                .map(|(k, v)| std::mem::size_of::<Datum>() + heap(k) + slot(v))
                .sum(),
            _ => 0,
        }
    }
    fn slot(d: &Option<Datum>) -> usize {
        std::mem::size_of::<Option<Datum>>() + d.as_ref().map_or(0, heap)
    }
    std::mem::size_of::<Row>() + row.iter().map(slot).sum::<usize>()
}
