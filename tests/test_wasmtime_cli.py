"""The same component under the stock wasmtime CLI (`wasmtime serve`, `wasmtime run`), as
users of other wasi:http runtimes run it: configured by environment, talking to moto."""
import contextlib
import json
import stat
import subprocess
import time
import urllib.error
import urllib.request

import pytest
import wasmtime_cli

from conftest import ACCESS_KEY, COMPONENT, SECRET_KEY, assert_no_secrets, free_port, mcp_session, structured

STATELESS = "2026-07-28"
META = {"io.modelcontextprotocol/protocolVersion": STATELESS, "io.modelcontextprotocol/clientCapabilities": {}}


def wasmtime() -> str:
    binary = wasmtime_cli._binary_path()
    mode = binary.stat().st_mode
    if not mode & stat.S_IXUSR:  # the wheel does not keep the executable bit
        binary.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return str(binary)


def env_flags(endpoint):
    return ["--env", f"AWS_ACCESS_KEY_ID={ACCESS_KEY}", "--env", f"AWS_SECRET_ACCESS_KEY={SECRET_KEY}",
            "--env", "AWS_REGION=us-east-1", "--env", f"AWS_ENDPOINT_URL_S3TABLES={endpoint}"]


@contextlib.contextmanager
def wasmtime_serve(endpoint):
    port = free_port()
    # The full component (SQL engine included) has a larger table than the pooling allocator's
    # defaults; the README's command says the same.
    proc = subprocess.Popen([wasmtime(), "serve", "-O", "pooling-allocator=n", "-S", "cli", "--addr", f"127.0.0.1:{port}", *env_flags(endpoint),
                             str(COMPONENT)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.time() + 60
        while True:
            try:
                post(url, {"jsonrpc": "2.0", "id": 0, "method": "ping"})
                break
            except (ConnectionError, urllib.error.URLError):
                assert time.time() < deadline and proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
        assert_no_secrets(out.decode(errors="replace") + err.decode(errors="replace"), "wasmtime serve output")


def post(url, body, headers=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"content-type": "application/json",
                                          "accept": "application/json, text/event-stream", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("content-type"), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type"), e.read().decode()


def stateless_headers(method, name=None):
    h = {"mcp-protocol-version": STATELESS, "mcp-method": method}
    if name:
        h["mcp-name"] = name
    return h


@pytest.mark.anyio
async def test_wasmtime_serve_is_a_stateless_mcp_endpoint(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        arns = [structured(await s.call_tool("create_table_bucket", {"name": f"served-{i}"}))["arn"] for i in range(2)]
    with wasmtime_serve(endpoint) as url:
        call = {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "list_table_buckets", "arguments": {}}}
        status, ctype, body = post(url, call)
        assert (status, ctype) == (200, "application/json")
        assert sorted(b["arn"] for b in json.loads(body)["result"]["structuredContent"]["tableBuckets"]) == sorted(arns)
        # Read-only is the guest's own rule here: a write is refused before any request.
        write = {"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "create_table_bucket", "arguments": {"name": "nope"}}}
        result = json.loads(post(url, write)[2])["result"]
        assert result["isError"] and "read-only mode" in result["content"][0]["text"]
        assert len(json.loads(post(url, call)[2])["result"]["structuredContent"]["tableBuckets"]) == 2
        # The stateless revision: headers checked, removed methods are 404, progress streams as SSE.
        ping = {"jsonrpc": "2.0", "id": 3, "method": "ping", "params": {"_meta": META}}
        status, _, body = post(url, ping, stateless_headers("ping"))
        assert status == 404 and json.loads(body)["error"]["code"] == -32601
        status, _, body = post(url, ping, stateless_headers("tools/list"))
        assert status == 400 and json.loads(body) == {"jsonrpc": "2.0", "id": 3, "error": {
            "code": -32020, "message": 'HeaderMismatch: Mcp-Method "tools/list" does not match the body\'s method "ping"'}}
        listing = {"jsonrpc": "2.0", "id": 4, "method": "tools/call",
                   "params": {"name": "list_tables", "arguments": {}, "_meta": {**META, "progressToken": "p1"}}}
        status, ctype, body = post(url, listing, stateless_headers("tools/call", "list_tables"))
        assert (status, ctype) == (200, "text/event-stream")
        events = [json.loads(line[len("data: "):]) for line in body.splitlines() if line.startswith("data: ")]
        assert [e["params"]["progress"] for e in events[:-1]] == [0, 2]
        assert events[-1]["id"] == 4 and events[-1]["result"]["structuredContent"] == {"tables": []}


def test_wasmtime_run_is_a_stdio_server(endpoint):
    lines = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "logging/setLevel", "params": {"level": "debug"}},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "list_table_buckets", "arguments": {}}},
    ]
    proc = subprocess.run([wasmtime(), "run", "-S", "http", *env_flags(endpoint), str(COMPONENT)],
                          input="".join(json.dumps(m) + "\n" for m in lines).encode(), capture_output=True, timeout=60)
    out = proc.stdout.decode()
    assert_no_secrets(out + proc.stderr.decode(errors="replace"), "wasmtime run output")
    assert proc.returncode == 0, proc.stderr.decode()
    messages = [json.loads(l) for l in out.splitlines()]
    assert [m.get("id") for m in messages] == [1, 2, None, 3]
    assert messages[0]["result"]["serverInfo"]["name"] == "s3tables-mcp"
    assert messages[2]["params"]["data"] == "list_table_buckets: ListTableBuckets in us-east-1"
    assert messages[3]["result"]["structuredContent"] == {"tableBuckets": []}
