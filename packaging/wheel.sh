#!/usr/bin/env bash
# The PyPI wheels: `pip install s3tables-mcp` / `uvx s3tables-mcp` install the binary itself,
# and with it (a dependency, on x86-64 Linux) the guest builds' compiled code.
#
#   bash packaging/wheel.sh [TARGET_TRIPLE]     (default x86_64-unknown-linux-gnu)
#
# Only x86_64-unknown-linux-gnu is built and tested here. Writes
# target/wheels/s3tables_mcp-<version>-py3-none-<manylinux tag>.whl; maturin (pinned in
# tests/requirements.txt) picks the lowest manylinux policy the binary satisfies. For the
# machine's own target it also writes
# target/wheels/s3tables_mcp_precompiled-<version>-py3-none-<the same tag>.whl: the code the
# binary's `precompile --portable` compiles (x86-64-v2; common.sh), installed to
# <prefix>/share/s3tables-mcp/precompiled where the binary looks for it, so that no first call
# compiles (the SQL build takes ~45 s and ~1.6 GB to compile). The main wheel requires it at
# exactly its version. Another target's binary cannot run here to compile its code: its wheel
# goes without (its first calls compile, as a `cargo install` does).
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

# The precompiled code's package, for the target built here (see the top).
PRECOMPILED_NAME="s3tables-mcp-precompiled"
PRECOMPILED_MARKER="platform_machine == 'x86_64' and sys_platform == 'linux'"
code="$(precompiled_code)"
ship=false
[ -z "$code" ] || ship=true

# maturin builds from a copy of pypi/ whose pyproject names the crate by absolute path and, when
# the code ships, requires that package at this version (pyproject.toml cannot read the version).
stage="$shim/pypi"
mkdir -p "$stage"
cp "$PACKAGING/pypi/README.md" "$stage/"
requires=""
! $ship || requires="\"$PRECOMPILED_NAME==$VERSION; $PRECOMPILED_MARKER\""
sed -e "s|^manifest-path = .*|manifest-path = \"$ROOT/host/Cargo.toml\"|" \
    -e "s|^dependencies = \[\]|dependencies = [$requires]|" \
    "$PACKAGING/pypi/pyproject.toml" >"$stage/pyproject.toml"
grep -qF "dependencies = [$requires]" "$stage/pyproject.toml" ||
  { echo "wheel.sh: pypi/pyproject.toml has no \`dependencies = []\` line to fill" >&2; exit 1; }

mkdir -p "$ROOT/target/wheels"
rm -f "$ROOT/target/wheels/"s3tables_mcp*-"$VERSION"-*.whl
cd "$stage"
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

$ship || exit 0
# The precompiled code's wheel: data files only, tagged for the platform of the main wheel.
tag="${wheel##*/s3tables_mcp-"$VERSION"-}"
tag="${tag%.whl}"
dist="s3tables_mcp_precompiled-$VERSION"
unpacked="$shim/$dist"
mkdir -p "$unpacked/$dist.data/data/share/s3tables-mcp/precompiled"
cp "$code"/* "$unpacked/$dist.data/data/share/s3tables-mcp/precompiled/"
mkdir -p "$unpacked/$dist.dist-info"
cat >"$unpacked/$dist.dist-info/METADATA" <<EOF
Metadata-Version: 2.1
Name: $PRECOMPILED_NAME
Version: $VERSION
Summary: Compiled code of s3tables-mcp $VERSION's WebAssembly guests (x86-64-v2 Linux), so that its first calls compile nothing
License: Apache-2.0
Requires-Python: >=3.8
EOF
{
  printf 'Wheel-Version: 1.0\nGenerator: s3tables-mcp packaging/wheel.sh\nRoot-Is-Purelib: false\n'
  IFS=. read -ra platforms <<<"${tag#py3-none-}"
  for p in "${platforms[@]}"; do printf 'Tag: py3-none-%s\n' "$p"; done
} >"$unpacked/$dist.dist-info/WHEEL"
"$ROOT/.venv/bin/python" -m wheel pack --dest-dir "$ROOT/target/wheels" "$unpacked" >/dev/null
precompiled="$ROOT/target/wheels/$dist-$tag.whl"
[ -f "$precompiled" ] || { echo "wheel.sh: wheel pack did not write $precompiled" >&2; exit 1; }
echo "wheel.sh: $precompiled ($(size_of "$precompiled") bytes)"
