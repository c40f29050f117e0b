//! Amazon Athena as `query_database`'s second engine, for tables the sandbox should not scan.
//!
//! One crate holds what the guest sends and what the host lets through, so both read the same
//! rules: [`query`] (one read-only query; table names resolved into the bucket's catalog),
//! [`wire`] (the four actions, the JSON 1.1 bodies, the host's check of each body) and
//! [`values`] (result cells typed by Athena's column metadata). No WASI, network or MCP.

pub mod query;
pub mod values;
pub mod wire;
