"""Consent before destruction: with --allow-destructive, a destructive tool asks the person first
through MCP elicitation — `elicitation/create` over stdio in the handshake era (the official
SDK's elicitation callback answers), an input-required result in 2026-07-28 — and declining
sends nothing. Checked against moto: the table is there after a decline, gone after an accept."""
import json

import pytest
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp.types import ElicitResult, InputRequiredResult

from conftest import client, error_text, mcp_session, structured
from test_http_transport import http_server

pytestmark = pytest.mark.anyio

DESTRUCTIVE = ("--allow-write", "--allow-destructive")


@pytest.fixture
def table(endpoint):
    """A table to delete: (bucket ARN, boto3 client)."""
    s3tables = client("s3tables", endpoint)
    arn = s3tables.create_table_bucket(name="lake")["arn"]
    s3tables.create_namespace(tableBucketARN=arn, namespace=["sales"])
    s3tables.create_table(tableBucketARN=arn, namespace="sales", name="orders", format="ICEBERG")
    return arn, s3tables


def tables(s3tables, arn):
    return [t["name"] for t in s3tables.list_tables(tableBucketARN=arn)["tables"]]


def answering(action, confirm=True, asked=None):
    """An elicitation callback that answers `action` and records what it was asked."""
    async def callback(context, params):
        if asked is not None:
            asked.append(params)
        content = {"confirm": confirm} if action == "accept" else None
        return ElicitResult(action=action, content=content)
    return callback


@pytest.mark.parametrize("action", ["decline", "cancel", "accept-unticked"])
async def test_declining_changes_nothing(endpoint, table, action):
    arn, s3tables = table
    asked = []
    callback = answering("accept", confirm=False, asked=asked) if action == "accept-unticked" \
        else answering(action, asked=asked)
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE, elicitation_callback=callback) as s:
        text = error_text(await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales",
                                                             "name": "orders"}))
    assert text.startswith("Not done: the person ") and "nothing was changed" in text, text
    assert tables(s3tables, arn) == ["orders"]
    # The person was asked once, with exactly what would be deleted.
    [params] = asked
    assert params.message.startswith("Allow delete_table? It deletes: ")
    for part in (f"table_bucket_arn = {arn}", "namespace = sales", "name = orders"):
        assert part in params.message
    assert params.requested_schema["required"] == ["confirm"]


async def test_accepting_runs_the_call_once(endpoint, table):
    arn, s3tables = table
    asked = []
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE,
                           elicitation_callback=answering("accept", asked=asked)) as s:
        result = await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"})
        assert structured(result)["success"] is True
        # Writes that destroy nothing are not asked about.
        await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "kept",
                                           "format": "ICEBERG"})
    assert len(asked) == 1
    assert tables(s3tables, arn) == ["kept"]


async def test_over_http_the_question_rides_the_event_stream(endpoint, table):
    """Handshake era over Streamable HTTP: the elicitation goes out on the call's event stream,
    the SDK answers with a POST of its own, and the call waits for it."""
    arn, s3tables = table
    args = {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}
    asked = []
    with http_server("--endpoint-url", endpoint, *DESTRUCTIVE) as url:
        async with streamable_http_client(url) as streams:
            async with ClientSession(streams[0], streams[1],
                                     elicitation_callback=answering("decline", asked=asked)) as s:
                await s.initialize()
                assert "declined" in error_text(await s.call_tool("delete_table", args))
        assert tables(s3tables, arn) == ["orders"]
        async with streamable_http_client(url) as streams:
            async with ClientSession(streams[0], streams[1],
                                     elicitation_callback=answering("accept", asked=asked)) as s:
                await s.initialize()
                assert structured(await s.call_tool("delete_table", args))["success"] is True
    assert tables(s3tables, arn) == []
    assert len(asked) == 2 and all("name = orders" in p.message for p in asked)


async def test_a_client_without_elicitation_is_told_how(endpoint, table):
    arn, s3tables = table
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE) as s:
        text = error_text(await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales",
                                                             "name": "orders"}))
    assert "--no-confirm" in text and "Nothing was changed" in text
    assert tables(s3tables, arn) == ["orders"]
    # --no-confirm: no question, the call runs.
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE, "--no-confirm") as s:
        structured(await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales",
                                                      "name": "orders"}))
    assert tables(s3tables, arn) == []


async def test_stateless_requests_get_an_input_required_result(endpoint, table):
    arn, s3tables = table
    args = {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE, stateless=True,
                           elicitation_callback=answering("accept")) as s:
        first = await s.call_tool("delete_table", args, allow_input_required=True)
        assert isinstance(first, InputRequiredResult)
        [(key, request)] = first.input_requests.items()
        assert request.method == "elicitation/create"
        assert "name = orders" in request.params.message
        assert tables(s3tables, arn) == ["orders"], "asking changed something"

        # Declined: nothing happens.
        declined = await s.call_tool("delete_table", args, input_responses={key: ElicitResult(action="decline")},
                                     request_state=first.request_state, allow_input_required=True)
        assert "declined" in error_text(declined)
        assert tables(s3tables, arn) == ["orders"]

        # The state names one call: it does not confirm another table, or the bucket.
        for other_tool, other in (("delete_table", {**args, "name": "other"}),
                                  ("delete_table_bucket", {"table_bucket_arn": arn})):
            with pytest.raises(MCPError) as e:
                await s.call_tool(other_tool, other, input_responses={
                    key: ElicitResult(action="accept", content={"confirm": True})},
                    request_state=first.request_state, allow_input_required=True)
            assert e.value.error.code == -32602
        assert tables(s3tables, arn) == ["orders"]

        accepted = await s.call_tool("delete_table", args, input_responses={
            key: ElicitResult(action="accept", content={"confirm": True})},
            request_state=first.request_state, allow_input_required=True)
        assert structured(accepted)["success"] is True
    assert tables(s3tables, arn) == []


async def test_the_audit_log_records_a_declined_call(endpoint, table, tmp_path):
    arn, s3tables = table
    log = tmp_path / "audit.jsonl"
    async with mcp_session("--endpoint-url", endpoint, *DESTRUCTIVE, "--audit-log", log,
                           elicitation_callback=answering("decline")) as s:
        await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"})
    [entry] = [json.loads(line) for line in log.read_text().splitlines()]
    assert entry["tool"] == "delete_table" and entry["outcome"] == "tool_error"
    assert entry["error"].startswith("Not done: the person declined")
