//! Running a component's `wasi:cli/run` under the host's real linker and egress policy.

use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::Policy;
use s3tables_mcp::runtime::{engine, linker};
use s3tables_mcp::state::HostState;
use std::sync::Arc;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Store, StoreLimitsBuilder};
use wasmtime_wasi::p2::bindings::Command;
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi_http::WasiHttpCtx;

/// Runs `wasm`'s `wasi:cli/run` with `argv`, `stdin` and `policy`; returns whether run
/// returned Ok, and its stdout.
#[allow(dead_code)] // each test binary uses one of the two
pub async fn run_command(
    wasm: &[u8],
    argv: &[String],
    stdin: &str,
    policy: Policy,
) -> (bool, String) {
    run_command_with(wasm, argv, stdin, policy, |_| {}).await
}

/// As [`run_command`], with more imports defined on the linker by `extend`.
pub async fn run_command_with(
    wasm: &[u8],
    argv: &[String],
    stdin: &str,
    policy: Policy,
    extend: impl FnOnce(&mut Linker<HostState>),
) -> (bool, String) {
    let engine = engine().expect("engine");
    let component = Component::new(&engine, wasm).expect("component");
    let stdout = MemoryOutputPipe::new(1 << 20);
    let mut wasi = WasiCtx::builder();
    wasi.args(argv)
        .stdin(MemoryInputPipe::new(stdin.to_string()))
        .stdout(stdout.clone())
        .envs(&[("AWS_REGION", "us-east-1")]);
    let state = HostState {
        wasi: wasi.build(),
        http: WasiHttpCtx::new(),
        table: ResourceTable::new(),
        egress: Egress::new(Arc::new(policy)),
        limits: StoreLimitsBuilder::new().build(),
    };
    let mut store = Store::new(&engine, state);
    store.set_epoch_deadline(u64::MAX / 2);
    let mut linker = linker(&engine).expect("linker");
    extend(&mut linker);
    let command = Command::instantiate_async(&mut store, &component, &linker)
        .await
        .expect("instantiate");
    let ok = command
        .wasi_cli_run()
        .call_run(&mut store)
        .await
        .expect("run")
        .is_ok();
    (
        ok,
        String::from_utf8(stdout.contents().to_vec()).expect("utf-8"),
    )
}
