//! Running a component's `wasi:cli/run` under the host's real linker and egress policy, and
//! the checks every shipped component must pass. Each test binary uses part of it.
#![allow(dead_code)]

use s3tables_mcp::egress::Egress;
use s3tables_mcp::policy::Policy;
use s3tables_mcp::runtime::{engine, linker};
use s3tables_mcp::state::HostState;
use std::sync::Arc;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Engine, Store, StoreLimitsBuilder};
use wasmtime_wasi::p2::bindings::Command;
use wasmtime_wasi::p2::pipe::{MemoryInputPipe, MemoryOutputPipe};
use wasmtime_wasi::{WasiCtx, WasiCtxBuilder};
use wasmtime_wasi_http::WasiHttpCtx;

/// The embedded control-plane build's wasm, decompressed once per test binary.
pub fn control_wasm() -> &'static [u8] {
    static WASM: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    WASM.get_or_init(|| s3tables_mcp::CONTROL_GUEST.wasm().expect("decompressed"))
}

/// The embedded data-plane build's wasm, decompressed once per test binary.
pub fn data_wasm() -> &'static [u8] {
    static WASM: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    WASM.get_or_init(|| s3tables_mcp::DATA_GUEST.wasm().expect("decompressed"))
}

/// The embedded SQL build's wasm (the full build, as other WASM hosts run it), decompressed
/// once per test binary.
pub fn full_wasm() -> &'static [u8] {
    static WASM: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    WASM.get_or_init(|| s3tables_mcp::SQL_GUEST.wasm().expect("decompressed"))
}

/// `wasm` compiled, through the host's compilation cache in the tests' own directory: the
/// data-plane build takes seconds to compile, and several tests run it.
pub fn compile(engine: &Engine, wasm: &[u8]) -> Component {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("component-cache");
    s3tables_mcp::cache::load_or_compile(engine, wasm, Some(&dir)).expect("component")
}

/// Runs `wasm`'s `wasi:cli/run` with `argv`, `stdin` and `policy`; returns whether run
/// returned Ok, and its stdout.
pub async fn run_command(
    wasm: &[u8],
    argv: &[String],
    stdin: &str,
    policy: Policy,
) -> (bool, String) {
    let egress = Egress::new(Arc::new(policy));
    run_command_with(wasm, argv, stdin, egress, |_| {}).await
}

/// As [`run_command`], with the host's egress gate as given and more imports defined on the
/// linker by `extend`.
pub async fn run_command_with(
    wasm: &[u8],
    argv: &[String],
    stdin: &str,
    egress: Egress,
    extend: impl FnOnce(&mut Linker<HostState>),
) -> (bool, String) {
    let engine = engine().expect("engine");
    let component = compile(&engine, wasm);
    let stdout = MemoryOutputPipe::new(1 << 20);
    let mut wasi = WasiCtx::builder();
    wasi.args(argv)
        .stdin(MemoryInputPipe::new(stdin.to_string()))
        .stdout(stdout.clone())
        .envs(&[("AWS_REGION", "us-east-1")]);
    let mut store = store(&engine, &mut wasi, egress);
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

/// A store for one instance: `wasi` as configured, the host's egress gate, no memory limit,
/// no deadline.
pub fn store(engine: &Engine, wasi: &mut WasiCtxBuilder, egress: Egress) -> Store<HostState> {
    let state = HostState {
        wasi: wasi.build(),
        http: WasiHttpCtx::new(),
        table: ResourceTable::new(),
        egress,
        limits: StoreLimitsBuilder::new().build().into(),
    };
    let mut store = Store::new(engine, state);
    store.set_epoch_deadline(u64::MAX / 2);
    store
}

/// Asserts that `component` imports only standard WASI interfaces without filesystem or
/// sockets (README, security model), and that its one way out is `wasi:http`.
pub fn assert_allowed_imports(engine: &Engine, component: &Component) {
    const ALLOWED: &[&str] = &[
        "wasi:cli/",
        "wasi:clocks/",
        "wasi:random/",
        "wasi:io/",
        "wasi:http/outgoing-handler@",
        "wasi:http/types@",
    ];
    let imports: Vec<String> = component
        .component_type()
        .imports(engine)
        .map(|(name, _)| name.to_string())
        .collect();
    for import in &imports {
        assert!(
            ALLOWED.iter().any(|p| import.starts_with(p)),
            "unexpected import {import}; all: {imports:?}"
        );
    }
    assert!(imports
        .iter()
        .any(|i| i.starts_with("wasi:http/outgoing-handler@")));
}
