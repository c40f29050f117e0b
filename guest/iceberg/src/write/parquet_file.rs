//! [`Row`]s → one Parquet data file, with the Iceberg column metrics its manifest entry carries.
//!
//! The Parquet schema follows the Iceberg spec: every node carries its Iceberg field id; lists
//! are three-level (`LIST { repeated group list { element } }`) and maps
//! `MAP { repeated group key_value { required key; value } }`; decimals are INT32 up to
//! precision 9, INT64 up to 18, else FIXED of the minimum width; uuid is FIXED(16). Values are
//! shredded into definition and repetition levels (Dremel) for any nesting, written with the
//! `parquet` crate's column writers (no arrow), ZSTD-compressed, in one row group.
//!
//! Metrics, keyed by leaf field id: `column_sizes` (compressed bytes of the column chunks),
//! `value_counts` (all level entries, nulls included, as Parquet counts them),
//! `null_value_counts`, `nan_value_counts` (float and double), and `lower_bounds` /
//! `upper_bounds` in Iceberg's single-value serialization for columns outside lists and maps.
//! NaN is never a bound. Strings and binaries are cut to 16 characters / bytes: the lower
//! bound is the cut prefix, the upper bound the prefix with its last character (byte)
//! incremented, omitted when no character can be. String bounds are omitted for a column with
//! any character from U+D800 up, where Java's UTF-16 order differs from byte order.

use super::rows::{parse_schema, Field, Primitive, Type};
use super::{Datum, Row};
use parquet::basic::{Compression, LogicalType, Repetition, TimeUnit, Type as Physical};
use parquet::data_type::{
    BoolType, ByteArray, ByteArrayType, DataType, DoubleType, FixedLenByteArray,
    FixedLenByteArrayType, FloatType, Int32Type, Int64Type,
};
use parquet::errors::ParquetError;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::{EnabledStatistics, WriterProperties, WriterVersion};
use parquet::file::writer::{SerializedColumnWriter, SerializedFileWriter};
use parquet::schema::types::{Type as ParquetType, TypePtr};
use serde_json::Value;
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Bound truncation, as Iceberg's default metrics mode `truncate(16)`.
const TRUNCATE: usize = 16;

/// A written Parquet file.
#[derive(Clone, Debug)]
pub struct DataFile {
    pub bytes: Vec<u8>,
    pub record_count: u64,
    pub metrics: Metrics,
}

/// Iceberg column metrics by field id (see the module doc).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metrics {
    pub column_sizes: BTreeMap<i32, i64>,
    pub value_counts: BTreeMap<i32, i64>,
    pub null_value_counts: BTreeMap<i32, i64>,
    pub nan_value_counts: BTreeMap<i32, i64>,
    pub lower_bounds: BTreeMap<i32, Vec<u8>>,
    pub upper_bounds: BTreeMap<i32, Vec<u8>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ParquetWriteError {
    #[error("the table schema cannot be written: {0}")]
    Schema(String),
    #[error("row {row}: {message}")]
    Row { row: usize, message: String },
    #[error("a value does not fit its column: {0}")]
    Value(String),
    #[error("Parquet writer: {0}")]
    Parquet(#[from] ParquetError),
}

/// Writes `rows` (of `schema`, the table's Iceberg schema JSON) as one Parquet file.
pub fn write(schema: &Value, rows: &[Row]) -> Result<DataFile, ParquetWriteError> {
    let fields = parse_schema(schema).map_err(|e| ParquetWriteError::Schema(e.to_string()))?;
    let mut leaves = Vec::new();
    let plan: Vec<Node> = fields
        .iter()
        .map(|f| Node::new(f, Levels::default(), &mut leaves))
        .collect();
    let mut columns: Vec<Column> = leaves.iter().map(|_| Column::default()).collect();
    for (i, row) in rows.iter().enumerate() {
        shred_row(&plan, row, &mut columns)
            .map_err(|message| ParquetWriteError::Row { row: i, message })?;
    }
    let root = ParquetType::group_type_builder("table")
        .with_fields(fields.iter().map(parquet_type).collect::<Result<_, _>>()?)
        .build()?;
    let (bytes, sizes) = write_file(Arc::new(root), &leaves, &columns, !rows.is_empty())?;
    let mut metrics = Metrics::default();
    for ((leaf, column), size) in leaves.iter().zip(&columns).zip(sizes) {
        column_metrics(leaf, column, size, &mut metrics);
    }
    Ok(DataFile {
        bytes,
        record_count: rows.len() as u64,
        metrics,
    })
}

// ---------------------------------------------------------------------------------------------
// Parquet schema

fn parquet_type(field: &Field) -> Result<TypePtr, ParquetError> {
    let repetition = if field.required {
        Repetition::REQUIRED
    } else {
        Repetition::OPTIONAL
    };
    let name = field.name.as_str();
    let id = Some(field.id);
    let group = match &field.ty {
        Type::Primitive(p) => {
            let leaf = primitive_type(name, *p)?.with_repetition(repetition);
            return Ok(Arc::new(leaf.with_id(id).build()?));
        }
        Type::Struct(children) => ParquetType::group_type_builder(name).with_fields(
            children
                .iter()
                .map(parquet_type)
                .collect::<Result<_, _>>()?,
        ),
        Type::List(element) => wrapper(
            name,
            LogicalType::List,
            "list",
            vec![parquet_type(element)?],
        )?,
        Type::Map(key, value) => wrapper(
            name,
            LogicalType::Map,
            "key_value",
            vec![parquet_type(key)?, parquet_type(value)?],
        )?,
    };
    let built = group.with_repetition(repetition).with_id(id).build()?;
    Ok(Arc::new(built))
}

/// `group name (LIST|MAP) { repeated group inner { children } }`.
fn wrapper<'a>(
    name: &'a str,
    logical: LogicalType,
    inner: &str,
    children: Vec<TypePtr>,
) -> Result<parquet::schema::types::GroupTypeBuilder<'a>, ParquetError> {
    let repeated = ParquetType::group_type_builder(inner)
        .with_repetition(Repetition::REPEATED)
        .with_fields(children)
        .build()?;
    Ok(ParquetType::group_type_builder(name)
        .with_logical_type(Some(logical))
        .with_fields(vec![Arc::new(repeated)]))
}

/// Bytes of a FIXED big enough for any unscaled value of `precision` digits.
fn decimal_width(precision: u32) -> usize {
    let max = 10u128.pow(precision.min(38)) - 1;
    (1..=16).find(|n| max < 1u128 << (8 * n - 1)).unwrap_or(16)
}

/// How a primitive is stored: its Parquet physical type.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Storage {
    Bool,
    I32,
    I64,
    F32,
    F64,
    Bytes,
    Fixed(usize),
}

fn storage(p: Primitive) -> Storage {
    match p {
        Primitive::Boolean => Storage::Bool,
        Primitive::Int | Primitive::Date => Storage::I32,
        Primitive::Long | Primitive::Time | Primitive::Timestamp | Primitive::TimestampTz => {
            Storage::I64
        }
        Primitive::Float => Storage::F32,
        Primitive::Double => Storage::F64,
        Primitive::Decimal { precision, .. } if precision <= 9 => Storage::I32,
        Primitive::Decimal { precision, .. } if precision <= 18 => Storage::I64,
        Primitive::Decimal { precision, .. } => Storage::Fixed(decimal_width(precision)),
        Primitive::String | Primitive::Binary => Storage::Bytes,
        Primitive::Uuid => Storage::Fixed(16),
        Primitive::Fixed(len) => Storage::Fixed(len),
    }
}

fn primitive_type(
    name: &str,
    p: Primitive,
) -> Result<parquet::schema::types::PrimitiveTypeBuilder<'_>, ParquetError> {
    let physical = match storage(p) {
        Storage::Bool => Physical::BOOLEAN,
        Storage::I32 => Physical::INT32,
        Storage::I64 => Physical::INT64,
        Storage::F32 => Physical::FLOAT,
        Storage::F64 => Physical::DOUBLE,
        Storage::Bytes => Physical::BYTE_ARRAY,
        Storage::Fixed(_) => Physical::FIXED_LEN_BYTE_ARRAY,
    };
    let logical = match p {
        Primitive::Date => Some(LogicalType::Date),
        Primitive::Time => Some(LogicalType::time(false, TimeUnit::MICROS)),
        Primitive::Timestamp => Some(LogicalType::timestamp(false, TimeUnit::MICROS)),
        Primitive::TimestampTz => Some(LogicalType::timestamp(true, TimeUnit::MICROS)),
        Primitive::String => Some(LogicalType::String),
        Primitive::Uuid => Some(LogicalType::Uuid),
        Primitive::Decimal { precision, scale } => {
            Some(LogicalType::decimal(as_i32(scale)?, as_i32(precision)?))
        }
        _ => None,
    };
    let mut builder =
        ParquetType::primitive_type_builder(name, physical).with_logical_type(logical);
    if let Storage::Fixed(len) = storage(p) {
        builder = builder.with_length(as_i32(len)?);
    }
    if let Primitive::Decimal { precision, scale } = p {
        builder = builder
            .with_precision(as_i32(precision)?)
            .with_scale(as_i32(scale)?);
    }
    Ok(builder)
}

fn as_i32<T: TryInto<i32> + Copy + std::fmt::Display>(v: T) -> Result<i32, ParquetError> {
    v.try_into()
        .map_err(|_| ParquetError::General(format!("{v} is too large for a Parquet schema")))
}

// ---------------------------------------------------------------------------------------------
// Shredding (Dremel): each value's leaves get a definition level (how many optional or
// repeated ancestors, itself included, are present) and a repetition level (at which repeated
// ancestor a new entry starts; 0 starts a row).

/// Levels above a node.
#[derive(Clone, Copy, Default)]
struct Levels {
    def: i16,
    rep: i16,
}

/// One leaf column: its Iceberg field, type and maximum levels.
struct Leaf {
    id: i32,
    primitive: Primitive,
    max_def: i16,
    max_rep: i16,
}

/// The schema as the shredder walks it: a field with the leaves of its subtree.
struct Node {
    required: bool,
    /// This node's leaves are `leaves[first..end]`.
    first: usize,
    end: usize,
    shape: Shape,
}

enum Shape {
    Leaf(usize),
    Struct(Vec<Node>),
    List(Box<Node>),
    Map(Box<Node>, Box<Node>),
}

impl Node {
    /// The node of `field` whose parents' levels are `above`; appends its leaves to `leaves`.
    fn new(field: &Field, above: Levels, leaves: &mut Vec<Leaf>) -> Node {
        let own = Levels {
            def: above.def + i16::from(!field.required),
            rep: above.rep,
        };
        // The repeated group inside a list or map adds a level of both kinds.
        let repeated = Levels {
            def: own.def + 1,
            rep: own.rep + 1,
        };
        let first = leaves.len();
        let shape = match &field.ty {
            Type::Primitive(p) => {
                leaves.push(Leaf {
                    id: field.id,
                    primitive: *p,
                    max_def: own.def,
                    max_rep: own.rep,
                });
                Shape::Leaf(first)
            }
            Type::Struct(children) => {
                Shape::Struct(children.iter().map(|c| Node::new(c, own, leaves)).collect())
            }
            Type::List(element) => Shape::List(Box::new(Node::new(element, repeated, leaves))),
            Type::Map(key, value) => Shape::Map(
                Box::new(Node::new(key, repeated, leaves)),
                Box::new(Node::new(value, repeated, leaves)),
            ),
        };
        Node {
            required: field.required,
            first,
            end: leaves.len(),
            shape,
        }
    }
}

/// A leaf column's shredded data: non-null values and the levels of every entry.
#[derive(Default)]
struct Column<'a> {
    values: Vec<&'a Datum>,
    def: Vec<i16>,
    rep: Vec<i16>,
}

impl<'a> Column<'a> {
    fn push(&mut self, value: Option<&'a Datum>, def: i16, rep: i16) {
        self.values.extend(value);
        self.def.push(def);
        self.rep.push(rep);
    }
}

fn shred_row<'a>(plan: &[Node], row: &'a Row, columns: &mut [Column<'a>]) -> Result<(), String> {
    if row.len() != plan.len() {
        return Err(format!("{} values for {} fields", row.len(), plan.len()));
    }
    for (node, value) in plan.iter().zip(row) {
        shred(node, value.as_ref(), Levels::default(), 0, columns)?;
    }
    Ok(())
}

/// Shreds `value` of `node`; `at` are the levels reached above it, `rep` the repetition level
/// of the entries it starts.
fn shred<'a>(
    node: &Node,
    value: Option<&'a Datum>,
    at: Levels,
    rep: i16,
    columns: &mut [Column<'a>],
) -> Result<(), String> {
    let Some(value) = value else {
        if node.required {
            return Err("a required value is null".into());
        }
        return absent(node, at.def, rep, columns);
    };
    let at = Levels {
        def: at.def + i16::from(!node.required),
        rep: at.rep,
    };
    let inner = Levels {
        def: at.def + 1,
        rep: at.rep + 1,
    };
    match (&node.shape, value) {
        (Shape::Leaf(i), v) => column(columns, *i)?.push(Some(v), at.def, rep),
        (Shape::Struct(children), Datum::Struct(values)) if children.len() == values.len() => {
            for (child, v) in children.iter().zip(values) {
                shred(child, v.as_ref(), at, rep, columns)?;
            }
        }
        (Shape::List(element), Datum::List(items)) => {
            if items.is_empty() {
                return absent(element, at.def, rep, columns);
            }
            for (j, item) in items.iter().enumerate() {
                let r = if j == 0 { rep } else { inner.rep };
                shred(element, item.as_ref(), inner, r, columns)?;
            }
        }
        (Shape::Map(key, val), Datum::Map(entries)) => {
            if entries.is_empty() {
                absent(key, at.def, rep, columns)?;
                return absent(val, at.def, rep, columns);
            }
            for (j, (k, v)) in entries.iter().enumerate() {
                let r = if j == 0 { rep } else { inner.rep };
                shred(key, Some(k), inner, r, columns)?;
                shred(val, v.as_ref(), inner, r, columns)?;
            }
        }
        (_, other) => return Err(format!("a value does not match the schema: {other:?}")),
    }
    Ok(())
}

/// An entry with no value (null, or an empty list or map) in every leaf under `node`.
fn absent(node: &Node, def: i16, rep: i16, columns: &mut [Column]) -> Result<(), String> {
    for i in node.first..node.end {
        column(columns, i)?.push(None, def, rep);
    }
    Ok(())
}

fn column<'c, 'a>(columns: &'c mut [Column<'a>], i: usize) -> Result<&'c mut Column<'a>, String> {
    columns
        .get_mut(i)
        .ok_or_else(|| "internal error: leaf index out of range".to_string())
}

// ---------------------------------------------------------------------------------------------
// Writing

/// Writes the columns as one row group (none when `any_rows` is false); the file's bytes and
/// each column chunk's compressed size.
fn write_file(
    root: TypePtr,
    leaves: &[Leaf],
    columns: &[Column],
    any_rows: bool,
) -> Result<(Vec<u8>, Vec<i64>), ParquetWriteError> {
    let props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(Default::default()))
        .set_writer_version(WriterVersion::PARQUET_1_0)
        // Column chunk statistics (what readers prune row groups by), not per page: no page
        // index, as pyarrow writes by default; the page statistics cost time on every value.
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_key_value_metadata(Some(vec![KeyValue::new(
            "written-by".to_string(),
            "s3tables-mcp".to_string(),
        )]))
        .build();
    let mut writer = SerializedFileWriter::new(Vec::new(), root, Arc::new(props))?;
    if any_rows {
        let mut group = writer.next_row_group()?;
        for (leaf, data) in leaves.iter().zip(columns) {
            let mut col = group.next_column()?.ok_or_else(|| {
                ParquetError::General("the schema has fewer columns than leaves".into())
            })?;
            write_column(&mut col, leaf, data)?;
            col.close()?;
        }
        group.close()?;
    }
    let mut sizes = vec![0i64; leaves.len()];
    for group in writer.flushed_row_groups() {
        for (size, chunk) in sizes.iter_mut().zip(group.columns()) {
            *size += chunk.compressed_size();
        }
    }
    // Writes the footer (`finish` would too, and `into_inner` after it a second time).
    Ok((writer.into_inner()?, sizes))
}

fn write_column(
    col: &mut SerializedColumnWriter,
    leaf: &Leaf,
    data: &Column,
) -> Result<(), ParquetWriteError> {
    match storage(leaf.primitive) {
        Storage::Bool => put::<BoolType>(col, leaf, data, |d| match d {
            Datum::Boolean(b) => Some(*b),
            _ => None,
        }),
        Storage::I32 => put::<Int32Type>(col, leaf, data, |d| match d {
            Datum::Int(v) | Datum::Date(v) => Some(*v),
            Datum::Decimal(v) => i32::try_from(*v).ok(),
            _ => None,
        }),
        Storage::I64 => put::<Int64Type>(col, leaf, data, |d| match d {
            Datum::Long(v) | Datum::Time(v) | Datum::Timestamp(v) | Datum::TimestampTz(v) => {
                Some(*v)
            }
            Datum::Decimal(v) => i64::try_from(*v).ok(),
            _ => None,
        }),
        Storage::F32 => put::<FloatType>(col, leaf, data, |d| match d {
            Datum::Float(v) => Some(*v),
            _ => None,
        }),
        Storage::F64 => put::<DoubleType>(col, leaf, data, |d| match d {
            Datum::Double(v) => Some(*v),
            _ => None,
        }),
        Storage::Bytes => put::<ByteArrayType>(col, leaf, data, |d| match d {
            Datum::String(s) => Some(ByteArray::from(s.as_bytes().to_vec())),
            Datum::Binary(b) => Some(ByteArray::from(b.clone())),
            _ => None,
        }),
        Storage::Fixed(len) => put::<FixedLenByteArrayType>(col, leaf, data, |d| {
            let bytes = match d {
                Datum::Uuid(u) => u.to_vec(),
                Datum::Fixed(b) => b.clone(),
                Datum::Decimal(v) => sign_extend(*v, len)?,
                _ => return None,
            };
            (bytes.len() == len).then(|| FixedLenByteArray::from(bytes))
        }),
    }
}

/// Writes a leaf's values converted by `convert` (`None`: the value does not fit the column).
fn put<T: DataType>(
    col: &mut SerializedColumnWriter,
    leaf: &Leaf,
    data: &Column,
    convert: impl Fn(&Datum) -> Option<T::T>,
) -> Result<(), ParquetWriteError> {
    let values = data
        .values
        .iter()
        .map(|d| {
            convert(d).ok_or_else(|| {
                ParquetWriteError::Value(format!(
                    "field id {}: {d:?} is not a {:?}",
                    leaf.id, leaf.primitive
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let def = (leaf.max_def > 0).then_some(data.def.as_slice());
    let rep = (leaf.max_rep > 0).then_some(data.rep.as_slice());
    col.typed::<T>().write_batch(&values, def, rep)?;
    Ok(())
}

/// `v` as `len` bytes of big-endian two's complement, if it fits.
fn sign_extend(v: i128, len: usize) -> Option<Vec<u8>> {
    let minimal = decimal_bytes(v);
    if minimal.len() > len {
        return None;
    }
    let fill = if v < 0 { 0xff } else { 0 };
    let mut out = vec![fill; len - minimal.len()];
    out.extend(minimal);
    Some(out)
}

/// The shortest big-endian two's complement of `v` (Iceberg's decimal serialization).
fn decimal_bytes(v: i128) -> Vec<u8> {
    let bytes = v.to_be_bytes();
    let mut start = 0;
    // A leading byte is redundant when it only repeats the sign of the next one.
    while start < 15 {
        let (lead, next) = (bytes[start], bytes[start + 1]);
        let redundant = (lead == 0 && next & 0x80 == 0) || (lead == 0xff && next & 0x80 != 0);
        if !redundant {
            break;
        }
        start += 1;
    }
    bytes[start..].to_vec()
}

// ---------------------------------------------------------------------------------------------
// Metrics

fn column_metrics(leaf: &Leaf, data: &Column, size: i64, m: &mut Metrics) {
    let id = leaf.id;
    m.column_sizes.insert(id, size);
    m.value_counts.insert(id, data.def.len() as i64);
    let nulls = data.def.iter().filter(|d| **d < leaf.max_def).count();
    m.null_value_counts.insert(id, nulls as i64);
    let is_nan = |d: &Datum| match d {
        Datum::Float(f) => f.is_nan(),
        Datum::Double(f) => f.is_nan(),
        _ => false,
    };
    if matches!(leaf.primitive, Primitive::Float | Primitive::Double) {
        let nans = data.values.iter().filter(|d| is_nan(d)).count();
        m.nan_value_counts.insert(id, nans as i64);
    }
    // No bounds inside lists and maps (as Iceberg's writers): a bound there would describe
    // elements, not rows.
    if leaf.max_rep > 0 {
        return;
    }
    let candidates: Vec<&Datum> = data.values.iter().copied().filter(|d| !is_nan(d)).collect();
    if let Some((lower, upper)) = bounds(leaf.primitive, &candidates) {
        m.lower_bounds.insert(id, lower);
        if let Some(upper) = upper {
            m.upper_bounds.insert(id, upper);
        }
    }
}

/// The serialized lower and (if representable) upper bound of `values` (no nulls, no NaN).
fn bounds(p: Primitive, values: &[&Datum]) -> Option<(Vec<u8>, Option<Vec<u8>>)> {
    if p == Primitive::String && values.iter().any(|d| !byte_orderable(d)) {
        return None;
    }
    let mut iter = values.iter().copied();
    let first = iter.next()?;
    let (mut min, mut max) = (first, first);
    for v in iter {
        if order(v, min)? == Ordering::Less {
            min = v;
        }
        if order(v, max)? == Ordering::Greater {
            max = v;
        }
    }
    match (min, max) {
        (Datum::String(lo), Datum::String(hi)) => Some((
            truncate_str(lo).as_bytes().to_vec(),
            upper_str(hi).map(String::into_bytes),
        )),
        (Datum::Binary(lo), Datum::Binary(hi)) | (Datum::Fixed(lo), Datum::Fixed(hi)) => {
            Some((lo[..lo.len().min(TRUNCATE)].to_vec(), upper_bytes(hi)))
        }
        _ => Some((serialize(min)?, Some(serialize(max)?))),
    }
}

/// Text whose byte order agrees with Java's UTF-16 order.
fn byte_orderable(d: &Datum) -> bool {
    match d {
        Datum::String(s) => s.chars().all(|c| u32::from(c) < 0xD800),
        _ => true,
    }
}

/// The order of two values of one primitive column (floats: -0 before +0, as Java's compare).
fn order(a: &Datum, b: &Datum) -> Option<Ordering> {
    Some(match (a, b) {
        (Datum::Boolean(x), Datum::Boolean(y)) => x.cmp(y),
        (Datum::Int(x), Datum::Int(y)) | (Datum::Date(x), Datum::Date(y)) => x.cmp(y),
        (Datum::Long(x), Datum::Long(y))
        | (Datum::Time(x), Datum::Time(y))
        | (Datum::Timestamp(x), Datum::Timestamp(y))
        | (Datum::TimestampTz(x), Datum::TimestampTz(y)) => x.cmp(y),
        (Datum::Float(x), Datum::Float(y)) => x.total_cmp(y),
        (Datum::Double(x), Datum::Double(y)) => x.total_cmp(y),
        (Datum::Decimal(x), Datum::Decimal(y)) => x.cmp(y),
        (Datum::String(x), Datum::String(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Datum::Uuid(x), Datum::Uuid(y)) => x.cmp(y),
        (Datum::Fixed(x), Datum::Fixed(y)) | (Datum::Binary(x), Datum::Binary(y)) => x.cmp(y),
        _ => return None,
    })
}

/// Iceberg's single-value serialization of a primitive.
fn serialize(d: &Datum) -> Option<Vec<u8>> {
    Some(match d {
        Datum::Boolean(b) => vec![u8::from(*b)],
        Datum::Int(v) | Datum::Date(v) => v.to_le_bytes().to_vec(),
        Datum::Long(v) | Datum::Time(v) | Datum::Timestamp(v) | Datum::TimestampTz(v) => {
            v.to_le_bytes().to_vec()
        }
        Datum::Float(v) => v.to_le_bytes().to_vec(),
        Datum::Double(v) => v.to_le_bytes().to_vec(),
        Datum::Decimal(v) => decimal_bytes(*v),
        Datum::String(s) => s.as_bytes().to_vec(),
        Datum::Uuid(u) => u.to_vec(),
        Datum::Fixed(b) | Datum::Binary(b) => b.clone(),
        Datum::Struct(_) | Datum::List(_) | Datum::Map(_) => return None,
    })
}

fn truncate_str(s: &str) -> &str {
    match s.char_indices().nth(TRUNCATE) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// An upper bound for `s` of at most 16 characters: `s` itself when short enough, else its
/// prefix with the last character that can be incremented incremented (and what follows it
/// dropped); `None` when none can (within the byte-orderable range).
fn upper_str(s: &str) -> Option<String> {
    let cut = truncate_str(s);
    if cut.len() == s.len() {
        return Some(s.to_string());
    }
    let mut chars: Vec<char> = cut.chars().collect();
    while let Some(last) = chars.pop() {
        let next = char::from_u32(u32::from(last) + 1).filter(|c| u32::from(*c) < 0xD800);
        if let Some(next) = next {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// The same for bytes: the 16-byte prefix with its last non-0xFF byte incremented.
fn upper_bytes(b: &[u8]) -> Option<Vec<u8>> {
    if b.len() <= TRUNCATE {
        return Some(b.to_vec());
    }
    let mut cut = b[..TRUNCATE].to_vec();
    while let Some(last) = cut.pop() {
        if last < 0xff {
            cut.push(last + 1);
            return Some(cut);
        }
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bounds::{decode, Literal};
    use crate::parquet_rows::{read_rows, RangeSource, Want};
    use crate::write::rows::convert;
    use serde_json::json;

    pub(crate) struct Memory(pub Vec<u8>);

    impl RangeSource for Memory {
        fn range(&self, start: u64, end: u64) -> Result<Vec<u8>, String> {
            self.0
                .get(start as usize..=end as usize)
                .map(<[u8]>::to_vec)
                .ok_or_else(|| "out of range".to_string())
        }
    }

    fn schema(fields: Value) -> Value {
        json!({"type": "struct", "schema-id": 0, "fields": fields})
    }

    /// Converts, writes and reads back `rows` with the crate's read path.
    fn round_trip(schema: &Value, rows: &[Value]) -> (DataFile, Vec<Value>) {
        let converted = convert(schema, rows).unwrap();
        let file = write(schema, &converted).unwrap();
        let fields = schema["fields"].as_array().unwrap();
        let want = Want {
            rows: usize::MAX,
            keep: &|_, _| true,
            max_scanned: u64::MAX,
            pruners: &[],
        };
        let mut back = Vec::new();
        let source = Memory(file.bytes.clone());
        read_rows(&source, file.bytes.len() as u64, fields, &want, &mut back).unwrap();
        (file, back)
    }

    /// A field of each primitive type (ids 1…), optional or not.
    pub(crate) fn primitives(required: bool) -> Value {
        let types = [
            "boolean",
            "int",
            "long",
            "float",
            "double",
            "decimal(9, 2)",
            "decimal(18, 3)",
            "decimal(38, 10)",
            "date",
            "time",
            "timestamp",
            "timestamptz",
            "string",
            "uuid",
            "fixed[3]",
            "binary",
        ];
        let fields: Vec<Value> = types
            .iter()
            .enumerate()
            .map(|(i, t)| json!({"id": i + 1, "name": format!("c{}", i + 1), "required": required, "type": t}))
            .collect();
        schema(Value::Array(fields))
    }

    pub(crate) fn primitive_rows() -> Vec<Value> {
        let names = |values: Vec<Value>| {
            Value::Object(
                values
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| (format!("c{}", i + 1), v))
                    .collect(),
            )
        };
        vec![
            names(vec![
                json!(true),
                json!(-7),
                json!(1i64 << 40),
                json!(1.5),
                json!(-0.25),
                json!("-12.30"),
                json!("123456789012345.678"),
                json!("-1234567890123456789012345678.0123456789"),
                json!("2024-02-29"),
                json!("01:02:03.000004"),
                json!("1969-12-31T23:59:59.999999"),
                json!("2023-11-14T22:13:20.123456Z"),
                json!("zürich"),
                json!("12345678-9abc-def0-1234-56789abcdef0"),
                json!("AAEC"),
                json!(""),
            ]),
            names(vec![
                json!(false),
                json!(i32::MAX),
                json!(i64::MIN),
                json!("NaN"),
                json!("-Infinity"),
                json!("0.05"),
                json!("-0.001"),
                json!("0.0000000001"),
                json!("1970-01-01"),
                json!("23:59:59.999999"),
                json!("2024-01-01T00:00:00.000000"),
                json!("1970-01-01T00:00:00.000000Z"),
                json!(""),
                json!("00000000-0000-0000-0000-000000000000"),
                json!("////"),
                json!("Zm9vYmFy"),
            ]),
        ]
    }

    #[test]
    fn every_primitive_type_reads_back_as_written() {
        for required in [true, false] {
            let s = primitives(required);
            let mut rows = primitive_rows();
            if !required {
                rows.push(Value::Object(
                    (1..=16).map(|i| (format!("c{i}"), Value::Null)).collect(),
                ));
            }
            let (file, back) = round_trip(&s, &rows);
            assert_eq!(back, rows);
            assert_eq!(file.record_count, rows.len() as u64);
        }
    }

    #[test]
    fn the_parquet_schema_follows_the_iceberg_spec() {
        let s = schema(json!([
            {"id": 1, "name": "d9", "required": true, "type": "decimal(9, 2)"},
            {"id": 2, "name": "d20", "required": false, "type": "decimal(20, 0)"},
            {"id": 3, "name": "u", "required": false, "type": "uuid"},
            {"id": 4, "name": "ts", "required": false, "type": "timestamp"},
            {"id": 5, "name": "l", "required": false, "type": {"type": "list", "element-id": 6,
                "element-required": true, "element": "time"}},
            {"id": 7, "name": "m", "required": true, "type": {"type": "map", "key-id": 8,
                "key": "string", "value-id": 9, "value-required": false, "value": "timestamptz"}}
        ]));
        let file = write(&s, &[]).unwrap();
        let reader =
            parquet::file::reader::SerializedFileReader::new(bytes::Bytes::from(file.bytes))
                .unwrap();
        use parquet::file::reader::FileReader;
        let mut text = Vec::new();
        parquet::schema::printer::print_schema(
            &mut text,
            reader.metadata().file_metadata().schema(),
        );
        let text = String::from_utf8(text).unwrap();
        let squashed: Vec<&str> = text.lines().map(str::trim).collect();
        assert_eq!(
            squashed,
            [
                "message table {",
                "REQUIRED INT32 d9 [1] (DECIMAL(9,2));",
                "OPTIONAL FIXED_LEN_BYTE_ARRAY (9) d20 [2] (DECIMAL(20,0));",
                "OPTIONAL FIXED_LEN_BYTE_ARRAY (16) u [3] (UUID);",
                "OPTIONAL INT64 ts [4] (TIMESTAMP(MICROS,false));",
                "OPTIONAL group l [5] (LIST) {",
                "REPEATED group list {",
                "REQUIRED INT64 element [6] (TIME(MICROS,false));",
                "}",
                "}",
                "REQUIRED group m [7] (MAP) {",
                "REPEATED group key_value {",
                "REQUIRED BYTE_ARRAY key [8] (STRING);",
                "OPTIONAL INT64 value [9] (TIMESTAMP(MICROS,true));",
                "}",
                "}",
                "}",
            ]
        );
        assert_eq!(file.record_count, 0);
        assert_eq!(
            [
                decimal_width(9),
                decimal_width(18),
                decimal_width(19),
                decimal_width(38)
            ],
            [4, 8, 9, 16]
        );
    }

    pub(crate) fn nested_schema() -> Value {
        schema(json!([
            {"id": 1, "name": "id", "required": true, "type": "long"},
            {"id": 2, "name": "address", "required": false, "type": {"type": "struct", "fields": [
                {"id": 3, "name": "zip", "required": true, "type": "string"},
                {"id": 4, "name": "geo", "required": false, "type": {"type": "struct", "fields": [
                    {"id": 5, "name": "lat", "required": false, "type": "double"}]}}]}},
            {"id": 6, "name": "tags", "required": false, "type": {"type": "list",
                "element-id": 7, "element-required": false, "element": "string"}},
            {"id": 8, "name": "matrix", "required": false, "type": {"type": "list",
                "element-id": 9, "element-required": false, "element": {"type": "list",
                    "element-id": 10, "element-required": false, "element": "int"}}},
            {"id": 11, "name": "people", "required": false, "type": {"type": "list",
                "element-id": 12, "element-required": false, "element": {"type": "struct", "fields": [
                    {"id": 13, "name": "name", "required": true, "type": "string"},
                    {"id": 14, "name": "age", "required": false, "type": "int"}]}}},
            {"id": 15, "name": "attrs", "required": false, "type": {"type": "map",
                "key-id": 16, "key": "string", "value-id": 17, "value-required": false,
                "value": {"type": "list", "element-id": 18, "element-required": false, "element": "long"}}},
            {"id": 19, "name": "by_day", "required": false, "type": {"type": "map",
                "key-id": 20, "key": "date", "value-id": 21, "value-required": false,
                "value": {"type": "struct", "fields": [
                    {"id": 22, "name": "n", "required": false, "type": "int"}]}}}
        ]))
    }

    pub(crate) fn nested_rows() -> Vec<Value> {
        vec![
            json!({"id": 1, "address": {"zip": "10115", "geo": {"lat": 52.5}},
                "tags": ["a", null, "b"], "matrix": [[1, 2], null, [], [null, 3]],
                "people": [{"name": "ann", "age": 30}, null, {"name": "bob", "age": null}],
                "attrs": {"x": [1, null], "y": null, "z": []},
                "by_day": [{"key": "2024-01-01", "value": {"n": 1}}, {"key": "2024-01-02", "value": null},
                           {"key": "2024-01-03", "value": {"n": null}}]}),
            json!({"id": 2, "address": {"zip": "0", "geo": null}, "tags": [], "matrix": [],
                "people": [], "attrs": {}, "by_day": []}),
            json!({"id": 3, "address": {"zip": "1", "geo": {"lat": null}}, "tags": null,
                "matrix": null, "people": null, "attrs": null, "by_day": null}),
            json!({"id": 4, "address": null, "tags": [null], "matrix": [[null]],
                "people": [null], "attrs": {"k": [null]}, "by_day": [{"key": "1970-01-01", "value": null}]}),
        ]
    }

    #[test]
    fn nested_values_with_nulls_at_every_level_read_back() {
        let rows = nested_rows();
        let (file, back) = round_trip(&nested_schema(), &rows);
        assert_eq!(back, rows);
        let m = &file.metrics;
        // Leaf entries as Parquet counts them: one per value, null or empty-list placeholder.
        assert_eq!(m.value_counts[&7], 3 + 1 + 1 + 1);
        assert_eq!(m.null_value_counts[&7], 1 + 1 + 1 + 1);
        assert_eq!(m.value_counts[&10], 6 + 1 + 1 + 1);
        assert_eq!(m.null_value_counts[&10], 3 + 1 + 1 + 1);
        assert_eq!(m.value_counts[&3], 4);
        assert_eq!(m.null_value_counts[&3], 1);
        assert_eq!(m.null_value_counts[&5], 3);
        // Bounds only outside lists and maps, including struct members.
        assert_eq!(
            decode("string", &m.lower_bounds[&3]),
            Some(Literal::Str("0".into()))
        );
        assert_eq!(
            decode("string", &m.upper_bounds[&3]),
            Some(Literal::Str("10115".into()))
        );
        assert_eq!(m.lower_bounds[&5], 52.5f64.to_le_bytes());
        assert_eq!(decode("long", &m.upper_bounds[&1]), Some(Literal::Int(4)));
        for id in [7, 10, 13, 14, 16, 18, 20, 22] {
            assert!(
                !m.lower_bounds.contains_key(&id) && !m.upper_bounds.contains_key(&id),
                "{id}"
            );
            assert!(m.column_sizes[&id] > 0);
        }
        let leaves: Vec<i32> = m.column_sizes.keys().copied().collect();
        assert_eq!(leaves, [1, 3, 5, 7, 10, 13, 14, 16, 18, 20, 22]);
    }

    fn metrics_of(ty: &str, values: Vec<Value>) -> Metrics {
        let s = schema(json!([{"id": 1, "name": "c", "required": false, "type": ty}]));
        let rows: Vec<Value> = values.into_iter().map(|v| json!({"c": v})).collect();
        let (file, back) = round_trip(&s, &rows);
        assert_eq!(back.len(), rows.len());
        file.metrics
    }

    fn bounds_of(ty: &str, values: Vec<Value>) -> (Option<Literal>, Option<Literal>) {
        let m = metrics_of(ty, values);
        let get = |b: &BTreeMap<i32, Vec<u8>>| b.get(&1).and_then(|v| decode(ty, v));
        (get(&m.lower_bounds), get(&m.upper_bounds))
    }

    #[test]
    fn bounds_are_exact_for_ordered_types() {
        let int = |v| Some(Literal::Int(v));
        assert_eq!(
            bounds_of("int", vec![json!(3), json!(null), json!(-2)]),
            (int(-2), int(3))
        );
        assert_eq!(
            bounds_of("date", vec![json!("2024-01-02"), json!("1969-12-31")]),
            (int(-1), int(19_724))
        );
        assert_eq!(
            bounds_of(
                "timestamptz",
                vec![
                    json!("1970-01-01T00:00:01+01:00"),
                    json!("1970-01-01T00:00:00Z")
                ]
            ),
            (int(-3_599_000_000), int(0))
        );
        assert_eq!(
            bounds_of(
                "decimal(38, 2)",
                vec![json!("-1.28"), json!("1.27"), json!("0.5")]
            ),
            (Some(Literal::Decimal(-128)), Some(Literal::Decimal(127)))
        );
        assert_eq!(
            bounds_of("boolean", vec![json!(true), json!(true)]),
            (Some(Literal::Bool(true)), Some(Literal::Bool(true)))
        );
        assert_eq!(decimal_bytes(-128), [0x80]);
        assert_eq!(decimal_bytes(128), [0x00, 0x80]);
        assert_eq!(decimal_bytes(-129), [0xff, 0x7f]);
        assert_eq!(decimal_bytes(0), [0]);
        let m = metrics_of("time", vec![json!("10:00"), json!("09:00")]);
        assert_eq!(m.lower_bounds[&1], 32_400_000_000i64.to_le_bytes());
        let m = metrics_of(
            "uuid",
            vec![
                json!("ffffffff-0000-0000-0000-000000000000"),
                json!("00000000-0000-0000-0000-000000000001"),
            ],
        );
        assert_eq!(m.lower_bounds[&1][15], 1);
        assert_eq!(m.upper_bounds[&1][0], 0xff);
    }

    #[test]
    fn nan_is_counted_never_a_bound() {
        let m = metrics_of(
            "double",
            vec![
                json!("NaN"),
                json!(2.5),
                json!(null),
                json!(-0.0),
                json!("Infinity"),
            ],
        );
        assert_eq!(m.nan_value_counts[&1], 1);
        assert_eq!(m.null_value_counts[&1], 1);
        assert_eq!(m.value_counts[&1], 5);
        assert_eq!(m.lower_bounds[&1], (-0.0f64).to_le_bytes());
        assert_eq!(m.upper_bounds[&1], f64::INFINITY.to_le_bytes());
        let m = metrics_of("float", vec![json!("NaN"), json!(null)]);
        assert_eq!(m.nan_value_counts[&1], 1);
        assert!(m.lower_bounds.is_empty() && m.upper_bounds.is_empty());
        let m = metrics_of("int", vec![json!(null), json!(null)]);
        assert!(m.lower_bounds.is_empty() && m.nan_value_counts.is_empty());
        assert_eq!(m.null_value_counts[&1], 2);
    }

    #[test]
    fn long_strings_and_binaries_are_truncated_safely() {
        let long = "abcdefghijklmnopqrstuvwxyz";
        let str_bounds = |values: Vec<Value>| {
            let m = metrics_of("string", values);
            let text = |b: Option<&Vec<u8>>| b.map(|b| String::from_utf8(b.clone()).unwrap());
            (text(m.lower_bounds.get(&1)), text(m.upper_bounds.get(&1)))
        };
        assert_eq!(
            str_bounds(vec![json!(long), json!("b")]),
            (Some("abcdefghijklmnop".into()), Some("b".into()))
        );
        assert_eq!(
            str_bounds(vec![json!("a"), json!(long)]),
            (Some("a".into()), Some("abcdefghijklmnoq".into()))
        );
        // 16 multi-byte characters fit; the 17th is cut by characters, not bytes.
        let accented = "é".repeat(17);
        assert_eq!(
            str_bounds(vec![json!(accented)]),
            (Some("é".repeat(16)), Some(format!("{}ê", "é".repeat(15))))
        );
        // Text whose byte order may differ from Java's gets no bounds at all.
        assert_eq!(
            str_bounds(vec![json!("a"), json!("\u{1F600}")]),
            (None, None)
        );
        assert_eq!(
            upper_str(&format!("{}{}", "\u{D7FF}".repeat(16), "x")),
            None
        );
        let m = metrics_of(
            "binary",
            vec![json!(base64_of(&[0xff; 20])), json!(base64_of(&[1, 2]))],
        );
        assert_eq!(m.lower_bounds[&1], [1, 2]);
        assert!(!m.upper_bounds.contains_key(&1));
        assert_eq!(
            upper_bytes(&[[1u8; 15].as_slice(), &[0xff, 0xff, 3]].concat()),
            Some([[1u8; 14].as_slice(), &[2]].concat())
        );
    }

    fn base64_of(b: &[u8]) -> String {
        crate::text::base64(b)
    }

    #[test]
    fn rows_that_do_not_fit_the_schema_are_errors() {
        let s = schema(json!([
            {"id": 1, "name": "a", "required": true, "type": "int"},
            {"id": 2, "name": "f", "required": false, "type": "fixed[2]"}
        ]));
        let bad_rows: [Row; 4] = [
            vec![None, None],
            vec![Some(Datum::Int(1))],
            vec![Some(Datum::Long(1)), None],
            vec![Some(Datum::Int(1)), Some(Datum::Fixed(vec![1]))],
        ];
        for row in bad_rows {
            assert!(write(&s, std::slice::from_ref(&row)).is_err(), "{row:?}");
        }
        let e = write(
            &json!({"type": "struct", "fields": [
            {"id": 1, "name": "t", "required": false, "type": "timestamp_ns"}]}),
            &[],
        );
        assert!(e
            .unwrap_err()
            .to_string()
            .contains("not supported for writing"));
    }

    /// Writes a file with every type to /tmp for a manual check with other readers
    /// (`cargo test … -- --ignored`, then pyarrow).
    #[test]
    #[ignore]
    fn write_a_sample_for_other_readers() {
        let mut fields = primitives(false)["fields"].as_array().unwrap().clone();
        for f in nested_schema()["fields"].as_array().unwrap() {
            let mut f = f.clone();
            f["id"] = json!(f["id"].as_i64().unwrap() + 100);
            renumber(&mut f["type"]);
            fields.push(f);
        }
        let s = schema(Value::Array(fields));
        let rows: Vec<Value> = primitive_rows()
            .into_iter()
            .zip(nested_rows())
            .map(|(mut a, b)| {
                a.as_object_mut()
                    .unwrap()
                    .extend(b.as_object().unwrap().clone());
                a
            })
            .collect();
        let (file, back) = round_trip(&s, &rows);
        assert_eq!(back, rows);
        std::fs::write("/tmp/s3tables-mcp-sample.parquet", &file.bytes).unwrap();
        let hex = |b: &BTreeMap<i32, Vec<u8>>| -> BTreeMap<i32, String> {
            b.iter()
                .map(|(k, v)| (*k, v.iter().map(|x| format!("{x:02x}")).collect()))
                .collect()
        };
        let m = &file.metrics;
        let sample = json!({"schema": s, "rows": rows, "metrics": {
            "column_sizes": m.column_sizes, "value_counts": m.value_counts,
            "null_value_counts": m.null_value_counts, "nan_value_counts": m.nan_value_counts,
            "lower_bounds": hex(&m.lower_bounds), "upper_bounds": hex(&m.upper_bounds)}});
        std::fs::write("/tmp/s3tables-mcp-sample.json", sample.to_string()).unwrap();
    }

    /// Adds 100 to the ids inside a nested type.
    fn renumber(ty: &mut Value) {
        if let Value::Object(map) = ty {
            for key in ["element-id", "key-id", "value-id", "id"] {
                if let Some(id) = map.get(key).and_then(Value::as_i64) {
                    map.insert(key.into(), json!(id + 100));
                }
            }
            for (_, v) in map.iter_mut() {
                renumber(v);
            }
        } else if let Value::Array(items) = ty {
            items.iter_mut().for_each(renumber);
        }
    }
}
