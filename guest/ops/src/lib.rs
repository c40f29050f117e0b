//! The S3 Tables operation catalog, shared by the guest (tools, request building) and the host
//! (route allowlist). Generated from the botocore service model; see `gen/gen_ops.py`.

pub mod composite;
pub mod endpoint;
pub mod grants;
pub mod json;
mod model;
pub mod protocol;
pub mod settings;
mod table;

pub use model::*;
pub use table::{OPS, SHAPES};

/// The operation with this API name (`CreateTable`) or tool name (`create_table`).
pub fn find(name: &str) -> Option<&'static OpSpec> {
    OPS.iter().find(|op| op.name == name || op.tool == name)
}

/// The operation whose method and URI template match a concrete request path
/// (still percent-encoded). Labels match one non-empty segment other than `.` and `..`.
pub fn route(method: &str, path: &str) -> Option<&'static OpSpec> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    OPS.iter().find(|op| {
        op.method.as_str() == method && {
            let template: Vec<Option<&str>> = op.path_segments().collect();
            template.len() == segments.len()
                && template.iter().zip(&segments).all(|(t, s)| match t {
                    Some(fixed) => fixed == s,
                    // A dot segment would be resolved away by servers and proxies.
                    None => !s.is_empty() && *s != "." && *s != "..",
                })
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn path_labels_are_named_by_the_template() {
        let op = super::find("UpdateTableMetadataLocation").unwrap();
        let path = "/tables/arn%3Aaws%3As3tables%3Aus-east-1%3A1%3Abucket%2Fb/sales/orders/metadata-location";
        assert_eq!(super::route("PUT", path).map(|o| o.name), Some(op.name));
        assert_eq!(
            op.path_labels(path),
            [
                (
                    "tableBucketARN",
                    "arn%3Aaws%3As3tables%3Aus-east-1%3A1%3Abucket%2Fb"
                ),
                ("namespace", "sales"),
                ("name", "orders"),
            ]
        );
    }
}
