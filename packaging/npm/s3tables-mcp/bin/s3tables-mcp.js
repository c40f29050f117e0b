#!/usr/bin/env node
// The `s3tables-mcp` command of the npm package: runs the native binary from the platform
// package npm installed beside this one (an optionalDependency such as
// @s3tables-mcp/linux-x64, which declares its os/cpu so npm installs only the matching one).
// stdin, stdout and stderr are the binary's own (MCP over stdio passes straight through);
// SIGINT, SIGTERM and SIGHUP are forwarded, and the binary's exit code or signal is ours.
"use strict";

const { spawn } = require("child_process");
const { optionalDependencies } = require("../package.json");

const SCOPE = "@s3tables-mcp/";
const platform = `${process.platform}-${process.arch}`;
const exe = process.platform === "win32" ? "s3tables-mcp.exe" : "s3tables-mcp";

function findBinary() {
  try {
    return require.resolve(`${SCOPE}${platform}/bin/${exe}`);
  } catch {
    return null;
  }
}

const binary = findBinary();
if (!binary) {
  const supported = Object.keys(optionalDependencies || {})
    .filter((name) => name.startsWith(SCOPE))
    .map((name) => name.slice(SCOPE.length));
  const wanted = `${SCOPE}${platform}`;
  process.stderr.write(
    `s3tables-mcp: no binary for this platform (${platform}).\n` +
      `Supported platforms: ${supported.join(", ")}.\n` +
      (supported.includes(platform)
        ? `Its package ${wanted} is not installed: reinstall without --no-optional / --omit=optional.\n`
        : "") +
      "Other ways to install: `uvx s3tables-mcp` (PyPI) or `cargo install --locked --path host` (from source).\n"
  );
  process.exit(1);
}

const child = spawn(binary, process.argv.slice(2), { stdio: "inherit", windowsHide: true });

const forwarded = ["SIGINT", "SIGTERM", "SIGHUP"];
const handlers = {};
for (const signal of forwarded) {
  handlers[signal] = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on(signal, handlers[signal]);
}

child.on("error", (err) => {
  process.stderr.write(`s3tables-mcp: could not start ${binary}: ${err.message}\n`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  for (const s of forwarded) process.removeListener(s, handlers[s]);
  if (signal) {
    // Die of the same signal, so our parent sees what the binary did.
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code === null ? 1 : code);
});
