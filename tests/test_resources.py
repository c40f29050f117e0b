"""Resources, prompts and completions (MCP beyond tools), through the official MCP client SDK
against the real binary and moto (or a `--local` lake), in both protocol eras.

What a resource holds is checked against what the tools answer and what PyIceberg wrote; what
the listings hold, against boto3's own listings of the same endpoint."""
import json

import pytest
from mcp.shared.exceptions import MCPError
from mcp.types import PaginatedRequestParams, PromptReference, ResourceTemplateReference

from conftest import client, mcp_session, structured

pytestmark = pytest.mark.anyio

TEMPLATES = {
    "s3tables://{table_bucket}",
    "s3tables://{table_bucket}/{namespace}",
    "s3tables://{table_bucket}/{namespace}/{table}",
}
UI = "ui://s3tables-mcp/results.html"


def contents(result):
    """The one JSON content of a resource read."""
    assert len(result.contents) == 1
    c = result.contents[0]
    assert c.mime_type == "application/json"
    return json.loads(c.text)


@pytest.mark.parametrize("stateless", [False, True])
async def test_templates_read_and_not_found(orders_lake, data_lake, stateless):
    arn, catalog, table, args = orders_lake
    async with mcp_session(*args, stateless=stateless) as s:
        caps = s.initialize_result.capabilities if not stateless else None
        if caps is not None:
            assert caps.resources is not None and caps.prompts is not None and caps.completions is not None
        templates = (await s.list_resource_templates()).resource_templates
        assert {t.uri_template for t in templates} == TEMPLATES

        bucket = contents(await s.read_resource("s3tables://lake"))
        assert bucket["tableBucket"]["arn"] == arn
        assert [n["namespace"] for n in bucket["namespaces"]] == ["sales"]
        assert bucket["namespaces"][0]["uri"] == "s3tables://lake/sales"
        # The same bucket by its ARN (percent-encoded: it holds a '/').
        by_arn = contents(await s.read_resource("s3tables://" + arn.replace("/", "%2F").replace(":", "%3A")))
        assert by_arn["tableBucket"] == bucket["tableBucket"]

        namespace = contents(await s.read_resource("s3tables://lake/sales"))
        assert [t["name"] for t in namespace["tables"]] == ["orders"]
        assert namespace["tables"][0]["uri"] == "s3tables://lake/sales/orders"

        described = structured(await s.call_tool("describe_table", {"table_bucket_arn": arn, "namespace": "sales",
                                                                     "name": "orders"}))
        resource = contents(await s.read_resource("s3tables://lake/sales/orders"))
        assert resource["table"]["tableARN"].startswith(arn + "/table/")
        for key in ("schema", "partitionSpecs", "sortOrder", "properties", "currentSnapshot", "currentManifests"):
            assert resource[key] == described[key], key
        # What PyIceberg wrote: the field ids and the current snapshot.
        assert [f["id"] for f in resource["schema"]["fields"]] == [f.field_id for f in table.schema().fields]
        assert resource["currentSnapshot"]["snapshotId"] == table.current_snapshot().snapshot_id

        for missing in ("s3tables://lake/sales/nope", "s3tables://lake/nope", "s3tables://nope",
                        "s3tables://lake/sales/orders/extra", "test://nonexistent"):
            with pytest.raises(MCPError) as e:
                await s.read_resource(missing)
            assert e.value.error.code == -32602, missing
            assert e.value.error.data == {"uri": missing}


async def test_list_pages_through_buckets_and_tables(endpoint):
    s3tables = client("s3tables", endpoint)
    expected = set()
    for b in range(3):
        arn = s3tables.create_table_bucket(name=f"bucket-{b}")["arn"]
        s3tables.create_namespace(tableBucketARN=arn, namespace=["ns"])
        expected.add(f"s3tables://bucket-{b}")
        for t in range(120 if b == 1 else 2):
            s3tables.create_table(tableBucketARN=arn, namespace="ns", name=f"t{t:03}", format="ICEBERG")
            expected.add(f"s3tables://bucket-{b}/ns/t{t:03}")
    async with mcp_session("--endpoint-url", endpoint) as s:
        seen, cursor, pages = [], None, 0
        while True:
            page = await s.list_resources(params=PaginatedRequestParams(cursor=cursor) if cursor else None)
            pages += 1
            assert len(page.resources) <= 100
            seen += [str(r.uri) for r in page.resources]
            cursor = page.next_cursor
            if not cursor:
                break
        assert pages == 2
        assert seen[0] == UI
        assert len(seen) == len(set(seen)), "a resource listed twice"
        assert set(seen[1:]) == expected
        # Each bucket comes before its tables.
        assert seen.index("s3tables://bucket-1") < seen.index("s3tables://bucket-1/ns/t000")
        with pytest.raises(MCPError) as e:
            await s.list_resources(params=PaginatedRequestParams(cursor="not a cursor"))
        assert e.value.error.code == -32602


async def test_hidden_tools_hide_their_resources(orders_lake):
    arn, catalog, table, args = orders_lake
    async with mcp_session(*args, "--deny-tools", "describe_table") as s:
        templates = {t.uri_template for t in (await s.list_resource_templates()).resource_templates}
        assert templates == TEMPLATES - {"s3tables://{table_bucket}/{namespace}/{table}"}
        with pytest.raises(MCPError) as e:
            await s.read_resource("s3tables://lake/sales/orders")
        assert e.value.error.code == -32602
        listed = [str(r.uri) for r in (await s.list_resources()).resources]
        assert listed == [UI, "s3tables://lake"]
    async with mcp_session(*args, "--tools", "list_table_buckets") as s:
        assert (await s.list_resource_templates()).resource_templates == []
        assert (await s.list_resources()).resources == []
        assert s.initialize_result.capabilities.resources is None


async def test_prompts_follow_the_grants(orders_lake):
    arn, catalog, table, args = orders_lake
    async with mcp_session(*args) as s:
        names = {p.name for p in (await s.list_prompts()).prompts}
        # Read-only: no prompt that writes.
        assert names == {"explore_table_bucket", "profile_table", "review_bucket_settings"}
        got = await s.get_prompt("profile_table", {"table_bucket": "lake", "namespace": "sales", "table": "orders"})
        text = got.messages[0].content.text
        assert "`sales.orders`" in text and "describe_table" in text and "query_database" in text
        assert "{" not in text
        for bad in [("profile_table", {"table_bucket": "lake"}), ("nope", {}),
                    ("profile_table", {"table_bucket": "lake", "namespace": "sales", "table": "orders", "x": "1"})]:
            with pytest.raises(MCPError) as e:
                await s.get_prompt(*bad)
            assert e.value.error.code == -32602
    async with mcp_session(*args, "--allow-write") as s:
        names = {p.name for p in (await s.list_prompts()).prompts}
        assert {"create_partitioned_table", "load_file"} <= names


async def test_completions_from_live_listings(orders_lake, data_lake):
    arn, catalog, table, args = orders_lake
    data_lake.s3tables.create_table_bucket(name="lakehouse")
    data_lake.s3tables.create_table_bucket(name="other")
    prompt = PromptReference(type="ref/prompt", name="profile_table")
    template = ResourceTemplateReference(type="ref/resource", uri="s3tables://{table_bucket}/{namespace}/{table}")
    async with mcp_session(*args) as s:
        async def values(ref, name, value, context=None):
            return (await s.complete(ref, {"name": name, "value": value}, context)).completion.values

        assert await values(template, "table_bucket", "lak") == ["lake", "lakehouse"]
        assert await values(template, "table_bucket", arn[:-2]) == [arn, arn + "house"]
        assert await values(prompt, "namespace", "s", {"table_bucket": "lake"}) == ["sales"]
        assert await values(template, "table", "", {"table_bucket": "lake", "namespace": "sales"}) == ["orders"]
        columns = [f.name for f in table.schema().fields]
        assert await values(prompt, "column", "", {"table_bucket": "lake", "namespace": "sales",
                                                   "table": "orders"}) == sorted(columns)
        # Without what it depends on, or for an unknown reference: nothing, not an error.
        assert await values(template, "table", "", {"table_bucket": "lake"}) == []
        assert await values(PromptReference(type="ref/prompt", name="nope"), "x", "") == []
        # Answers are kept for seconds: a bucket created now is not seen by the same question.
        data_lake.s3tables.create_table_bucket(name="lakeside")
        assert await values(template, "table_bucket", "lak") == ["lake", "lakehouse"]
        assert await values(template, "table_bucket", "lake") == ["lake", "lakehouse", "lakeside"]


async def test_results_app_is_linked_and_served(orders_lake):
    arn, catalog, table, args = orders_lake
    async with mcp_session(*args) as s:
        tools = {t.name: t for t in (await s.list_tools()).tools}
        for name in ("preview_table", "query_database"):
            assert tools[name].meta == {"ui": {"resourceUri": UI}}, name
        assert tools["list_tables"].meta is None
        app = (await s.read_resource(UI)).contents[0]
        assert app.mime_type == "text/html;profile=mcp-app"
        assert app.text.lstrip().lower().startswith("<!doctype html>")
