//! Apache Iceberg tables without an Iceberg library, shared by the guest (which reads and
//! writes tables) and the host (which checks what an appending call commits,
//! `host/src/append_only.rs`). Pure Rust with no WASI, network or MCP dependency, so it builds
//! and tests natively.
//!
//! Always here: Avro, read and written (manifests and manifest lists), the metadata file's
//! decoding (plain or gzip), and bytes as text (`text`: hex, UUIDs, base64). With the `files`
//! feature (the guest's): the metadata summarized for `describe_table` (`describe`, `history`,
//! `manifests`); Parquet data files and delete files (position, equality, deletion vectors)
//! read and pruned for `preview_table` and `query_database` (`scan` plans, `content` is what
//! it finds, `deletes` and `dv` apply, `prune` and `bounds` skip, `filter`, `parquet_rows`,
//! `values`, `time`, `transform`); and the files of a new snapshot written (`write`). Nothing
//! here sends a request: the guest fetches and stores the bytes.

pub mod avro;
pub mod avro_write;
pub mod metadata;
pub mod text;

/// Modules of the `files` feature.
macro_rules! files {
    ($($module:ident),* $(,)?) => {
        $( #[cfg(feature = "files")] pub mod $module; )*
    };
}

#[cfg(feature = "arrow")]
pub mod arrow;

files!(
    bounds,
    content,
    deletes,
    describe,
    dv,
    filter,
    history,
    manifests,
    parquet_rows,
    prune,
    scan,
    time,
    transform,
    values,
    write,
);
