//! Micro-benchmark of the sandbox's fixed cost per message (`just bench-micro`): a fresh
//! store and instance of the precompiled guest (from its `InstancePre`), one call of its
//! `handle` export, and the instance dropped — what every inbound message pays before any
//! tool work.

use clap::Parser;
use criterion::{criterion_group, criterion_main, Criterion};
use s3tables_mcp::cli::Cli;
use s3tables_mcp::config::Config;
use s3tables_mcp::runtime::Runtime;
use std::hint::black_box;

fn runtime(rt: &tokio::runtime::Runtime) -> Runtime {
    // A private compilation cache, so only the first run pays for compiling the guest.
    let cache = std::env::temp_dir().join(format!("s3tables-mcp-bench-{}", whoami()));
    let cli = Cli::try_parse_from([
        "s3tables-mcp",
        "--region",
        "us-east-1",
        "--endpoint-url",
        "http://127.0.0.1:9",
    ])
    .expect("valid arguments");
    rt.block_on(async {
        let mut config = Config::from_cli(cli).await.expect("a valid configuration");
        config.cache_dir = Some(cache);
        Runtime::new(config).await.expect("the guest loads")
    })
}

/// The user id from the environment, so users sharing a temp directory do not share a cache.
fn whoami() -> String {
    std::env::var("USER").unwrap_or_else(|_| "user".into())
}

fn instance(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let runtime = runtime(&rt);
    let mut group = c.benchmark_group("fresh instance + handle");
    for (name, message, expect) in [
        (
            "ping",
            r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
            r#""result":{}"#,
        ),
        (
            "tools/list",
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#,
            r#""name":"list_table_buckets""#,
        ),
    ] {
        let out = rt
            .block_on(runtime.handle(message, false))
            .expect("the guest answers");
        // Time the answer we mean, never an error.
        assert!(
            out.messages.len() == 1 && out.messages[0].contains(expect),
            "unexpected answer to {name}: {:?}",
            out.messages
        );
        group.bench_function(name, |b| {
            b.iter(|| rt.block_on(runtime.handle(black_box(message), false)))
        });
    }
    group.finish();
}

criterion_group!(benches, instance);
criterion_main!(benches);
