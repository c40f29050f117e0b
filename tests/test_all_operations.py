"""Every operation through the real binary and the MCP client: the 15 that moto implements
against moto, asserting real state changes; the other 43 against a recorded-response
endpoint that checks the request the binary actually sent."""
import json
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from conftest import REGION, error_text, mcp_session, structured
from recorded_endpoint import RecordedEndpoint, sample_output

pytestmark = pytest.mark.anyio

VECTORS = json.loads((Path(__file__).parent / "vectors" / "ops-vectors.json").read_text())["cases"]
MOTO_OPS = {
    "CreateNamespace", "CreateTable", "CreateTableBucket", "DeleteNamespace", "DeleteTable", "DeleteTableBucket",
    "GetNamespace", "GetTable", "GetTableBucket", "GetTableMetadataLocation", "ListNamespaces", "ListTableBuckets",
    "ListTables", "RenameTable", "UpdateTableMetadataLocation",
}


async def test_the_15_stateful_operations_change_real_state(backend):
    """Against moto and against a `--local` lake alike."""
    args, account = backend
    async with mcp_session(*args, "--allow-write", "--allow-destructive", "--no-confirm", "--toolsets", "all") as s:
        arn = structured(await s.call_tool("create_table_bucket", {"name": "analytics"}))["arn"]
        bucket = structured(await s.call_tool("get_table_bucket", {"table_bucket_arn": arn}))
        assert (bucket["arn"], bucket["name"], bucket["ownerAccountId"]) == (arn, "analytics", account)

        structured(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "sales"}))
        ns = structured(await s.call_tool("get_namespace", {"table_bucket_arn": arn, "namespace": "sales"}))
        assert ns["namespace"] == ["sales"] and ns["ownerAccountId"] == account

        created = structured(await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders", "format": "ICEBERG"}))
        table = structured(await s.call_tool("get_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}))
        assert table["tableARN"] == created["tableARN"] and table["format"] == "ICEBERG" and table["namespace"] == ["sales"]

        loc = structured(await s.call_tool("get_table_metadata_location", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}))
        assert loc["versionToken"] == created["versionToken"] and loc["warehouseLocation"].startswith("s3://")
        new_location = loc["warehouseLocation"] + "/metadata/00001-abc.metadata.json"
        updated = structured(await s.call_tool("update_table_metadata_location", {
            "table_bucket_arn": arn, "namespace": "sales", "name": "orders",
            "version_token": loc["versionToken"], "metadata_location": new_location}))
        # moto answers with `tableArn` and a string namespace: normalized to the model.
        assert updated["tableARN"] == created["tableARN"] and updated["namespace"] == ["sales"]
        assert updated["metadataLocation"] == new_location and updated["versionToken"] != loc["versionToken"]
        again = structured(await s.call_tool("get_table_metadata_location", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}))
        assert again["metadataLocation"] == new_location

        stale = error_text(await s.call_tool("update_table_metadata_location", {
            "table_bucket_arn": arn, "namespace": "sales", "name": "orders",
            "version_token": loc["versionToken"], "metadata_location": new_location}))
        assert stale.startswith("ConflictException (HTTP 409)") and "version_token" in stale

        renamed = structured(await s.call_tool("rename_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders", "new_name": "orders_v2"}))
        assert renamed["success"] is True
        assert "NotFoundException" in error_text(await s.call_tool("get_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}))
        assert [t["name"] for t in structured(await s.call_tool("list_tables", {"table_bucket_arn": arn}))["tables"]] == ["orders_v2"]

        token = structured(await s.call_tool("get_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders_v2"}))["versionToken"]
        assert structured(await s.call_tool("delete_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders_v2", "version_token": token}))["success"]
        assert structured(await s.call_tool("list_tables", {"table_bucket_arn": arn}))["tables"] == []

        assert structured(await s.call_tool("delete_namespace", {"table_bucket_arn": arn, "namespace": "sales"}))["success"]
        assert "NotFoundException" in error_text(await s.call_tool("get_namespace", {"table_bucket_arn": arn, "namespace": "sales"}))
        assert structured(await s.call_tool("list_namespaces", {"table_bucket_arn": arn}))["namespaces"] == []

        assert structured(await s.call_tool("delete_table_bucket", {"table_bucket_arn": arn}))["success"]
        assert structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"] == []


def expected_request(case):
    url = urlsplit(case["expected"]["url"])
    return {
        "method": case["expected"]["method"],
        "segments": [unquote(s) for s in url.path.strip("/").split("/")],
        "path": url.path,
        "query_pairs": parse_qsl(url.query, keep_blank_values=True),
        "body": json.loads(case["expected"]["body"]) if case["expected"]["body"] else None,
    }


async def test_the_other_43_operations_send_the_right_request():
    cases = [c for c in VECTORS if c["operation"] not in MOTO_OPS]
    assert len({c["operation"] for c in cases}) == 43
    with RecordedEndpoint() as ep:
        async with mcp_session("--endpoint-url", ep.url, "--allow-write", "--allow-destructive", "--no-confirm", "--toolsets", "all", "--region", REGION) as s:
            for case in cases:
                before = len(ep.requests)
                result = await s.call_tool(case["tool"], case["arguments"])
                label = f"{case['tool']} ({case['case']})"
                assert len(ep.requests) == before + 1, (label, result.content[-1].text, ep.requests[before:])
                got, want = ep.requests[-1], expected_request(case)
                assert got["operation"] == case["operation"], label
                assert (got["method"], got["path"], got["query_pairs"]) == (want["method"], want["path"], want["query_pairs"]), label
                assert (json.loads(got["body"]) if got["body"] else None) == want["body"], label
                assert "transfer-encoding" not in got["headers"], label  # bodies, even empty, have a length
                scope = f"/{case['region']}/s3tables/aws4_request"
                assert scope in got["headers"]["authorization"], label
                out = sample_output(case["operation"])
                if out is None:
                    assert structured(result) == {"success": True, "message": f"{case['operation']} succeeded."}, label
                else:
                    assert structured(result) == out, label


async def test_a_table_can_be_named_by_arn_or_by_bucket_namespace_and_name():
    bucket = f"arn:aws:s3tables:{REGION}:111122223333:bucket/my-bucket"
    table = bucket + "/table/3d2d2b47-1c0e-4f6b-9e6c-1234567890ab"  # what GetTable answers here
    with RecordedEndpoint() as ep:
        async with mcp_session("--endpoint-url", ep.url, "--allow-write", "--toolsets", "all") as s:
            tools = {t.name: t.input_schema for t in (await s.list_tools()).tools}
            assert "table_arn" in tools["get_table_policy"]["properties"]
            assert "required" not in tools["get_table_policy"]
            assert {"table_bucket_arn", "namespace", "name"} <= set(tools["get_table_replication"]["properties"])

            structured(await s.call_tool("get_table_policy", {"table_arn": table}))
            lookup, call = ep.requests[-2:]
            assert (lookup["operation"], lookup["query_pairs"]) == ("GetTable", [("tableArn", table)])
            assert call["operation"] == "GetTablePolicy"
            assert call["segments"] == ["tables", bucket, "sales", "orders", "policy"]

            structured(await s.call_tool("get_table_replication", {"table_bucket_arn": bucket, "namespace": "sales", "name": "orders"}))
            lookup, call = ep.requests[-2:]
            assert lookup["operation"] == "GetTable"
            assert lookup["query_pairs"] == [("tableBucketARN", bucket), ("namespace", "sales"), ("name", "orders")]
            assert (call["operation"], call["query_pairs"]) == ("GetTableReplication", [("tableArn", table)])

            # Argument mistakes are tool errors the model can read and fix (MCP 2025-11-25).
            before = len(ep.requests)
            text = error_text(await s.call_tool("get_table_policy", {"table_arn": table, "name": "orders"}))
            assert text.startswith("Invalid arguments for get_table_policy") and "not both" in text
            text = error_text(await s.call_tool("get_table_replication", {"namespace": "sales"}))
            assert text.startswith("Invalid arguments for get_table_replication")
            assert len(ep.requests) == before


async def test_table_named_by_bucket_namespace_and_name(backend):
    args, _ = backend
    async with mcp_session(*args, "--allow-write", "--toolsets", "all") as s:
        arn = structured(await s.call_tool("create_table_bucket", {"name": "lookup-bucket"}))["arn"]
        structured(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "ns"}))
        structured(await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "ns", "name": "t1", "format": "ICEBERG"}))
        # No replication is configured (moto has no replication API at all): the lookup
        # succeeds, then the endpoint's own error comes back readable.
        text = error_text(await s.call_tool("get_table_replication", {"table_bucket_arn": arn, "namespace": "ns", "name": "t1"}))
        assert "HTTP" in text and "Could not resolve" not in text
        text = error_text(await s.call_tool("get_table_replication", {"table_bucket_arn": arn, "namespace": "ns", "name": "missing"}))
        assert text.startswith("Could not resolve the table: NotFoundException")
