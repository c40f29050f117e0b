//! Apache Iceberg tables, read without an Iceberg library: the metadata JSON file (plain or
//! gzip) that a table's `metadataLocation` names, summarized for `describe_table`; manifests and
//! Parquet data files, read for `preview_table`.

pub mod avro;
pub mod describe;
pub mod filter;
pub mod manifests;
pub mod metadata;
pub mod parquet_rows;
pub mod scan;
pub mod time;
pub mod values;
