// Patched for s3tables-mcp (see ../README.md): upstream's build script decided on the x86-64
// assembly loop with `#[cfg(all(unix, target_arch = "x86_64"))]`, which in a build script is
// the *host's* architecture, so every build on an x86-64 machine invoked a C compiler — for a
// wasm32 target too, where the file is useless and no C compiler may exist. The target's
// architecture and family are what decide, as they do in `lib/decompress/huf_decompress.rs`.
fn main() {
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    if arch == "x86_64" && family.split(',').any(|f| f == "unix") {
        cc::Build::new()
            .file("lib/decompress/huf_decompress_amd64.S")
            .compile("huf_decompress_amd64");
    }
}
