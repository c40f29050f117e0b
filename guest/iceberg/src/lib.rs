//! Iceberg file formats, shared by the guest (which reads and writes tables) and the host
//! (which checks what an appending call commits, `host/src/append_only.rs`). Pure Rust with
//! no WASI or MCP dependency, so it builds and tests natively. Today it holds Avro, read and
//! written (manifests and manifest lists), and the metadata file's decoding; the rest of the
//! guest's Iceberg layer is to follow (issue #19).

pub mod avro;
pub mod avro_write;
pub mod metadata;
