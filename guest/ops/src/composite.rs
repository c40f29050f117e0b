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
}

/// Which build of the guest runs a tool. Tools that decode table data (Parquet, SQL) live in
/// the data-plane build, which is much larger: the host keeps the control-plane build loaded
/// for everything else and loads the data-plane build only when such a tool is first called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plane {
    Control,
    Data,
}

#[derive(Debug)]
pub struct CompositeSpec {
    /// The MCP tool name.
    pub tool: &'static str,
    /// Other names accepted on `tools/call` (never listed).
    pub aliases: &'static [&'static str],
    pub toolset: &'static str,
    pub access: Access,
    pub s3_reads: S3Reads,
    pub plane: Plane,
}

pub static DESCRIBE_TABLE: CompositeSpec = CompositeSpec {
    tool: "describe_table",
    aliases: &["get_table_schema"],
    toolset: "tables",
    access: Access::Read,
    s3_reads: S3Reads::TableData,
    plane: Plane::Control,
};

pub static PREVIEW_TABLE: CompositeSpec = CompositeSpec {
    tool: "preview_table",
    aliases: &[],
    toolset: "tables",
    access: Access::Read,
    s3_reads: S3Reads::TableData,
    plane: Plane::Data,
};

pub static QUERY_DATABASE: CompositeSpec = CompositeSpec {
    tool: "query_database",
    aliases: &[],
    toolset: "tables",
    access: Access::Read,
    s3_reads: S3Reads::TableData,
    plane: Plane::Data,
};

pub static GET_BUCKET_METADATA_CONFIG: CompositeSpec = CompositeSpec {
    tool: "get_bucket_metadata_config",
    aliases: &[],
    toolset: "metadata",
    access: Access::Read,
    s3_reads: S3Reads::BucketMetadataConfiguration,
    plane: Plane::Control,
};

pub static COMPOSITES: &[&CompositeSpec] = &[
    &DESCRIBE_TABLE,
    &PREVIEW_TABLE,
    &QUERY_DATABASE,
    &GET_BUCKET_METADATA_CONFIG,
];

/// The composite tool with this name or alias.
pub fn find_composite(name: &str) -> Option<&'static CompositeSpec> {
    COMPOSITES
        .iter()
        .copied()
        .find(|c| c.tool == name || c.aliases.contains(&name))
}

/// Whether `tool` (a name or alias) runs in the data-plane build.
pub fn runs_in_data_plane(tool: &str) -> bool {
    find_composite(tool).is_some_and(|c| c.plane == Plane::Data)
}
