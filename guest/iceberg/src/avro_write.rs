//! A small writer of Avro object container files — Iceberg's manifests and manifest lists —
//! encoding JSON records by an Avro schema given as JSON. It is the counterpart of
//! [`crate::avro::read`] and takes values in the form that reader returns them:
//! records as objects by field name, unions as the branch's bare value, bytes and fixed as
//! lowercase hex, maps as objects, enums as their symbol.
//!
//! The schema is checked before anything is encoded (names defined before use and valid for
//! Java's strict Avro parser, no nested unions or duplicate branches, defaults that fit their
//! field), since a file whose embedded schema Java or PyIceberg refuse is worse than no file.
//! It is embedded exactly as given, extra attributes (Iceberg's `field-id`, …) and field order
//! included (`serde_json` keeps object order in this crate).
//!
//! The sync marker is derived from the file's content (two SipHash digests over the header
//! and the blocks) rather than drawn at random: there is no RNG on the wasm guest, readers
//! only compare it with itself, and the same input then always gives the same bytes.

use flate2::write::DeflateEncoder;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};
use std::io::Write;

const MAGIC: &[u8; 4] = b"Obj\x01";
/// Deeper nesting of schema or value is refused (recursive types would otherwise let a value
/// recurse without bound); the reader has the same limit.
const MAX_DEPTH: usize = 64;
/// A block is closed once its encoded records reach this size, so that no reader has to
/// inflate one huge block (ours refuses blocks over 256 MiB).
const BLOCK_BYTES: usize = 1024 * 1024;
const PRIMITIVES: [&str; 8] = [
    "null", "boolean", "int", "long", "float", "double", "bytes", "string",
];

/// The compression of the file's blocks (Avro's `avro.codec`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Codec {
    #[default]
    Null,
    /// Raw deflate (RFC 1951, no zlib header), as the Avro specification requires.
    Deflate,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Null => "null",
            Codec::Deflate => "deflate",
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AvroWriteError {
    #[error("invalid Avro schema at {path}: {why}")]
    Schema { path: String, why: String },
    /// `path` is the value's place in record number `record` (0-based), e.g.
    /// `partitions[0].lower_bound`.
    #[error("record {record}, {path}: {why}")]
    Value {
        record: usize,
        path: String,
        why: String,
    },
    #[error("file metadata key {0:?} is reserved (avro.*) or repeated")]
    Metadata(String),
    #[error("deflate: {0}")]
    Deflate(String),
}

/// An Avro object container file holding `records`, encoded by `schema`. `metadata` is written
/// into the header besides `avro.schema` and `avro.codec` (Iceberg's `schema`,
/// `partition-spec`, `format-version`, …). No records gives a file with a header only.
pub fn write(
    schema: &Value,
    metadata: &[(&str, String)],
    records: &[Value],
    codec: Codec,
) -> Result<Vec<u8>, AvroWriteError> {
    write_blocks(schema, metadata, records, codec, BLOCK_BYTES)
}

fn write_blocks(
    schema: &Value,
    metadata: &[(&str, String)],
    records: &[Value],
    codec: Codec,
    block_bytes: usize,
) -> Result<Vec<u8>, AvroWriteError> {
    let mut check = SchemaCheck::default();
    check.check(schema, None, &ROOT, 0)?;
    let names = check.names;
    let schema_text = serde_json::to_string(schema).map_err(|e| AvroWriteError::Schema {
        path: "(top level)".into(),
        why: e.to_string(),
    })?;

    let mut header: Vec<(&str, &[u8])> = vec![
        ("avro.schema", schema_text.as_bytes()),
        // Written even for `null`: PyIceberg assumes deflate when it is absent.
        ("avro.codec", codec.name().as_bytes()),
    ];
    for (key, value) in metadata {
        if key.starts_with("avro.") || header.iter().any(|(k, _)| k == key) {
            return Err(AvroWriteError::Metadata(key.to_string()));
        }
        header.push((*key, value.as_bytes()));
    }

    let encoder = Encoder {
        names: &names,
        defaults: false,
    };
    let mut blocks: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut block = Vec::new();
    let mut count = 0;
    for (i, record) in records.iter().enumerate() {
        encoder
            .encode(schema, None, record, &ROOT, 0, &mut block)
            .map_err(|f| AvroWriteError::Value {
                record: i,
                path: f.path,
                why: f.why,
            })?;
        count += 1;
        if block.len() >= block_bytes {
            blocks.push((count, compress(std::mem::take(&mut block), codec)?));
            count = 0;
        }
    }
    if count > 0 {
        blocks.push((count, compress(block, codec)?));
    }

    let mut out = MAGIC.to_vec();
    long(header.len() as i64, &mut out);
    for (key, value) in &header {
        bytes(key.as_bytes(), &mut out);
        bytes(value, &mut out);
    }
    long(0, &mut out);
    let sync = sync_marker(&out, &blocks);
    out.extend_from_slice(&sync);
    for (count, data) in &blocks {
        long(*count as i64, &mut out);
        bytes(data, &mut out);
        out.extend_from_slice(&sync);
    }
    Ok(out)
}

fn compress(block: Vec<u8>, codec: Codec) -> Result<Vec<u8>, AvroWriteError> {
    match codec {
        Codec::Null => Ok(block),
        Codec::Deflate => {
            let deflate = |e: std::io::Error| AvroWriteError::Deflate(e.to_string());
            let mut enc = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            enc.write_all(&block).map_err(deflate)?;
            enc.finish().map_err(deflate)
        }
    }
}

/// 16 bytes from two differently seeded SipHash digests of the header and blocks. (Std's
/// `DefaultHasher` may change between Rust releases; that only changes the marker, which no
/// reader interprets.)
fn sync_marker(header: &[u8], blocks: &[(usize, Vec<u8>)]) -> [u8; 16] {
    let mut sync = [0u8; 16];
    for (seed, half) in sync.chunks_exact_mut(8).enumerate() {
        let mut h = DefaultHasher::new();
        h.write_usize(seed);
        h.write(header);
        for (count, data) in blocks {
            h.write_usize(*count);
            h.write(data);
        }
        half.copy_from_slice(&h.finish().to_le_bytes());
    }
    sync
}

/// Avro's `long`: zigzag, then 7 bits a byte, least significant first.
fn long(n: i64, out: &mut Vec<u8>) {
    let mut v = ((n << 1) ^ (n >> 63)) as u64;
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Length-prefixed bytes (`bytes`, `string`). A slice's length always fits an `i64`.
fn bytes(b: &[u8], out: &mut Vec<u8>) {
    long(b.len() as i64, out);
    out.extend_from_slice(b);
}

/// Where a value (or schema part) is, built on the stack as encoding descends and only
/// rendered to text when there is an error to report.
struct Path<'a>(Option<(&'a Path<'a>, Step<'a>)>);

#[derive(Clone, Copy)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
    Key(&'a str),
    /// A part of a schema that is not a field: `items`, `values`.
    Part(&'static str),
}

const ROOT: Path<'static> = Path(None);

impl<'a> Path<'a> {
    fn then(&'a self, step: Step<'a>) -> Path<'a> {
        Path(Some((self, step)))
    }

    fn render(&self) -> String {
        let mut steps = Vec::new();
        let mut at = self;
        while let Path(Some((parent, step))) = at {
            steps.push(*step);
            at = parent;
        }
        if steps.is_empty() {
            return "(top level)".into();
        }
        let mut out = String::new();
        for step in steps.iter().rev() {
            match step {
                Step::Field(name) if out.is_empty() => out.push_str(name),
                Step::Field(name) => {
                    out.push('.');
                    out.push_str(name);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
                Step::Key(k) => out.push_str(&format!("[{k:?}]")),
                Step::Part(p) => out.push_str(&format!("<{p}>")),
            }
        }
        out
    }
}

/// A value that does not fit its schema.
struct Fail {
    path: String,
    why: String,
}

fn fail(path: &Path, why: impl Into<String>) -> Fail {
    Fail {
        path: path.render(),
        why: why.into(),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn expected(path: &Path, what: &str, got: &Value) -> Fail {
    fail(path, format!("expected {what}, got {}", kind(got)))
}

/// Named types by full name: the definition and the namespace enclosing it (which its own
/// namespace may be inherited from).
type Names<'s> = HashMap<String, (&'s Value, Option<String>)>;

/// A named type's full name and its namespace, by Avro's rules: a dotted name is already
/// full; otherwise the `namespace` attribute (`""` is the null namespace), else the
/// enclosing one.
fn full_name(
    obj: &Map<String, Value>,
    enclosing: Option<&str>,
) -> Option<(String, Option<String>)> {
    let name = obj.get("name")?.as_str()?;
    if let Some((ns, _)) = name.rsplit_once('.') {
        return Some((name.to_string(), Some(ns.to_string())));
    }
    let ns = match obj.get("namespace") {
        Some(Value::String(ns)) => Some(ns.as_str()).filter(|ns| !ns.is_empty()),
        _ => enclosing,
    };
    let full = match ns {
        Some(ns) => format!("{ns}.{name}"),
        None => name.to_string(),
    };
    Some((full, ns.map(str::to_string)))
}

/// A reference to a named type, resolved as Java's parser does: in the enclosing namespace
/// first, then as written.
fn resolve<'n, 's>(
    names: &'n Names<'s>,
    name: &str,
    ns: Option<&str>,
) -> Option<&'n (&'s Value, Option<String>)> {
    let qualified = match ns {
        Some(ns) if !name.contains('.') => names.get(&format!("{ns}.{name}")),
        _ => None,
    };
    qualified.or_else(|| names.get(name))
}

/// `[A-Za-z_][A-Za-z0-9_]*`: what Java's parser accepts (it validates names by default).
fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn is_null_type(schema: &Value) -> bool {
    match schema {
        Value::String(t) => t == "null",
        Value::Object(obj) => obj.get("type").and_then(Value::as_str) == Some("null"),
        _ => false,
    }
}

fn is_nullable(schema: &Value) -> bool {
    match schema {
        Value::Array(branches) => branches.iter().any(is_null_type),
        other => is_null_type(other),
    }
}

/// The schema walk that validates it and collects its named types, in definition order.
#[derive(Default)]
struct SchemaCheck<'s> {
    names: Names<'s>,
}

fn schema_error(path: &Path, why: impl Into<String>) -> AvroWriteError {
    AvroWriteError::Schema {
        path: path.render(),
        why: why.into(),
    }
}

impl<'s> SchemaCheck<'s> {
    fn check(
        &mut self,
        schema: &'s Value,
        ns: Option<&str>,
        path: &Path,
        depth: usize,
    ) -> Result<(), AvroWriteError> {
        if depth > MAX_DEPTH {
            return Err(schema_error(path, "nested too deeply"));
        }
        match schema {
            Value::String(name) => self.reference(name, ns, path),
            Value::Array(branches) => {
                let mut seen: Vec<String> = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    let at = path.then(Step::Index(i));
                    if branch.is_array() {
                        return Err(schema_error(&at, "a union directly inside a union"));
                    }
                    self.check(branch, ns, &at, depth + 1)?;
                    let key = self.branch_key(branch, ns);
                    if seen.contains(&key) {
                        return Err(schema_error(&at, format!("{key} twice in one union")));
                    }
                    seen.push(key);
                }
                Ok(())
            }
            Value::Object(obj) => {
                let Some(t) = obj.get("type").and_then(Value::as_str) else {
                    return Err(schema_error(path, "\"type\" must be a type name"));
                };
                match t {
                    "record" => {
                        let inner = self.define(schema, obj, ns, path)?;
                        let Some(fields) = obj.get("fields").and_then(Value::as_array) else {
                            return Err(schema_error(path, "a record without \"fields\""));
                        };
                        let mut seen = Vec::new();
                        for f in fields {
                            let name = f.get("name").and_then(Value::as_str).unwrap_or("");
                            let at = path.then(Step::Field(name));
                            if !valid_name(name) || seen.contains(&name) {
                                return Err(schema_error(&at, "missing, invalid or repeated name"));
                            }
                            seen.push(name);
                            let Some(ft) = f.get("type") else {
                                return Err(schema_error(&at, "a field without a type"));
                            };
                            self.check(ft, inner.as_deref(), &at, depth + 1)?;
                            if let Some(default) = f.get("default") {
                                let encoder = Encoder {
                                    names: &self.names,
                                    defaults: true,
                                };
                                encoder
                                    .encode(
                                        ft,
                                        inner.as_deref(),
                                        default,
                                        &at,
                                        depth,
                                        &mut Vec::new(),
                                    )
                                    .map_err(|e| {
                                        schema_error(&at, format!("default: {}: {}", e.path, e.why))
                                    })?;
                            }
                        }
                        Ok(())
                    }
                    "enum" => {
                        self.define(schema, obj, ns, path)?;
                        let symbols = obj.get("symbols").and_then(Value::as_array);
                        let ok = symbols.is_some_and(|s| {
                            s.iter().enumerate().all(|(i, sym)| {
                                sym.as_str().is_some_and(valid_name) && !s[..i].contains(sym)
                            })
                        });
                        if !ok {
                            return Err(schema_error(path, "enum symbols must be distinct names"));
                        }
                        Ok(())
                    }
                    "fixed" => {
                        self.define(schema, obj, ns, path)?;
                        if obj.get("size").and_then(Value::as_u64).is_none() {
                            return Err(schema_error(path, "a fixed without a size"));
                        }
                        Ok(())
                    }
                    "array" | "map" => {
                        let (key, part) = if t == "array" {
                            ("items", Step::Part("items"))
                        } else {
                            ("values", Step::Part("values"))
                        };
                        let Some(inner) = obj.get(key) else {
                            return Err(schema_error(path, format!("{t} without \"{key}\"")));
                        };
                        self.check(inner, ns, &path.then(part), depth + 1)
                    }
                    // A primitive with attributes (`logicalType`, …), or a reference.
                    other => self.reference(other, ns, path),
                }
            }
            _ => Err(schema_error(
                path,
                "a schema must be a name, an array or an object",
            )),
        }
    }

    fn reference(&self, name: &str, ns: Option<&str>, path: &Path) -> Result<(), AvroWriteError> {
        if PRIMITIVES.contains(&name) || resolve(&self.names, name, ns).is_some() {
            Ok(())
        } else {
            Err(schema_error(
                path,
                format!("unknown type {name:?} (defined later, or not at all)"),
            ))
        }
    }

    /// Registers a named type (before its fields, so that it may refer to itself) and returns
    /// the namespace its inner definitions inherit.
    fn define(
        &mut self,
        schema: &'s Value,
        obj: &Map<String, Value>,
        ns: Option<&str>,
        path: &Path,
    ) -> Result<Option<String>, AvroWriteError> {
        let Some((full, inner)) = full_name(obj, ns) else {
            return Err(schema_error(path, "a named type without a name"));
        };
        if !full.split('.').all(valid_name) {
            return Err(schema_error(path, format!("invalid name {full:?}")));
        }
        if PRIMITIVES.contains(&full.as_str()) || self.names.contains_key(&full) {
            return Err(schema_error(path, format!("{full:?} defined twice")));
        }
        self.names.insert(full, (schema, ns.map(str::to_string)));
        Ok(inner)
    }

    /// What makes union branches the same type for Avro: the primitive or container kind, or
    /// the named type (a reference counts as its full name).
    fn branch_key(&self, branch: &Value, ns: Option<&str>) -> String {
        let named = match branch {
            Value::Object(obj) => full_name(obj, ns).map(|(full, _)| full),
            Value::String(name) => resolve(&self.names, name, ns)
                .and_then(|(def, def_ns)| full_name(def.as_object()?, def_ns.as_deref()))
                .map(|(full, _)| full),
            _ => None,
        };
        let kind = || {
            branch
                .get("type")
                .unwrap_or(branch)
                .as_str()
                .map(str::to_string)
        };
        named.or_else(kind).unwrap_or_default()
    }
}

/// Encodes JSON values by a checked schema. With `defaults`, values are field defaults as the
/// Avro specification writes them: bytes as a string of code points 0–255, and a union's
/// value always of its first branch.
struct Encoder<'n, 's> {
    names: &'n Names<'s>,
    defaults: bool,
}

impl Encoder<'_, '_> {
    fn encode(
        &self,
        schema: &Value,
        ns: Option<&str>,
        value: &Value,
        path: &Path,
        depth: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Fail> {
        if depth > MAX_DEPTH {
            return Err(fail(path, "nested too deeply"));
        }
        match schema {
            Value::String(t) => self.named(t, ns, value, path, depth, out),
            Value::Array(branches) => self.union(branches, ns, value, path, depth, out),
            Value::Object(obj) => match obj.get("type").and_then(Value::as_str) {
                Some("record") => self.record(obj, ns, value, path, depth, out),
                Some("enum") => {
                    let Value::String(symbol) = value else {
                        return Err(expected(path, "an enum symbol", value));
                    };
                    let symbols = obj.get("symbols").and_then(Value::as_array);
                    let i = symbols
                        .and_then(|s| s.iter().position(|s| s.as_str() == Some(symbol)))
                        .ok_or_else(|| {
                            fail(path, format!("{symbol:?} is not a symbol of the enum"))
                        })?;
                    long(i as i64, out);
                    Ok(())
                }
                Some("fixed") => {
                    let b = self.bytes_value(value, path)?;
                    let size = obj.get("size").and_then(Value::as_u64);
                    if size != Some(b.len() as u64) {
                        return Err(fail(
                            path,
                            format!(
                                "{} bytes for a fixed of size {}",
                                b.len(),
                                size.unwrap_or(0)
                            ),
                        ));
                    }
                    out.extend_from_slice(&b);
                    Ok(())
                }
                Some("array") => {
                    let (Some(items), Value::Array(values)) = (obj.get("items"), value) else {
                        return Err(expected(path, "an array", value));
                    };
                    if !values.is_empty() {
                        long(values.len() as i64, out);
                        for (i, v) in values.iter().enumerate() {
                            self.encode(items, ns, v, &path.then(Step::Index(i)), depth + 1, out)?;
                        }
                    }
                    long(0, out);
                    Ok(())
                }
                Some("map") => {
                    let (Some(schema), Value::Object(entries)) = (obj.get("values"), value) else {
                        return Err(expected(path, "an object (map)", value));
                    };
                    if !entries.is_empty() {
                        long(entries.len() as i64, out);
                        for (k, v) in entries {
                            bytes(k.as_bytes(), out);
                            self.encode(schema, ns, v, &path.then(Step::Key(k)), depth + 1, out)?;
                        }
                    }
                    long(0, out);
                    Ok(())
                }
                // A primitive with attributes (`logicalType`, …) or a reference; one level
                // deeper, as the reader counts it.
                Some(_) => match obj.get("type") {
                    Some(t) => self.encode(t, ns, value, path, depth + 1, out),
                    None => Err(fail(path, "malformed schema")),
                },
                None => Err(fail(path, "malformed schema")),
            },
            _ => Err(fail(path, "malformed schema")),
        }
    }

    fn named(
        &self,
        t: &str,
        ns: Option<&str>,
        value: &Value,
        path: &Path,
        depth: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Fail> {
        match t {
            "null" if value.is_null() => {}
            "null" => return Err(expected(path, "null", value)),
            "boolean" => match value {
                Value::Bool(b) => out.push(u8::from(*b)),
                _ => return Err(expected(path, "a boolean", value)),
            },
            "int" => long(
                integer(value, path, i32::MIN.into(), i32::MAX.into(), "an int")?,
                out,
            ),
            "long" => long(integer(value, path, i64::MIN, i64::MAX, "a long")?, out),
            "float" | "double" => {
                let Some(x) = value.as_f64() else {
                    return Err(expected(path, "a number", value));
                };
                if t == "double" {
                    out.extend_from_slice(&x.to_le_bytes());
                } else {
                    let f = x as f32;
                    if f.is_infinite() {
                        return Err(fail(path, format!("{x} is out of range for a float")));
                    }
                    out.extend_from_slice(&f.to_le_bytes());
                }
            }
            "bytes" => bytes(&self.bytes_value(value, path)?, out),
            "string" => match value {
                Value::String(s) => bytes(s.as_bytes(), out),
                _ => return Err(expected(path, "a string", value)),
            },
            reference => {
                let Some((def, def_ns)) = resolve(self.names, reference, ns) else {
                    return Err(fail(path, format!("unknown type {reference:?}")));
                };
                return self.encode(def, def_ns.as_deref(), value, path, depth + 1, out);
            }
        }
        Ok(())
    }

    /// The first branch that takes the value: null goes to the null branch; any other value is
    /// tried on each other branch in turn, the output rolled back after a branch that fails.
    fn union(
        &self,
        branches: &[Value],
        ns: Option<&str>,
        value: &Value,
        path: &Path,
        depth: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Fail> {
        if self.defaults {
            let Some(first) = branches.first() else {
                return Err(fail(path, "an empty union"));
            };
            long(0, out);
            return self.encode(first, ns, value, path, depth + 1, out);
        }
        if value.is_null() {
            let i = branches
                .iter()
                .position(is_null_type)
                .ok_or_else(|| fail(path, "null, but the type is not nullable"))?;
            long(i as i64, out);
            return Ok(());
        }
        let mark = out.len();
        let mut failures = Vec::new();
        for (i, branch) in branches.iter().enumerate() {
            if is_null_type(branch) {
                continue;
            }
            long(i as i64, out);
            match self.encode(branch, ns, value, path, depth + 1, out) {
                Ok(()) => return Ok(()),
                Err(e) => {
                    out.truncate(mark);
                    failures.push(e);
                }
            }
        }
        // With one candidate, its own error says more (it names the inner field).
        match failures.pop() {
            Some(only) if failures.is_empty() => Err(only),
            _ => Err(fail(
                path,
                format!("no branch of the union takes {}", kind(value)),
            )),
        }
    }

    /// Fields in schema order. A field missing from the object takes its default, or null if
    /// its type allows it; fields the schema does not have are refused (most likely a typo).
    fn record(
        &self,
        obj: &Map<String, Value>,
        ns: Option<&str>,
        value: &Value,
        path: &Path,
        depth: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), Fail> {
        let Value::Object(given) = value else {
            return Err(expected(path, "an object (record)", value));
        };
        let inner = full_name(obj, ns).and_then(|(_, inner)| inner);
        let inner = inner.as_deref();
        let fields = obj.get("fields").and_then(Value::as_array);
        let fields = fields.map(Vec::as_slice).unwrap_or_default();
        let mut found = 0;
        for f in fields {
            let (Some(name), Some(ft)) = (f.get("name").and_then(Value::as_str), f.get("type"))
            else {
                return Err(fail(path, "malformed schema"));
            };
            let at = path.then(Step::Field(name));
            match (given.get(name), f.get("default")) {
                (Some(v), _) => {
                    found += 1;
                    self.encode(ft, inner, v, &at, depth + 1, out)?;
                }
                (None, Some(default)) => {
                    let encoder = Encoder {
                        names: self.names,
                        defaults: true,
                    };
                    encoder.encode(ft, inner, default, &at, depth + 1, out)?;
                }
                (None, None) if is_nullable(ft) => {
                    self.encode(ft, inner, &Value::Null, &at, depth + 1, out)?
                }
                (None, None) => return Err(fail(&at, "missing (the field is required)")),
            }
        }
        if found < given.len() {
            let known = |k: &String| {
                fields
                    .iter()
                    .any(|f| f.get("name").and_then(Value::as_str) == Some(k.as_str()))
            };
            if let Some(extra) = given.keys().find(|k| !known(k)) {
                return Err(fail(
                    &path.then(Step::Field(extra)),
                    "not a field of the record",
                ));
            }
        }
        Ok(())
    }

    /// Bytes as the reader renders them (lowercase hex; uppercase is accepted), or for a
    /// default as Avro writes them (one code point 0–255 a byte).
    fn bytes_value(&self, value: &Value, path: &Path) -> Result<Vec<u8>, Fail> {
        let Value::String(s) = value else {
            return Err(expected(path, "a string of hex digits", value));
        };
        if self.defaults {
            return s
                .chars()
                .map(|c| u8::try_from(c).ok())
                .collect::<Option<Vec<u8>>>()
                .ok_or_else(|| fail(path, "a bytes default with a code point over 255"));
        }
        let digit = |c: u8| (c as char).to_digit(16);
        if s.len() % 2 != 0 {
            return Err(fail(path, "an odd number of hex digits"));
        }
        s.as_bytes()
            .chunks_exact(2)
            .map(|pair| match pair {
                [hi, lo] => Some(((digit(*hi)? << 4) | digit(*lo)?) as u8),
                _ => None,
            })
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| fail(path, "not a string of hex digits"))
    }
}

/// A JSON integer within `min..=max`.
fn integer(value: &Value, path: &Path, min: i64, max: i64, what: &str) -> Result<i64, Fail> {
    match value {
        Value::Number(n) if !n.is_f64() => n
            .as_i64()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| fail(path, format!("{n} is out of range for {what}"))),
        _ => Err(expected(path, what, value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::avro;
    use serde_json::json;

    const BOTH: [Codec; 2] = [Codec::Null, Codec::Deflate];

    fn round_trip(schema: &Value, records: &[Value], codec: Codec) -> Vec<Value> {
        let file = write(schema, &[], records, codec).unwrap();
        let read = avro::read(&file).unwrap();
        assert_eq!(read.metadata["avro.codec"], codec.name());
        read.records
    }

    fn every_type_schema() -> Value {
        json!({"type": "record", "name": "all", "namespace": "test", "fields": [
            {"name": "n", "type": "null"},
            {"name": "b", "type": "boolean"},
            {"name": "i", "type": "int"},
            {"name": "l", "type": {"type": "long", "logicalType": "timestamp-micros"}},
            {"name": "f", "type": "float"},
            {"name": "d", "type": "double"},
            {"name": "by", "type": "bytes"},
            {"name": "s", "type": "string"},
            {"name": "fx", "type": {"type": "fixed", "name": "uuid16", "size": 16}},
            {"name": "e", "type": {"type": "enum", "name": "fmt", "symbols": ["AVRO", "PARQUET"]}},
            {"name": "ints", "type": {"type": "array", "items": "int"}},
            {"name": "m", "type": {"type": "map", "values": ["null", "long"]}},
            {"name": "opt", "type": ["null", "string"]},
            {"name": "inner", "type": {"type": "record", "name": "r102", "fields": [
                {"name": "x", "type": "long"},
                {"name": "deeper", "type": ["null", {"type": "record", "name": "leaf",
                    "namespace": "other", "fields": [{"name": "y", "type": "string"}]}]}]}},
            {"name": "rows", "type": {"type": "array", "items": "r102"}},
            {"name": "again", "type": ["null", "test.r102"]},
            {"name": "leaf_again", "type": "other.leaf"},
            {"name": "id", "type": "uuid16"},
            {"name": "choice", "type": ["null", "int", "string", "r102"]}
        ]})
    }

    fn every_type_record(l: i64, choice: Value) -> Value {
        json!({
            "n": null, "b": true, "i": i32::MIN, "l": l, "f": 1.5, "d": -2.25e10,
            "by": "00ff10", "s": "größe ✓", "fx": "000102030405060708090a0b0c0d0e0f",
            "e": "PARQUET", "ints": [1, -1, 300, i32::MAX], "m": {"a": 1, "b": null, "": -7},
            "opt": "x",
            "inner": {"x": 5, "deeper": {"y": "leaf"}},
            "rows": [{"x": 1, "deeper": null}, {"x": -2, "deeper": {"y": "z"}}],
            "again": {"x": 9, "deeper": null},
            "leaf_again": {"y": ""},
            "id": "ffffffffffffffffffffffffffffffff",
            "choice": choice
        })
    }

    #[test]
    fn every_type_round_trips_through_the_reader() {
        let schema = every_type_schema();
        let records = [
            every_type_record(i64::MIN, json!(7)),
            every_type_record(i64::MAX, json!("seven")),
            every_type_record(-1, json!({"x": 7, "deeper": null})),
            every_type_record(0, json!(null)),
            json!({"n": null, "b": false, "i": 0, "l": 1_i64 << 40, "f": -0.25, "d": 0.0,
                   "by": "", "s": "", "fx": "00000000000000000000000000000000", "e": "AVRO",
                   "ints": [], "m": {}, "opt": null, "inner": {"x": 0, "deeper": null},
                   "rows": [], "again": null, "leaf_again": {"y": "y"},
                   "id": "0102030405060708090a0b0c0d0e0f10", "choice": null}),
        ];
        for codec in BOTH {
            assert_eq!(round_trip(&schema, &records, codec), records, "{codec:?}");
        }
    }

    #[test]
    fn uppercase_hex_is_accepted_and_read_back_lowercase() {
        let schema =
            json!({"type": "record", "name": "r", "fields": [{"name": "b", "type": "bytes"}]});
        let back = round_trip(&schema, &[json!({"b": "ABcd"})], Codec::Null);
        assert_eq!(back, [json!({"b": "abcd"})]);
    }

    #[test]
    fn missing_fields_take_their_default_or_null() {
        let schema = json!({"type": "record", "name": "r", "fields": [
            {"name": "a", "type": ["null", "long"]},
            {"name": "b", "type": "int", "default": 4},
            {"name": "c", "type": ["int", "null"], "default": 5},
            {"name": "d", "type": "bytes", "default": "\u{0}\u{ff}"},
            {"name": "e", "type": {"type": "record", "name": "s", "fields": [
                {"name": "x", "type": ["null", "string"], "default": null}]},
             "default": {}}]});
        let back = round_trip(&schema, &[json!({})], Codec::Deflate);
        assert_eq!(
            back,
            [json!({"a": null, "b": 4, "c": 5, "d": "00ff", "e": {"x": null}})]
        );
    }

    #[test]
    fn large_files_are_split_into_blocks_that_read_back() {
        let schema = json!({"type": "record", "name": "r", "fields": [
            {"name": "i", "type": "long"}, {"name": "s", "type": "string"}]});
        let records: Vec<Value> = (0..1000)
            .map(|i| json!({"i": i * 1_000_003, "s": "x".repeat(i as usize % 50)}))
            .collect();
        for codec in BOTH {
            let file = write_blocks(&schema, &[], &records, codec, 500).unwrap();
            assert_eq!(avro::read(&file).unwrap().records, records);
        }
    }

    #[test]
    fn an_empty_file_has_a_header_only() {
        let schema = json!({"type": "record", "name": "r", "fields": []});
        for codec in BOTH {
            assert!(round_trip(&schema, &[], codec).is_empty());
        }
    }

    #[test]
    fn output_is_deterministic_and_the_sync_marker_follows_the_content() {
        let schema =
            json!({"type": "record", "name": "r", "fields": [{"name": "i", "type": "int"}]});
        let one = write(&schema, &[], &[json!({"i": 1})], Codec::Deflate).unwrap();
        let two = write(&schema, &[], &[json!({"i": 2})], Codec::Deflate).unwrap();
        assert_eq!(
            one,
            write(&schema, &[], &[json!({"i": 1})], Codec::Deflate).unwrap()
        );
        assert_ne!(one[one.len() - 16..], two[two.len() - 16..]);
    }

    /// PyIceberg 0.12's v2 manifest list schema (`MANIFEST_LIST_FILE_SCHEMAS[2]` as Avro).
    fn manifest_file_schema() -> Value {
        serde_json::from_str(r#"{"type": "record", "fields": [
            {"name": "manifest_path", "field-id": 500, "type": "string", "doc": "Location URI with FS scheme"},
            {"name": "manifest_length", "field-id": 501, "type": "long"},
            {"name": "partition_spec_id", "field-id": 502, "type": "int"},
            {"name": "content", "field-id": 517, "type": "int"},
            {"name": "sequence_number", "field-id": 515, "type": "long"},
            {"name": "min_sequence_number", "field-id": 516, "type": "long"},
            {"name": "added_snapshot_id", "field-id": 503, "type": "long"},
            {"name": "added_files_count", "field-id": 504, "type": "int"},
            {"name": "existing_files_count", "field-id": 505, "type": "int"},
            {"name": "deleted_files_count", "field-id": 506, "type": "int"},
            {"name": "added_rows_count", "field-id": 512, "type": "long"},
            {"name": "existing_rows_count", "field-id": 513, "type": "long"},
            {"name": "deleted_rows_count", "field-id": 514, "type": "long"},
            {"name": "partitions", "field-id": 507, "type": ["null", {"type": "array", "element-id": 508,
                "items": {"type": "record", "fields": [
                    {"name": "contains_null", "field-id": 509, "type": "boolean"},
                    {"name": "contains_nan", "field-id": 518, "type": ["null", "boolean"], "default": null},
                    {"name": "lower_bound", "field-id": 510, "type": ["null", "bytes"], "default": null},
                    {"name": "upper_bound", "field-id": 511, "type": ["null", "bytes"], "default": null}],
                  "name": "r508"}}], "default": null},
            {"name": "key_metadata", "field-id": 519, "type": ["null", "bytes"], "default": null}],
          "name": "manifest_file"}"#)
        .unwrap()
    }

    fn manifest_list_entry(path: &str, partitions: Value) -> Value {
        json!({"manifest_path": path, "manifest_length": 7012, "partition_spec_id": 0,
               "content": 0, "sequence_number": 3, "min_sequence_number": 1,
               "added_snapshot_id": 3_051_729_675_574_597_004_i64, "added_files_count": 2,
               "existing_files_count": 0, "deleted_files_count": 0, "added_rows_count": 1_000_000,
               "existing_rows_count": 0, "deleted_rows_count": 0, "partitions": partitions})
    }

    #[test]
    fn an_iceberg_manifest_list_round_trips_with_its_schema_and_metadata() {
        let schema = manifest_file_schema();
        let metadata = [
            ("snapshot-id", "3051729675574597004".to_string()),
            ("parent-snapshot-id", "null".to_string()),
            ("sequence-number", "3".to_string()),
            ("format-version", "2".to_string()),
        ];
        let records = [
            manifest_list_entry(
                "s3://b--table-s3/metadata/m1.avro",
                json!([{"contains_null": false, "contains_nan": null,
                        "lower_bound": "0a000000", "upper_bound": "0b000000"}]),
            ),
            manifest_list_entry("s3://b--table-s3/metadata/m0.avro", json!(null)),
        ];
        for codec in BOTH {
            let file = write(&schema, &metadata, &records, codec).unwrap();
            let read = avro::read(&file).unwrap();
            // The schema text is the given one: field order, field ids and docs kept.
            let text = &read.metadata["avro.schema"];
            assert_eq!(*text, serde_json::to_string(&schema).unwrap());
            assert!(text.starts_with(
                r#"{"type":"record","fields":[{"name":"manifest_path","field-id":500"#
            ));
            for (k, v) in &metadata {
                assert_eq!(read.metadata[*k], *v);
            }
            // key_metadata was left out: written as null.
            let mut expected = records.to_vec();
            for r in &mut expected {
                r["key_metadata"] = Value::Null;
            }
            assert_eq!(read.records, expected);
        }
    }

    fn value_error(schema: &Value, record: Value) -> (String, String) {
        match write(schema, &[], std::slice::from_ref(&record), Codec::Null) {
            Err(AvroWriteError::Value {
                record: 0,
                path,
                why,
            }) => (path, why),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn values_that_do_not_fit_are_errors_naming_the_field() {
        let schema = manifest_file_schema();
        let good = manifest_list_entry(
            "m",
            json!([{"contains_null": true, "contains_nan": null, "lower_bound": null,
                    "upper_bound": null}]),
        );
        let with = |pointer: &str, v: Value| {
            let mut r = good.clone();
            *r.pointer_mut(pointer).unwrap() = v;
            r
        };
        let cases = [
            (
                with("/manifest_length", json!("12")),
                "manifest_length",
                "expected a long, got a string",
            ),
            (
                with("/manifest_length", json!(1.5)),
                "manifest_length",
                "expected a long, got a number",
            ),
            (
                with("/partition_spec_id", json!(1_u64 << 31)),
                "partition_spec_id",
                "2147483648 is out of range for an int",
            ),
            (
                with("/added_snapshot_id", json!(u64::MAX)),
                "added_snapshot_id",
                "out of range for a long",
            ),
            (
                with("/content", json!(null)),
                "content",
                "expected an int, got null",
            ),
            (
                with("/partitions/0/contains_null", json!(1)),
                "partitions[0].contains_null",
                "expected a boolean",
            ),
            (
                with("/partitions/0/lower_bound", json!("abc")),
                "partitions[0].lower_bound",
                "odd number of hex digits",
            ),
            (
                with("/partitions/0/lower_bound", json!("zz")),
                "partitions[0].lower_bound",
                "not a string of hex digits",
            ),
            (
                with("/partitions", json!({})),
                "partitions",
                "expected an array",
            ),
            (
                with("/manifest_path", json!(["m"])),
                "manifest_path",
                "expected a string",
            ),
        ];
        for (record, path, why) in cases {
            let (p, w) = value_error(&schema, record);
            assert_eq!(p, path);
            assert!(w.contains(why), "{w} / {why}");
        }

        let mut missing = good.clone();
        missing["partitions"][0]
            .as_object_mut()
            .unwrap()
            .remove("contains_null");
        let (p, w) = value_error(&schema, missing);
        assert_eq!(
            (p.as_str(), w.as_str()),
            (
                "partitions[0].contains_null",
                "missing (the field is required)"
            )
        );
        let mut missing = good.clone();
        missing.as_object_mut().unwrap().remove("manifest_path");
        assert_eq!(value_error(&schema, missing).0, "manifest_path");
        let mut extra = good.clone();
        extra["manifest_pth"] = json!("typo");
        assert_eq!(
            value_error(&schema, extra),
            ("manifest_pth".into(), "not a field of the record".into())
        );
        assert_eq!(value_error(&schema, json!([])).0, "(top level)");

        let err = write(&schema, &[], &[good.clone(), good, json!({})], Codec::Null).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("record 2, manifest_path: missing"),
            "{err}"
        );
    }

    #[test]
    fn other_mismatches_are_errors() {
        let schema = every_type_schema();
        let good = every_type_record(1, json!(1));
        let with = |key: &str, v: Value| {
            let mut r = good.clone();
            r[key] = v;
            r
        };
        let cases = [
            (
                with("fx", json!("00")),
                "fx",
                "1 bytes for a fixed of size 16",
            ),
            (with("e", json!("ORC")), "e", "\"ORC\" is not a symbol"),
            (with("n", json!(0)), "n", "expected null"),
            (with("f", json!(1e300)), "f", "out of range for a float"),
            (with("m", json!({"k": "v"})), "m[\"k\"]", "expected a long"),
            (with("ints", json!([1, "2"])), "ints[1]", "expected an int"),
            (
                with("rows", json!([{"x": 1}, {"deeper": null}])),
                "rows[1].x",
                "missing",
            ),
            (
                with("choice", json!(true)),
                "choice",
                "no branch of the union takes a boolean",
            ),
            (
                with("again", json!({"x": "1"})),
                "again.x",
                "expected a long",
            ),
            (
                with("leaf_again", json!(null)),
                "leaf_again",
                "expected an object (record), got null",
            ),
        ];
        for (record, path, why) in cases {
            let (p, w) = value_error(&schema, record);
            assert_eq!(p, path);
            assert!(w.contains(why), "{w} / {why}");
        }
    }

    #[test]
    fn bad_schemas_and_metadata_are_refused_before_writing() {
        let schema_err = |schema: Value| match write(&schema, &[], &[], Codec::Null) {
            Err(AvroWriteError::Schema { path, why }) => format!("{path}: {why}"),
            other => panic!("{other:?}"),
        };
        let record = |fields: Value| json!({"type": "record", "name": "r", "fields": fields});
        for (schema, want) in [
            (
                record(json!([{"name": "a", "type": "r9"}])),
                "a: unknown type \"r9\"",
            ),
            (
                record(json!([{"name": "a", "type": "r2"},
                            {"name": "b", "type": {"type": "record", "name": "r2", "fields": []}}])),
                "a: unknown type",
            ),
            (
                record(json!([{"name": "my-col", "type": "int"}])),
                "my-col: missing, invalid or repeated name",
            ),
            (
                record(json!([{"name": "a", "type": "int"}, {"name": "a", "type": "int"}])),
                "a: missing",
            ),
            (
                record(json!([{"name": "a", "type": ["null", ["int"]]}])),
                "a[1]: a union directly inside",
            ),
            (
                record(json!([{"name": "a", "type": ["null", "int", "null"]}])),
                "a[2]: null twice",
            ),
            (
                record(json!([{"name": "a", "type": ["null", "string"], "default": "x"}])),
                "a: default",
            ),
            (
                record(json!([{"name": "a", "type": "int", "default": "x"}])),
                "a: default",
            ),
            (
                record(json!([{"name": "a", "type": {"type": "array"}}])),
                "a: array without \"items\"",
            ),
            (
                record(json!([{"name": "a", "type": {"type": {"type": "int"}}}])),
                "a: \"type\" must be",
            ),
            (
                record(
                    json!([{"name": "a", "type": {"type": "enum", "name": "e", "symbols": ["A", "A"]}}]),
                ),
                "a: enum symbols",
            ),
            (
                record(json!([{"name": "a", "type": {"type": "fixed", "name": "int", "size": 1}}])),
                "a: \"int\" defined twice",
            ),
            (
                record(
                    json!([{"name": "a", "type": {"type": "record", "name": "r", "fields": []}}]),
                ),
                "a: \"r\" defined twice",
            ),
            (
                json!({"type": "record", "fields": []}),
                "(top level): a named type without a name",
            ),
            (json!(7), "(top level): a schema must be"),
        ] {
            let got = schema_err(schema);
            assert!(got.starts_with(want), "{got} / {want}");
        }

        let schema = record(json!([]));
        for key in ["avro.schema", "avro.anything"] {
            assert_eq!(
                write(&schema, &[(key, "x".into())], &[], Codec::Null),
                Err(AvroWriteError::Metadata(key.into()))
            );
        }
        let twice = [("k", "1".to_string()), ("k", "2".to_string())];
        assert_eq!(
            write(&schema, &twice, &[], Codec::Null),
            Err(AvroWriteError::Metadata("k".into()))
        );
    }

    #[test]
    fn recursive_types_round_trip_and_runaway_nesting_is_an_error() {
        let schema = json!({"type": "record", "name": "node", "fields": [
            {"name": "v", "type": "int"}, {"name": "next", "type": ["null", "node"]}]});
        let chain = |n: usize| (0..n).fold(Value::Null, |next, v| json!({"v": v, "next": next}));
        assert_eq!(round_trip(&schema, &[chain(10)], Codec::Null), [chain(10)]);
        let err = write(&schema, &[], &[chain(1000)], Codec::Null).unwrap_err();
        assert!(err.to_string().contains("nested too deeply"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn numbers_and_bytes_round_trip(l: i64, i: i32, d: f64, b: Vec<u8>) {
            proptest::prop_assume!(d.is_finite());
            let schema = json!({"type": "record", "name": "r", "fields": [
                {"name": "l", "type": "long"}, {"name": "i", "type": "int"},
                {"name": "d", "type": "double"}, {"name": "b", "type": "bytes"}]});
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            let record = json!({"l": l, "i": i, "d": d, "b": hex});
            proptest::prop_assert_eq!(round_trip(&schema, std::slice::from_ref(&record), Codec::Deflate), vec![record]);
        }
    }
}
