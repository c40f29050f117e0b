"""The MCP servers compared, driven by one client: raw JSON-RPC lines on the server's stdin
and stdout, so no client SDK time is counted and every system is spoken to the same way.

  ours            s3tables-mcp, the guest loaded from the compilation cache
  ours-no-cache   s3tables-mcp --no-cache: the guest compiled at every start
  reference       awslabs-s3-tables-mcp-server (PyPI, pinned), in .venv-reference
"""
import json
import subprocess
import tempfile
from pathlib import Path

import conftest

ROOT = conftest.ROOT
REFERENCE_BIN = ROOT / ".venv-reference" / "bin" / "awslabs.s3-tables-mcp-server"
REFERENCE_VERSION = "0.1.1"
PROTOCOL = "2025-11-25"


class System:
    def __init__(self, key, label):
        self.key = key
        self.label = label

    def command(self, endpoint):
        raise NotImplementedError

    def env(self, endpoint):
        return {}

    def bucket_names(self, result):
        raise NotImplementedError

    def table_names(self, result):
        raise NotImplementedError


class Ours(System):
    def __init__(self, key, label, cache_dir, no_cache=False):
        super().__init__(key, label)
        self.cache_dir = cache_dir
        self.no_cache = no_cache

    def command(self, endpoint):
        args = [str(conftest.BINARY), "--region", conftest.REGION]
        if endpoint:
            args += ["--endpoint-url", endpoint]
        if self.no_cache:
            args.append("--no-cache")
        return args

    def env(self, endpoint):
        return {"S3TABLES_MCP_CACHE_DIR": self.cache_dir}

    @staticmethod
    def _structured(result):
        if result.get("isError"):
            raise AssertionError(f"tool error: {result['content'][0]['text']}")
        return result["structuredContent"]

    def bucket_names(self, result):
        return [b["name"] for b in self._structured(result)["tableBuckets"]]

    def table_names(self, result):
        return [t["name"] for t in self._structured(result)["tables"]]


class Reference(System):
    """Its tools answer a JSON string: `{"table_buckets": [...]}`, or `{"error": ...}`."""

    def __init__(self, log_dir):
        super().__init__("reference", f"reference (awslabs-s3-tables-mcp-server {REFERENCE_VERSION})")
        self.log_dir = log_dir

    def command(self, endpoint):
        # It logs every call to a file (as shipped); keep that file out of the way.
        return [str(REFERENCE_BIN), "--log-dir", self.log_dir]

    def env(self, endpoint):
        env = {"AWS_REGION": conftest.REGION}
        if endpoint:
            env["AWS_ENDPOINT_URL_S3TABLES"] = endpoint
        return env

    @staticmethod
    def _payload(result, key):
        if result.get("isError"):
            raise AssertionError(f"tool error: {result['content'][0]['text']}")
        data = json.loads(result["content"][0]["text"])
        if "error" in data:
            raise AssertionError(f"tool error: {data['error']}")
        return data[key]

    def bucket_names(self, result):
        return [b["name"] for b in self._payload(result, "table_buckets")]

    def table_names(self, result):
        return [t["name"] for t in self._payload(result, "tables")]


def systems(cache_dir, with_reference=True):
    found = [
        Ours("ours", "s3tables-mcp (guest from the compilation cache)", cache_dir),
        Ours("ours-no-cache", "s3tables-mcp --no-cache (guest compiled at start)", cache_dir, no_cache=True),
    ]
    if with_reference:
        found.append(Reference(tempfile.mkdtemp(prefix="s3tables-bench-reference-log-")))
    return found


class StdioServer:
    """One server process on pipes."""

    def __init__(self, system, endpoint=None):
        self.system = system
        self.proc = subprocess.Popen(
            system.command(endpoint),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=conftest.server_env(system.env(endpoint)),
        )
        self.next_id = 1

    def send(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        if not method.startswith("notifications/"):
            msg["id"] = self.next_id
            self.next_id += 1
        self.proc.stdin.write((json.dumps(msg) + "\n").encode())
        self.proc.stdin.flush()

    def recv_line(self):
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.system.label} closed its stdout (exit code {self.proc.poll()})")
        return line

    def recv(self):
        return json.loads(self.recv_line())

    def request(self, method, params=None):
        self.send(method, params)
        msg = self.recv()
        if "error" in msg:
            raise AssertionError(f"{self.system.label}: {method} failed: {msg['error']}")
        return msg["result"]

    def initialize(self):
        result = self.request(
            "initialize",
            {"protocolVersion": PROTOCOL, "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}},
        )
        self.send("notifications/initialized")
        return result

    def call_tool(self, name, arguments=None):
        return self.request("tools/call", {"name": name, "arguments": arguments or {}})

    def peak_rss_mib(self):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmHWM in /proc")

    def close(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.close()
