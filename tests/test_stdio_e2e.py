"""End to end: the official MCP client drives the real binary, which runs the guest in
wasmtime, which signs and sends real S3 Tables requests to the moto emulator."""

import pytest
from mcp.shared.exceptions import MCPError

from conftest import ACCOUNT, REGION, error_text, mcp_session, structured

pytestmark = pytest.mark.anyio

READ_ONLY = "Operation not permitted: Server is configured in read-only mode"
CORE_TOOLS = {"list_table_buckets", "list_namespaces", "list_tables", "create_table_bucket", "create_namespace", "create_table"}
WRITE_TOOLS = {"create_table_bucket", "create_namespace", "create_table"}


def bucket_arn(name):
    return f"arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/{name}"


async def test_initialize_reports_identity_and_read_only_mode(endpoint):
    async with mcp_session("--endpoint-url", endpoint) as s:
        init = s.initialize_result
        assert init.server_info.name == "s3tables-mcp"
        assert init.server_info.version == "0.1.0"
        assert init.protocol_version == "2025-11-25"
        assert "READ-ONLY" in init.instructions and "--allow-write" in init.instructions
        assert init.capabilities.tools is not None


async def test_read_only_lists_no_write_tools(endpoint):
    async with mcp_session("--endpoint-url", endpoint) as s:
        names = {t.name for t in (await s.list_tools()).tools}
        assert {"list_table_buckets", "list_namespaces", "list_tables", "get_table"} <= names
        assert not names & WRITE_TOOLS
        assert all(t.annotations.read_only_hint for t in (await s.list_tools()).tools)


async def test_tools_are_fully_described(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write", "--allow-destructive", "--no-confirm") as s:
        tools = {t.name: t for t in (await s.list_tools()).tools}
        assert CORE_TOOLS <= set(tools)
        for name in CORE_TOOLS:
            t = tools[name]
            assert t.title and t.description, name
            assert t.input_schema["type"] == "object" and "region_name" in t.input_schema["properties"], name
            assert t.output_schema["type"] == "object" and t.output_schema["properties"], name
            assert t.annotations.open_world_hint is True
            assert t.annotations.read_only_hint is (name not in WRITE_TOOLS), name
        create_table = tools["create_table"].input_schema
        assert create_table["required"] == ["table_bucket_arn", "namespace", "name", "format"]
        assert create_table["properties"]["format"]["enum"] == ["ICEBERG"]
        fields = create_table["properties"]["metadata"]["properties"]["iceberg"]["properties"]["schema"]["properties"]["fields"]
        assert fields["type"] == "array" and set(fields["items"]["required"]) == {"name", "type"}
        assert tools["delete_table"].annotations.destructive_hint is True
        assert tools["create_table"].annotations.destructive_hint is False


async def test_create_bucket_namespace_tables_and_list_across_buckets(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        # The reference server's README calls, as written.
        created = structured(await s.call_tool("create_table_bucket", {"name": "my-table-bucket", "encryption_configuration": {"type": "SSE_S3"}}))
        arn = created["arn"]
        assert arn == bucket_arn("my-table-bucket")
        ns = structured(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "my_namespace"}))
        assert ns == {"tableBucketARN": arn, "namespace": ["my_namespace"]}
        t1 = structured(await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "my_namespace", "name": "plain", "format": "ICEBERG"}))
        assert t1["tableARN"].startswith(arn + "/table/") and t1["versionToken"]
        schema = {"iceberg": {"schema": {"fields": [
            {"name": "id", "type": "long", "required": True},
            {"name": "name", "type": "string"},
            {"name": "ts", "type": "timestamp"},
        ]}}}
        t2 = structured(await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "my_namespace", "name": "orders", "format": "ICEBERG", "metadata": schema}))
        assert t2["tableARN"] != t1["tableARN"]

        # The API's own encryption form, in a second bucket with its own namespace and table.
        other = structured(await s.call_tool("create_table_bucket", {"name": "second-bucket", "encryption_configuration": {"sse_algorithm": "AES256"}}))["arn"]
        structured(await s.call_tool("create_namespace", {"table_bucket_arn": other, "namespace": "analytics"}))
        structured(await s.call_tool("create_table", {"table_bucket_arn": other, "namespace": "analytics", "name": "events", "format": "ICEBERG"}))

        buckets = structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"]
        assert sorted(b["name"] for b in buckets) == ["my-table-bucket", "second-bucket"]
        assert {b["arn"] for b in buckets} == {arn, other}

        namespaces = structured(await s.call_tool("list_namespaces", {}))["namespaces"]
        assert sorted((n["tableBucketARN"], n["namespace"][0]) for n in namespaces) == sorted([(arn, "my_namespace"), (other, "analytics")])

        tables = structured(await s.call_tool("list_tables", {}))["tables"]
        assert sorted((t["tableBucketARN"], t["name"]) for t in tables) == sorted([(arn, "orders"), (arn, "plain"), (other, "events")])

        scoped = structured(await s.call_tool("list_tables", {"table_bucket_arn": arn, "namespace": "my_namespace"}))["tables"]
        assert sorted(t["name"] for t in scoped) == ["orders", "plain"]
        assert structured(await s.call_tool("list_tables", {"table_bucket_arn": arn, "prefix": "ord"}))["tables"][0]["name"] == "orders"

        capped = structured(await s.call_tool("list_table_buckets", {"max_results": 1}))
        assert len(capped["tableBuckets"]) == 1 and capped.get("continuationToken")
        rest = structured(await s.call_tool("list_table_buckets", {"continuation_token": capped["continuationToken"]}))
        assert {b["arn"] for b in capped["tableBuckets"] + rest["tableBuckets"]} == {arn, other}


async def test_read_only_refuses_writes_before_the_network(endpoint):
    async with mcp_session("--endpoint-url", endpoint) as s:
        for name, args in [("create_table_bucket", {"name": "nope-bucket"}), ("create_namespace", {}), ("delete_table_bucket", {"table_bucket_arn": "x"})]:
            assert error_text(await s.call_tool(name, args)) == READ_ONLY
        assert structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"] == []


async def test_host_gate_denies_writes_even_if_the_guest_allows_them(endpoint, tmp_path):
    # The guest is told writes are allowed; the host is not. The host must stop the PUT.
    log = tmp_path / "stderr.log"
    async with mcp_session("--endpoint-url", endpoint, "--guest-arg=--allow-write", stderr_path=log) as s:
        names = {t.name for t in (await s.list_tools()).tools}
        assert "create_table_bucket" in names  # the guest believes it may write
        text = error_text(await s.call_tool("create_table_bucket", {"name": "sneaky-bucket"}))
        assert "denied" in text and "PUT" in text and "--allow-write" in text
        assert structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"] == []
    assert "denied outgoing request: PUT" in log.read_text()
    assert "read-only" in log.read_text()


async def test_argument_errors(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        # Argument mistakes are tool errors the model can read and fix (MCP 2025-11-25).
        text = error_text(await s.call_tool("create_table_bucket", {}))
        assert "missing required argument `name`" in text
        text = error_text(await s.call_tool("create_table_bucket", {"name": 42}))
        assert "must be a string" in text
        text = error_text(await s.call_tool("create_table_bucket", {"name": "b", "colour": "red"}))
        assert "unknown argument `colour`" in text
        # An unknown tool is a protocol error: there is nothing to call.
        with pytest.raises(MCPError) as e:
            await s.call_tool("no_such_tool", {})
        assert e.value.error.code == -32602 and "Unknown tool: no_such_tool" in e.value.error.message

        arn = structured(await s.call_tool("create_table_bucket", {"name": "my-table-bucket"}))["arn"]
        # The reference README's namespace is not valid for the service: a clear tool error.
        text = error_text(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "my-namespace"}))
        assert "namespace" in text and "lowercase letters, digits and underscores" in text
        text = error_text(await s.call_tool("list_tables", {"table_bucket_arn": arn, "region_name": "../evil"}))
        assert "not an AWS Region" in text
        # Nothing was created by the refused calls.
        assert structured(await s.call_tool("list_namespaces", {"table_bucket_arn": arn}))["namespaces"] == []


async def test_missing_bucket_is_a_readable_tool_error(endpoint):
    async with mcp_session("--endpoint-url", endpoint) as s:
        text = error_text(await s.call_tool("list_namespaces", {"table_bucket_arn": bucket_arn("missing-bucket")}))
        assert text.startswith("NotFoundException (HTTP 404): The specified bucket does not exist.")
        assert "request id" in text and "Hint:" in text
        text = error_text(await s.call_tool("get_table_bucket", {"table_bucket_arn": bucket_arn("missing-bucket")}))
        assert "NotFoundException" in text


async def test_aliases_of_the_later_reference_names_work(endpoint):
    async with mcp_session("--endpoint-url", endpoint) as s:
        names = {t.name for t in (await s.list_tools()).tools}
        assert "get_maintenance_job_status" not in names
        text = error_text(await s.call_tool("get_maintenance_job_status", {
            "table_bucket_arn": bucket_arn("missing-bucket"), "namespace": "n", "name": "t"}))
        # moto does not implement this operation; the point is that the alias resolved and was sent.
        assert "Unknown tool" not in text and "HTTP" in text


async def test_destructive_tools_need_their_own_flag_in_guest_and_host(endpoint, tmp_path):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        names = {t.name for t in (await s.list_tools()).tools}
        assert "create_table_bucket" in names and "delete_table_bucket" not in names
        arn = structured(await s.call_tool("create_table_bucket", {"name": "keep-me"}))["arn"]
        text = error_text(await s.call_tool("delete_table_bucket", {"table_bucket_arn": arn}))
        assert text == "Operation not permitted: delete_table_bucket is destructive; start the server with --allow-destructive to allow it"
    # A guest told it may destroy is still stopped by the host.
    log = tmp_path / "stderr.log"
    async with mcp_session("--endpoint-url", endpoint, "--allow-write", "--guest-arg=--allow-destructive", stderr_path=log) as s:
        text = error_text(await s.call_tool("delete_table_bucket", {"table_bucket_arn": arn}))
        assert "denied" in text and "DELETE" in text
        assert [b["arn"] for b in structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"]] == [arn]
    assert "is destructive" in log.read_text()


async def test_write_lists_and_tool_filters(endpoint, tmp_path):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=create_table_bucket,tags", "--deny-tools", "*_policy") as s:
        names = {t.name for t in (await s.list_tools()).tools}
        assert "create_table_bucket" in names and "create_namespace" not in names and "get_table_policy" not in names
        arn = structured(await s.call_tool("create_table_bucket", {"name": "listed-bucket"}))["arn"]
        text = error_text(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "ns"}))
        assert text == "Operation not permitted: create_namespace is not among the tools allowed to write (--allow-write=…)"
        with pytest.raises(MCPError) as e:
            await s.call_tool("get_table_bucket_policy", {"table_bucket_arn": arn})
        assert e.value.error.code == -32602 and "--deny-tools" in e.value.error.message
    log = tmp_path / "stderr.log"
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=create_table_bucket", "--guest-arg=--allow-write", stderr_path=log) as s:
        text = error_text(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "ns"}))
        assert "denied" in text
        assert structured(await s.call_tool("list_namespaces", {"table_bucket_arn": arn}))["namespaces"] == []
    assert "not among the tools allowed to write" in log.read_text()


async def test_the_stateless_2026_07_28_protocol(endpoint):
    async with mcp_session("--endpoint-url", endpoint, "--allow-write", stateless=True) as s:
        assert s.initialize_result is None
        discovered = await s.discover()
        assert "2026-07-28" in discovered.supported_versions and "2025-11-25" in discovered.supported_versions
        assert "READ-ONLY" not in discovered.instructions
        names = {t.name for t in (await s.list_tools()).tools}
        assert "create_table_bucket" in names
        arn = structured(await s.call_tool("create_table_bucket", {"name": "modern-bucket"}))["arn"]
        buckets = structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"]
        assert [b["arn"] for b in buckets] == [arn]


async def test_region_comes_from_the_profile_when_not_given(tmp_path):
    from fault_endpoint import FaultEndpoint, ok
    config = tmp_path / "config"
    config.write_text("[profile analytics]\nregion = eu-west-3\n")
    with FaultEndpoint(lambda req: ok({"tableBuckets": []})) as ep:
        env = {"AWS_CONFIG_FILE": str(config)}
        async with mcp_session("--endpoint-url", ep.url, "--profile", "analytics", env=env) as s:
            structured(await s.call_tool("list_table_buckets", {}))
        async with mcp_session("--endpoint-url", ep.url, "--profile", "analytics", "--region", "ap-south-1", env=env) as s:
            structured(await s.call_tool("list_table_buckets", {}))
        async with mcp_session("--endpoint-url", ep.url, env={"AWS_CONFIG_FILE": str(tmp_path / "none")}) as s:
            structured(await s.call_tool("list_table_buckets", {}))
    scopes = [r["headers"]["authorization"].split("Credential=")[1].split(",")[0].split("/")[2] for r in ep.requests]
    assert scopes == ["eu-west-3", "ap-south-1", "us-east-1"]
