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

#[derive(Debug)]
pub struct CompositeSpec {
    /// The MCP tool name.
    pub tool: &'static str,
    /// Other names accepted on `tools/call` (never listed).
    pub aliases: &'static [&'static str],
    pub toolset: &'static str,
    pub access: Access,
    pub s3_reads: S3Reads,
}

pub static DESCRIBE_TABLE: CompositeSpec = CompositeSpec {
    tool: "describe_table",
    aliases: &["get_table_schema"],
    toolset: "tables",
    access: Access::Read,
    s3_reads: S3Reads::TableData,
};

pub static PREVIEW_TABLE: CompositeSpec = CompositeSpec {
    tool: "preview_table",
    aliases: &[],
    toolset: "tables",
    access: Access::Read,
    s3_reads: S3Reads::TableData,
};

pub static GET_BUCKET_METADATA_CONFIG: CompositeSpec = CompositeSpec {
    tool: "get_bucket_metadata_config",
    aliases: &[],
    toolset: "metadata",
    access: Access::Read,
    s3_reads: S3Reads::BucketMetadataConfiguration,
};

pub static COMPOSITES: &[&CompositeSpec] =
    &[&DESCRIBE_TABLE, &PREVIEW_TABLE, &GET_BUCKET_METADATA_CONFIG];

/// The composite tool with this name or alias.
pub fn find_composite(name: &str) -> Option<&'static CompositeSpec> {
    COMPOSITES
        .iter()
        .copied()
        .find(|c| c.tool == name || c.aliases.contains(&name))
}
