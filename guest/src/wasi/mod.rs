//! The WASI edge: the component's exports, and the wasi:http transport.

mod bindings;
mod http;
#[cfg(feature = "server")]
mod serve;

use crate::aws::{Client, Clock};
use crate::config::Config;
#[cfg(feature = "server")]
use bindings::exports::s3tables::mcp::handler::Guest as Handler;
#[cfg(feature = "server")]
use bindings::exports::wasi::cli::run::Guest as Run;
#[cfg(feature = "server")]
use std::io::{BufRead, Write};

#[cfg(feature = "server")]
struct Component;

/// Configuration from this instance's arguments and environment. Runtimes that pass no
/// arguments (wasi:http ones) can give the same flags in `S3TABLES_MCP_ARGS`.
fn config() -> Result<Config, String> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Ok(extra) = std::env::var("S3TABLES_MCP_ARGS") {
        args.extend(extra.split_whitespace().map(str::to_string));
    }
    Config::from_args_env(args.iter().map(String::as_str), |k| std::env::var(k).ok())
        .map_err(|e| e.to_string())
}

/// One tool call for components that export each tool as a function (the `tools` worlds):
/// the same arguments as `tools/call`, every toolset enabled (the exported functions are the
/// tool set), and writes as `S3TABLES_MCP_ARGS` allows. `Ok` is the result's JSON text (the
/// structured content), `Err` the error text the assistant would see.
pub fn call_tool_json(name: &str, arguments: &serde_json::Value) -> Result<String, String> {
    let mut config = config()?;
    config.toolsets = crate::tools::toolsets::Toolsets::parse("all")?;
    let result = with_client(&config, |client| {
        crate::tools::call::call_tool(client, name, Some(arguments))
    })
    .map_err(|e| e.message)?;
    let text = result["content"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    if result["isError"] == true {
        Err(text)
    } else {
        Ok(text)
    }
}

/// Real time from WASI clocks; jitter from `wasi:random`.
struct WasiClock {
    started: std::time::Instant,
}

impl Clock for WasiClock {
    fn now(&self) -> std::time::SystemTime {
        std::time::SystemTime::now()
    }
    fn elapsed(&self) -> std::time::Duration {
        self.started.elapsed()
    }
    fn sleep(&self, duration: std::time::Duration) {
        std::thread::sleep(duration)
    }
    fn random(&self) -> f64 {
        (bindings::wasi::random::random::get_random_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// One client per inbound message: the call deadline counts from here.
fn with_client<T>(config: &Config, f: impl FnOnce(&Client) -> T) -> T {
    let transport = http::WasiHttp {
        limits: config.limits.clone(),
    };
    let clock = WasiClock {
        started: std::time::Instant::now(),
    };
    f(&Client::new(config, &transport, &clock))
}

#[cfg(feature = "server")]
impl Handler for Component {
    fn handle(message: String) -> Vec<String> {
        match config() {
            Ok(config) => with_client(&config, |client| crate::mcp::handle(client, &message)),
            Err(e) => {
                eprintln!("s3tables-mcp guest: {e}");
                let id = serde_json::from_str::<serde_json::Value>(&message)
                    .ok()
                    .and_then(|v| v.get("id").cloned())
                    .unwrap_or(serde_json::Value::Null);
                vec![crate::jsonrpc::error(
                    &id,
                    &crate::jsonrpc::RpcError::new(crate::jsonrpc::INTERNAL_ERROR, e),
                )]
            }
        }
    }
}

/// A complete stdio MCP server: one JSON-RPC message per line, until EOF.
#[cfg(feature = "server")]
impl Run for Component {
    fn run() -> Result<(), ()> {
        let config = config().map_err(|e| eprintln!("s3tables-mcp: {e}"))?;
        let stdin = std::io::stdin();
        let mut stdout = std::io::stdout();
        for line in stdin.lock().lines() {
            let line = line.map_err(|e| eprintln!("s3tables-mcp: reading stdin: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            for out in with_client(&config, |client| crate::mcp::handle(client, &line)) {
                writeln!(stdout, "{out}")
                    .and_then(|_| stdout.flush())
                    .map_err(|_| ())?;
            }
        }
        Ok(())
    }
}

#[cfg(feature = "server")]
bindings::export!(Component with_types_in bindings);
