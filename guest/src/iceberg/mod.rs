//! Apache Iceberg table metadata, read without an Iceberg library: the metadata JSON file
//! (plain or gzip) that a table's `metadataLocation` names, summarized for `describe_table`.

pub mod avro;
pub mod describe;
pub mod manifests;
pub mod metadata;
pub mod time;
