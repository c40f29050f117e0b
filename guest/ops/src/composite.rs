//! Tools that are not one S3 Tables operation: they read table data (metadata files in the
//! table's warehouse bucket) or call ordinary S3. Declared here, beside the operation catalog,
//! because the guest (listing, grants) and the host (which S3 requests to let through) both
//! need them; the guest implements them in `tools/composite/`.

use crate::Access;

/// The S3 requests a composite tool sends, which the host allows only while such a tool exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum S3Reads {
    /// GET/HEAD of objects in table buckets (`<name>--table-s3`): metadata, manifests, data files.
    TableData,
    /// `GET /?metadataConfiguration` of a general purpose bucket.
    BucketMetadataConfiguration,
    /// GET/HEAD of objects in the general purpose buckets the user named with
    /// `--allow-read-bucket` (files to import).
    SourceObjects,
}

/// Whether a composite tool writes new objects (PUT) into table buckets: its data files,
/// manifests and metadata file, before committing them with UpdateTableMetadataLocation.
/// The host lets such PUTs through only while a tool that sends them is granted, which takes
/// `--allow-write`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum S3Writes {
    None,
    TableData,
}

/// Which build of the guest runs a tool. Tools that decode or write table data (Parquet) live
/// in the data-plane build, and the SQL tool in the SQL build (the data plane plus DataFusion,
/// some twenty times larger again). The host keeps the control-plane build loaded for
/// everything else and compiles each larger build only when one of its tools is first called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plane {
    Control,
    Data,
    Sql,
}

#[derive(Debug)]
pub struct CompositeSpec {
    /// The MCP tool name.
    pub tool: &'static str,
    /// Other names accepted on `tools/call` (never listed).
    pub aliases: &'static [&'static str],
    pub toolset: &'static str,
    pub access: Access,
    pub s3_reads: &'static [S3Reads],
    pub s3_writes: S3Writes,
    /// The S3 Tables operations the tool calls: the host lets them through while the tool is
    /// granted, even when the operation's own tool is not (e.g. `--allow-write=append_rows_to_table`
    /// commits with UpdateTableMetadataLocation).
    pub operations: &'static [&'static str],
    pub plane: Plane,
}

pub static DESCRIBE_TABLE: CompositeSpec = CompositeSpec {
    tool: "describe_table",
    aliases: &["get_table_schema"],
    toolset: "tables",
    access: Access::Read,
    s3_reads: &[S3Reads::TableData],
    s3_writes: S3Writes::None,
    operations: &["GetTable", "GetTableMetadataLocation"],
    plane: Plane::Control,
};

pub static PREVIEW_TABLE: CompositeSpec = CompositeSpec {
    tool: "preview_table",
    aliases: &[],
    toolset: "tables",
    access: Access::Read,
    s3_reads: &[S3Reads::TableData],
    s3_writes: S3Writes::None,
    operations: &["GetTable", "GetTableMetadataLocation"],
    plane: Plane::Data,
};

pub static QUERY_DATABASE: CompositeSpec = CompositeSpec {
    tool: "query_database",
    aliases: &[],
    toolset: "tables",
    access: Access::Read,
    s3_reads: &[S3Reads::TableData],
    s3_writes: S3Writes::None,
    operations: &["GetTable", "GetTableMetadataLocation", "ListTables"],
    plane: Plane::Sql,
};

pub static APPEND_ROWS_TO_TABLE: CompositeSpec = CompositeSpec {
    tool: "append_rows_to_table",
    aliases: &[],
    toolset: "tables",
    access: Access::Write {
        destructive: false,
        idempotent: false,
    },
    s3_reads: &[S3Reads::TableData],
    s3_writes: S3Writes::TableData,
    operations: &[
        "GetTable",
        "GetTableMetadataLocation",
        "UpdateTableMetadataLocation",
    ],
    plane: Plane::Data,
};

/// The import tools: a file from a general purpose bucket appended to a table (created with
/// the file's schema when asked).
pub static IMPORT_CSV_TO_TABLE: CompositeSpec = import_spec("import_csv_to_table");
pub static IMPORT_PARQUET_TO_TABLE: CompositeSpec = import_spec("import_parquet_to_table");

const fn import_spec(tool: &'static str) -> CompositeSpec {
    CompositeSpec {
        tool,
        aliases: &[],
        toolset: "tables",
        access: Access::Write {
            destructive: false,
            idempotent: false,
        },
        s3_reads: &[S3Reads::TableData, S3Reads::SourceObjects],
        s3_writes: S3Writes::TableData,
        operations: &[
            "GetTable",
            "GetTableMetadataLocation",
            "CreateTable",
            "UpdateTableMetadataLocation",
        ],
        plane: Plane::Data,
    }
}

pub static GET_BUCKET_METADATA_CONFIG: CompositeSpec = CompositeSpec {
    tool: "get_bucket_metadata_config",
    aliases: &[],
    toolset: "metadata",
    access: Access::Read,
    s3_reads: &[S3Reads::BucketMetadataConfiguration],
    s3_writes: S3Writes::None,
    operations: &[],
    plane: Plane::Control,
};

pub static COMPOSITES: &[&CompositeSpec] = &[
    &DESCRIBE_TABLE,
    &PREVIEW_TABLE,
    &QUERY_DATABASE,
    &APPEND_ROWS_TO_TABLE,
    &IMPORT_CSV_TO_TABLE,
    &IMPORT_PARQUET_TO_TABLE,
    &GET_BUCKET_METADATA_CONFIG,
];

/// The composite tool with this name or alias.
pub fn find_composite(name: &str) -> Option<&'static CompositeSpec> {
    COMPOSITES
        .iter()
        .copied()
        .find(|c| c.tool == name || c.aliases.contains(&name))
}

/// The build that runs `tool` (a name or alias); every API operation runs in the control plane.
pub fn plane_of(tool: &str) -> Plane {
    find_composite(tool).map_or(Plane::Control, |c| c.plane)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_operations_composites_call_are_in_the_catalog() {
        for c in COMPOSITES {
            for op in c.operations {
                assert!(crate::find(op).is_some(), "{}: {op}", c.tool);
            }
            assert_eq!(
                c.s3_writes == S3Writes::TableData,
                !c.access.is_read(),
                "{}: only tools that write may put table files",
                c.tool
            );
        }
    }
}
