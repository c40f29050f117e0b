#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs (the wasm32-wasip2
# target, headless Chromium from Debian, a Python venv with the emulator and the MCP client
# SDK, the pinned Node tools),
# builds the guest and the host once, then runs the Rust tests and the end-to-end suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# The guest builds with Rust alone (zstd is pure Rust: vendor/README.md). These make any C
# compile for wasm32 fail, so every guest build below proves it.
export CC_wasm32_wasip2=/bin/false AR_wasm32_wasip2=/bin/false
# Incremental state is for editing, not for one build: it only costs disk here.
export CARGO_INCREMENTAL=0

step() { printf '\n==> %s\n' "$*"; }

step "toolchain: wasm32-wasip2 target"
rustup target add wasm32-wasip2

step "browser: headless Chromium and its driver (tests/test_ui_app.py renders the results app)"
bash tests/install-browser.sh

step "python venv: tests/requirements.txt"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt

step "node tools: MCP conformance suite and Inspector CLI (tests/npm, with Node 22)"
npm ci --prefix tests/npm --no-audit --no-fund --loglevel=error

step "format and lint"
cargo fmt --all -- --check
# Python: undefined names, unused imports, shadowed fixtures (pyflakes' rules).
.venv/bin/ruff check --quiet --select F $(git ls-files '*.py')
cargo clippy --locked --release --workspace --all-targets -- -D warnings
cargo clippy --locked -p s3tables-mcp-guest -p hostile-test-component --features s3tables-mcp-guest/sql --target wasm32-wasip2 --profile guest-release -- -D warnings
# The control-plane build (without the data-plane tools), as host/build.rs builds it.
cargo clippy --locked -p s3tables-mcp-guest --no-default-features --features server --target wasm32-wasip2 --profile guest-release -- -D warnings
cargo clippy --locked -p s3tables-mcp-guest --features wasi-config --target wasm32-wasip2 \
  --profile guest-release -- -D warnings
# The tools components build the guest library without its `server` feature: a run of their own.
cargo clippy --locked -p s3tables-tools -p s3tables-tools-read-only --target wasm32-wasip2 --profile guest-release -- -D warnings

step "build: guest component (embedded) and host binary"
cargo build --locked --release --workspace

step "build: the wasi:config variant of the guest (for wasmCloud)"
bash deploy/wasmcloud/build.sh

step "rust tests: catalog, guest core, wire vectors, component"
cargo test --locked --release --workspace
# The SQL engine's own tests (feature `sql`, only in the data-plane build): in the dev profile,
# which compiles DataFusion natively in a third of the release build's time.
cargo test --locked -p s3tables-mcp-guest --features sql --lib -- sql:: tools::composite::athena
# The Arrow reader (feature `arrow`, only in the SQL build), checked against the row reader.
cargo test --locked -p s3tables-iceberg --features arrow,zstd --lib

step "build: the binary users download (profile dist: size-optimised, fat LTO)"
cargo build --locked --profile dist -p s3tables-mcp

step "packages: PyPI wheel, npm tarballs, MCP Bundle (of the dist binary; nothing compiles)"
bash packaging/wheel.sh
bash packaging/npm.sh
bash packaging/mcpb.sh

step "disk: what the builds above left in target/ (a cold run must fit the machine's disk)"
du -sh target 2>/dev/null || true
df -h . | tail -1

step "end-to-end: MCP client -> s3tables-mcp -> moto"
.venv/bin/python -m pytest tests -q
