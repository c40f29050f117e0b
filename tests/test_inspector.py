"""A scripted MCP Inspector CLI session over stdio: another official client drives the real
binary against moto."""
import json
import subprocess

import node_tools
from conftest import ACCESS_KEY, BINARY, SECRET_KEY, assert_no_secrets, mcp_session, structured

import pytest


def inspector(*args, tool_error=False):
    """Runs one Inspector CLI command; the CLI exits 5 when the tool result is an error."""
    cmd = [node_tools.tool("mcp-inspector"), "--cli",
           "-e", f"AWS_ACCESS_KEY_ID={ACCESS_KEY}", "-e", f"AWS_SECRET_ACCESS_KEY={SECRET_KEY}",
           "-e", "AWS_EC2_METADATA_DISABLED=true",
           str(BINARY), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=node_tools.env(), timeout=120)
    assert_no_secrets(proc.stdout + proc.stderr, "inspector output")
    assert proc.returncode == (5 if tool_error else 0), proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.mark.anyio
async def test_inspector_cli_lists_and_calls_tools(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        arn = structured(await s.call_tool("create_table_bucket", {"name": "inspected"}))["arn"]
        await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "sales"})

    tools = inspector("--endpoint-url", endpoint, "--method", "tools/list")["tools"]
    names = {t["name"] for t in tools}
    assert "list_table_buckets" in names and "create_table_bucket" not in names  # read-only
    buckets = inspector("--endpoint-url", endpoint, "--method", "tools/call", "--tool-name", "list_table_buckets")
    assert buckets["isError"] is False
    assert [b["arn"] for b in buckets["structuredContent"]["tableBuckets"]] == [arn]
    namespaces = inspector("--endpoint-url", endpoint, "--method", "tools/call", "--tool-name", "list_namespaces",
                           "--tool-arg", f"table_bucket_arn={arn}")
    assert [n["namespace"] for n in namespaces["structuredContent"]["namespaces"]] == [["sales"]]
    missing = inspector("--endpoint-url", endpoint, "--method", "tools/call", "--tool-name", "get_namespace",
                        "--tool-arg", f"table_bucket_arn={arn}", "--tool-arg", "namespace=missing", tool_error=True)
    assert missing["isError"] is True and "NotFoundException" in missing["content"][0]["text"]
