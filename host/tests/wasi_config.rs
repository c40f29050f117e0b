//! The `server-config` build of the guest (feature `wasi-config`, for wasmCloud): it reads its
//! configuration from `wasi:config/store@0.2.0-draft`, the version wasmCloud provides. The
//! wasmtime CLI offers only `0.2.0-rc.1`, so the store is defined here, on the host's linker.
//! The artifact is built by `tests/run.sh` (or `just build-wasmcloud`).

mod common;

use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::{Policy, Regions};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Arc;
use wasmtime::component::{ComponentType, Lift, Lower};

#[derive(ComponentType, Lower, Lift)]
#[component(variant)]
enum ConfigError {
    #[component(name = "upstream")]
    #[allow(dead_code)] // the test's store never fails
    Upstream(String),
    #[component(name = "io")]
    #[allow(dead_code)]
    Io(String),
}

fn artifact() -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../target/guest/components/s3tables-mcp-wasi-config.wasm");
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}): build it with `just build-wasmcloud` (tests/run.sh does)",
            path.display()
        )
    })
}

fn policy() -> Policy {
    Policy {
        // Confirmation of destructive calls is tested on its own (consent.rs, hostile.rs).
        confirm_destructive: false,
        grants: Default::default(),
        regions: Regions::Only(vec![]),
        custom_endpoint: None,
        s3_endpoint: None,
        athena: None,
    }
}

const LIST: &str = r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#;

fn tool_count(ok: bool, out: &str) -> usize {
    assert!(ok, "{out}");
    let answer: Value = serde_json::from_str(out.trim()).expect("one JSON answer");
    answer["result"]["tools"].as_array().map_or(0, Vec::len)
}

/// Tools the `server-config` build lists when its config store holds `config`.
async fn listed_with_config(config: &'static [(&'static str, &'static str)]) -> usize {
    let egress = Egress::new(Arc::new(policy()));
    let (ok, out) = common::run_command_with(&artifact(), &[], LIST, egress, |linker| {
        let mut store = linker
            .instance("wasi:config/store@0.2.0-draft")
            .expect("instance");
        store
            .func_wrap("get", |_, (key,): (String,)| {
                let value = config
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.to_string());
                Ok((Ok::<_, ConfigError>(value),))
            })
            .expect("get");
        store
            .func_wrap("get-all", |_, (): ()| {
                let all: Vec<(String, String)> = config
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                Ok((Ok::<_, ConfigError>(all),))
            })
            .expect("get-all");
    })
    .await;
    tool_count(ok, &out)
}

/// Tools the default build lists when given `args` on its command line.
async fn listed_with_args(args: &[&str]) -> usize {
    let argv: Vec<String> = std::iter::once("s3tables-mcp")
        .chain(args.iter().copied())
        .map(String::from)
        .collect();
    let (ok, out) = common::run_command(common::full_wasm(), &argv, LIST, policy()).await;
    tool_count(ok, &out)
}

#[tokio::test]
async fn flags_come_from_wasi_config() {
    const FLAGS: &str = "--allow-write --allow-destructive --toolsets all";
    // The wasi:config build has the data-plane tools but not the SQL engine (query_database).
    const SQL_TOOLS: usize = 1;
    let everything = listed_with_args(&FLAGS.split(' ').collect::<Vec<_>>()).await;
    assert_eq!(
        listed_with_config(&[]).await + SQL_TOOLS,
        listed_with_args(&[]).await
    );
    assert_eq!(
        listed_with_config(&[("S3TABLES_MCP_ARGS", FLAGS)]).await + SQL_TOOLS,
        everything
    );
    assert!(everything > listed_with_args(&[]).await);
}
