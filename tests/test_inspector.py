"""A scripted MCP Inspector CLI session over stdio: another official client drives the real
binary against moto, and runs the README's local-lake quickstart as written."""
import json
import re
import subprocess

import node_tools
from conftest import ACCESS_KEY, BINARY, ROOT, SECRET_KEY, assert_no_secrets, mcp_session, structured

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

    # Resources and prompts, through the same client.
    resources = inspector("--endpoint-url", endpoint, "--method", "resources/list")["resources"]
    assert "s3tables://inspected" in [r["uri"] for r in resources]
    bucket = inspector("--endpoint-url", endpoint, "--method", "resources/read", "--uri", "s3tables://inspected")
    assert json.loads(bucket["contents"][0]["text"])["namespaces"][0]["namespace"] == "sales"
    templates = inspector("--endpoint-url", endpoint, "--method", "resources/templates/list")["resourceTemplates"]
    assert len(templates) == 3
    prompts = inspector("--endpoint-url", endpoint, "--method", "prompts/list")["prompts"]
    assert "explore_table_bucket" in [p["name"] for p in prompts]
    prompt = inspector("--endpoint-url", endpoint, "--method", "prompts/get", "--prompt-name", "explore_table_bucket",
                       "--prompt-args", "table_bucket=inspected")
    assert "`inspected`" in prompt["messages"][0]["content"]["text"]


def test_the_readmes_local_quickstart_runs_as_written(tmp_path):
    """The README's quickstart block, run by bash with no AWS credentials at all: `npx …
    inspector@VERSION` is the pinned Inspector of tests/npm (same version, no download) and
    `s3tables-mcp` is the binary under test."""
    block = re.search(r"<!-- quickstart -->\n```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S).group(1)
    npx = re.search(r"npx -y @modelcontextprotocol/inspector@([0-9.]+)", block)
    pinned = json.loads((node_tools.NPM_DIR / "package.json").read_text())["dependencies"]
    assert npx.group(1) == pinned["@modelcontextprotocol/inspector"], "the README names another Inspector"
    script = block.replace(npx.group(0), node_tools.tool("mcp-inspector")).replace(
        "--cli s3tables-mcp", f"--cli {BINARY}")
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env=node_tools.env(), timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    answers = json.loads("[" + re.sub(r"\}\s*\{", "},{", proc.stdout.strip()) + "]")
    assert len(answers) == 5 and not any(a["isError"] for a in answers), proc.stdout[-2000:]
    assert answers[3]["structuredContent"]["rowsAppended"] == 3
    assert answers[4]["structuredContent"]["rows"] == [["eu", 2], ["us", 1]]
    assert (tmp_path / "my-lake" / "s3tables-local.json").exists()
