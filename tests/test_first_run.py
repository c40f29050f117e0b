"""What a new user's first run costs: starting compiles only the control-plane build; the
data-plane and SQL builds are compiled when one of their tools is first called, and a client
that asked for progress is told why that call takes longer. (Timings are
`just bench-first-run`'s, not asserted here.)"""
import pytest

from conftest import mcp_session

pytestmark = pytest.mark.anyio


def compiled(cache):
    return sorted(p.name for p in cache.glob("*.cwasm"))


async def test_starting_compiles_only_the_control_plane_and_a_data_call_the_rest(endpoint, tmp_path):
    cache = tmp_path / "cache"
    env = {"S3TABLES_MCP_CACHE_DIR": str(cache)}
    async with mcp_session("--endpoint-url", endpoint, env=env) as s:
        for _ in range(3):
            assert not (await s.call_tool("list_table_buckets", {})).is_error
        tools = {t.name for t in (await s.list_tools()).tools}
        assert {"preview_table", "query_database"} <= tools  # offered, though not yet compiled
    control_only = compiled(cache)
    assert len(control_only) == 1, control_only

    progress = []

    async def on_progress(value, total, message):
        progress.append((value, message))

    table = {"table_bucket_arn": "arn:aws:s3tables:us-east-1:123456789012:bucket/none",
             "namespace": "ns", "name": "missing"}
    async with mcp_session("--endpoint-url", endpoint, env=env) as s:
        first = await s.call_tool("preview_table", table, progress_callback=on_progress)
        # The table does not exist: a tool error from the data-plane guest, which ran.
        assert first.is_error and "NotFoundException" in first.content[0].text, first.content[0].text
        assert progress and progress[0][0] == 0, progress
        assert "preparing the data-plane engine" in progress[0][1], progress
        progress.clear()
        again = await s.call_tool("preview_table", table, progress_callback=on_progress)
        assert again.is_error
        assert not any("data-plane engine" in (m or "") for _, m in progress), progress
    both = compiled(cache)
    assert len(both) == 2 and set(control_only) < set(both), both

    # query_database runs in the SQL build, prepared at its first call only.
    progress.clear()
    query = {"warehouse": table["table_bucket_arn"], "namespace": "ns", "query": "SELECT 1"}
    async with mcp_session("--endpoint-url", endpoint, env=env) as s:
        await s.call_tool("preview_table", table, progress_callback=on_progress)
        assert not progress, progress  # the data plane came from the cache
        await s.call_tool("query_database", query, progress_callback=on_progress)
        assert [m for _, m in progress if "engine" in (m or "")] == [
            "preparing the SQL engine (first use on this machine; `s3tables-mcp precompile` does this ahead)"]
    every = compiled(cache)
    assert len(every) == 3 and set(both) < set(every), every
