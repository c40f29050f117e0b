//! Composite tools: tools that are not one S3 Tables operation (they read table metadata from
//! the warehouse bucket, or call S3). Each is declared once: its name, toolset and access in
//! `s3tables_ops::composite` (shared with the host), and here a typed argument struct whose
//! derived JSON Schema is the tool's `inputSchema` and whose `Deserialize` is its parser, so
//! the two cannot drift. They pass the same grants and toolset checks as generated tools.

pub mod append;
#[cfg(feature = "sql")]
mod athena;
pub mod bucket_metadata;
pub mod describe_table;
pub mod import;
pub mod preview;
pub mod query;
pub mod render;
mod table_meta;
pub mod table_read;
pub mod table_write;

use super::gate::{admit, failure, success, Admitted};
use super::REGION_ARG;
use crate::aws::{endpoint, Client};
use crate::config::Config;
use crate::jsonrpc::RpcError;
use s3tables_ops::composite::{find_composite, CompositeSpec, Plane};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

/// Why a composite tool did not produce a result.
#[derive(Debug)]
pub enum Failure {
    /// The arguments do not fit the schema (JSON-RPC -32602).
    Schema(String),
    /// Anything the user can act on: a tool result with `isError`.
    Tool(String),
}

impl Failure {
    pub fn message(&self) -> &str {
        match self {
            Failure::Schema(m) | Failure::Tool(m) => m,
        }
    }
}

pub struct Composite {
    pub spec: &'static CompositeSpec,
    pub title: &'static str,
    pub description: &'static str,
    pub input_schema: fn() -> Value,
    pub output_schema: fn() -> Value,
    pub run: Runner,
    /// Whether this build has the tool's code (data-plane tools need cargo features).
    pub in_this_build: bool,
}

/// Every composite tool, in listing order; each has a spec in `s3tables_ops::composite`.
pub static TOOLS: &[&Composite] = &[
    &describe_table::TOOL,
    &preview::TOOL,
    &query::TOOL,
    &append::TOOL,
    &import::CSV_TOOL,
    &import::PARQUET_TOOL,
    &bucket_metadata::TOOL,
];

/// The composite tool with this name or alias.
pub fn lookup(name: &str) -> Option<&'static Composite> {
    let spec = find_composite(name)?;
    TOOLS.iter().copied().find(|t| t.spec.tool == spec.tool)
}

impl Composite {
    pub fn is_listed(&self, config: &Config) -> bool {
        self.is_available(config)
            && config.toolsets.contains(self.spec.toolset)
            && config.grants.check_composite(self.spec).is_ok()
    }

    /// Whether this build runs the tool, or the host runs it in the data-plane build.
    fn is_available(&self, config: &Config) -> bool {
        self.spec.plane == Plane::Control || self.in_this_build || config.data_plane_in_host
    }

    pub fn to_json(&self) -> Value {
        let read_only = self.spec.access.is_read();
        json!({
            "name": self.spec.tool,
            "title": self.title,
            "description": self.description,
            "inputSchema": (self.input_schema)(),
            "outputSchema": (self.output_schema)(),
            "annotations": {
                "title": self.title,
                "readOnlyHint": read_only,
                "destructiveHint": false,
                "idempotentHint": read_only,
                "openWorldHint": true,
            },
        })
    }
}

/// Whether this build has the data-plane tools (cargo feature `data`).
pub const HAS_DATA_PLANE: bool = cfg!(feature = "data");

/// The runner of a data-plane tool in the control-plane build: `run: data_plane(run)` keeps the
/// real runner (and Parquet, SQL, … behind it) out of that build, so the linker drops them.
pub const fn data_plane(run: Runner) -> Runner {
    if HAS_DATA_PLANE {
        run
    } else {
        not_in_this_build
    }
}

pub type Runner = fn(&Client, &Map<String, Value>) -> Result<Value, Failure>;

/// A result member holding the answer as the text the caller asked for (CSV, Markdown): the
/// result's text content is then that text, not the JSON.
pub const FORMATTED: &str = "formatted";

pub(super) fn not_in_this_build(_: &Client, _: &Map<String, Value>) -> Result<Value, Failure> {
    Err(Failure::Tool(
        "this tool reads table data and runs in the data-plane build of s3tables-mcp \
         (target/guest/components/s3tables-mcp.wasm, or the s3tables-mcp host, which loads it); \
         this component is the control-plane build without it"
            .into(),
    ))
}

/// The JSON Schema of an argument struct, as MCP wants it (no `$schema`, `title` or
/// `description`: the tool has its own).
pub fn schema_of<T: JsonSchema>() -> Value {
    let mut schema = schemars::schema_for!(T).to_value();
    if let Some(obj) = schema.as_object_mut() {
        for key in ["$schema", "title", "description"] {
            obj.remove(key);
        }
    }
    schema
}

/// Parses arguments into the tool's argument struct; a mismatch is a schema error.
pub fn parse<T: DeserializeOwned>(arguments: &Map<String, Value>) -> Result<T, Failure> {
    serde_json::from_value(Value::Object(arguments.clone()))
        .map_err(|e| Failure::Schema(e.to_string()))
}

/// `region_name`, checked, or the server's Region.
pub fn region(config: &Config, region_name: Option<&str>) -> Result<String, Failure> {
    match region_name {
        None => Ok(config.region.clone()),
        Some(r) if endpoint::is_valid_region(r) => Ok(r.to_string()),
        Some(r) => Err(Failure::Tool(format!(
            "`{REGION_ARG}` {r:?} is not an AWS Region name such as us-east-1"
        ))),
    }
}

/// Runs `tools/call` for a composite tool: the same checks, in the same order, as for
/// generated tools (grants, toolset, argument shape), then the tool.
pub fn call(
    client: &Client,
    tool: &Composite,
    arguments: Option<&Value>,
) -> Result<Value, RpcError> {
    let name = tool.spec.tool;
    let empty = Map::new();
    let arguments = match admit(
        client,
        name,
        client.config.grants.check_composite(tool.spec),
        tool.spec.toolset,
        arguments,
        &empty,
    )? {
        Admitted::Arguments(arguments) => arguments,
        Admitted::Refused(result) => return Ok(result),
    };
    // Bad arguments are tool errors the model can read and fix, as for generated tools.
    let mut result = match (tool.run)(client, arguments) {
        Ok(value) => {
            let text = value
                .get(FORMATTED)
                .and_then(Value::as_str)
                .map(str::to_string);
            let mut result = success(value);
            if let Some(text) = text {
                result["content"] = json!([{"type": "text", "text": text}]);
            }
            result
        }
        Err(Failure::Schema(msg)) => failure(&format!("Invalid arguments for {name}: {msg}")),
        Err(Failure::Tool(msg)) => failure(&msg),
    };
    let attempts = client.max_attempts_used.get();
    if attempts > 1 {
        result["_meta"] = json!({"s3tables-mcp/attempts": attempts});
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use s3tables_ops::composite::COMPOSITES;

    #[test]
    fn every_declared_composite_is_implemented_once() {
        for spec in COMPOSITES {
            let tool =
                lookup(spec.tool).unwrap_or_else(|| panic!("{} has no implementation", spec.tool));
            assert_eq!(tool.spec.tool, spec.tool);
            for alias in spec.aliases {
                assert_eq!(lookup(alias).unwrap().spec.tool, spec.tool);
            }
            assert!(
                s3tables_ops::find(spec.tool).is_none(),
                "{} clashes with an operation",
                spec.tool
            );
        }
        assert_eq!(TOOLS.len(), COMPOSITES.len());
    }

    #[test]
    fn schemas_are_closed_objects_with_documented_properties() {
        for tool in TOOLS {
            let s = (tool.input_schema)();
            assert_eq!(s["type"], "object", "{}", tool.spec.tool);
            assert_eq!(s["additionalProperties"], false, "{}", tool.spec.tool);
            assert!(
                s["properties"][REGION_ARG].is_object(),
                "{}",
                tool.spec.tool
            );
            for (name, p) in s["properties"].as_object().unwrap() {
                assert!(p["description"].is_string(), "{}.{name}", tool.spec.tool);
            }
            assert_eq!((tool.output_schema)()["type"], "object");
        }
    }
}
