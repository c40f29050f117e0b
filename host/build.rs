//! Builds the guest component for `wasm32-wasip2` so the host can embed it (one file to
//! install), the hostile test component that `tests/hostile.rs` runs (not embedded), and the
//! two `tools`-world components for wassette-like hosts (not embedded; named and copied to
//! `target/guest/components/`). All use the size-optimized `guest-release` profile, in their
//! own target directory to keep the outer build's lock free.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir
        .parent()
        .expect("host/ sits in the workspace")
        .to_path_buf();
    for watched in [
        "guest/src",
        "guest/ui",
        "guest/ops/src",
        "guest/iceberg/src",
        "guest/iceberg/Cargo.toml",
        "guest/Cargo.toml",
        "guest/ops/Cargo.toml",
        "guest/tools-component",
        "guest/tools-read-only",
        "guest/no-filesystem",
        "wit-tools",
        "tests/hostile",
        "wit",
        "Cargo.lock",
        // The guest profiles (per-package optimisation levels) live in the workspace manifest.
        "Cargo.toml",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }
    let target_dir = root.join("target").join("guest");
    let out = target_dir.join("wasm32-wasip2").join("guest-release");
    let components = target_dir.join("components");
    std::fs::create_dir_all(&components).expect("creating target/guest/components");
    // Four invocations, because features differ: the tools components use the guest library
    // without its `server` feature; the control-plane guest (embedded, always loaded) is built
    // without `data`; the data-plane guest with `data` (Parquet) but no SQL engine; the SQL
    // guest with everything, in its own profile (`guest-data`: thin LTO, the engine is large).
    // The host compiles each larger build only when one of its tools is first called, so a
    // preview or an append never waits for the SQL engine to compile. Each is copied out under
    // its own name; `components/s3tables-mcp.wasm` (the full build, with guest/no-filesystem
    // plugged in: `plug_no_filesystem`) is the one other WASM hosts run.
    cargo_build(
        &root,
        &target_dir,
        &[
            "s3tables-tools",
            "s3tables-tools-read-only",
            "s3tables-no-filesystem",
        ],
        &[],
    );
    cargo_build(
        &root,
        &target_dir,
        &["s3tables-mcp-guest", "hostile-test-component"],
        &[
            "--no-default-features",
            "--features",
            "s3tables-mcp-guest/server",
        ],
    );
    let control = components.join("s3tables-mcp-control.wasm");
    copy(&out.join("s3tables_mcp_guest.wasm"), &control);
    cargo_build(&root, &target_dir, &["s3tables-mcp-guest"], &[]);
    let data_plane = components.join("s3tables-mcp-data.wasm");
    copy(&out.join("s3tables_mcp_guest.wasm"), &data_plane);
    cargo_build_profile(
        &root,
        &target_dir,
        &["s3tables-mcp-guest"],
        &["--features", "s3tables-mcp-guest/sql"],
        "guest-data",
    );
    let sql = components.join("s3tables-mcp.wasm");
    plug_no_filesystem(
        &target_dir
            .join("wasm32-wasip2")
            .join("guest-data")
            .join("s3tables_mcp_guest.wasm"),
        &out.join("s3tables_no_filesystem.wasm"),
        &sql,
    );
    // The host embeds both compressed (lib.rs: `EmbeddedGuest`); the plain files stay for the
    // tests and for other WASM hosts.
    println!(
        "cargo:rustc-env=S3TABLES_MCP_GUEST_WASM_ZST={}",
        compress(&control).display()
    );
    println!(
        "cargo:rustc-env=S3TABLES_MCP_DATA_GUEST_WASM_ZST={}",
        compress(&data_plane).display()
    );
    println!(
        "cargo:rustc-env=S3TABLES_MCP_SQL_GUEST_WASM_ZST={}",
        compress(&sql).display()
    );
    // The target this binary is built for: `precompile --portable` compiles for it.
    println!(
        "cargo:rustc-env=S3TABLES_MCP_TARGET={}",
        std::env::var("TARGET").expect("cargo sets TARGET for build scripts")
    );
    println!(
        "cargo:rustc-env=S3TABLES_MCP_HOSTILE_WASM={}",
        out.join("hostile_test_component.wasm").display()
    );
    let docs = std::fs::read(root.join("wit-tools").join("package-docs.json"))
        .expect("reading wit-tools/package-docs.json");
    for (file, name, var) in [
        (
            "s3tables_tools.wasm",
            "s3tables-tools",
            "S3TABLES_TOOLS_WASM",
        ),
        (
            "s3tables_tools_read_only.wasm",
            "s3tables-tools-read-only",
            "S3TABLES_TOOLS_READ_ONLY_WASM",
        ),
    ] {
        let named = components.join(format!("{name}.wasm"));
        finish_component(&out.join(file), &named, name, &docs);
        println!("cargo:rustc-env={var}={}", named.display());
    }
}

/// `cargo build` of `packages` for wasm32-wasip2 with the `guest-release` profile.
fn cargo_build(root: &Path, target_dir: &Path, packages: &[&str], features: &[&str]) {
    cargo_build_profile(root, target_dir, packages, features, "guest-release")
}

/// `cargo build` of `packages` for wasm32-wasip2 with `profile`.
fn cargo_build_profile(
    root: &Path,
    target_dir: &Path,
    packages: &[&str],
    features: &[&str],
    profile: &str,
) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root).arg("build");
    for p in packages {
        cmd.args(["--package", p]);
    }
    cmd.args(features)
        .args(["--target", "wasm32-wasip2", "--profile", profile])
        .arg("--target-dir")
        .arg(target_dir);
    // The outer build's flags and wrappers (clippy, coverage) are not meant for the guest.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().expect("running cargo to build the guest");
    if !status.success() {
        panic!("building {packages:?} for wasm32-wasip2 failed (see the errors above; is the wasm32-wasip2 target installed?)");
    }
}

/// Writes `socket` with guest/no-filesystem's exports plugged into its `wasi:filesystem`
/// imports. DataFusion links spill-file and local-object-store code (std::fs, through
/// wasi-libc), so the SQL build's core module imports the filesystem; plugged, the component
/// the host and other WASM hosts run imports none (docs/security.md), and a call that reaches
/// that code finds no directory, as it would in a host that preopens none.
fn plug_no_filesystem(socket: &Path, plug: &Path, to: &Path) {
    use wac_graph::{types::Package, CompositionGraph, EncodeOptions};
    let read = |path: &Path| {
        std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
    };
    let mut graph = CompositionGraph::new();
    let mut register = |name: &str, path: &Path| {
        let package = Package::from_bytes(name, None, read(path), graph.types_mut())
            .unwrap_or_else(|e| panic!("reading {} as a component: {e:#}", path.display()));
        graph
            .register_package(package)
            .unwrap_or_else(|e| panic!("registering {}: {e:#}", path.display()))
    };
    let socket_id = register("s3tables:mcp", socket);
    let plug_id = register("s3tables:no-filesystem", plug);
    wac_graph::plug(&mut graph, vec![plug_id], socket_id).unwrap_or_else(|e| {
        panic!(
            "plugging {} into {}: {e:#}",
            plug.display(),
            socket.display()
        )
    });
    let composed = graph
        .encode(EncodeOptions::default())
        .unwrap_or_else(|e| panic!("encoding the plugged {}: {e:#}", socket.display()));
    std::fs::write(to, composed).unwrap_or_else(|e| panic!("writing {}: {e}", to.display()));
}

/// How hard `compress` works: level 19 makes the data-plane build ~5x smaller (the binary is
/// what users download) and costs seconds once per guest build; decompression speed barely
/// depends on the level.
const ZSTD_LEVEL: i32 = 19;

/// Writes `from` zstd-compressed beside it (`NAME.wasm.zst`) and returns that path.
fn compress(from: &Path) -> PathBuf {
    let to = from.with_extension("wasm.zst");
    let wasm = std::fs::read(from).unwrap_or_else(|e| panic!("reading {}: {e}", from.display()));
    let packed = zstd::bulk::compress(&wasm, ZSTD_LEVEL)
        .unwrap_or_else(|e| panic!("compressing {}: {e}", from.display()));
    std::fs::write(&to, packed).unwrap_or_else(|e| panic!("writing {}: {e}", to.display()));
    to
}

fn copy(from: &Path, to: &Path) {
    std::fs::copy(from, to)
        .unwrap_or_else(|e| panic!("copying {} to {}: {e}", from.display(), to.display()));
}

/// Copies a component, giving it a root component name (the `component-name` section; hosts
/// such as wassette take the component's identity from it) and its WIT documentation (the
/// `package-docs` section, from which wassette takes tool descriptions; wit-bindgen does not
/// keep docs in the component).
fn finish_component(from: &Path, to: &Path, name: &str, package_docs_json: &[u8]) {
    let bytes = std::fs::read(from).unwrap_or_else(|e| panic!("reading {}: {e}", from.display()));
    let mut metadata = wasm_metadata::AddMetadata::default();
    metadata.name = wasm_metadata::AddMetadataField::Set(name.to_string());
    let mut named = metadata
        .to_wasm(&bytes)
        .unwrap_or_else(|e| panic!("naming {}: {e}", from.display()));
    // Format version 1 of wit-parser's package docs, then the JSON.
    let mut data = vec![1u8];
    data.extend_from_slice(package_docs_json);
    append_custom_section(&mut named, "package-docs", &data);
    std::fs::write(to, named).unwrap_or_else(|e| panic!("writing {}: {e}", to.display()));
}

/// Appends a custom section (id 0: name, then data) at the top level of a wasm binary.
fn append_custom_section(wasm: &mut Vec<u8>, name: &str, data: &[u8]) {
    fn leb128(out: &mut Vec<u8>, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                out.push(byte);
                return;
            }
            out.push(byte | 0x80);
        }
    }
    let mut payload = Vec::new();
    leb128(&mut payload, name.len());
    payload.extend_from_slice(name.as_bytes());
    payload.extend_from_slice(data);
    wasm.push(0);
    leb128(wasm, payload.len());
    wasm.extend_from_slice(&payload);
}
