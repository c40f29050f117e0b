//! A small reader of Avro object container files — Iceberg's manifest lists and manifests —
//! decoding every record into JSON by the writer's schema embedded in the file. Codecs `null`
//! and `deflate` (what Iceberg writers use by default); others are refused by name. Input is
//! untrusted: every length is checked against the bytes left, nesting and item counts are
//! bounded, and nothing panics.

use flate2::read::DeflateDecoder;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::io::Read;

const MAGIC: &[u8; 4] = b"Obj\x01";
/// Values decoded from one file at most (a guard against `[null]` arrays of any length).
const MAX_VALUES: usize = 5_000_000;
const MAX_DEPTH: usize = 64;
/// Largest inflated block accepted.
const MAX_BLOCK_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AvroError {
    #[error("not an Avro object container file")]
    NotAvro,
    #[error("truncated Avro data")]
    Truncated,
    #[error("invalid Avro data: {0}")]
    Invalid(String),
    #[error("Avro codec {0:?} is not supported (null and deflate are)")]
    Codec(String),
}

fn invalid(why: impl Into<String>) -> AvroError {
    AvroError::Invalid(why.into())
}

struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], AvroError> {
        let end = self.pos.checked_add(n).ok_or(AvroError::Truncated)?;
        let out = self.data.get(self.pos..end).ok_or(AvroError::Truncated)?;
        self.pos = end;
        Ok(out)
    }

    fn long(&mut self) -> Result<i64, AvroError> {
        let mut n: u64 = 0;
        for shift in (0..70).step_by(7) {
            let b = self.take(1)?[0];
            if shift == 63 && b > 1 {
                return Err(invalid("varint overflows 64 bits"));
            }
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok((n >> 1) as i64 ^ -((n & 1) as i64));
            }
        }
        Err(invalid("varint longer than 10 bytes"))
    }

    fn len(&mut self) -> Result<usize, AvroError> {
        let n = self.long()?;
        usize::try_from(n).map_err(|_| invalid("negative length"))
    }

    fn bytes(&mut self) -> Result<&'a [u8], AvroError> {
        let n = self.len()?;
        self.take(n)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.data.len()
    }
}

/// The schema's named types, by full and short name.
struct Names(HashMap<String, Value>);

impl Names {
    fn collect(schema: &Value, namespace: Option<&str>, names: &mut HashMap<String, Value>) {
        match schema {
            Value::Array(branches) => {
                for b in branches {
                    Self::collect(b, namespace, names);
                }
            }
            Value::Object(obj) => {
                let ns = obj.get("namespace").and_then(Value::as_str).or(namespace);
                if let (Some(t), Some(name)) = (
                    obj.get("type").and_then(Value::as_str),
                    obj.get("name").and_then(Value::as_str),
                ) {
                    if matches!(t, "record" | "enum" | "fixed") {
                        names.insert(name.to_string(), schema.clone());
                        if let Some(ns) = ns {
                            names.insert(format!("{ns}.{name}"), schema.clone());
                        }
                    }
                }
                for key in ["fields", "items", "values"] {
                    match obj.get(key) {
                        Some(Value::Array(fields)) if key == "fields" => {
                            for f in fields {
                                if let Some(t) = f.get("type") {
                                    Self::collect(t, ns, names);
                                }
                            }
                        }
                        Some(inner) if key != "fields" => Self::collect(inner, ns, names),
                        _ => {}
                    }
                }
                if let Some(inner @ (Value::Object(_) | Value::Array(_))) = obj.get("type") {
                    Self::collect(inner, ns, names);
                }
            }
            _ => {}
        }
    }
}

struct Decoder<'s> {
    names: &'s Names,
    values: usize,
}

impl Decoder<'_> {
    fn datum(&mut self, schema: &Value, c: &mut Cursor, depth: usize) -> Result<Value, AvroError> {
        if depth > MAX_DEPTH {
            return Err(invalid("schema nested too deeply"));
        }
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(invalid("too many values"));
        }
        match schema {
            Value::String(name) => self.named(name, c, depth),
            Value::Array(branches) => {
                let i = usize::try_from(c.long()?).map_err(|_| invalid("negative union index"))?;
                let branch = branches
                    .get(i)
                    .ok_or_else(|| invalid("union index out of range"))?;
                self.datum(branch, c, depth + 1)
            }
            Value::Object(obj) => {
                let t = obj
                    .get("type")
                    .ok_or_else(|| invalid("schema without a type"))?;
                match t.as_str() {
                    Some("record") => {
                        let fields = obj
                            .get("fields")
                            .and_then(Value::as_array)
                            .ok_or_else(|| invalid("record without fields"))?;
                        let mut out = Map::new();
                        for f in fields {
                            let name = f
                                .get("name")
                                .and_then(Value::as_str)
                                .ok_or_else(|| invalid("field without a name"))?;
                            let ft = f
                                .get("type")
                                .ok_or_else(|| invalid("field without a type"))?;
                            out.insert(name.to_string(), self.datum(ft, c, depth + 1)?);
                        }
                        Ok(Value::Object(out))
                    }
                    Some("array") => {
                        let items = obj
                            .get("items")
                            .ok_or_else(|| invalid("array without items"))?;
                        let mut out = Vec::new();
                        self.blocks(c, |d, c| {
                            out.push(d.datum(items, c, depth + 1)?);
                            Ok(())
                        })?;
                        Ok(Value::Array(out))
                    }
                    Some("map") => {
                        let values = obj
                            .get("values")
                            .ok_or_else(|| invalid("map without values"))?;
                        let mut out = Map::new();
                        self.blocks(c, |d, c| {
                            let key = String::from_utf8_lossy(c.bytes()?).into_owned();
                            out.insert(key, d.datum(values, c, depth + 1)?);
                            Ok(())
                        })?;
                        Ok(Value::Object(out))
                    }
                    Some("enum") => {
                        let i = usize::try_from(c.long()?)
                            .map_err(|_| invalid("negative enum index"))?;
                        obj.get("symbols")
                            .and_then(|s| s.get(i))
                            .cloned()
                            .ok_or_else(|| invalid("enum index out of range"))
                    }
                    Some("fixed") => {
                        let size = obj
                            .get("size")
                            .and_then(Value::as_u64)
                            .ok_or_else(|| invalid("fixed without a size"))?;
                        let n = usize::try_from(size).map_err(|_| invalid("fixed too large"))?;
                        Ok(json!(crate::text::hex(c.take(n)?)))
                    }
                    // A primitive with attributes (`{"type": "long", "logicalType": …}`), or a
                    // nested type definition.
                    _ => self.datum(t, c, depth + 1),
                }
            }
            _ => Err(invalid("malformed schema")),
        }
    }

    fn named(&mut self, name: &str, c: &mut Cursor, depth: usize) -> Result<Value, AvroError> {
        Ok(match name {
            "null" => Value::Null,
            "boolean" => json!(c.take(1)?[0] != 0),
            "int" | "long" => json!(c.long()?),
            "float" => json!(f32::from_le_bytes(
                c.take(4)?.try_into().map_err(|_| AvroError::Truncated)?
            )),
            "double" => json!(f64::from_le_bytes(
                c.take(8)?.try_into().map_err(|_| AvroError::Truncated)?
            )),
            "bytes" => json!(crate::text::hex(c.bytes()?)),
            "string" => json!(String::from_utf8_lossy(c.bytes()?)),
            other => {
                let schema = self
                    .names
                    .0
                    .get(other)
                    .ok_or_else(|| invalid(format!("unknown type {other:?}")))?
                    .clone();
                return self.datum(&schema, c, depth + 1);
            }
        })
    }

    /// Array and map blocks: a count (negative: followed by a byte size), items, until 0.
    fn blocks(
        &mut self,
        c: &mut Cursor,
        mut item: impl FnMut(&mut Self, &mut Cursor) -> Result<(), AvroError>,
    ) -> Result<(), AvroError> {
        loop {
            let mut count = c.long()?;
            if count == 0 {
                return Ok(());
            }
            if count < 0 {
                count = count
                    .checked_neg()
                    .ok_or_else(|| invalid("block count overflows"))?;
                c.long()?;
            }
            if count as u64 > MAX_VALUES as u64 {
                return Err(invalid("block too large"));
            }
            for _ in 0..count {
                item(self, c)?;
            }
        }
    }
}

/// An object container file, decoded: the header metadata (as text) and every record.
#[derive(Debug)]
pub struct Container {
    pub metadata: HashMap<String, String>,
    pub records: Vec<Value>,
}

pub fn read(bytes: &[u8]) -> Result<Container, AvroError> {
    let mut c = Cursor {
        data: bytes,
        pos: 0,
    };
    if c.take(4).map_err(|_| AvroError::NotAvro)? != MAGIC {
        return Err(AvroError::NotAvro);
    }
    let mut metadata = HashMap::new();
    let mut header = Decoder {
        names: &Names(HashMap::new()),
        values: 0,
    };
    header.blocks(&mut c, |_, c| {
        let key = String::from_utf8_lossy(c.bytes()?).into_owned();
        let value = String::from_utf8_lossy(c.bytes()?).into_owned();
        metadata.insert(key, value);
        Ok(())
    })?;
    let sync = c.take(16)?;
    let schema: Value = serde_json::from_str(
        metadata
            .get("avro.schema")
            .ok_or_else(|| invalid("no avro.schema"))?,
    )
    .map_err(|e| invalid(format!("schema is not JSON: {e}")))?;
    let codec = metadata
        .get("avro.codec")
        .map(String::as_str)
        .unwrap_or("null")
        .to_string();
    if codec != "null" && codec != "deflate" {
        return Err(AvroError::Codec(codec));
    }
    let mut names = HashMap::new();
    Names::collect(&schema, None, &mut names);
    let names = Names(names);
    let mut decoder = Decoder {
        names: &names,
        values: 0,
    };
    let mut records = Vec::new();
    while !c.at_end() {
        let count = c.len()?;
        let block = c.bytes()?;
        let data = if codec == "deflate" {
            let mut out = Vec::new();
            DeflateDecoder::new(block)
                .take(MAX_BLOCK_BYTES + 1)
                .read_to_end(&mut out)
                .map_err(|e| invalid(format!("deflate: {e}")))?;
            if out.len() as u64 > MAX_BLOCK_BYTES {
                return Err(invalid("block too large"));
            }
            out
        } else {
            block.to_vec()
        };
        let mut bc = Cursor {
            data: &data,
            pos: 0,
        };
        for _ in 0..count {
            records.push(decoder.datum(&schema, &mut bc, 0)?);
        }
        if c.take(16)? != sync {
            return Err(invalid("sync marker mismatch"));
        }
    }
    Ok(Container { metadata, records })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zigzag(n: i64, out: &mut Vec<u8>) {
        let mut v = ((n << 1) ^ (n >> 63)) as u64;
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn string(s: &str, out: &mut Vec<u8>) {
        zigzag(s.len() as i64, out);
        out.extend_from_slice(s.as_bytes());
    }

    /// A container with one block of `records` (already encoded) under `schema`.
    fn container(schema: &str, codec: &str, count: i64, records: &[u8]) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        zigzag(2, &mut out);
        string("avro.schema", &mut out);
        string(schema, &mut out);
        string("avro.codec", &mut out);
        string(codec, &mut out);
        zigzag(0, &mut out);
        let sync = [7u8; 16];
        out.extend_from_slice(&sync);
        zigzag(count, &mut out);
        zigzag(records.len() as i64, &mut out);
        out.extend_from_slice(records);
        out.extend_from_slice(&sync);
        out
    }

    const SCHEMA: &str = r#"{"type": "record", "name": "manifest_file", "fields": [
        {"name": "manifest_path", "type": "string"},
        {"name": "added_files_count", "type": ["null", "int"]},
        {"name": "partitions", "type": ["null", {"type": "array", "items": {"type": "record", "name": "r508", "fields": [
            {"name": "contains_null", "type": "boolean"}, {"name": "lower_bound", "type": ["null", "bytes"]}]}}]},
        {"name": "again", "type": ["null", "r508"]}]}"#;

    fn record(path: &str, added: Option<i64>) -> Vec<u8> {
        let mut r = Vec::new();
        string(path, &mut r);
        match added {
            Some(n) => {
                zigzag(1, &mut r);
                zigzag(n, &mut r);
            }
            None => zigzag(0, &mut r),
        }
        zigzag(1, &mut r); // partitions: the array branch
        zigzag(1, &mut r); // one item
        r.push(1); // contains_null
        zigzag(1, &mut r);
        zigzag(2, &mut r);
        r.extend_from_slice(&[0xab, 0xcd]);
        zigzag(0, &mut r); // end of array
        zigzag(0, &mut r); // again: null
        r
    }

    #[test]
    fn decodes_records_by_the_embedded_schema() {
        let mut data = record("s3://b--table-s3/metadata/m1.avro", Some(3));
        data.extend(record("m2", None));
        let file = read(&container(SCHEMA, "null", 2, &data)).unwrap();
        assert_eq!(file.records.len(), 2);
        assert_eq!(
            file.records[0],
            json!({"manifest_path": "s3://b--table-s3/metadata/m1.avro", "added_files_count": 3,
                   "partitions": [{"contains_null": true, "lower_bound": "abcd"}], "again": null})
        );
        assert_eq!(file.records[1]["added_files_count"], Value::Null);
    }

    #[test]
    fn deflate_blocks_are_inflated() {
        use flate2::write::DeflateEncoder;
        use std::io::Write;
        let data = record("m1", Some(-5));
        let mut enc = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&data).unwrap();
        let file = read(&container(SCHEMA, "deflate", 1, &enc.finish().unwrap())).unwrap();
        assert_eq!(file.records[0]["added_files_count"], -5);
    }

    #[test]
    fn hostile_files_are_errors_not_panics() {
        assert_eq!(read(b"PAR1").unwrap_err(), AvroError::NotAvro);
        assert_eq!(
            read(&container(SCHEMA, "snappy", 1, &[])).unwrap_err(),
            AvroError::Codec("snappy".into())
        );
        let good = container(SCHEMA, "null", 1, &record("m", Some(1)));
        for cut in 0..good.len() {
            // Cut at the end of the header, it is a valid file with no records.
            if let Ok(file) = read(&good[..cut]) {
                assert!(file.records.is_empty(), "cut at {cut}");
            }
        }
        assert_eq!(read(&good).unwrap().records.len(), 1);
        // A length far past the end, a union branch that does not exist, a varint that never ends.
        for bad in [
            vec![0x80, 0x80, 0x80, 0x80, 0x04],
            vec![0x02, b'm', 0x09],
            vec![0xff; 12],
        ] {
            assert!(read(&container(SCHEMA, "null", 1, &bad)).is_err());
        }
        // A billion nulls in one block.
        let nulls = r#"{"type": "array", "items": "null"}"#;
        let mut data = Vec::new();
        zigzag(1_000_000_000, &mut data);
        assert!(read(&container(nulls, "null", 1, &data)).is_err());
    }
}
