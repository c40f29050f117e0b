//! Turns a function's record into the MCP tool's arguments: empty values mean "not given",
//! JSON-valued members arrive as JSON text. Validation is left to the guest's tool path, so
//! the errors are the same as the server's.

// The read-only build has no list or JSON-valued members.
#![cfg_attr(feature = "read-only", allow(dead_code))]

use serde_json::{Map, Value};

#[derive(Default)]
pub struct Args(Map<String, Value>);

impl Args {
    pub fn text(&mut self, name: &str, value: String) {
        if !value.is_empty() {
            self.0.insert(name.into(), Value::String(value));
        }
    }

    pub fn texts(&mut self, name: &str, values: Vec<String>) {
        if !values.is_empty() {
            self.0.insert(name.into(), values.into());
        }
    }

    /// A structure or map given as JSON text.
    pub fn json(&mut self, name: &str, text: String) -> Result<(), String> {
        if text.trim().is_empty() {
            return Ok(());
        }
        let value = serde_json::from_str(&text)
            .map_err(|e| format!("Invalid arguments: `{name}` is not valid JSON text: {e}"))?;
        self.0.insert(name.into(), value);
        Ok(())
    }

    #[allow(dead_code)] // used only if the model has a required boolean member
    pub fn flag(&mut self, name: &str, value: bool) {
        self.0.insert(name.into(), value.into());
    }

    #[allow(dead_code)] // used only if the model has a required integer member
    pub fn number(&mut self, name: &str, value: i64) {
        self.0.insert(name.into(), value.into());
    }

    #[allow(dead_code)] // used only if the model has an optional integer member
    pub fn number_unless_zero(&mut self, name: &str, value: i64) {
        if value != 0 {
            self.0.insert(name.into(), value.into());
        }
    }

    /// `max_results`: 0 means every page.
    pub fn count(&mut self, name: &str, value: u32) {
        if value != 0 {
            self.0.insert(name.into(), value.into());
        }
    }

    pub fn call(self, tool: &str) -> Result<String, String> {
        s3tables_mcp_guest::call_tool_json(tool, &Value::Object(self.0))
    }
}
