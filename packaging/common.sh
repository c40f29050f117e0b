# Sourced by packaging/{wheel,npm,mcpb}.sh: the target triple, the workspace version, the
# registry name and the binary the packages carry. Packaging never compiles the server: it
# takes the binary that `cargo build --locked --profile dist -p s3tables-mcp` (`just dist`)
# left in target/dist/.
#
# Only x86_64-unknown-linux-gnu (the machine's own target) is built and tested here. Other
# triples are mapped below so a release machine can package them, but this repository's
# tests have never run them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PACKAGING="$ROOT/packaging"
HOST_TRIPLE="x86_64-unknown-linux-gnu"
TRIPLE="${1:-$HOST_TRIPLE}"

# npm's process.platform / process.arch (and libc) for each triple; MCPB's platform name.
case "$TRIPLE" in
  x86_64-unknown-linux-gnu)  NPM_OS=linux;  NPM_CPU=x64;   NPM_LIBC=glibc; EXE="" ;;
  aarch64-unknown-linux-gnu) NPM_OS=linux;  NPM_CPU=arm64; NPM_LIBC=glibc; EXE="" ;;
  x86_64-apple-darwin)       NPM_OS=darwin; NPM_CPU=x64;   NPM_LIBC="";    EXE="" ;;
  aarch64-apple-darwin)      NPM_OS=darwin; NPM_CPU=arm64; NPM_LIBC="";    EXE="" ;;
  x86_64-pc-windows-msvc)    NPM_OS=win32;  NPM_CPU=x64;   NPM_LIBC="";    EXE=".exe" ;;
  *) echo "packaging: no package mapping for target $TRIPLE" >&2; exit 2 ;;
esac
PLATFORM="$NPM_OS-$NPM_CPU"

if [ "$TRIPLE" != "$HOST_TRIPLE" ]; then
  echo "packaging: WARNING: only $HOST_TRIPLE is built and tested here; $TRIPLE is untested" >&2
  BINARY="$ROOT/target/$TRIPLE/dist/s3tables-mcp$EXE"
  BUILD_HINT="cargo build --locked --profile dist -p s3tables-mcp --target $TRIPLE"
else
  BINARY="$ROOT/target/dist/s3tables-mcp"
  BUILD_HINT="cargo build --locked --profile dist -p s3tables-mcp"
fi

require_binary() {
  if [ ! -x "$BINARY" ]; then
    echo "packaging: $BINARY is missing: build it first (\`$BUILD_HINT\`, or \`just dist\`)" >&2
    exit 1
  fi
}

# The version of the s3tables-mcp package (the workspace's), as cargo resolves it.
VERSION="$(cd "$ROOT" && cargo metadata --no-deps --format-version 1 --locked --offline |
  python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "s3tables-mcp"))')"

# The MCP registry name, declared once: packaging/server.json.
MCP_NAME="$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["name"])' "$PACKAGING/server.json")"

# The Node the pinned tools run with (tests/npm ships Node 22; the machine's is older).
NODE22_BIN="$ROOT/tests/npm/node_modules/node/bin"
MCPB="$ROOT/tests/npm/node_modules/.bin/mcpb"

size_of() { stat -c %s "$1"; }

# The guest builds compiled for any CPU of the binary's target (`s3tables-mcp precompile
# --portable`): every package installs them beside the binary, in share/s3tables-mcp/precompiled,
# where the binary looks before compiling a build itself. Compiled once per binary (~45 s and
# ~1.6 GB, the SQL build) into target/precompiled/<the binary's hash>/ and shared by the three
# scripts. Prints that directory; nothing for another target, whose binary cannot run here.
precompiled_code() {
  [ "$TRIPLE" = "$HOST_TRIPLE" ] || return 0
  local dir
  dir="$ROOT/target/precompiled/$(sha256sum "$BINARY" | cut -c1-16)"
  if [ ! -d "$dir" ]; then
    rm -rf "$ROOT/target/precompiled"
    "$BINARY" precompile --portable "$dir.partial" >&2
    mv "$dir.partial" "$dir"
  fi
  echo "$dir"
}
