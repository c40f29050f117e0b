//! Apache Iceberg tables, read without an Iceberg library: the metadata JSON file (plain or
//! gzip) that a table's `metadataLocation` names, summarized for `describe_table`; manifests and
//! Parquet data files and delete files (position, equality, deletion vectors), read for
//! `preview_table`.

pub use s3tables_iceberg::{avro, metadata};
pub mod bounds;
pub mod deletes;
pub mod describe;
pub mod dv;
pub mod filter;
pub mod history;
pub mod manifests;
pub mod parquet_rows;
pub mod prune;
pub mod scan;
pub mod time;
pub mod transform;
pub mod values;
pub mod write;
