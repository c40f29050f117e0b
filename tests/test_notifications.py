"""Progress and log notifications: sent while a request runs, over stdio and over Streamable
HTTP (as an event stream), in both protocol eras, and only when the client asked for them."""
import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from conftest import mcp_session, structured
from test_http_transport import http_server

pytestmark = pytest.mark.anyio


async def make_buckets(s, count):
    """`count` table buckets, each with one namespace and one table; returns the bucket ARNs."""
    arns = []
    for i in range(count):
        arn = structured(await s.call_tool("create_table_bucket", {"name": f"progress-{i}"}))["arn"]
        await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "ns"})
        structured(await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "ns", "name": f"t{i}", "format": "ICEBERG"}))
        arns.append(arn)
    return arns


class Recorder:
    def __init__(self):
        self.progress, self.logs = [], []

    async def on_progress(self, progress, total, message):
        self.progress.append((progress, total, message))

    async def on_log(self, params):
        self.logs.append((params.level, params.logger, params.data))


async def test_fan_out_reports_progress_per_table_bucket(endpoint):
    rec = Recorder()
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        await make_buckets(s, 3)
        tables = structured(await s.call_tool("list_tables", {}, progress_callback=rec.on_progress))["tables"]
        assert sorted(t["name"] for t in tables) == ["t0", "t1", "t2"]
    assert rec.progress[0][:2] == (0, 3) and rec.progress[-1][:2] == (3, 3)
    assert [p for p, _, _ in rec.progress] == sorted(p for p, _, _ in rec.progress)
    assert rec.progress[-1][2] == "3 of 3 table bucket(s) listed"


async def test_no_progress_without_a_token_and_no_logs_without_a_level(endpoint):
    rec = Recorder()
    async with mcp_session("--endpoint-url", endpoint, "--allow-write", logging_callback=rec.on_log) as s:
        await make_buckets(s, 1)
        structured(await s.call_tool("list_tables", {}))
    assert rec.logs == []


async def test_log_level_set_once_holds_for_later_requests(endpoint):
    rec = Recorder()
    async with mcp_session("--endpoint-url", endpoint, logging_callback=rec.on_log) as s:
        await s.set_logging_level("debug")
        structured(await s.call_tool("list_table_buckets", {}))
        assert ("debug", "s3tables-mcp", "list_table_buckets: ListTableBuckets in us-east-1") in rec.logs
        await s.set_logging_level("error")
        rec.logs.clear()
        structured(await s.call_tool("list_table_buckets", {}))
        assert rec.logs == []


async def test_stateless_requests_carry_their_log_level(endpoint):
    rec = Recorder()
    async with mcp_session("--endpoint-url", endpoint, stateless=True, log_level="debug", logging_callback=rec.on_log) as s:
        structured(await s.call_tool("list_table_buckets", {}))
    assert [d for _, _, d in rec.logs] == ["list_table_buckets: ListTableBuckets in us-east-1"]


async def test_http_streams_notifications_then_the_answer(endpoint):
    rec = Recorder()
    with http_server("--endpoint-url", endpoint, "--allow-write") as url:
        async with streamable_http_client(url) as streams:
            async with ClientSession(streams[0], streams[1], logging_callback=rec.on_log) as s:
                await s.initialize()
                await make_buckets(s, 2)
                await s.set_logging_level("debug")
                tables = structured(await s.call_tool("list_tables", {}, progress_callback=rec.on_progress))["tables"]
                assert len(tables) == 2
    assert [p[:2] for p in rec.progress] == [(0, 2), (2, 2)]
    assert ("debug", "s3tables-mcp", "list_tables: ListTables in us-east-1") in rec.logs


async def test_http_stateless_progress(endpoint):
    rec = Recorder()
    with http_server("--endpoint-url", endpoint, "--allow-write") as url:
        async with streamable_http_client(url) as streams:
            async with ClientSession(streams[0], streams[1]) as s:
                await s.discover()
                await make_buckets(s, 2)
                structured(await s.call_tool("list_tables", {}, progress_callback=rec.on_progress))
    assert [p[:2] for p in rec.progress] == [(0, 2), (2, 2)]
