"""Reliability through the real binary: retries and backoff, timeouts, bad responses,
fan-out failures, concurrency, cancellation, traps, shutdown — and the server keeps serving."""
import asyncio
import json
import signal
import subprocess
import time

import pytest

from conftest import BINARY, error_text, mcp_session, run_raw, server_env, structured
from fault_endpoint import FaultEndpoint, aws_error, ok, sequence

pytestmark = pytest.mark.anyio

BUCKET = "arn:aws:s3tables:us-east-1:111122223333:bucket/my-bucket"
POLICY = {"resourcePolicy": "{\"Version\":\"2012-10-17\"}"}
SLACK = 0.25  # seconds of scheduling noise allowed on top of a backoff ceiling


async def get_policy(s):
    return await s.call_tool("get_table_bucket_policy", {"table_bucket_arn": BUCKET})


async def test_transient_errors_are_retried_with_bounded_backoff_then_succeed():
    with FaultEndpoint(sequence(aws_error(500, "InternalServerErrorException"), ("raw", 503, b"", {}), ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            result = await get_policy(s)
            assert structured(result) == POLICY
            assert len(ep.requests) == 3
            assert result.meta == {"s3tables-mcp/attempts": 3}
            assert "succeeded after 3 attempts" in result.content[-1].text
            g1, g2 = ep.gaps()
            assert g1 <= 0.05 + SLACK and g2 <= 0.10 + SLACK, ep.gaps()
            # Each attempt is signed anew, and always to the same resource.
            assert all(r["path"] == ep.requests[0]["path"] for r in ep.requests)
            assert all(r["headers"]["authorization"].startswith("AWS4-HMAC-SHA256 ") for r in ep.requests)


async def test_persistent_errors_stop_after_three_attempts_and_say_so():
    with FaultEndpoint(sequence(aws_error(503, "ServiceUnavailable"), aws_error(503, "ServiceUnavailable"), aws_error(503, "ServiceUnavailable"), ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            text = error_text(await get_policy(s))
            assert text.startswith("ServiceUnavailable (HTTP 503): injected") and text.endswith("(after 3 attempts)"), text
            assert len(ep.requests) == 3
            assert structured(await get_policy(s)) == POLICY  # the server goes on


async def test_throttling_backs_off_from_one_second():
    throttled = aws_error(429, "TooManyRequestsException", "slow down")
    with FaultEndpoint(sequence(throttled, throttled, ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            assert structured(await get_policy(s)) == POLICY
            g1, g2 = ep.gaps()
            assert g1 <= 1.0 + SLACK and g2 <= 2.0 + SLACK, ep.gaps()


async def test_conflicts_and_client_errors_are_never_retried():
    with FaultEndpoint(sequence(aws_error(409, "ConflictException", "version mismatch"), aws_error(403, "AccessDeniedException", "nope"), ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            text = error_text(await get_policy(s))
            assert text.startswith("ConflictException (HTTP 409): version mismatch") and "attempts" not in text
            text = error_text(await get_policy(s))
            assert "AccessDeniedException (HTTP 403)" in text and "s3tables:GetTableBucketPolicy" in text
            assert len(ep.requests) == 2


async def test_connection_resets_are_retried():
    with FaultEndpoint(sequence(("reset",), ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            result = await get_policy(s)
            assert structured(result) == POLICY and result.meta == {"s3tables-mcp/attempts": 2}


async def test_garbage_truncated_and_huge_bodies_are_clear_errors():
    actions = sequence(
        ("raw", 200, b"<html>gateway</html>", {"content-type": "text/html"}),
        ("raw", 200, b'{"resourcePolicy": "abc', {}),
        ("raw", 200, b"x" * 8192, {}),
        ok({"unexpected": True}),
        ok(POLICY),
    )
    with FaultEndpoint(actions) as ep:
        async with mcp_session("--endpoint-url", ep.url, "--max-response-bytes", "4096") as s:
            assert "GetTableBucketPolicy answered HTTP 200 with an unusable body: not JSON" in error_text(await get_policy(s))
            assert "unusable body: not JSON" in error_text(await get_policy(s))
            text = error_text(await get_policy(s))
            assert "exceeds the 4096-byte limit" in text and ep.url.removeprefix("http://") in text
            assert "missing required field(s) resourcePolicy" in error_text(await get_policy(s))
            assert structured(await get_policy(s)) == POLICY
            assert len(ep.requests) == 5  # none of these is retried


async def test_a_stalled_endpoint_times_out_naming_the_endpoint_and_limit():
    with FaultEndpoint(sequence(("stall", 5, ok(POLICY)), ok(POLICY))) as ep:
        async with mcp_session("--endpoint-url", ep.url, "--call-timeout", "1") as s:
            started = time.monotonic()
            text = error_text(await get_policy(s))
            assert "ran out of time" in text and "1s" in text and ep.url.removeprefix("http://") in text, text
            assert time.monotonic() - started < 4.5  # well before the endpoint would have answered
            assert structured(await get_policy(s)) == POLICY


async def test_fan_out_reports_a_failing_bucket_and_keeps_the_others():
    # More buckets than the 32 the guest keeps in flight, so the bound is exercised.
    arns = [f"arn:aws:s3tables:us-east-1:111122223333:bucket/b{i:02d}x" for i in range(40)]

    def respond(req):
        if req["path"] == "/buckets":
            return ok({"tableBuckets": [{"arn": a, "name": a.rsplit("/", 1)[1], "ownerAccountId": "111122223333", "createdAt": "2025-01-01T00:00:00Z"} for a in arns]})
        bucket = req["segments"][1]
        if bucket == arns[3]:
            return aws_error(403, "AccessDeniedException", "not yours")
        return ("stall", 0.2, ok({"namespaces": [{"namespace": [f"ns_{bucket[-4:-1]}"], "createdAt": "2025-01-01T00:00:00Z", "createdBy": "1", "ownerAccountId": "1"}]}))

    with FaultEndpoint(respond) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            out = structured(await s.call_tool("list_namespaces", {}))
            assert len(out["namespaces"]) == 39
            assert [n["tableBucketARN"] for n in out["namespaces"]] == [a for a in arns if a != arns[3]]
            assert len(out["errors"]) == 1 and out["errors"][0]["tableBucketARN"] == arns[3]
            assert "AccessDeniedException" in out["errors"][0]["error"]
            assert ep.max_in_flight >= 2, "per-bucket requests should be in flight together"
            assert ep.max_in_flight <= 32


async def test_parallel_calls_are_all_answered_with_their_own_results(backend):
    args, _ = backend
    async with mcp_session(*args, "--allow-write") as s:
        names = [f"bucket-{i:02d}" for i in range(16)]
        created = await asyncio.gather(*(s.call_tool("create_table_bucket", {"name": n}) for n in names))
        assert [structured(r)["arn"].rsplit("/", 1)[1] for r in created] == names
        got = await asyncio.gather(*(s.call_tool("get_table_bucket", {"table_bucket_arn": structured(r)["arn"]}) for r in created))
        assert [structured(r)["name"] for r in got] == names


def test_concurrent_requests_overlap_inside_one_server():
    with FaultEndpoint(lambda req: ("stall", 0.5, ok(POLICY))) as ep:
        lines = [json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call",
                             "params": {"name": "get_table_bucket_policy", "arguments": {"table_bucket_arn": BUCKET}}}) for i in range(6)]
        code, out, _ = run_raw(lines, "--endpoint-url", ep.url)
        assert code == 0
        assert sorted(m["id"] for m in out) == list(range(6))
        assert all(m["result"]["structuredContent"] == POLICY for m in out)
        assert ep.max_in_flight >= 2


def test_a_cancelled_request_never_answers_and_others_complete():
    with FaultEndpoint(lambda req: ("stall", 2.0, ok(POLICY))) as ep:
        proc = subprocess.Popen([str(BINARY), "--endpoint-url", ep.url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=server_env())
        send = lambda m: (proc.stdin.write((json.dumps(m) + "\n").encode()), proc.stdin.flush())
        call = lambda i: {"jsonrpc": "2.0", "id": i, "method": "tools/call",
                          "params": {"name": "get_table_bucket_policy", "arguments": {"table_bucket_arn": BUCKET}}}
        send(call(1))
        send(call(2))
        deadline = time.time() + 10
        while len(ep.requests) < 2 and time.time() < deadline:
            time.sleep(0.05)
        send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1, "reason": "user"}})
        send({"jsonrpc": "2.0", "id": 3, "method": "ping"})
        proc.stdin.close()
        out = [json.loads(l) for l in proc.stdout.read().decode().splitlines() if l.strip()]
        assert proc.wait(timeout=30) == 0
        assert sorted(m["id"] for m in out) == [2, 3]
        assert next(m for m in out if m["id"] == 2)["result"]["structuredContent"] == POLICY


def test_a_trap_fails_only_its_request():
    big = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
           "params": {"name": "list_table_buckets", "arguments": {"prefix": "a", "junk": list(range(300_000))}}}
    code, out, err = run_raw([json.dumps(big), json.dumps({"jsonrpc": "2.0", "id": 2, "method": "ping"})],
                             "--memory-limit-mib", "16", "--region", "us-east-1")
    assert code == 0
    by_id = {m["id"]: m for m in out}
    assert by_id[1]["error"]["code"] == -32603 and "sandbox" in by_id[1]["error"]["message"]
    # The host says why: the guest was refused memory, not some unknown trap.
    assert "ran out of memory" in by_id[1]["error"]["message"]
    assert "--memory-limit-mib 16" in by_id[1]["error"]["message"]
    assert by_id[2]["result"] == {}


def test_sigterm_lets_in_flight_requests_finish_then_exits_cleanly():
    with FaultEndpoint(lambda req: ("stall", 1.0, ok(POLICY))) as ep:
        proc = subprocess.Popen([str(BINARY), "--endpoint-url", ep.url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=server_env())
        proc.stdin.write((json.dumps({"jsonrpc": "2.0", "id": 9, "method": "tools/call",
                                      "params": {"name": "get_table_bucket_policy", "arguments": {"table_bucket_arn": BUCKET}}}) + "\n").encode())
        proc.stdin.flush()
        deadline = time.time() + 10
        while not ep.requests and time.time() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        out = [json.loads(l) for l in proc.stdout.read().decode().splitlines() if l.strip()]
        assert proc.wait(timeout=30) == 0
        assert [m["id"] for m in out] == [9] and out[0]["result"]["structuredContent"] == POLICY


def test_missing_credentials_name_the_sources_tried():
    env = {"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}
    code, out, err = run_raw([json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                                          "params": {"name": "list_table_buckets", "arguments": {}}})],
                             "--region", "us-east-1", env=env)
    text = out[0]["result"]["content"][0]["text"]
    assert out[0]["result"]["isError"] is True
    assert text.startswith("No AWS credentials:") and "environment variables" in text and "profile" in text
