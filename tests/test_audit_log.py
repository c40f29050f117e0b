"""--audit-log: one JSON line per tool call, written by the host; secrets redacted; an
unwritable log is a warning, never an exit."""
import json

import pytest

from conftest import CANARIES, error_text, mcp_session, run_raw, structured

pytestmark = pytest.mark.anyio


async def test_every_tool_call_is_audited(endpoint, tmp_path):
    log = tmp_path / "audit.jsonl"
    async with mcp_session("--endpoint-url", endpoint, "--allow-write", "--audit-log", log) as s:
        arn = structured(await s.call_tool("create_table_bucket", {"name": "audited-bucket"}))["arn"]
        error_text(await s.call_tool("get_namespace", {"table_bucket_arn": arn, "namespace": "missing"}))
        text = error_text(await s.call_tool("create_table_bucket", {"name": "b", "secret_access_key": CANARIES[0]}))
        assert "unknown argument `secret_access_key`" in text and CANARIES[0] not in text
        await s.send_ping()
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e["tool"] for e in entries] == ["create_table_bucket", "get_namespace", "create_table_bucket"]
    ok, missing, bad = entries
    assert ok["outcome"] == "ok" and ok["arguments"] == {"name": "audited-bucket"}
    assert len(ok["request_ids"]) == 1 and ok["request_ids"][0]
    assert ok["duration_ms"] > 0 and ok["time"].endswith("Z")
    assert missing["outcome"] == "tool_error" and "NotFoundException" in missing["error"]
    assert missing["request_ids"] and missing["arguments"]["namespace"] == "missing"
    assert bad["outcome"] == "tool_error" and bad["arguments"]["secret_access_key"] == "[redacted]"
    assert bad["request_ids"] == []
    for canary in CANARIES:
        assert canary not in log.read_text()


def test_an_unwritable_audit_log_is_a_warning_not_an_exit():
    code, out, err = run_raw([json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"})],
                             "--region", "us-east-1", "--audit-log", "/nonexistent/dir/audit.jsonl")
    assert code == 0 and out[0]["result"] == {}
    assert "cannot open the audit log /nonexistent/dir/audit.jsonl" in err
