//! `get_bucket_metadata_config`: the S3 Metadata configuration of a general purpose bucket
//! (S3 GetBucketMetadataConfiguration, `GET /?metadataConfiguration`), as the reference server
//! offers it: argument `bucket`, the answer in botocore's shape.

use super::{parse, region, schema_of, Composite, Failure};
use crate::aws::Client;
use crate::s3::location::is_valid_bucket;
use crate::s3::{xml, Purpose, S3};
use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// Get the S3 Metadata configuration of a general purpose bucket.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct Args {
    /// The general purpose bucket's name.
    bucket: String,
    /// AWS Region for this call (default: the server's region).
    region_name: Option<String>,
}

pub static TOOL: Composite = Composite {
    spec: &s3tables_ops::composite::GET_BUCKET_METADATA_CONFIG,
    title: "Get bucket metadata config",
    description: "Get the S3 Metadata configuration of a general purpose S3 bucket: the journal and inventory tables S3 keeps about its objects, and where they are (S3 GetBucketMetadataConfiguration).",
    input_schema: schema_of::<Args>,
    output_schema,
    run,
    in_this_build: true,
};

fn output_schema() -> Value {
    json!({"type": "object", "properties": {
        "GetBucketMetadataConfigurationResult": {"type": "object", "properties": {
            "MetadataConfigurationResult": {"type": "object"}}}}})
}

fn run(client: &Client, arguments: &Map<String, Value>) -> Result<Value, Failure> {
    let args: Args = parse(arguments)?;
    let region = region(client.config, args.region_name.as_deref())?;
    if !is_valid_bucket(&args.bucket) {
        return Err(Failure::Tool(format!(
            "Invalid arguments for get_bucket_metadata_config: {:?} is not an S3 bucket name",
            args.bucket
        )));
    }
    let body = S3::new(client, &region)
        .get_bucket_subresource(
            &args.bucket,
            "metadataConfiguration",
            Purpose::BucketMetadata,
        )
        .map_err(|e| Failure::Tool(e.to_string()))?;
    xml::to_json(&String::from_utf8_lossy(&body)).map_err(|e| {
        Failure::Tool(format!(
            "GetBucketMetadataConfiguration answered with an unusable body: {e}"
        ))
    })
}
