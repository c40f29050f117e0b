"""The Node tools the suite drives (pinned in tests/npm/package.json, installed by
tests/run.sh with `npm ci`): the MCP conformance suite and the MCP Inspector CLI, run with the
Node 22 that the `node` package ships (the machine's Node is older than they need)."""
import os
from pathlib import Path

NPM_DIR = Path(__file__).resolve().parent / "npm"
BIN = NPM_DIR / "node_modules" / ".bin"
NODE_DIR = NPM_DIR / "node_modules" / "node" / "bin"


def tool(name: str) -> str:
    path = BIN / name
    assert path.exists(), f"{path} is missing: run `npm ci --prefix tests/npm` (tests/run.sh does)"
    return str(path)


def env(extra=None) -> dict:
    e = {"PATH": f"{NODE_DIR}:{os.environ.get('PATH', '/usr/bin:/bin')}", "HOME": os.environ.get("HOME", "/tmp"),
         "NO_COLOR": "1", "CI": "true"}
    e.update(extra or {})
    return e
