"""Hostile names and values: rejected by validation with a clear message, or sent correctly
encoded — never reaching a different resource path. And secrets stay secret even in trace logs."""
import json

import pytest

from conftest import SESSION_TOKEN, error_text, mcp_session, run_raw, structured
from fault_endpoint import FaultEndpoint, ok

pytestmark = pytest.mark.anyio

BUCKET = "arn:aws:s3tables:us-east-1:111122223333:bucket/my-bucket"
HOSTILE = ["../x", "..", "a/b", "%2F", "a%2Fb", "a?b", "a#b", "a\r\nb", "a\x00b", "x" * 300, "émoji😀", "", " "]
EMPTY_LIST = {"namespaces": [], "tables": [], "tableBuckets": []}


def recorder():
    return FaultEndpoint(lambda req: ok(EMPTY_LIST))


async def test_hostile_names_are_rejected_before_anything_is_sent():
    with recorder() as ep:
        async with mcp_session("--endpoint-url", ep.url, "--allow-write") as s:
            for bad in HOSTILE:
                for tool, args in [
                    ("get_namespace", {"table_bucket_arn": BUCKET, "namespace": bad}),
                    ("get_table", {"table_bucket_arn": BUCKET, "namespace": "sales", "name": bad}),
                    ("create_namespace", {"table_bucket_arn": BUCKET, "namespace": bad}),
                    ("get_table_bucket", {"table_bucket_arn": BUCKET + "/" + bad}),
                    ("create_table_bucket", {"name": bad}),
                ]:
                    text = error_text(await s.call_tool(tool, args))
                    assert text.startswith(f"Invalid arguments for {tool}:"), (tool, bad, text)
            assert ep.requests == []


async def test_free_text_values_are_sent_encoded_and_stay_in_their_place():
    with recorder() as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            for value in ["../../buckets", "a/b?c=d&e#f", "%2F%252F", "line\r\nbreak", "nul\x00byte", "émoji😀", "x" * 255]:
                before = len(ep.requests)
                structured(await s.call_tool("list_tables", {"table_bucket_arn": BUCKET, "prefix": value, "max_results": 5}))
                req = ep.requests[before]
                # One path segment for the bucket ARN, the value only in its query parameter.
                assert req["segments"] == ["tables", BUCKET], req["path"]
                assert req["query"]["prefix"] == value
                assert req["query"]["maxTables"] == "5"
                assert set(req["query"]) == {"prefix", "maxTables"}


async def test_policy_documents_with_hostile_content_arrive_intact():
    policy = {"Version": "2012-10-17", "Statement": [{"Sid": "x\"}\r\n\u2028</script>", "Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*"}]}
    with FaultEndpoint(lambda req: ok(None, status=200)) as ep:
        async with mcp_session("--endpoint-url", ep.url, "--allow-write", "--allow-destructive", "--no-confirm") as s:
            structured(await s.call_tool("put_table_bucket_policy", {"table_bucket_arn": BUCKET, "resource_policy": policy}))
            req = ep.requests[-1]
            assert req["segments"] == ["buckets", BUCKET, "policy"]
            assert json.loads(json.loads(req["body"])["resourcePolicy"]) == policy


async def test_credentials_are_used_but_never_shown():
    with recorder() as ep:
        async with mcp_session("--endpoint-url", ep.url, "--log-level", "trace") as s:
            structured(await s.call_tool("list_table_buckets", {}))
        # The session token reached the wire (so the canary checks above are not vacuous)...
        assert ep.requests[-1]["headers"]["x-amz-security-token"] == SESSION_TOKEN
    # ...and never appears on stdout or stderr, even at the most verbose log level.
    code, out, err = run_raw([json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                                          "params": {"name": "list_table_buckets", "arguments": {}}})],
                             "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9", "--log-level", "trace")
    assert code == 0 and out[0]["result"]["isError"] is True


def test_deeply_nested_and_huge_messages_get_errors_and_the_server_stays_up():
    deep = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_tables","arguments":' + "[" * 5000 + "]" * 5000 + "}}"
    wide = json.dumps({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
                       "params": {"name": "list_tables", "arguments": {"prefix": "p" * 1_000_000}}})
    code, out, _ = run_raw([deep, wide, json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"})], "--region", "us-east-1")
    assert code == 0
    assert out[0]["error"]["code"] == -32700  # recursion limit: not valid JSON for us
    by_id = {m.get("id"): m for m in out}
    assert by_id[2]["result"]["isError"] is True and "characters long" in by_id[2]["result"]["content"][0]["text"]
    assert by_id[3]["result"] == {}
