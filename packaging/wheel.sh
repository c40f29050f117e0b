#!/usr/bin/env bash
# The PyPI wheel: `pip install s3tables-mcp` / `uvx s3tables-mcp` install the binary itself.
#
#   bash packaging/wheel.sh [TARGET_TRIPLE]     (default x86_64-unknown-linux-gnu)
#
# Only x86_64-unknown-linux-gnu is built and tested here. Writes
# target/wheels/s3tables_mcp-<version>-py3-none-<manylinux tag>.whl; maturin (pinned in
# tests/requirements.txt) picks the lowest manylinux policy the binary satisfies.
#
# No recompilation: maturin builds a `bin` wheel with `cargo rustc`, which would compile the
# binary's last crate again. A `cargo` wrapper first on maturin's PATH runs that step as
# `cargo build` with maturin's own options (--manifest-path host/Cargo.toml --profile dist
# --locked --message-format ...): the same build as `just dist`, so cargo finds everything
# fresh and maturin packs target/dist/s3tables-mcp. Every other cargo call goes through
# unchanged. With CI=true, any crate compiled here is an error.
source "$(dirname "$0")/common.sh"
require_binary

MATURIN="$ROOT/.venv/bin/maturin"
[ -x "$MATURIN" ] || { echo "wheel.sh: $MATURIN is missing: run \`just setup\` (pip install -r tests/requirements.txt)" >&2; exit 1; }

shim="$(mktemp -d)"
log="$shim/maturin.log"
trap 'rm -rf "$shim"' EXIT
cat >"$shim/cargo" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
if [ "${1:-}" = rustc ]; then
  shift
  args=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --bin) shift 2 ;;
      --) echo "wheel.sh: maturin passed rustc flags ($*): they would change the build; refusing" >&2; exit 1 ;;
      *) args+=("$1"); shift ;;
    esac
  done
  exec "$S3TABLES_REAL_CARGO" build "${args[@]}"
fi
exec "$S3TABLES_REAL_CARGO" "$@"
EOF
chmod +x "$shim/cargo"

target_args=()
[ "$TRIPLE" = "$HOST_TRIPLE" ] || target_args=(--target "$TRIPLE")

mkdir -p "$ROOT/target/wheels"
cd "$PACKAGING/pypi"
start=$SECONDS
S3TABLES_REAL_CARGO="$(command -v cargo)" PATH="$shim:$PATH" \
  "$MATURIN" build --profile dist --locked "${target_args[@]}" --out "$ROOT/target/wheels" 2>&1 | tee "$log"
compiled=$(grep -c '^ *Compiling ' "$log" || true)
if [ "$compiled" -gt 0 ]; then
  echo "wheel.sh: cargo compiled $compiled crate(s): target/dist was not up to date with \`$BUILD_HINT\`" >&2
  [ "${CI:-}" != true ] || exit 1
fi

wheel="$(sed -n 's/.*Built wheel to \(.*\.whl\).*/\1/p' "$log" | tail -1)"
[ -f "$wheel" ] || { echo "wheel.sh: maturin did not say where it wrote the wheel" >&2; exit 1; }
echo "wheel.sh: $wheel ($(size_of "$wheel") bytes; binary $(size_of "$BINARY") bytes; cargo $compiled compiled, $((SECONDS - start)) s)"
