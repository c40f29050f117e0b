//! The tool catalog: one MCP tool per S3 Tables operation, derived from `s3tables_ops::OPS`,
//! and the composite tools (`composite/`) that read table data.

pub mod addressing;
pub mod args;
pub mod call;
pub mod composite;
pub mod gate;
pub mod schema;
pub mod toolsets;

use crate::config::Config;
use addressing::TableForm;
use s3tables_ops::{Access, OpSpec, OPS};
use schema::Mode;
use serde_json::{json, Map, Value};

/// Names the later reference server used; accepted on `tools/call`, never listed.
pub const ALIASES: &[(&str, &str)] = &[
    (
        "get_table_maintenance_config",
        "get_table_maintenance_configuration",
    ),
    (
        "get_maintenance_job_status",
        "get_table_maintenance_job_status",
    ),
];

/// Arguments every tool takes besides the operation's own members.
pub const REGION_ARG: &str = "region_name";
/// For paginated operations: a cap on the number of results, replacing the page-size member.
pub const MAX_RESULTS_ARG: &str = "max_results";

#[derive(Clone, Copy, Debug)]
pub struct Tool {
    pub op: &'static OpSpec,
}

impl Tool {
    pub fn lookup(name: &str) -> Option<Tool> {
        let name = ALIASES
            .iter()
            .find(|(alias, _)| *alias == name)
            .map_or(name, |(_, real)| real);
        OPS.iter().find(|op| op.tool == name).map(|op| Tool { op })
    }

    pub fn tool_name(&self) -> &'static str {
        self.op.tool
    }

    pub fn is_write(&self) -> bool {
        !self.op.access.is_read()
    }

    /// A list operation scoped to one table bucket, which without one lists across all buckets.
    pub fn fans_out(&self) -> bool {
        self.op.paging.is_some()
            && self
                .op
                .input_members()
                .iter()
                .any(|m| m.name == "tableBucketARN" && m.required)
    }

    /// The page-size member's argument name, which `max_results` replaces in paginated tools.
    pub fn limit_arg(&self) -> Option<&'static str> {
        let paging = self.op.paging.as_ref()?;
        self.op
            .input_members()
            .iter()
            .find(|m| m.name == paging.limit_key)
            .map(|m| m.arg)
    }

    pub fn title(&self) -> String {
        let words = self.op.tool.replace('_', " ");
        let mut chars = words.chars();
        chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default()
    }

    pub fn description(&self) -> String {
        let mut d = self.op.doc.to_string();
        if self.fans_out() {
            d.push_str(" Without table_bucket_arn, lists across every table bucket.");
        }
        if self.op.paging.is_some() {
            d.push_str(" Follows every page unless max_results is given.");
        }
        d
    }

    pub fn input_schema(&self) -> Value {
        let mut obj = match self.op.input {
            Some(id) => schema::structure(id, Mode::Input, 0),
            None => json!({"type": "object", "properties": {}, "additionalProperties": false})
                .as_object()
                .cloned()
                .unwrap_or_default(),
        };
        obj.remove("description");
        let props = obj.entry("properties").or_insert_with(|| json!({}));
        if let Some(props) = props.as_object_mut() {
            if self.op.paging.is_some() {
                if let Some(limit) = self.limit_arg() {
                    props.remove(limit);
                }
                props.insert(
                    MAX_RESULTS_ARG.into(),
                    json!({"type": "integer", "minimum": 1,
                           "description": "Stop after this many results; the result then carries a token to continue from."}),
                );
            }
            if self.fans_out() {
                if let Some(p) = props.get_mut("table_bucket_arn") {
                    p["description"] =
                        json!("The table bucket ARN. Omit to list across all table buckets.");
                }
            }
            props.insert(
                REGION_ARG.into(),
                json!({"type": "string", "description": "AWS Region for this call (default: the server's region)."}),
            );
        }
        let mut optional: Vec<&str> = Vec::new();
        if self.fans_out() {
            optional.push("table_bucket_arn");
        }
        if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
            match addressing::table_form(self.op) {
                Some(TableForm::Names) => {
                    props.insert(
                        addressing::TABLE_ARN_ARG.into(),
                        json!({"type": "string", "description": "The table's ARN, instead of table_bucket_arn + namespace + name."}),
                    );
                    optional.extend(addressing::NAME_ARGS.iter().map(|(arg, _)| *arg));
                }
                Some(TableForm::Arn(_)) => {
                    for (arg, _) in addressing::NAME_ARGS {
                        props.insert(
                            arg.into(),
                            json!({"type": "string", "description": "With the other two of table_bucket_arn, namespace, name: the table, instead of table_arn."}),
                        );
                    }
                    optional.push(addressing::TABLE_ARN_ARG);
                }
                None => {}
            }
        }
        if let Some(Value::Array(req)) = obj.get_mut("required") {
            req.retain(|r| !optional.iter().any(|o| r == o));
            if req.is_empty() {
                obj.remove("required");
            }
        }
        Value::Object(obj)
    }

    /// Whether the operation's output has any members (else success is an empty body).
    pub fn has_output(&self) -> bool {
        self.op
            .output
            .is_some_and(|id| !id.get().members().is_empty())
    }

    pub fn output_schema(&self) -> Value {
        if !self.has_output() {
            return json!({"type": "object", "properties": {
                "success": {"type": "boolean"},
                "message": {"type": "string"}
            }});
        }
        let mut obj = schema::structure(
            self.op.output.expect("members imply a shape"),
            Mode::Output,
            0,
        );
        obj.remove("description");
        if self.fans_out() {
            if let Some(props) = obj.get_mut("properties").and_then(Value::as_object_mut) {
                props.insert(
                    "errors".into(),
                    json!({"type": "array", "description": "Table buckets that could not be listed.",
                           "items": {"type": "object", "properties": {"tableBucketARN": {"type": "string"}, "error": {"type": "string"}}}}),
                );
            }
        }
        Value::Object(obj)
    }

    pub fn annotations(&self) -> Value {
        let (read_only, destructive, idempotent) = match self.op.access {
            Access::Read => (true, false, true),
            Access::Write {
                destructive,
                idempotent,
            } => (false, destructive, idempotent),
        };
        json!({
            "title": self.title(),
            "readOnlyHint": read_only,
            "destructiveHint": destructive,
            "idempotentHint": idempotent,
            "openWorldHint": true,
        })
    }

    pub fn to_json(&self) -> Value {
        let mut t = Map::new();
        t.insert("name".into(), json!(self.tool_name()));
        t.insert("title".into(), json!(self.title()));
        t.insert("description".into(), json!(self.description()));
        t.insert("inputSchema".into(), self.input_schema());
        t.insert("outputSchema".into(), self.output_schema());
        t.insert("annotations".into(), self.annotations());
        Value::Object(t)
    }

    /// Whether this configuration lists the tool: its toolset is enabled and the grants
    /// allow it (writes only with --allow-write, destructive ones only with --allow-destructive).
    pub fn is_listed(&self, config: &Config) -> bool {
        config.toolsets.contains(self.op.toolset) && config.grants.check(self.op).is_ok()
    }
}

/// A listed tool: an operation's, or a composite one.
#[derive(Clone, Copy)]
pub enum Listed {
    Op(Tool),
    Composite(&'static composite::Composite),
}

impl Listed {
    pub fn tool_name(&self) -> &'static str {
        match self {
            Listed::Op(t) => t.tool_name(),
            Listed::Composite(c) => c.spec.tool,
        }
    }

    pub fn is_write(&self) -> bool {
        match self {
            Listed::Op(t) => t.is_write(),
            Listed::Composite(c) => !c.spec.access.is_read(),
        }
    }

    pub fn to_json(&self) -> Value {
        match self {
            Listed::Op(t) => t.to_json(),
            Listed::Composite(c) => c.to_json(),
        }
    }
}

/// The tools this configuration lists: the operations in catalog order (sorted by operation
/// name), then the composite tools.
pub fn listed(config: &Config) -> impl Iterator<Item = Listed> + '_ {
    let ops = OPS
        .iter()
        .map(|op| Tool { op })
        .filter(move |t| t.is_listed(config))
        .map(Listed::Op);
    let composites = composite::TOOLS
        .iter()
        .copied()
        .filter(move |c| c.is_listed(config))
        .map(Listed::Composite);
    ops.chain(composites)
}

/// Whether this configuration offers the tool `name`: lists it, and so would run it.
pub fn is_offered(config: &Config, name: &str) -> bool {
    listed(config).any(|t| t.tool_name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn config(args: &[&str]) -> Config {
        Config::from_args_env(args.iter().copied(), |_| None).unwrap()
    }

    #[test]
    fn read_only_default_lists_no_write_tools() {
        let c = config(&[]);
        let names: Vec<_> = listed(&c).map(|t| t.tool_name()).collect();
        assert!(names.contains(&"list_table_buckets") && names.contains(&"get_table_policy"));
        assert!(!names.contains(&"create_table_bucket"));
        assert!(listed(&c).all(|t| !t.is_write()));
    }

    #[test]
    fn all_toolsets_with_writes_list_58() {
        let destructive = OPS
            .iter()
            .filter(|o| {
                matches!(
                    o.access,
                    Access::Write {
                        destructive: true,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(destructive, 14);
        // Data-plane tools whose code is not in this build (SQL natively) are not listed.
        let composites = composite::TOOLS.iter().filter(|t| t.in_this_build).count();
        assert_eq!(
            listed(&config(&["--allow-write", "--toolsets", "all"])).count(),
            58 - destructive + composites
        );
        assert_eq!(
            listed(&config(&[
                "--allow-write",
                "--allow-destructive",
                "--toolsets",
                "all"
            ]))
            .count(),
            58 + composites
        );
        let some = config(&[
            "--allow-write=create_table,tags",
            "--toolsets",
            "all",
            "--deny-tools",
            "get_*",
        ]);
        let names: Vec<_> = listed(&some).map(|t| t.tool_name()).collect();
        assert!(
            names.contains(&"create_table")
                && names.contains(&"tag_resource")
                && !names.contains(&"untag_resource")
        );
        assert!(
            !names.contains(&"create_namespace")
                && !names.contains(&"get_table")
                && names.contains(&"list_tables")
        );
    }

    #[test]
    fn aliases_resolve() {
        assert_eq!(
            Tool::lookup("get_maintenance_job_status")
                .unwrap()
                .tool_name(),
            "get_table_maintenance_job_status"
        );
        assert!(Tool::lookup("nope").is_none());
    }

    #[test]
    fn list_schemas_make_the_bucket_optional_and_cap_results() {
        let s = Tool::lookup("list_tables").unwrap().input_schema();
        assert!(s.get("required").is_none(), "{s}");
        assert!(s["properties"]["max_results"].is_object());
        assert!(s["properties"].get("max_tables").is_none());
        assert!(s["properties"]["region_name"].is_object());
        let c = Tool::lookup("create_table").unwrap().input_schema();
        assert_eq!(
            c["required"],
            json!(["table_bucket_arn", "namespace", "name", "format"])
        );
        assert_eq!(c["properties"]["namespace"]["pattern"], "^(?:[0-9a-z_]*)$");
    }

    #[test]
    fn annotations_follow_the_operation() {
        let del = Tool::lookup("delete_table").unwrap().annotations();
        assert_eq!(
            (
                del["readOnlyHint"].as_bool(),
                del["destructiveHint"].as_bool(),
                del["idempotentHint"].as_bool()
            ),
            (Some(false), Some(true), Some(true))
        );
        let get = Tool::lookup("get_table").unwrap().annotations();
        assert_eq!(get["readOnlyHint"], true);
    }
}
