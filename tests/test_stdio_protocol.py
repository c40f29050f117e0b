"""Raw JSON-RPC over stdio: what an SDK client would never send, and the lifecycle edges."""
import json

from conftest import run_raw

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}}


def by_id(messages):
    return {m.get("id"): m for m in messages}


def test_lifecycle_version_negotiation_and_eof_exit(moto_server):
    future = dict(INIT, id=2, params=dict(INIT["params"], protocolVersion="2099-01-01"))
    code, out, _ = run_raw([json.dumps(INIT), json.dumps(future),
                            json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}),
                            json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"})],
                           "--endpoint-url", moto_server)
    assert code == 0
    msgs = by_id(out)
    assert len(out) == 3, "a notification gets no response"
    assert msgs[1]["result"]["protocolVersion"] == "2024-11-05"
    assert msgs[2]["result"]["protocolVersion"] == "2025-11-25"
    assert msgs[3]["result"] == {}


def test_malformed_and_invalid_messages_get_errors_and_the_server_goes_on(moto_server):
    code, out, _ = run_raw([
        "{not json",
        "[1, 2]",
        json.dumps({"jsonrpc": "1.0", "id": 5, "method": "ping"}),
        json.dumps({"jsonrpc": "2.0", "id": 6, "method": "no/such/method"}),
        json.dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"arguments": {}}}),
        json.dumps({"jsonrpc": "2.0", "id": 8, "method": "tools/call", "params": {"name": "list_tables", "arguments": [1]}}),
        "\u00e9\u00e9 \ud83d\ude00".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        json.dumps({"jsonrpc": "2.0", "id": 9, "method": "ping"}),
    ], "--endpoint-url", moto_server)
    assert code == 0
    codes = [(m.get("id"), m.get("error", {}).get("code")) for m in out]
    assert (None, -32700) in codes
    assert (None, -32600) in codes  # batch
    assert (5, -32600) in codes
    assert (6, -32601) in codes
    assert (7, -32602) in codes
    assert (8, -32602) in codes  # `arguments` is not an object: malformed, not a tool mistake
    assert by_id(out)[9]["result"] == {}
    assert sum(1 for c in codes if c == (None, -32700)) == 2  # the garbage line too


def test_oversized_message_is_refused_without_killing_the_server(moto_server):
    huge = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping", "params": {"pad": "x" * (5 * 1024 * 1024)}})
    code, out, err = run_raw([huge, json.dumps({"jsonrpc": "2.0", "id": 2, "method": "ping"})], "--endpoint-url", moto_server)
    assert code == 0
    assert out[0]["error"]["code"] == -32600 and "exceeds" in out[0]["error"]["message"]
    assert by_id(out)[2]["result"] == {}


def test_stdout_carries_only_json_rpc_and_logs_go_to_stderr(moto_server):
    code, out, err = run_raw([json.dumps(INIT), json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                              "params": {"name": "list_table_buckets", "arguments": {}}})],
                             "--endpoint-url", moto_server, "--log-level", "debug")
    assert code == 0
    assert all(m["jsonrpc"] == "2.0" for m in out) and len(out) == 2
    assert "egress allowed" in err


def test_cli_help_and_version():
    import subprocess
    from conftest import BINARY
    help_text = subprocess.run([str(BINARY), "--help"], capture_output=True, text=True, timeout=30).stdout
    for flag in ["--allow-write", "--region", "--profile", "--endpoint-url", "--component", "--toolsets", "--version"]:
        assert flag in help_text, flag
    assert "--guest-arg" not in help_text
    version = subprocess.run([str(BINARY), "--version"], capture_output=True, text=True, timeout=30).stdout
    assert version.strip() == "s3tables-mcp 0.1.0"


def test_bad_configuration_fails_fast_with_a_clear_message():
    import subprocess
    from conftest import BINARY, server_env
    r = subprocess.run([str(BINARY), "--endpoint-url", "ftp://x"], capture_output=True, text=True, env=server_env(), timeout=30, input="")
    assert r.returncode != 0 and "http:// or https://" in r.stderr
    r = subprocess.run([str(BINARY), "--region", "us-east-1.evil.com"], capture_output=True, text=True, env=server_env(), timeout=30, input="")
    assert r.returncode != 0 and "not an AWS Region" in r.stderr


def test_stateless_requests_with_unknown_versions_get_the_supported_list():
    meta = {"io.modelcontextprotocol/protocolVersion": "2031-01-01"}
    code, out, _ = run_raw([json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {"_meta": meta}}),
                            json.dumps({"jsonrpc": "2.0", "id": 2, "method": "server/discover", "params": {}})],
                           "--region", "us-east-1")
    msgs = by_id(out)
    assert msgs[1]["error"]["code"] == -32022
    assert msgs[1]["error"]["data"] == {"supported": ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"], "requested": "2031-01-01"}
    assert msgs[2]["result"]["_meta"]["io.modelcontextprotocol/serverInfo"]["name"] == "s3tables-mcp"
