"""The guest builds: the control-plane build the host keeps loaded, and the data-plane and SQL
builds (tools that read or write table data; `query_database`) that it compiles or loads only
when one of their tools is first called. Checked through the real binary: what each build
lists and answers, when the data-plane build is loaded (the host's debug log says so), and
`s3tables-mcp precompile`."""
import subprocess

import pytest

from conftest import BINARY, ROOT, error_text, mcp_session, server_env, structured
from tables import ORDERS, orders
from test_table_data import names

pytestmark = pytest.mark.anyio

COMPONENTS = ROOT / "target" / "guest" / "components"
READY = "data-plane guest ready"


@pytest.fixture
def small_table(lake):
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "orders"), ORDERS)
    table.append(orders(table, [1, 2, 3], "eu"))
    return arn


async def test_data_plane_is_loaded_at_the_first_data_tool_call_only(small_table, endpoint, tmp_path):
    log = tmp_path / "stderr.log"
    # Without the cache every load is a compile, so the log shows when each happens.
    args = ("--endpoint-url", endpoint, "--no-cache", "--log-level", "debug")
    async with mcp_session(*args, stderr_path=log) as s:
        listed = {t.name for t in (await s.list_tools()).tools}
        buckets = structured(await s.call_tool("list_table_buckets", {}))
        described = structured(await s.call_tool("describe_table", names(small_table, "orders")))
        before = log.read_text()
        first = structured(await s.call_tool("preview_table", names(small_table, "orders")))
        second = structured(await s.call_tool("preview_table", {**names(small_table, "orders"), "limit": 1}))
        after = log.read_text()
    # The control-plane build lists the data-plane tools (the host runs them) and answers the rest.
    assert {"preview_table", "describe_table", "list_table_buckets"} <= listed
    assert [b["arn"] for b in buckets["tableBuckets"]] == [small_table]
    assert described["name"] == "orders"
    assert READY not in before
    # The first data-plane call loads it, once; both calls are answered by it. The SQL build
    # is not loaded for them.
    assert after.count(READY) == 1
    assert "SQL guest ready" not in after
    assert sorted(r["id"] for r in first["rows"]) == [1, 2, 3]
    assert second["rowCount"] == 1


async def test_the_control_plane_build_alone_neither_lists_nor_runs_data_tools(small_table, endpoint):
    control = COMPONENTS / "s3tables-mcp-control.wasm"
    async with mcp_session("--endpoint-url", endpoint, "--component", control) as s:
        listed = {t.name for t in (await s.list_tools()).tools}
        refused = error_text(await s.call_tool("preview_table", names(small_table, "orders")))
        described = structured(await s.call_tool("describe_table", names(small_table, "orders")))
    assert "preview_table" not in listed and "describe_table" in listed
    assert "data-plane build" in refused
    assert described["name"] == "orders"


def test_the_control_plane_build_keeps_its_size_budget():
    control = (COMPONENTS / "s3tables-mcp-control.wasm").stat().st_size
    full = (COMPONENTS / "s3tables-mcp.wasm").stat().st_size
    # The performance issue's start-up budget for the always-loaded guest.
    assert control < 2_000_000, control
    data = (COMPONENTS / "s3tables-mcp-data.wasm").stat().st_size
    assert full > data > control


def test_precompile_fills_the_cache_with_every_build(tmp_path):
    env = server_env({"S3TABLES_MCP_CACHE_DIR": str(tmp_path / "cache")})
    out = subprocess.run([str(BINARY), "precompile"], env=env, capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert [line.split(" guest")[0] for line in lines] == ["control-plane", "data-plane", "SQL"], out
    assert len(list((tmp_path / "cache").glob("guest-*.cwasm"))) == 3
    # Again: all come from the cache, nothing new is written.
    subprocess.run([str(BINARY), "precompile"], env=env, capture_output=True, check=True)
    assert len(list((tmp_path / "cache").glob("guest-*.cwasm"))) == 3
    refused = subprocess.run([str(BINARY), "--no-cache", "precompile"], env=env, capture_output=True, text=True)
    assert refused.returncode != 0 and "--no-cache" in refused.stderr


def test_precompile_only_one_build(tmp_path):
    """What the server runs in a child process to compile a larger build: that build only."""
    env = server_env({"S3TABLES_MCP_CACHE_DIR": str(tmp_path / "cache")})
    out = subprocess.run([str(BINARY), "precompile", "--only", "data-plane"], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert [line.split(" guest")[0] for line in out.splitlines()] == ["data-plane"], out
    assert len(list((tmp_path / "cache").glob("guest-*.cwasm"))) == 1
    bad = subprocess.run([str(BINARY), "precompile", "--only", "everything"], env=env, capture_output=True, text=True)
    assert bad.returncode != 0 and 'no guest build is called "everything"' in bad.stderr, bad.stderr
