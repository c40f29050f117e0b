#!/usr/bin/env bash
# The MCP Bundle (.mcpb) for Claude Desktop and other MCPB hosts: manifest.json plus the
# binary, validated and packed with the official `mcpb` CLI (pinned in tests/npm).
#
#   bash packaging/mcpb.sh [TARGET_TRIPLE]     (default x86_64-unknown-linux-gnu)
#
# Only x86_64-unknown-linux-gnu is built and tested here (Claude Desktop itself runs on macOS
# and Windows: their bundles need those targets' binaries). Writes
#   target/s3tables-mcp-<version>-<platform>.mcpb
#   target/server.json   packaging/server.json with this bundle's fileSha256 filled in: the
#                        file to publish to the MCP registry together with this bundle
# The manifest template is packaging/mcpb/manifest.json; the version is the workspace's. The
# bundle carries the guest builds compiled too (share/s3tables-mcp/precompiled, common.sh).
# Nothing is compiled.
source "$(dirname "$0")/common.sh"
require_binary
[ -x "$MCPB" ] || { echo "mcpb.sh: $MCPB is missing: run \`npm ci --prefix tests/npm\` (just setup)" >&2; exit 1; }
export PATH="$NODE22_BIN:$PATH"

stage="$ROOT/target/mcpb-stage"
bundle="$ROOT/target/s3tables-mcp-$VERSION-$PLATFORM.mcpb"
rm -rf "$stage"
mkdir -p "$stage/server"
install -m 755 "$BINARY" "$stage/server/s3tables-mcp$EXE"
# The guest builds compiled (common.sh), where the binary looks: ../share from server/.
code="$(precompiled_code)"
if [ -n "$code" ]; then
  mkdir -p "$stage/share/s3tables-mcp/precompiled"
  cp "$code"/* "$stage/share/s3tables-mcp/precompiled/"
fi

python3 - "$PACKAGING/mcpb/manifest.json" "$stage/manifest.json" "$VERSION" "$NPM_OS" "$EXE" <<'EOF'
import json, sys
src, dst, version, platform, exe = sys.argv[1:]
m = json.load(open(src))
m["version"] = version
m["compatibility"]["platforms"] = [platform]
m["server"]["entry_point"] += exe
m["server"]["mcp_config"]["command"] += exe
json.dump(m, open(dst, "w"), indent=2)
open(dst, "a").write("\n")
EOF

"$MCPB" validate "$stage/manifest.json"
rm -f "$bundle"
"$MCPB" pack "$stage" "$bundle"

# The registry entry of this very file.
sha256="$(sha256sum "$bundle" | cut -d' ' -f1)"
python3 - "$PACKAGING/server.json" "$ROOT/target/server.json" "$sha256" "$(basename "$bundle")" <<'EOF'
import json, sys
src, dst, sha256, name = sys.argv[1:]
s = json.load(open(src))
bundles = [p for p in s["packages"] if p["registryType"] == "mcpb" and p["identifier"].endswith("/" + name)]
if len(bundles) != 1:
    sys.exit(f"mcpb.sh: packaging/server.json has no mcpb package whose identifier ends in /{name}")
bundles[0]["fileSha256"] = sha256
json.dump(s, open(dst, "w"), indent=2)
open(dst, "a").write("\n")
EOF
echo "mcpb.sh: $bundle ($(size_of "$bundle") bytes, sha256 $sha256; binary $(size_of "$BINARY") bytes)"
echo "mcpb.sh: target/server.json carries that sha256"
