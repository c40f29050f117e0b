//! Builds the guest component for `wasm32-wasip2` so the host can embed it (one file to
//! install), and the hostile test component that `tests/hostile.rs` runs (not embedded).
//! Both use the size-optimized `guest-release` profile, in their own target directory to
//! keep the outer build's lock free.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest_dir
        .parent()
        .expect("host/ sits in the workspace")
        .to_path_buf();
    for watched in [
        "guest/src",
        "guest/ops/src",
        "guest/Cargo.toml",
        "guest/ops/Cargo.toml",
        "tests/hostile",
        "wit",
        "Cargo.lock",
    ] {
        println!("cargo:rerun-if-changed={}", root.join(watched).display());
    }
    let target_dir = root.join("target").join("guest");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&root)
        .args([
            "build",
            "--package",
            "s3tables-mcp-guest",
            "--package",
            "hostile-test-component",
        ])
        .args(["--target", "wasm32-wasip2", "--profile", "guest-release"])
        .arg("--target-dir")
        .arg(&target_dir);
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
        panic!("building the guest component failed (see the errors above; is the wasm32-wasip2 target installed?)");
    }
    let out = target_dir.join("wasm32-wasip2").join("guest-release");
    println!(
        "cargo:rustc-env=S3TABLES_MCP_GUEST_WASM={}",
        out.join("s3tables_mcp_guest.wasm").display()
    );
    println!(
        "cargo:rustc-env=S3TABLES_MCP_HOSTILE_WASM={}",
        out.join("hostile_test_component.wasm").display()
    );
}
