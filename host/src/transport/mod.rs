//! MCP transports: how JSON-RPC messages reach the runtime.
pub mod stdio;
