//! Logs go to stderr only: stdout carries nothing but JSON-RPC.

use tracing_subscriber::EnvFilter;

/// `level` applies to this crate; dependencies log warnings and errors only
/// (set `S3TABLES_MCP_LOG` to a full filter such as `debug` to see theirs).
pub fn init(level: &str) {
    let filter = EnvFilter::try_from_env("S3TABLES_MCP_LOG")
        .unwrap_or_else(|_| EnvFilter::new(format!("warn,s3tables_mcp={level}")));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .try_init();
}
