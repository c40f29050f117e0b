//! MCP prompts: guided workflows that use the tools well. A prompt is listed only where every
//! tool it relies on is offered (a read-only server has no "create a table" prompt). Its
//! arguments share their names with the resource templates' (`table_bucket`, `namespace`,
//! `table`), so one completer serves both.

use crate::aws::Client;
use crate::jsonrpc::RpcError;
use crate::tools::is_offered;
use serde_json::{json, Map, Value};

pub struct Argument {
    pub name: &'static str,
    pub description: &'static str,
    pub required: bool,
}

pub struct Prompt {
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub arguments: &'static [Argument],
    /// Listed only where every one of these tools is offered.
    pub tools: &'static [&'static str],
    /// The message; `{argument}` is replaced by the argument's value.
    pub text: &'static str,
}

const TABLE_BUCKET: Argument = Argument {
    name: "table_bucket",
    description: "The table bucket: its name (in the server's Region) or ARN.",
    required: true,
};
const NAMESPACE: Argument = Argument {
    name: "namespace",
    description: "The namespace.",
    required: true,
};
const TABLE: Argument = Argument {
    name: "table",
    description: "The table's name.",
    required: true,
};

/// Said first in every prompt that names a bucket: the tools take ARNs.
const FIND_ARN: &str = "The table bucket is `{table_bucket}`. If that is a name rather than an ARN, find its ARN with list_table_buckets (prefix = the name) first; every tool takes table_bucket_arn.";

pub static PROMPTS: &[Prompt] = &[
    Prompt {
        name: "explore_table_bucket",
        title: "Explore a table bucket",
        description: "Survey a table bucket: its namespaces, their tables, and what each table holds.",
        arguments: &[TABLE_BUCKET],
        tools: &["list_namespaces", "list_tables", "describe_table"],
        text: "{find_arn}\n\nExplore this table bucket:\n\
1. list_namespaces to see its namespaces.\n\
2. list_tables (table_bucket_arn, and namespace for each) to see the tables.\n\
3. For up to ten tables, describe_table to read the schema, partitioning and current snapshot (rows and files are in the snapshot summary).\n\
Then summarise: each namespace with its tables, each table's columns in a line, its partitioning, its row count and last update. Point out empty tables and tables without snapshots. Do not read table data unless asked.",
    },
    Prompt {
        name: "profile_table",
        title: "Profile a table",
        description: "Profile an Iceberg table: schema, partitions, snapshots, a preview of rows and a few aggregate queries.",
        arguments: &[
            TABLE_BUCKET,
            NAMESPACE,
            TABLE,
            Argument {
                name: "column",
                description: "A column to look at closely (optional).",
                required: false,
            },
        ],
        tools: &["describe_table", "preview_table", "query_database"],
        text: "{find_arn}\n\nProfile the table `{namespace}.{table}`:\n\
1. describe_table: the schema (types, required columns, field ids), partition spec, sort order, properties and the current snapshot's summary (records, data files, delete files); the snapshot history.\n\
2. preview_table with limit 20 to see real values.\n\
3. query_database (table_bucket_arn, SQL naming the table as {namespace}.{table}): the row count; per column the nulls (count(*) - count(col)); min and max of numeric, date and timestamp columns; count(DISTINCT col) for string columns; and for the two most telling low-cardinality columns the top ten values by count. Keep each query to one statement, and reuse one query for several aggregates.\n\
4. Column to look at closely: {column}. If one is named, show its distribution (a histogram by query_database, or the top values) and its outliers.\n\
Report a short profile: size, shape, data quality issues (nulls where none are expected, odd ranges, skew), and how the partitioning fits the data.",
    },
    Prompt {
        name: "create_partitioned_table",
        title: "Create a partitioned table",
        description: "Design an Iceberg schema and partition spec from a description, then create the table.",
        arguments: &[
            TABLE_BUCKET,
            NAMESPACE,
            Argument {
                name: "table",
                description: "The new table's name (lowercase letters, digits and underscores).",
                required: true,
            },
            Argument {
                name: "description",
                description: "What the table holds and how it will be queried.",
                required: true,
            },
        ],
        tools: &["create_table", "get_namespace", "create_namespace"],
        text: "{find_arn}\n\nCreate the Iceberg table `{namespace}.{table}` for: {description}\n\n\
1. Design the schema: Iceberg types (long, int, string, decimal(p,s), date, timestamptz, double, boolean, and nested struct/list/map where the data is nested), required only where a value always exists, one line of doc per column.\n\
2. Choose a partition spec from how the table will be filtered: day() or month() of the main timestamp, identity of a low-cardinality column, bucket(N, id) for point lookups; no partitioning for a small table. Explain the choice in two sentences.\n\
3. Show the schema and spec and ask me to confirm before creating anything.\n\
4. Then get_namespace (create_namespace if it does not exist) and create_table with format ICEBERG and the metadata (schema fields and partition spec). Finish with describe_table to show what was created.",
    },
    Prompt {
        name: "load_file",
        title: "Load a CSV or Parquet file",
        description: "Load a CSV or Parquet file from S3 into a table, checking the schema first.",
        arguments: &[
            TABLE_BUCKET,
            NAMESPACE,
            TABLE,
            Argument {
                name: "source",
                description: "The file's S3 URI (s3://bucket/key.csv or .parquet).",
                required: true,
            },
        ],
        tools: &["import_csv_to_table", "import_parquet_to_table", "describe_table"],
        text: "{find_arn}\n\nLoad `{source}` into the table `{namespace}.{table}`:\n\
1. describe_table to see whether the table exists and its schema.\n\
2. Use import_csv_to_table for a .csv file and import_parquet_to_table for a .parquet file. If the table exists, check that the file's columns match its schema first; if they do not, stop and tell me what differs. If it does not exist, the import creates it from the file.\n\
3. Report the rows and files written and the new snapshot, then preview_table with limit 5 to show a sample.",
    },
    Prompt {
        name: "review_bucket_settings",
        title: "Review a bucket's settings",
        description: "Review a table bucket's maintenance, encryption and policy settings and suggest changes.",
        arguments: &[TABLE_BUCKET],
        tools: &[
            "get_table_bucket",
            "get_table_bucket_encryption",
            "get_table_bucket_maintenance_configuration",
            "get_table_bucket_policy",
        ],
        text: "{find_arn}\n\nReview this table bucket's settings:\n\
1. get_table_bucket; get_table_bucket_encryption (SSE-S3 or SSE-KMS, and which key); get_table_bucket_maintenance_configuration (unreferenced file removal: enabled, unreferencedDays, nonCurrentDays); get_table_bucket_policy (a missing policy is fine: say so). Where offered, also get_table_bucket_storage_class and get_table_bucket_metrics_configuration.\n\
2. For up to ten tables (list_namespaces, list_tables), get_table_maintenance_configuration (compaction and snapshot management) and get_table_maintenance_job_status (failed jobs).\n\
Report what is set, what is at its default, and risks: public or overly broad policy principals or actions, maintenance disabled, failed maintenance jobs, encryption without a customer-managed key where one is expected. Suggest changes, but change nothing.",
    },
];

impl Prompt {
    fn is_offered(&self, client: &Client) -> bool {
        self.tools.iter().all(|t| is_offered(client.config, t))
    }

    fn to_json(&self) -> Value {
        let arguments: Vec<Value> = self
            .arguments
            .iter()
            .map(|a| json!({"name": a.name, "description": a.description, "required": a.required}))
            .collect();
        json!({"name": self.name, "title": self.title, "description": self.description,
               "arguments": arguments})
    }
}

/// The prompt with this name, if this configuration offers it.
pub fn find(client: &Client, name: &str) -> Option<&'static Prompt> {
    PROMPTS
        .iter()
        .find(|p| p.name == name && p.is_offered(client))
}

/// `prompts/list` (every prompt fits one page).
pub fn list(client: &Client) -> Value {
    let prompts: Vec<Value> = PROMPTS
        .iter()
        .filter(|p| p.is_offered(client))
        .map(Prompt::to_json)
        .collect();
    json!({ "prompts": prompts })
}

/// `prompts/get`: the prompt's message with its arguments filled in.
pub fn get(client: &Client, params: Option<&Value>) -> Result<Value, RpcError> {
    let name = params
        .and_then(|p| p.get("name"))
        .and_then(Value::as_str)
        .ok_or_else(|| RpcError::invalid_params("prompts/get needs a string `name`".into()))?;
    let prompt = find(client, name).ok_or_else(|| {
        RpcError::invalid_params(format!("Unknown prompt: {name} (prompts/list lists them)"))
    })?;
    let empty = Map::new();
    let given = match params.and_then(|p| p.get("arguments")) {
        None | Some(Value::Null) => &empty,
        Some(Value::Object(args)) => args,
        Some(_) => {
            return Err(RpcError::invalid_params(
                "`arguments` must be an object".into(),
            ))
        }
    };
    if let Some(unknown) = given
        .keys()
        .find(|k| !prompt.arguments.iter().any(|a| a.name == k.as_str()))
    {
        return Err(RpcError::invalid_params(format!(
            "prompt {name} has no argument {unknown:?}"
        )));
    }
    let mut text = prompt.text.replace("{find_arn}", FIND_ARN);
    for arg in prompt.arguments {
        let value = match given.get(arg.name) {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim(),
            None | Some(Value::Null) | Some(Value::String(_)) if arg.required => {
                return Err(RpcError::invalid_params(format!(
                    "prompt {name} needs the argument `{}`: {}",
                    arg.name, arg.description
                )))
            }
            None | Some(Value::Null) | Some(Value::String(_)) => "(not given)",
            Some(_) => {
                return Err(RpcError::invalid_params(format!(
                    "prompt argument `{}` must be a string",
                    arg.name
                )))
            }
        };
        text = text.replace(&format!("{{{}}}", arg.name), value);
    }
    Ok(json!({
        "description": prompt.description,
        "messages": [{"role": "user", "content": {"type": "text", "text": text}}],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_an_argument_and_every_tool_exists() {
        for p in PROMPTS {
            let mut text = p.text.replace("{find_arn}", FIND_ARN);
            for a in p.arguments {
                text = text.replace(&format!("{{{}}}", a.name), "");
            }
            assert!(
                !text.contains('{'),
                "{}: a placeholder without an argument",
                p.name
            );
            for tool in p.tools {
                assert!(
                    s3tables_ops::find(tool).is_some()
                        || s3tables_ops::composite::find_composite(tool).is_some(),
                    "{}: no tool {tool}",
                    p.name
                );
            }
        }
    }
}
