#!/usr/bin/env bash
# The npm packages (the esbuild pattern): `npx s3tables-mcp` runs the binary.
#
#   bash packaging/npm.sh [TARGET_TRIPLE]     (default x86_64-unknown-linux-gnu)
#
# Only x86_64-unknown-linux-gnu is built and tested here. Writes two tarballs to target/npm/:
#   s3tables-mcp-<version>.tgz                 the launcher (bin/s3tables-mcp.js), with
#                                              optionalDependencies on the platform packages
#   s3tables-mcp-<platform>-<version>.tgz      @s3tables-mcp/<platform>: bin/s3tables-mcp
#                                              and share/s3tables-mcp/precompiled/ (common.sh),
#                                              declaring os/cpu (and libc) so npm installs
#                                              only the one that matches
# The templates are packaging/npm/s3tables-mcp/ and packaging/npm/platform/; the version is the
# workspace's, mcpName is packaging/server.json's name. Nothing is compiled.
source "$(dirname "$0")/common.sh"
require_binary

out="$ROOT/target/npm"
stage="$ROOT/target/npm-stage"
rm -rf "$stage"
mkdir -p "$out" "$stage/launcher/bin" "$stage/platform/bin"

# The launcher.
cp "$PACKAGING/npm/s3tables-mcp/bin/s3tables-mcp.js" "$stage/launcher/bin/"
chmod 755 "$stage/launcher/bin/s3tables-mcp.js"
cp "$PACKAGING/npm/s3tables-mcp/README.md" "$stage/launcher/"
# The platform package: the binary, and its guest builds compiled (common.sh).
install -m 755 "$BINARY" "$stage/platform/bin/s3tables-mcp$EXE"
code="$(precompiled_code)"
if [ -n "$code" ]; then
  mkdir -p "$stage/platform/share/s3tables-mcp/precompiled"
  cp "$code"/* "$stage/platform/share/s3tables-mcp/precompiled/"
fi
sed "s/PLATFORM/$PLATFORM/" "$PACKAGING/npm/platform/README.md" >"$stage/platform/README.md"

VERSION="$VERSION" MCP_NAME="$MCP_NAME" PLATFORM="$PLATFORM" NPM_OS="$NPM_OS" NPM_CPU="$NPM_CPU" \
NPM_LIBC="$NPM_LIBC" PACKAGING="$PACKAGING" STAGE="$stage" node - <<'EOF'
const fs = require("fs");
const e = process.env;
const read = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const write = (p, v) => fs.writeFileSync(p, JSON.stringify(v, null, 2) + "\n");

const launcher = read(`${e.PACKAGING}/npm/s3tables-mcp/package.json`);
launcher.version = e.VERSION;
launcher.mcpName = e.MCP_NAME;
for (const dep of Object.keys(launcher.optionalDependencies)) launcher.optionalDependencies[dep] = e.VERSION;
const name = `@s3tables-mcp/${e.PLATFORM}`;
if (!(name in launcher.optionalDependencies)) {
  console.error(`npm.sh: ${name} is not among the launcher's optionalDependencies (packaging/npm/s3tables-mcp/package.json)`);
  process.exit(1);
}
write(`${e.STAGE}/launcher/package.json`, launcher);

const platform = read(`${e.PACKAGING}/npm/platform/package.json`);
Object.assign(platform, { name, version: e.VERSION, os: [e.NPM_OS], cpu: [e.NPM_CPU] });
if (e.NPM_LIBC) platform.libc = [e.NPM_LIBC];
write(`${e.STAGE}/platform/package.json`, platform);
EOF

for pkg in platform launcher; do
  (cd "$stage/$pkg" && npm pack --pack-destination "$out" --loglevel=error --json >"$stage/$pkg.json")
done
for pkg in launcher platform; do
  tgz="$out/$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[0]["filename"])' "$stage/$pkg.json")"
  echo "npm.sh: $tgz ($(size_of "$tgz") bytes)"
done
echo "npm.sh: binary $(size_of "$BINARY") bytes"
