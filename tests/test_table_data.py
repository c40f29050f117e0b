"""Table data, read side: real Iceberg tables written into moto's S3 Tables by an independent
implementation (PyIceberg, through `iceberg_fixtures.S3TablesCatalog`), described by the real
binary through the MCP client — and S3 GetBucketMetadataConfiguration against a loopback
endpoint that records the request and checks its signature with botocore's S3 signer.

Expected values come from PyIceberg's own view of each table, never from our output."""
import datetime
import json
from decimal import Decimal
from unittest import mock

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import pyarrow as pa
import pytest
from pyiceberg.partitioning import PartitionField, PartitionSpec
from pyiceberg.schema import Schema
from pyiceberg.transforms import BucketTransform, DayTransform, IdentityTransform
from pyiceberg.types import (
    DecimalType, DoubleType, IntegerType, ListType, LongType, MapType, NestedField, StringType,
    StructType, TimestampType,
)

from conftest import (
    ACCESS_KEY, REGION, SECRET_KEY, SESSION_TOKEN, client, error_text, mcp_session, structured,
)
from fault_endpoint import FaultEndpoint
from iceberg_fixtures import GZIP_METADATA

pytestmark = pytest.mark.anyio


def names(arn, table):
    return {"table_bucket_arn": arn, "namespace": "sales", "name": table}


def pyiceberg_json(model):
    return json.loads(model.model_dump_json(by_alias=True, exclude_none=True))


def assert_matches_pyiceberg(described, table):
    """The description agrees with what PyIceberg wrote, field by field."""
    meta = table.metadata
    assert described["metadataLocation"] == table.metadata_location
    assert described["formatVersion"] == meta.format_version
    assert described["tableUuid"] == str(meta.table_uuid)
    assert described["location"] == meta.location
    assert described["currentSchemaId"] == meta.current_schema_id
    assert described["schemaCount"] == len(meta.schemas)
    assert described["schema"]["fields"] == pyiceberg_json(table.schema())["fields"]
    assert described["properties"] == meta.properties
    assert described["snapshotCount"] == len(meta.snapshots)
    current = table.current_snapshot()
    if current is None:
        assert described["currentSnapshot"] is None
    else:
        snap = described["currentSnapshot"]
        assert snap["snapshotId"] == current.snapshot_id
        assert snap["timestampMs"] == current.timestamp_ms
        expected_time = datetime.datetime.fromtimestamp(current.timestamp_ms / 1000, datetime.timezone.utc)
        assert snap["timestamp"] == expected_time.strftime("%Y-%m-%dT%H:%M:%S.") + f"{current.timestamp_ms % 1000:03d}Z"
        assert snap["summary"] == pyiceberg_json(current)["summary"]
        assert snap["operation"] == current.summary.operation.value
        assert snap["manifestList"] == current.manifest_list
    if current is not None:
        # The manifest list (Avro), as PyIceberg reads it back.
        listed = current.manifests(table.io)
        m = described["currentManifests"]
        assert m["manifestCount"] == len(listed) and m["deleteManifests"] == 0
        assert [x["path"] for x in m["manifests"]] == [x.manifest_path for x in listed]
        for ours, theirs in zip(m["manifests"], listed):
            assert (ours["addedFiles"], ours["existingFiles"], ours["deletedFiles"]) == (
                theirs.added_files_count, theirs.existing_files_count, theirs.deleted_files_count)
            assert (ours["addedRows"], ours["existingRows"]) == (theirs.added_rows_count, theirs.existing_rows_count)
            assert ours["addedSnapshotId"] == theirs.added_snapshot_id and ours["sequenceNumber"] == theirs.sequence_number
            assert [p["containsNull"] for p in ours["partitions"]] == [p.contains_null for p in theirs.partitions or []]
        assert m["dataFiles"] == int(current.summary["total-data-files"])
        assert m["dataRows"] == int(current.summary["total-records"])
    newest_first = sorted(meta.snapshots, key=lambda s: s.timestamp_ms, reverse=True)
    assert [s["snapshotId"] for s in described["snapshots"]] == [s.snapshot_id for s in newest_first][:10]


NESTED = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "customer", StructType(
        NestedField(5, "name", StringType(), required=True),
        NestedField(6, "address", StructType(NestedField(7, "city", StringType(), required=False)), required=False),
    ), required=False),
    NestedField(3, "tags", ListType(8, StringType(), element_required=False), required=False),
    NestedField(4, "scores", MapType(9, StringType(), 10, DoubleType(), value_required=False), required=False),
    identifier_field_ids=[1],
)


async def test_nested_unpartitioned_table_is_described_as_written(lake, endpoint, tmp_path):
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "customers"), NESTED, properties={"write.parquet.compression-codec": "snappy"})
    rows = pa.Table.from_pylist([
        {"id": 1, "customer": {"name": "Ada", "address": {"city": "London"}}, "tags": ["vip"], "scores": {"q1": 1.5}},
        {"id": 2, "customer": {"name": "Bo", "address": None}, "tags": [], "scores": {}},
    ], schema=table.schema().as_arrow())
    table.append(rows)
    table = catalog.load_table(("sales", "customers"))

    stderr = tmp_path / "stderr.log"
    async with mcp_session("--endpoint-url", endpoint, "--log-level", "debug", stderr_path=stderr) as s:
        listed = {t.name: t for t in (await s.list_tools()).tools}
        assert listed["describe_table"].annotations.read_only_hint is True
        assert listed["describe_table"].output_schema["type"] == "object"
        d = structured(await s.call_tool("describe_table", names(arn, "customers")))
    assert_matches_pyiceberg(d, table)
    assert (d["tableBucketARN"], d["namespace"], d["name"]) == (arn, "sales", "customers")
    # Nested types exactly as Iceberg writes them (ids included).
    fields = {f["name"]: f for f in d["schema"]["fields"]}
    assert fields["customer"]["type"]["fields"][1]["type"] == {
        "type": "struct", "fields": [{"id": 7, "name": "city", "type": "string", "required": False}]}
    assert fields["tags"]["type"] == {"type": "list", "element-id": 8, "element": "string", "element-required": False}
    assert fields["scores"]["type"] == {"type": "map", "key-id": 9, "key": "string", "value-id": 10,
                                        "value": "double", "value-required": False}
    assert d["schema"]["identifierFieldIds"] == [1]
    assert d["partitionSpecs"] == [{"specId": 0, "isDefault": True, "fields": []}]
    summary = d["currentSnapshot"]["summary"]
    assert (summary["total-records"], summary["total-data-files"], summary["total-delete-files"]) == ("2", "1", "0")
    # The metadata file came from the table's warehouse bucket, through the host's gate.
    log = stderr.read_text()
    warehouse_bucket = d["warehouseLocation"].removeprefix("s3://")
    assert f"S3 table data ({warehouse_bucket})" in log and "egress allowed" in log


PARTITIONED = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "region", StringType(), required=False),
    NestedField(3, "ts", TimestampType(), required=False),
    NestedField(4, "amount", DecimalType(10, 2), required=False),
)


def orders(table, ids, region):
    return pa.table({
        "id": pa.array(ids, pa.int64()),
        "region": [region] * len(ids),
        "ts": pa.array([datetime.datetime(2024, 1, 1 + i % 3, 5) for i in ids], pa.timestamp("us")),
        "amount": pa.array([Decimal(i) / 4 for i in ids], pa.decimal128(10, 2)),
    }, schema=table.schema().as_arrow())


async def test_partitioned_table_with_two_appends_and_gzip_metadata(lake, endpoint):
    arn, catalog, _ = lake
    spec = PartitionSpec(
        PartitionField(2, 1000, IdentityTransform(), "region"),
        PartitionField(3, 1001, DayTransform(), "ts_day"),
        PartitionField(1, 1002, BucketTransform(4), "id_bucket"),
    )
    table = catalog.create_table(("sales", "orders"), PARTITIONED, partition_spec=spec,
                                 properties={"write.parquet.compression-codec": "zstd", **GZIP_METADATA})
    table.append(orders(table, [1, 2, 3], "eu"))
    table = catalog.load_table(("sales", "orders"))
    table.append(orders(table, [4, 5, 6, 7], "us"))
    table = catalog.load_table(("sales", "orders"))
    assert table.metadata_location.endswith(".gz.metadata.json")

    async with mcp_session("--endpoint-url", endpoint) as s:
        d = structured(await s.call_tool("describe_table", names(arn, "orders")))
        one = structured(await s.call_tool("get_table_schema", {**names(arn, "orders"), "max_snapshots": 1}))
    assert_matches_pyiceberg(d, table)
    assert d["partitionSpecs"] == [{"specId": 0, "isDefault": True, "fields": [
        {"fieldId": 1000, "name": "region", "sourceId": 2, "transform": "identity", "sourceColumn": "region"},
        {"fieldId": 1001, "name": "ts_day", "sourceId": 3, "transform": "day", "sourceColumn": "ts"},
        {"fieldId": 1002, "name": "id_bucket", "sourceId": 1, "transform": "bucket[4]", "sourceColumn": "id"},
    ]}]
    assert d["snapshotCount"] == 2 and len(d["snapshots"]) == 2 and d["snapshotsTruncated"] is False
    first, second = sorted(table.metadata.snapshots, key=lambda s: s.timestamp_ms)
    assert d["currentSnapshot"]["parentSnapshotId"] == first.snapshot_id
    assert d["currentSnapshot"]["summary"]["total-records"] == "7"
    assert d["currentSnapshot"]["summary"]["total-records"] == second.summary["total-records"]
    assert d["currentSnapshot"]["summary"]["total-data-files"] == second.summary["total-data-files"]
    # Partition summaries name their partition fields; the second append's manifest holds region "us" only.
    assert [p["field"] for p in d["currentManifests"]["manifests"][0]["partitions"]] == ["region", "ts_day", "id_bucket"]
    # The alias takes the same arguments; the history is bounded, newest first.
    assert [s["snapshotId"] for s in one["snapshots"]] == [second.snapshot_id]
    assert one["snapshotsTruncated"] is True and one["snapshotCount"] == 2


async def test_schema_evolution_shows_the_current_schema(lake, endpoint):
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "events"), Schema(
        NestedField(1, "id", LongType(), required=True),
        NestedField(2, "kind", StringType(), required=False),
    ))
    table.append(pa.table({"id": pa.array([1], pa.int64()), "kind": ["a"]}, schema=table.schema().as_arrow()))
    table = catalog.load_table(("sales", "events"))
    with table.update_schema() as update:
        update.rename_column("kind", "event_kind")
        update.add_column("count", IntegerType(), doc="how many")
    table = catalog.load_table(("sales", "events"))

    async with mcp_session("--endpoint-url", endpoint) as s:
        d = structured(await s.call_tool("describe_table", names(arn, "events")))
    assert_matches_pyiceberg(d, table)
    assert d["schemaCount"] == 2 and d["currentSchemaId"] == 1
    assert [(f["id"], f["name"], f["type"]) for f in d["schema"]["fields"]] == [
        (1, "id", "long"), (2, "event_kind", "string"), (3, "count", "int")]
    assert d["schema"]["fields"][2]["doc"] == "how many"


async def test_unusable_metadata_locations_are_clear_tool_errors(lake, endpoint):
    arn, catalog, s3tables = lake
    # Created without a schema: no metadata file at all.
    s3tables.create_table(tableBucketARN=arn, namespace="sales", name="empty", format="ICEBERG")
    # Pointing at a missing object, and at garbage. (A location outside the table's own bucket
    # is refused by the guest too, but moto, like the service, will not store one.)
    s3 = client("s3", endpoint)
    for name in ["missing", "garbage"]:
        s3tables.create_table(tableBucketARN=arn, namespace="sales", name=name, format="ICEBERG")
        loc = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name=name)
        target = {
            "missing": f"{loc['warehouseLocation']}/metadata/00009-missing.metadata.json",
            "garbage": f"{loc['warehouseLocation']}/metadata/00001-garbage.metadata.json",
        }[name]
        if name == "garbage":
            bucket, key = target.removeprefix("s3://").split("/", 1)
            s3.put_object(Bucket=bucket, Key=key, Body=b"<html>not metadata</html>")
        s3tables.update_table_metadata_location(tableBucketARN=arn, namespace="sales", name=name,
                                                versionToken=loc["versionToken"], metadataLocation=target)

    async with mcp_session("--endpoint-url", endpoint) as s:
        async def error(name):
            return error_text(await s.call_tool("describe_table", names(arn, name)))
        assert (await error("empty")).startswith("The table has no metadata file yet")
        missing = await error("missing")
        assert "00009-missing.metadata.json from S3 failed: NoSuchKey (HTTP 404)" in missing, missing
        assert "does not exist" in missing
        assert (await error("garbage")).startswith("Could not read s3://") and "not JSON" in await error("garbage")
        assert "NotFoundException" in await error("nope")
        bad = await s.call_tool("describe_table", {**names(arn, "customers"), "namespace": "Sales!"})
        assert "Invalid arguments for describe_table" in error_text(bad)
        # Argument mistakes are tool errors the model can read and fix (MCP 2025-11-25).
        unknown = error_text(await s.call_tool("describe_table", {**names(arn, "x"), "warehouse": "s3://x"}))
        assert unknown.startswith("Invalid arguments for describe_table") and "unknown field" in unknown


async def test_an_unreadable_manifest_list_leaves_the_rest_of_the_description(lake, endpoint):
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "t"), Schema(NestedField(1, "id", LongType(), required=True)))
    table.append(pa.table({"id": pa.array([1, 2], pa.int64())}, schema=table.schema().as_arrow()))
    table = catalog.load_table(("sales", "t"))
    bucket, key = table.current_snapshot().manifest_list.removeprefix("s3://").split("/", 1)
    # Table buckets refuse DeleteObject; overwrite it instead.
    client("s3", endpoint).put_object(Bucket=bucket, Key=key, Body=b"PAR1 not avro")
    async with mcp_session("--endpoint-url", endpoint) as s:
        d = structured(await s.call_tool("describe_table", names(arn, "t")))
    assert d["currentSnapshot"]["summary"]["total-records"] == "2"
    assert "currentManifests" not in d
    assert d["currentManifestsError"] == (
        f"could not read the manifest list s3://{bucket}/{key}: not an Avro object container file")


async def test_data_tools_follow_tool_filters(lake, endpoint):
    arn, catalog, _ = lake
    catalog.create_table(("sales", "t"), Schema(NestedField(1, "id", LongType(), required=True)))
    async with mcp_session("--endpoint-url", endpoint, "--deny-tools", "describe_table") as s:
        assert "describe_table" not in {t.name for t in (await s.list_tools()).tools}
        with pytest.raises(Exception, match="Unknown tool: describe_table"):
            await s.call_tool("describe_table", names(arn, "t"))


METADATA_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<GetBucketMetadataConfigurationResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
    b"<MetadataConfigurationResult><DestinationResult><TableBucketType>aws</TableBucketType>"
    b"<TableBucketArn>arn:aws:s3tables:us-east-1:123456789012:bucket/aws-s3</TableBucketArn>"
    b"<TableNamespace>b_logs</TableNamespace></DestinationResult>"
    b"<JournalTableConfigurationResult><TableStatus>ACTIVE</TableStatus><TableName>journal</TableName>"
    b"<RecordExpiration><Expiration>ENABLED</Expiration><Days>7</Days></RecordExpiration>"
    b"</JournalTableConfigurationResult></MetadataConfigurationResult></GetBucketMetadataConfigurationResult>"
)


def s3_respond(req):
    if req["path"] == "/logs" and req["query_pairs"] == [("metadataConfiguration", "")]:
        return ("raw", 200, METADATA_XML, {"content-type": "application/xml", "x-amz-request-id": "rid-1"})
    return ("raw", 404, b"<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>",
            {"content-type": "application/xml"})


def botocore_authorization(req, url):
    """The Authorization header botocore's S3 signer computes for this request at its own x-amz-date."""
    headers = {k: v for k, v in req["headers"].items() if k != "authorization"}
    aws = botocore.awsrequest.AWSRequest(method=req["method"], url=url, headers=headers)
    when = datetime.datetime.strptime(headers["x-amz-date"], "%Y%m%dT%H%M%SZ")
    creds = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    with mock.patch("botocore.auth.get_current_datetime", return_value=when):
        botocore.auth.S3SigV4Auth(creds, "s3", REGION).add_auth(aws)
    return aws.headers["Authorization"]


async def test_get_bucket_metadata_config_sends_the_s3_request_botocore_would():
    with FaultEndpoint(s3_respond) as ep:
        async with mcp_session("--endpoint-url", ep.url) as s:
            tools = {t.name: t for t in (await s.list_tools()).tools}
            assert tools["get_bucket_metadata_config"].input_schema["required"] == ["bucket"]
            result = structured(await s.call_tool("get_bucket_metadata_config", {"bucket": "logs"}))
            missing = error_text(await s.call_tool("get_bucket_metadata_config", {"bucket": "nope-bucket"}))
            invalid = error_text(await s.call_tool("get_bucket_metadata_config", {"bucket": "../x"}))
    assert result == {"GetBucketMetadataConfigurationResult": {"MetadataConfigurationResult": {
        "DestinationResult": {"TableBucketType": "aws", "TableBucketArn": "arn:aws:s3tables:us-east-1:123456789012:bucket/aws-s3",
                              "TableNamespace": "b_logs"},
        "JournalTableConfigurationResult": {"TableStatus": "ACTIVE", "TableName": "journal",
                                            "RecordExpiration": {"Expiration": "ENABLED", "Days": "7"}}}}}
    assert missing.startswith("reading the metadataConfiguration of bucket nope-bucket from S3 failed: NoSuchBucket (HTTP 404)")
    assert "not an S3 bucket name" in invalid
    assert len(ep.requests) == 2, "the invalid name never left the guest"
    req = ep.requests[0]
    assert (req["method"], req["path"], req["query_pairs"], req["body"]) == ("GET", "/logs", [("metadataConfiguration", "")], "")
    assert req["headers"]["x-amz-content-sha256"] == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert req["headers"]["authorization"] == botocore_authorization(req, f"{ep.url}/logs?metadataConfiguration")
