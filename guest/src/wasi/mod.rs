//! The WASI edge: the component's exports, and the wasi:http transport.

mod bindings;
mod http;
#[cfg(feature = "server")]
mod serve;

use crate::aws::{Client, Clock};
use crate::config::Config;
use crate::notify::{Notices, Sink};
#[cfg(feature = "server")]
use bindings::exports::s3tables::mcp::handler::Guest as Handler;
#[cfg(feature = "server")]
use bindings::exports::wasi::cli::run::Guest as Run;
#[cfg(feature = "server")]
use std::io::{BufRead, Write};

#[cfg(feature = "server")]
struct Component;

/// Configuration from this instance's arguments and environment. Runtimes that pass no
/// arguments (wasi:http ones) can give the same flags in `S3TABLES_MCP_ARGS`. Built with the
/// `wasi-config` feature, `wasi:config` values come first, under the same names.
fn config() -> Result<Config, String> {
    let runtime_config = runtime_config()?;
    let lookup = |key: &str| {
        runtime_config
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .or_else(|| std::env::var(key).ok())
    };
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(extra) = lookup("S3TABLES_MCP_ARGS") {
        args.extend(extra.split_whitespace().map(str::to_string));
    }
    Config::from_args_env(args.iter().map(String::as_str), lookup).map_err(|e| e.to_string())
}

#[cfg(feature = "wasi-config")]
fn runtime_config() -> Result<Vec<(String, String)>, String> {
    use bindings::wasi::config::store::{get_all, Error};
    get_all().map_err(|e| match e {
        Error::Upstream(m) | Error::Io(m) => format!("reading wasi:config: {m}"),
    })
}

#[cfg(not(feature = "wasi-config"))]
fn runtime_config() -> Result<Vec<(String, String)>, String> {
    Ok(Vec::new())
}

/// One tool call for components that export each tool as a function (the `tools` worlds):
/// the same arguments as `tools/call`, every toolset enabled (the exported functions are the
/// tool set), and writes as `S3TABLES_MCP_ARGS` allows. `Ok` is the result's JSON text (the
/// structured content), `Err` the error text the assistant would see.
pub fn call_tool_json(name: &str, arguments: &serde_json::Value) -> Result<String, String> {
    let mut config = config()?;
    config.toolsets = crate::tools::toolsets::Toolsets::parse("all")?;
    // A function call has no channel for progress or log notifications: they are dropped.
    let discarded = crate::notify::Buffer::default();
    let result = with_client(&config, &discarded, |client| {
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
    fn random_u64(&self) -> u64 {
        bindings::wasi::random::random::get_random_u64()
    }
}

/// Notifications go to this instance's stdout, one JSON-RPC message per line: under
/// `wasmtime run` that is the client's stdin; the `s3tables-mcp` host forwards each line to
/// the client while the request runs.
#[cfg(feature = "server")]
struct StdoutSink;

#[cfg(feature = "server")]
impl Sink for StdoutSink {
    fn send(&self, mut message: String) {
        message.push('\n');
        let mut stdout = std::io::stdout().lock();
        let _ = stdout
            .write_all(message.as_bytes())
            .and_then(|_| stdout.flush());
    }
}

/// One client per inbound message: the call deadline counts from here.
fn with_client<T>(config: &Config, sink: &dyn Sink, f: impl FnOnce(&Client) -> T) -> T {
    let transport = http::WasiHttp {
        limits: config.limits.clone(),
    };
    let clock = WasiClock {
        started: std::time::Instant::now(),
    };
    let client =
        Client::new(config, &transport, &clock).with_notices(Notices::new(sink, config.log_level));
    f(&client)
}

#[cfg(feature = "server")]
impl Handler for Component {
    fn handle(message: String) -> Vec<String> {
        match config() {
            Ok(config) => with_client(&config, &StdoutSink, |client| {
                crate::mcp::handle(client, &message)
            }),
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
        let mut config = config().map_err(|e| eprintln!("s3tables-mcp: {e}"))?;
        let stdin = std::io::stdin();
        let mut stdout = std::io::stdout();
        for line in stdin.lock().lines() {
            let line = line.map_err(|e| eprintln!("s3tables-mcp: reading stdin: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            // One process, one client: the level it sets holds for its later requests.
            if let Some(level) = crate::mcp::requested_log_level(&line) {
                config.log_level = Some(level);
            }
            for out in with_client(&config, &StdoutSink, |client| {
                crate::mcp::handle(client, &line)
            }) {
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
