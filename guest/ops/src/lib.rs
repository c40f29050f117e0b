//! The S3 Tables operation catalog, shared by the guest (tools, request building) and the host
//! (route allowlist). Generated from the botocore service model; see `gen/gen_ops.py`.

pub mod endpoint;
pub mod grants;
mod model;
mod table;

pub use model::*;
pub use table::{OPS, SHAPES};

/// The operation with this API name (`CreateTable`) or tool name (`create_table`).
pub fn find(name: &str) -> Option<&'static OpSpec> {
    OPS.iter().find(|op| op.name == name || op.tool == name)
}

/// The operation whose method and URI template match a concrete request path
/// (already split on `/`, still percent-encoded). Labels match any one non-empty segment.
pub fn route(method: &str, path: &str) -> Option<&'static OpSpec> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    OPS.iter().find(|op| {
        op.method.as_str() == method && {
            let template: Vec<Option<&str>> = op.path_segments().collect();
            template.len() == segments.len()
                && template.iter().zip(&segments).all(|(t, s)| match t {
                    Some(fixed) => fixed == s,
                    None => !s.is_empty(),
                })
        }
    })
}
