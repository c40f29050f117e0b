//! The `s3tables-mcp` host: a small wasmtime embedding that owns the transport and the
//! capabilities (network policy, read-only gate, credentials, limits) and runs the guest
//! component, which holds all MCP and S3 Tables logic.

pub mod audit;
pub mod cache;
pub mod cli;
pub mod config;
pub mod credentials;
pub mod doctor;
pub mod egress;
pub mod logging;
pub mod notifications;
pub mod policy;
pub mod runtime;
pub mod state;
pub mod transport;

/// The control-plane guest component, embedded at build time (see `build.rs`).
pub static EMBEDDED_GUEST: &[u8] = include_bytes!(env!("S3TABLES_MCP_GUEST_WASM"));

/// The data-plane guest component (the full build: every tool, including those that decode
/// table data), embedded too but compiled only when needed (see `runtime`).
pub static EMBEDDED_DATA_GUEST: &[u8] = include_bytes!(env!("S3TABLES_MCP_DATA_GUEST_WASM"));
