"""Streamable HTTP: the same server, one endpoint (/mcp), driven by the official SDK's
HTTP client, plus the transport's own rules checked with raw requests."""
import contextlib
import json
import re
import subprocess
import urllib.error
import urllib.request

import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from conftest import BINARY, assert_no_secrets, server_env, structured

pytestmark = pytest.mark.anyio


@contextlib.contextmanager
def http_server(*args, env=None):
    proc = subprocess.Popen([str(BINARY), "--http", "127.0.0.1:0", *map(str, args)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=server_env(env))
    url = None
    seen = []
    for line in proc.stderr:
        seen.append(line.decode(errors="replace"))
        m = re.search(r"serving MCP on (http://\S+)", seen[-1])
        if m:
            url = m.group(1)
            break
    assert url, "".join(seen)
    try:
        yield url
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err.decode()
        assert out == b"", "stdout stays empty in HTTP mode"
        assert_no_secrets("".join(seen) + err.decode(errors="replace"), "stderr")


def post(url, body, headers=None):
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method="POST",
                                 headers={"content-type": "application/json", "accept": "application/json, text/event-stream", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


async def test_the_sdk_http_client_works_end_to_end(endpoint):
    with http_server("--endpoint-url", endpoint, "--allow-write") as url:
        async with streamable_http_client(url) as streams:
            async with ClientSession(streams[0], streams[1]) as s:
                init = await s.initialize()
                assert init.server_info.name == "s3tables-mcp"
                assert "create_table_bucket" in {t.name for t in (await s.list_tools()).tools}
                arn = structured(await s.call_tool("create_table_bucket", {"name": "http-bucket"}))["arn"]
                assert [b["arn"] for b in structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"]] == [arn]
                assert "Operation not permitted" not in (await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "ns"})).content[0].text


def test_transport_rules():
    with http_server("--region", "us-east-1") as url:
        ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
        assert post(url, ping) == (200, json.dumps({"jsonrpc": "2.0", "id": 1, "result": {}}, separators=(",", ":")))
        assert post(url, {"jsonrpc": "2.0", "method": "notifications/initialized"}) == (202, "")
        status, body = post(url, b"{oops")
        assert status == 400 and json.loads(body)["error"]["code"] == -32700
        assert post(url, ping, {"origin": "https://evil.example"})[0] == 403
        assert post(url, ping, {"origin": "http://localhost:5173"})[0] == 200
        assert post(url, ping, {"mcp-protocol-version": "1999-01-01"})[0] == 400
        assert post(url.replace("/mcp", "/other"), ping)[0] == 404
        status, body = post(url, b" " * (5 * 1024 * 1024))
        assert status == 413
        for method in ("GET", "DELETE"):
            req = urllib.request.Request(url, method=method)
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(req, timeout=10)
            assert e.value.code == 405 and e.value.headers["allow"] == "POST"
        # Still serving after all that.
        assert post(url, ping)[0] == 200


def test_bearer_token_and_non_loopback_binds():
    with http_server("--region", "us-east-1", "--http-token-env", "MCP_TOKEN", env={"MCP_TOKEN": "tok-123"}) as url:
        ping = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
        assert post(url, ping)[0] == 401
        assert post(url, ping, {"authorization": "Bearer nope"})[0] == 401
        assert post(url, ping, {"authorization": "Bearer tok-123"})[0] == 200
    r = subprocess.run([str(BINARY), "--http", "0.0.0.0:0"], capture_output=True, text=True, env=server_env(), timeout=30)
    assert r.returncode != 0 and "not a loopback address" in r.stderr
