//! The s3tables-mcp guest: all MCP and S3 Tables logic. The core is plain Rust, tested
//! natively; only `wasi/` touches WASI and is compiled for `wasm32` alone.

pub mod aws;
pub mod config;
pub mod http;
/// The Iceberg layer is a crate of its own (`guest/iceberg`); `crate::iceberg` names it here.
pub use s3tables_iceberg as iceberg;
pub mod jsonrpc;
pub mod mcp;
pub mod notify;
pub mod s3;
#[cfg(feature = "sql")]
pub mod sql;
pub mod tools;

#[cfg(target_arch = "wasm32")]
mod wasi;

/// One tool call, for crates that export their own world (see `wasi::call_tool_json`).
#[cfg(target_arch = "wasm32")]
pub use wasi::call_tool_json;
