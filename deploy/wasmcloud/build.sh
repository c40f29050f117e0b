#!/usr/bin/env bash
# The guest built for runtimes that configure it through wasi:config (wasmCloud): the full build
# plus the `wasi-config` feature, in the host build's guest target directory so the heavy
# dependencies compiled there are reused. The artifact is copied out under its own name (the
# cargo output file is shared with the other guest builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --locked -p s3tables-mcp-guest --features wasi-config --target wasm32-wasip2 \
  --profile guest-release --target-dir target/guest
mkdir -p target/guest/components
cp target/guest/wasm32-wasip2/guest-release/s3tables_mcp_guest.wasm \
  target/guest/components/s3tables-mcp-wasi-config.wasm
echo target/guest/components/s3tables-mcp-wasi-config.wasm
