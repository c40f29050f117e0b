"""The README's tool table tells the truth: each toolset lists exactly its tools, and ✎
marks exactly the write tools, as the real binary reports them."""
import json
import re
from pathlib import Path

from conftest import ROOT, run_raw

LIST = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})


def readme_toolsets():
    rows = re.findall(r"^\| `([a-z-]+)` \| (`.*) \|$", (ROOT / "README.md").read_text(), re.M)
    return {ts: dict((name, mark == "✎") for name, mark in re.findall(r"`([a-z_]+)`(✎?)", cell)) for ts, cell in rows}


def test_readme_tool_table_matches_the_server():
    table = readme_toolsets()
    assert len(table) == 14
    for toolset, documented in table.items():
        _, out, _ = run_raw([LIST], "--allow-write", "--allow-destructive", "--toolsets", toolset)
        tools = out[0]["result"]["tools"]
        actual = {t["name"]: not t["annotations"]["readOnlyHint"] for t in tools}
        assert actual == documented, toolset
    # The 58 operations and the composite tools (describe_table, get_bucket_metadata_config).
    assert sum(len(v) for v in table.values()) == 60


def test_every_json_snippet_in_the_readme_parses():
    blocks = re.findall(r"```json\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert len(blocks) >= 4
    for block in blocks:
        config = json.loads(block)
        servers = config.get("mcpServers") or config.get("servers")
        assert servers["s3tables"]["command"] == "s3tables-mcp"
