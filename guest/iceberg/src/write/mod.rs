//! Writing to Iceberg tables: JSON rows converted to the table's schema (`rows`), Parquet data
//! files (`parquet_file`), partition values (`partition`), Avro manifests and manifest lists
//! (`manifest`, with `crate::avro_write`), and the metadata that makes them the table's next snapshot
//! (`snapshot`). Nothing here talks to the network: `tools::composite::append` writes the
//! files and commits them.

pub mod import;
pub mod manifest;
pub mod parquet_file;
pub mod partition;
pub mod rows;
pub mod snapshot;

/// One value of a row, typed by the table's Iceberg schema. Temporal values are in Iceberg's
/// storage units (days since 1970-01-01; microseconds since midnight / since the epoch in UTC).
#[derive(Clone, Debug, PartialEq)]
pub enum Datum {
    Boolean(bool),
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
    /// `decimal(p, s)`: the unscaled value; the scale is the column's.
    Decimal(i128),
    Date(i32),
    Time(i64),
    Timestamp(i64),
    TimestampTz(i64),
    String(String),
    Uuid([u8; 16]),
    Fixed(Vec<u8>),
    Binary(Vec<u8>),
    /// The struct's fields in schema order; `None` is null.
    Struct(Vec<Option<Datum>>),
    List(Vec<Option<Datum>>),
    /// Entries in the order given; keys are never null.
    Map(Vec<(Datum, Option<Datum>)>),
}

/// A row: the schema's top-level fields in order; `None` is null.
pub type Row = Vec<Option<Datum>>;
