"""`append_rows_to_table`: rows appended by the real binary (data-plane guest) into Iceberg
tables in moto's S3 Tables, then read back by an independent implementation (PyIceberg's
scan), which must see exactly the rows and schema we meant — and can append on top of ours.

Expected values are the Python values the JSON rows stand for, never our own output."""
import asyncio
import datetime
from decimal import Decimal

import pyarrow as pa
import pytest
from pyiceberg.partitioning import PartitionField, PartitionSpec
from pyiceberg.schema import Schema
from pyiceberg.transforms import BucketTransform, DayTransform, TruncateTransform
from pyiceberg.types import (
    IntegerType, ListType, LongType, MapType, NestedField, StringType, StructType, TimestamptzType,
)

from conftest import error_text, mcp_session, structured
from proxies import ForwardingProxy, is_commit
from test_preview import ALL_TYPES
from test_table_data import names

pytestmark = pytest.mark.anyio

UTC = datetime.timezone.utc

# Every column type as JSON, and the Python value PyIceberg must read for it.
ALL_TYPES_JSON = [
    {"id": 1, "name": "Ada", "qty": -3, "price": "12.30", "day": "2024-02-29", "ts": "2024-01-02T03:04:05.123456",
     "tstz": "2024-01-02T05:04:05.000006+02:00", "ok": True, "ratio": 2.25, "f": 0.5, "raw": "AP9oaQ==",
     "code": "YWJjZA==", "at": "01:02:03.000004", "big": "-12345678901234567890.000001"},
    {"id": 2, "name": None, "price": 0.1, "day": "1969-12-31", "ok": False, "ratio": -1, "raw": ""},
]
ALL_TYPES_PY = [
    {"id": 1, "name": "Ada", "qty": -3, "price": Decimal("12.30"), "day": datetime.date(2024, 2, 29),
     "ts": datetime.datetime(2024, 1, 2, 3, 4, 5, 123456),
     "tstz": datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "ok": True, "ratio": 2.25, "f": 0.5,
     "raw": b"\x00\xffhi", "code": b"abcd", "at": datetime.time(1, 2, 3, 4),
     "big": Decimal("-12345678901234567890.000001")},
    {"id": 2, "name": None, "qty": None, "price": Decimal("0.10"), "day": datetime.date(1969, 12, 31), "ts": None,
     "tstz": None, "ok": False, "ratio": -1.0, "f": None, "raw": b"", "code": None, "at": None, "big": None},
]


def read_back(catalog, name, **scan):
    table = catalog.load_table(("sales", name))
    rows = table.scan(**scan).to_arrow().to_pylist()
    return table, sorted(rows, key=lambda r: r["id"])


def append_args(arn, name, rows):
    return {**names(arn, name), "rows": rows}


async def test_every_type_appended_reads_back_in_pyiceberg(data_lake):
    """On moto and on a `--local` lake alike."""
    arn, catalog = data_lake.arn, data_lake.catalog
    catalog.create_table(("sales", "typed"), ALL_TYPES)
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        tool = {t.name: t for t in (await s.list_tools()).tools}["append_rows_to_table"]
        done = structured(await s.call_tool("append_rows_to_table", append_args(arn, "typed", ALL_TYPES_JSON)))
        # Our own reader agrees.
        preview = structured(await s.call_tool("preview_table", names(arn, "typed")))
    assert tool.annotations.read_only_hint is False and tool.annotations.destructive_hint is False
    assert (done["status"], done["rowsAppended"], done["commitAttempts"]) == ("success", 2, 1)
    table, rows = read_back(catalog, "typed")
    assert rows == ALL_TYPES_PY
    assert table.schema() == ALL_TYPES
    snap = table.current_snapshot()
    assert snap.snapshot_id == done["snapshotId"] and snap.parent_snapshot_id is None
    assert snap.summary["added-records"] == "2" and snap.summary["total-records"] == "2"
    assert table.metadata_location == done["metadataLocation"]
    assert [t.file.file_path for t in table.scan().plan_files()] == done["dataFiles"]
    assert done["dataFiles"][0].endswith(".parquet") and "/data/" in done["dataFiles"][0]
    assert [r["id"] for r in preview["rows"]] == [1, 2] and preview["rows"][0]["price"] == "12.30"
    # PyIceberg appends on top of our snapshot: our metadata and manifests are valid to a writer too.
    table.append(pa.Table.from_pylist([{"id": 3}], schema=table.schema().as_arrow()))
    _, rows = read_back(catalog, "typed")
    assert [r["id"] for r in rows] == [1, 2, 3] and rows[:2] == ALL_TYPES_PY


NESTED = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "who", StructType(
        NestedField(5, "name", StringType(), required=True),
        NestedField(6, "zip", IntegerType(), required=False)), required=False),
    NestedField(3, "tags", ListType(7, StringType(), element_required=False), required=False),
    NestedField(4, "scores", MapType(8, StringType(), 9, LongType(), value_required=False), required=False),
)


async def test_nested_values_and_a_partitioned_append(two_appends, data_lake):
    arn, catalog, orders_table = two_appends
    catalog.create_table(("sales", "nested"), NESTED)
    nested = [
        {"id": 1, "who": {"name": "Ada", "zip": 123}, "tags": ["a", None, "b"], "scores": {"x": 1, "y": None}},
        {"id": 2, "who": None, "tags": [], "scores": {}},
        {"id": 3, "who": {"name": "Bo"}},
    ]
    before = orders_table.scan().to_arrow().to_pylist()
    new_orders = [{"id": 8, "region": "apac", "amount": "1.50"}, {"id": 9, "region": "eu", "amount": "2"},
                  {"id": 10, "region": "apac", "amount": "-3.25"}]
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        done = structured(await s.call_tool("append_rows_to_table", append_args(arn, "nested", nested)))
        added = structured(await s.call_tool("append_rows_to_table", append_args(arn, "orders", new_orders)))
    assert done["rowsAppended"] == 3
    _, rows = read_back(catalog, "nested")
    assert rows == [
        {"id": 1, "who": {"name": "Ada", "zip": 123}, "tags": ["a", None, "b"], "scores": [("x", 1), ("y", None)]},
        {"id": 2, "who": None, "tags": [], "scores": []},
        {"id": 3, "who": {"name": "Bo", "zip": None}, "tags": None, "scores": None},
    ]
    # One data file per partition, each with the right partition value: PyIceberg prunes by them.
    assert len(added["dataFiles"]) == 2
    table, rows = read_back(catalog, "orders")
    assert len(rows) == len(before) + 3
    _, apac = read_back(catalog, "orders", row_filter="region == 'apac'")
    assert [(r["id"], r["amount"]) for r in apac] == [(8, Decimal("1.50")), (10, Decimal("-3.25"))]
    files = table.inspect.files().to_pylist()
    assert sorted(f["partition"]["region"] for f in files) == ["apac", "eu", "eu", "us"]
    assert table.current_snapshot().summary["total-records"] == str(len(before) + 3)


EVENTS = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "at", TimestamptzType(), required=True),
    NestedField(3, "who", StringType(), required=False),
)


async def test_transforms_partition_rows_as_pyiceberg_does(data_lake):
    """day, bucket and truncate partitions: PyIceberg prunes files by partition value, so a row in
    a file with a wrong value would be missed by the filtered scans below. On both backends."""
    arn, catalog = data_lake.arn, data_lake.catalog
    spec = PartitionSpec(PartitionField(2, 1000, DayTransform(), "at_day"),
                         PartitionField(1, 1001, BucketTransform(4), "id_bucket"),
                         PartitionField(3, 1002, TruncateTransform(2), "who_trunc"))
    catalog.create_table(("sales", "events"), EVENTS, partition_spec=spec)
    rows = [{"id": i, "at": f"2024-03-0{1 + i % 3}T23:30:00-01:00", "who": ["alice", "bob", None, "bobby"][i % 4]}
            for i in range(12)]
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        done = structured(await s.call_tool("append_rows_to_table", append_args(arn, "events", rows)))
    assert done["rowsAppended"] == 12
    table, all_rows = read_back(catalog, "events")
    assert [r["id"] for r in all_rows] == list(range(12))
    for i in (0, 5, 7):
        _, one = read_back(catalog, "events", row_filter=f"id == {i}")
        assert [r["id"] for r in one] == [i]
    _, bobs = read_back(catalog, "events", row_filter="who == 'bob'")
    assert [r["id"] for r in bobs] == [1, 5, 9]
    # 2024-03-02T23:30-01:00 is 2024-03-03 in UTC.
    _, day = read_back(catalog, "events",
                       row_filter="at >= '2024-03-03T00:00:00+00:00' and at < '2024-03-04T00:00:00+00:00'")
    assert [r["id"] for r in day] == [1, 4, 7, 10]
    # One data file per partition tuple, as PyIceberg's transforms compute them.
    bucket = BucketTransform(4).transform(LongType())
    tuples = {(2 + i % 3, bucket(i), None if r["who"] is None else r["who"][:2]) for i, r in enumerate(rows)}
    assert len(done["dataFiles"]) == len(tuples)
    files = table.inspect.files().to_pylist()
    assert sorted((f["partition"]["id_bucket"], f["partition"]["who_trunc"] or "") for f in files) == \
        sorted((b, w or "") for _, b, w in tuples)


async def test_a_bad_row_writes_nothing(data_lake):
    arn, catalog, s3tables = data_lake.arn, data_lake.catalog, data_lake.s3tables
    catalog.create_table(("sales", "typed"), ALL_TYPES)
    before = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="typed")
    bad = [
        {"id": 1, "price": "1.234"},          # more fraction digits than decimal(10, 2)
        {"name": "no id"},                    # a required column left out
        {"id": 3, "colour": "red"},           # no such column
        {"id": 4, "day": "2024-02-30"},       # no such date
        {"id": 5, "tstz": "2024-01-01T00:00:00"},  # timestamptz needs a zone
        {"id": "6"},                          # a string for a long
    ]
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        text = error_text(await s.call_tool("append_rows_to_table", append_args(arn, "typed", bad + ALL_TYPES_JSON)))
        empty = error_text(await s.call_tool("append_rows_to_table", append_args(arn, "typed", [])))
    assert text.startswith("Nothing was written: 6 problem(s)"), text
    for index, field in [(0, "price"), (1, "id"), (2, "colour"), (3, "day"), (4, "tstz"), (5, "id")]:
        assert f"row {index}, field `{field}`" in text, (index, field, text)
    assert "rows` is empty" in empty
    after = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="typed")
    assert (after["metadataLocation"], after["versionToken"]) == (before["metadataLocation"], before["versionToken"])
    assert catalog.load_table(("sales", "typed")).current_snapshot() is None


async def test_read_only_blocks_the_write_at_the_host(data_lake, tmp_path):
    arn, catalog, s3tables = data_lake.arn, data_lake.catalog, data_lake.s3tables
    catalog.create_table(("sales", "typed"), ALL_TYPES)
    before = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="typed")
    async with mcp_session(*data_lake.args) as s:
        listed = {t.name for t in (await s.list_tools()).tools}
        refused = error_text(await s.call_tool("append_rows_to_table", append_args(arn, "typed", ALL_TYPES_JSON)))
    assert "append_rows_to_table" not in listed
    assert "read-only" in refused
    # The guest is told it may write; the host is not, and stops the first PUT of a table file.
    log = tmp_path / "stderr.log"
    async with mcp_session(*data_lake.args, "--guest-arg=--allow-write", stderr_path=log) as s:
        text = error_text(await s.call_tool("append_rows_to_table", append_args(arn, "typed", ALL_TYPES_JSON)))
    assert "denied" in text and "--allow-write" in text, text
    assert "Nothing was written; the table is unchanged" in text, text
    assert "denied outgoing request: PUT" in log.read_text()
    after = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="typed")
    assert after["versionToken"] == before["versionToken"]


async def test_concurrent_appends_from_two_clients_both_land(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    catalog.create_table(("sales", "typed"), ALL_TYPES)

    async def append(ids):
        async with mcp_session(*data_lake.args, "--allow-write") as s:
            results = []
            for i in ids:
                results.append(structured(await s.call_tool("append_rows_to_table",
                                                            append_args(arn, "typed", [{"id": i}]))))
            return results

    first, second = await asyncio.gather(append(range(0, 5)), append(range(100, 105)))
    _, rows = read_back(catalog, "typed")
    assert [r["id"] for r in rows] == [*range(0, 5), *range(100, 105)]
    table = catalog.load_table(("sales", "typed"))
    assert len(table.metadata.snapshots) == 10
    assert table.current_snapshot().summary["total-records"] == "10"
    assert sorted(r["sequenceNumber"] for r in first + second) == list(range(1, 11))


class ConflictProxy(ForwardingProxy):
    """Before forwarding the first commit (UpdateTableMetadataLocation), runs `interfere` —
    another writer's commit — so ours arrives with a stale version token and gets a real 409
    from the emulator."""

    def __init__(self, upstream, interfere):
        self.commits, self.interfere = 0, interfere
        super().__init__(upstream)

    def before(self, command, path):
        if is_commit(command, path):
            self.commits += 1
            if self.commits == 1:
                self.interfere()


async def test_a_forced_conflict_is_retried_without_rewriting_data(lake, endpoint):
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "typed"), ALL_TYPES)
    proxy = ConflictProxy(endpoint, lambda: table.append(
        pa.Table.from_pylist([{"id": 50}], schema=table.schema().as_arrow())))
    try:
        async with mcp_session("--endpoint-url", proxy.url, "--s3-endpoint-url", endpoint, "--allow-write") as s:
            done = structured(await s.call_tool("append_rows_to_table", append_args(arn, "typed", [{"id": 1}, {"id": 2}])))
    finally:
        proxy.close()
    assert proxy.commits == 2
    assert done["commitAttempts"] == 2 and done["sequenceNumber"] == 2
    table, rows = read_back(catalog, "typed")
    assert [r["id"] for r in rows] == [1, 2, 50]
    other = table.snapshot_by_id(table.current_snapshot().parent_snapshot_id)
    assert other.summary["added-records"] == "1"  # the interfering append is our parent
    assert len(done["dataFiles"]) == 1  # one data file, written once
