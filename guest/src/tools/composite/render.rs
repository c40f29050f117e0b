//! Rows as text a person or a model reads directly: CSV (RFC 4180) or a Markdown table, for
//! `query_database`'s `format`. Values are as the JSON answer has them; nested ones (structs,
//! lists, maps) as compact JSON, null as an empty cell.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_json::Value;

/// How the rows come back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `rows` as arrays of JSON values (the default).
    #[default]
    Json,
    /// One CSV text (header line, then a line per row) in `formatted`.
    Csv,
    /// One Markdown table in `formatted`.
    Markdown,
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A Markdown cell: `|` escaped, line breaks as `<br>`, so a value stays in its cell.
fn markdown_field(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

/// The rows in `format` (`None` for JSON, which the answer's `rows` already are).
pub fn render(format: Format, names: &[&str], rows: &[Vec<Value>]) -> Option<String> {
    let line = |cells: Vec<String>, field: fn(&str) -> String, sep: &str| {
        cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(sep)
    };
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    match format {
        Format::Json => None,
        Format::Csv => {
            let mut out = line(names, csv_field, ",");
            out.push_str("\r\n");
            for row in rows {
                out.push_str(&line(row.iter().map(cell).collect(), csv_field, ","));
                out.push_str("\r\n");
            }
            Some(out)
        }
        Format::Markdown => {
            let width = names.len();
            let mut out = format!("| {} |\n", line(names, markdown_field, " | "));
            out.push_str(&format!("|{}\n", "---|".repeat(width.max(1))));
            for row in rows {
                out.push_str(&format!(
                    "| {} |\n",
                    line(row.iter().map(cell).collect(), markdown_field, " | ")
                ));
            }
            Some(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn csv_quotes_what_needs_it() {
        let rows = vec![
            vec![json!(1), json!("plain"), json!(null)],
            vec![json!(2.5), json!("a,b \"c\"\nd"), json!({"k": [1, 2]})],
        ];
        let text = render(Format::Csv, &["id", "text", "nested"], &rows).unwrap();
        assert_eq!(
            text,
            "id,text,nested\r\n1,plain,\r\n2.5,\"a,b \"\"c\"\"\nd\",\"{\"\"k\"\":[1,2]}\"\r\n"
        );
    }

    #[test]
    fn markdown_keeps_each_value_in_its_cell() {
        let rows = vec![
            vec![json!("a|b"), json!("x\ny")],
            vec![json!(true), json!(null)],
        ];
        let text = render(Format::Markdown, &["p", "q"], &rows).unwrap();
        assert_eq!(
            text,
            "| p | q |\n|---|---|\n| a\\|b | x<br>y |\n| true |  |\n"
        );
        assert_eq!(render(Format::Json, &["p"], &[]), None);
    }
}
