# s3tables-mcp tasks. `just --list` shows them.

set shell := ["bash", "-euo", "pipefail", "-c"]

binary := "target/release/s3tables-mcp"

# Install the wasm target and the Python and Node test environments (the build needs Rust alone).
setup:
    rustup target add wasm32-wasip2
    bash tests/install-browser.sh
    [ -x .venv/bin/python ] || python3 -m venv .venv
    .venv/bin/pip install --quiet -r tests/requirements.txt
    npm ci --prefix tests/npm --no-audit --no-fund --loglevel=error

# Build the guest component and the host binary that embeds it.
build:
    cargo build --locked --release --workspace

# The guest built for runtimes that configure it through wasi:config (wasmCloud).
build-wasmcloud:
    bash deploy/wasmcloud/build.sh

# Everything CI runs: lint, build, Rust tests, end-to-end tests against moto.
test:
    bash tests/run.sh

# Run the server over stdio, e.g. `just serve --allow-write --endpoint-url http://127.0.0.1:5000`.
serve *ARGS: build
    {{binary}} {{ARGS}}

fmt:
    cargo fmt --all

lint:
    cargo fmt --all -- --check
    .venv/bin/ruff check --quiet --select F $(git ls-files '*.py')
    cargo clippy --locked --release --workspace --all-targets -- -D warnings
    cargo clippy --locked -p s3tables-mcp-guest -p hostile-test-component --features s3tables-mcp-guest/sql --target wasm32-wasip2 --profile guest-release -- -D warnings
    cargo clippy --locked -p s3tables-mcp-guest --no-default-features --features server --target wasm32-wasip2 --profile guest-release -- -D warnings
    cargo clippy --locked -p s3tables-mcp-guest --features wasi-config --target wasm32-wasip2 --profile guest-release -- -D warnings
    cargo clippy --locked -p s3tables-tools -p s3tables-tools-read-only -p s3tables-no-filesystem --target wasm32-wasip2 --profile guest-release -- -D warnings

# Regenerate the operation catalog from the vendored botocore model.
gen-ops:
    python3 guest/ops/gen/gen_ops.py
    cargo fmt --all

# Regenerate the tools worlds (wit-tools/), their package docs and Rust glue from the model.
gen-tools:
    python3 guest/ops/gen/gen_tools.py

# The SQL engine's unit tests and the Arrow reader's (DataFusion, natively, dev profile).
test-sql:
    cargo test --locked -p s3tables-mcp-guest --features sql --lib -- sql:: tools::composite::athena
    cargo test --locked -p s3tables-iceberg --features arrow,zstd --lib

# Fuzz the guest's message entry point longer than CI does.
fuzz cases="2000000":
    FUZZ_CASES={{cases}} cargo test --locked --release -p s3tables-mcp-guest --test fuzz_messages

# 10,000 calls through one server against moto, reporting memory (measures; asserts nothing).
soak calls="10000": setup build
    .venv/bin/python tests/soak.py {{calls}}

# The reference Python server the benchmark compares against, pinned, in its own venv.
bench-reference:
    [ -x .venv-reference/bin/python ] || python3 -m venv .venv-reference
    .venv-reference/bin/pip install --quiet --disable-pip-version-check -r tests/bench/requirements-reference.txt

# Start-up, per-call overhead, memory, throughput, fan-out and size, side by side with the
# reference server and the floor (measures; asserts nothing). ARGS: --quick, --json PATH.
bench *ARGS: setup build bench-reference
    .venv/bin/python tests/bench/run.py {{ARGS}}

# What a new user pays: first run on an empty cache, warm idle memory, the first data-plane
# call, and the sizes of what is downloaded (measures; asserts nothing).
bench-first-run: setup dist
    S3TABLES_MCP_BIN=target/dist/s3tables-mcp .venv/bin/python tests/bench/first_run.py
    .venv/bin/python tests/bench/first_run.py --from-wheel

# query_database on a 1,000,000-row table beside the reference server's engine path (PyIceberg
# + Daft) and the floor (PyArrow), five queries, time and peak RSS (measures; asserts nothing).
bench-data *ARGS: setup build bench-reference
    .venv/bin/python tests/bench/data.py {{ARGS}}

# The --local quickstart (bucket, namespace, table, 1,000-row append, preview, SQL), timed (asserts nothing).
bench-local: setup build
    .venv/bin/python tests/bench/local_quickstart.py

# A 5,000,000-row CSV (~100 MB) imported by import_csv_to_table and by PyIceberg
# (pyarrow read_csv + Table.append), side by side: wall time and peak RSS.
bench-import *ARGS: setup build
    .venv/bin/python tests/bench/imports.py {{ARGS}}

# query_database over a 100,000-row table in moto: first call and median (measures; asserts nothing).
bench-sql: setup build
    .venv/bin/python tests/bench/query.py

# append_rows_to_table (10,000 rows) and import_csv_to_table (100,000 rows) into moto (measures; asserts nothing).
bench-write: setup build
    .venv/bin/python tests/bench/write.py

# Criterion micro-benchmarks: signing, request building, a whole tools/call in the guest
# (native), and a fresh guest instance per message in the host.
bench-micro *ARGS:
    cargo bench --locked --workspace --bench request_path --bench instance -- {{ARGS}}

# The binary users download: optimised for size and linked whole (profile `dist`), in target/dist/.
dist:
    cargo build --locked --profile dist -p s3tables-mcp

# Packages of the binary `just dist` made (packaging/README.md). TRIPLE defaults to
# x86_64-unknown-linux-gnu, the only target built and tested here.
# The PyPI wheel (`uvx s3tables-mcp`, `pip install s3tables-mcp`): target/wheels/.
wheel *TRIPLE: dist
    bash packaging/wheel.sh {{TRIPLE}}

# The npm launcher and platform tarballs (`npx s3tables-mcp`): target/npm/.
npm *TRIPLE: dist
    bash packaging/npm.sh {{TRIPLE}}

# The MCP Bundle for Claude Desktop and target/server.json (the registry entry with its sha256).
mcpb *TRIPLE: dist
    bash packaging/mcpb.sh {{TRIPLE}}
