"""`preview_table`: rows of real Iceberg tables written into moto's S3 Tables by an independent
implementation (PyIceberg, through `iceberg_fixtures.S3TablesCatalog`), read by the real binary
(manifest list, manifests, Parquet data files with ranged GETs) through the MCP client.

Expected rows are PyIceberg's own reading of each table (`scan().to_arrow()`), rendered by the
documented JSON rules in `expected()`, never taken from our output."""
import base64
import datetime
import uuid
from decimal import Decimal

import pyarrow as pa
import pytest
from pyiceberg.schema import Schema
from pyiceberg.types import (
    BinaryType, BooleanType, DateType, DecimalType, DoubleType, FixedType, FloatType, IntegerType,
    ListType, LongType, MapType, NestedField, StringType, StructType, TimestampType, TimestamptzType,
    TimeType, UUIDType,
)

from conftest import error_text, mcp_session, structured
from tables import ORDERS
from test_table_data import names

pytestmark = pytest.mark.anyio


def render(value, t):
    """A PyArrow value of Iceberg type `t` by the tool's documented JSON rules."""
    if value is None:
        return None
    if isinstance(t, StructType):
        return {f.name: render(value.get(f.name), f.field_type) for f in t.fields}
    if isinstance(t, ListType):
        return [render(e, t.element_type) for e in value]
    if isinstance(t, MapType):
        if isinstance(t.key_type, StringType):
            return {k: render(v, t.value_type) for k, v in value}
        return [{"key": render(k, t.key_type), "value": render(v, t.value_type)} for k, v in value]
    if isinstance(t, DecimalType):
        return str(value)
    if isinstance(t, TimestamptzType):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
    if isinstance(t, TimestampType):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")
    if isinstance(t, DateType):
        return value.isoformat()
    if isinstance(t, TimeType):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(t, UUIDType):
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(bytes=value))
    if isinstance(t, (BinaryType, FixedType)):
        return base64.b64encode(value).decode()
    return value


def expected(table, snapshot_id=None, columns=None):
    """PyIceberg's rows of the table (or snapshot), rendered; sorted by `id` when there is one."""
    scan = table.scan(snapshot_id=snapshot_id) if snapshot_id else table.scan()
    schema = scan.projection()
    fields = [schema.find_field(c) for c in columns] if columns else schema.fields
    rows = [{f.name: render(r[f.name], f.field_type) for f in fields} for r in scan.to_arrow().to_pylist()]
    return by_id(rows)


def by_id(rows):
    return sorted(rows, key=lambda r: r["id"]) if rows and "id" in rows[0] else rows


ALL_TYPES = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "name", StringType(), required=False),
    NestedField(3, "qty", IntegerType(), required=False),
    NestedField(4, "price", DecimalType(10, 2), required=False),
    NestedField(5, "day", DateType(), required=False),
    NestedField(6, "ts", TimestampType(), required=False),
    NestedField(7, "tstz", TimestamptzType(), required=False),
    NestedField(8, "ok", BooleanType(), required=False),
    NestedField(9, "ratio", DoubleType(), required=False),
    NestedField(10, "f", FloatType(), required=False),
    NestedField(11, "raw", BinaryType(), required=False),
    NestedField(12, "code", FixedType(4), required=False),
    NestedField(13, "at", TimeType(), required=False),
    NestedField(14, "big", DecimalType(38, 6), required=False),
)


def all_types_rows(table):
    utc = datetime.timezone.utc
    return pa.Table.from_pylist([
        {"id": 1, "name": "Ada", "qty": -3, "price": Decimal("12.30"), "day": datetime.date(2024, 2, 29),
         "ts": datetime.datetime(2024, 1, 2, 3, 4, 5, 123456),
         "tstz": datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=utc), "ok": True, "ratio": 2.25, "f": 0.5,
         "raw": b"\x00\xffhi", "code": b"abcd", "at": datetime.time(1, 2, 3, 4),
         "big": Decimal("-12345678901234567890.000001")},
        {"id": 2, "name": None, "qty": None, "price": Decimal("-0.05"), "day": datetime.date(1969, 12, 31),
         "ts": None, "tstz": None, "ok": False, "ratio": -1.0, "f": None, "raw": b"", "code": None, "at": None,
         "big": None},
    ], schema=table.schema().as_arrow())


@pytest.mark.parametrize("codec", ["zstd", "snappy"])
async def test_unpartitioned_rows_are_exact(data_lake, codec):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", f"t_{codec}"), ALL_TYPES,
                                 properties={"write.parquet.compression-codec": codec})
    table.append(all_types_rows(table))
    table = catalog.load_table(("sales", f"t_{codec}"))
    async with mcp_session(*data_lake.args) as s:
        listed = {t.name: t for t in (await s.list_tools()).tools}
        assert listed["preview_table"].annotations.read_only_hint is True
        p = structured(await s.call_tool("preview_table", names(arn, f"t_{codec}")))
    assert p["rows"] == expected(table)
    assert p["rows"][0]["price"] == "12.30" and p["rows"][0]["tstz"] == "2024-01-02T03:04:05.000006Z"
    assert p["rows"][0]["raw"] == base64.b64encode(b"\x00\xffhi").decode()
    assert [c["name"] for c in p["columns"]] == [f.name for f in ALL_TYPES.fields]
    assert p["columns"][3]["type"] == "decimal(10, 2)"
    assert p["snapshotId"] == table.current_snapshot().snapshot_id
    assert (p["filesRead"], p["truncated"], p["rowCount"]) == (1, False, 2)


NESTED = Schema(
    NestedField(1, "id", LongType(), required=True),
    NestedField(2, "customer", StructType(
        NestedField(5, "name", StringType(), required=True),
        NestedField(6, "address", StructType(NestedField(7, "city", StringType(), required=False)), required=False),
    ), required=False),
    NestedField(3, "tags", ListType(8, StringType(), element_required=False), required=False),
    NestedField(4, "scores", MapType(9, StringType(), 10, DoubleType(), value_required=False), required=False),
    NestedField(11, "by_year", MapType(12, IntegerType(), 13, StringType(), value_required=False), required=False),
    NestedField(14, "points", ListType(15, StructType(
        NestedField(16, "x", IntegerType(), required=False),
        NestedField(17, "y", IntegerType(), required=False)), element_required=False), required=False),
)


def nested_rows(table):
    """Rows of a NESTED table: every kind of nesting, null and empty at each level."""
    return pa.Table.from_pylist([
        {"id": 1, "customer": {"name": "Ada", "address": {"city": "London"}}, "tags": ["vip", None],
         "scores": {"q1": 1.5, "q2": None}, "by_year": [(2023, "gold"), (2024, None)],
         "points": [{"x": 1, "y": 2}, None]},
        {"id": 2, "customer": {"name": "Bo", "address": None}, "tags": [], "scores": {}, "by_year": None,
         "points": None},
        {"id": 3, "customer": None, "tags": None, "scores": None, "by_year": [], "points": []},
    ], schema=table.schema().as_arrow())


async def test_nested_types_are_objects_arrays_and_maps(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "customers"), NESTED)
    table.append(nested_rows(table))
    table = catalog.load_table(("sales", "customers"))
    async with mcp_session(*data_lake.args) as s:
        p = structured(await s.call_tool("preview_table", names(arn, "customers")))
    assert p["rows"] == expected(table)
    first = p["rows"][0]
    assert first["customer"] == {"name": "Ada", "address": {"city": "London"}}
    assert first["scores"] == {"q1": 1.5, "q2": None}
    assert first["by_year"] == [{"key": 2023, "value": "gold"}, {"key": 2024, "value": None}]
    assert first["points"] == [{"x": 1, "y": 2}, None]


async def test_partitioned_table_limit_projection_and_time_travel(orders_lake):
    """On moto and on a `--local` lake alike."""
    arn, catalog, table, args = orders_lake
    first = min(table.metadata.snapshots, key=lambda s: s.timestamp_ms)
    async with mcp_session(*args) as s:
        call = lambda **a: s.call_tool("preview_table", {**names(arn, "orders"), **a})  # noqa: E731
        full = structured(await call())
        two = structured(await call(limit=2))
        projected = structured(await call(columns=["amount", "id"]))
        old = structured(await call(snapshot_id=first.snapshot_id))
        unknown_snapshot = error_text(await call(snapshot_id=12345))
        unknown_column = error_text(await call(columns=["id", "nope"]))
        over_cap = error_text(await call(limit=501))
    # Rows of both files; every row of the current snapshot.
    assert by_id(full["rows"]) == expected(table)
    assert (full["filesRead"], full["truncated"], full["rowCount"]) == (2, False, 7)
    # The limit stops early: one file read, the answer says it is cut.
    assert (two["rowCount"], two["filesRead"], two["truncated"]) == (2, 1, True)
    assert all(r in full["rows"] for r in two["rows"])
    # Projection: only those columns, in the order asked.
    assert [list(r) for r in projected["rows"]] == [["amount", "id"]] * 7
    assert by_id(projected["rows"]) == expected(table, columns=["amount", "id"])
    assert [c["name"] for c in projected["columns"]] == ["amount", "id"]
    # Time travel: the first snapshot holds the first append only.
    assert old["snapshotId"] == first.snapshot_id
    assert by_id(old["rows"]) == expected(table, snapshot_id=first.snapshot_id)
    assert sorted(r["id"] for r in old["rows"]) == [1, 2, 3] and old["filesRead"] == 1
    assert "Snapshot 12345 is not in the table's metadata" in unknown_snapshot
    assert str(table.current_snapshot().snapshot_id) in unknown_snapshot
    assert 'Unknown column "nope"' in unknown_column and "id, region, amount" in unknown_column
    assert "between 1 and 500" in over_cap and "--max-preview-rows" in over_cap


async def test_rows_deleted_by_a_copy_on_write_delete_are_gone(two_appends, data_lake):
    arn, catalog, table = two_appends
    table.delete("id == 2")
    table = catalog.load_table(("sales", "orders"))
    async with mcp_session(*data_lake.args) as s:
        p = structured(await s.call_tool("preview_table", names(arn, "orders")))
    assert by_id(p["rows"]) == expected(table)
    assert sorted(r["id"] for r in p["rows"]) == [1, 3, 4, 5, 6, 7]


async def test_schema_evolution_reads_old_files_by_field_id(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "events"), Schema(
        NestedField(1, "id", LongType(), required=True),
        NestedField(2, "name", StringType(), required=False),
    ))
    table.append(pa.table({"id": pa.array([1, 2], pa.int64()), "name": ["a", "b"]},
                          schema=table.schema().as_arrow()))
    table = catalog.load_table(("sales", "events"))
    with table.update_schema() as update:
        update.rename_column("name", "full_name")
        update.add_column("email", StringType())
    table = catalog.load_table(("sales", "events"))
    table.append(pa.table({"id": pa.array([3], pa.int64()), "full_name": ["c"], "email": ["c@example.com"]},
                          schema=table.schema().as_arrow()))
    table = catalog.load_table(("sales", "events"))
    async with mcp_session(*data_lake.args) as s:
        p = structured(await s.call_tool("preview_table", names(arn, "events")))
        only_new = structured(await s.call_tool("preview_table", {**names(arn, "events"), "columns": ["email"]}))
    assert by_id(p["rows"]) == expected(table)
    assert by_id(p["rows"]) == [
        {"id": 1, "full_name": "a", "email": None},
        {"id": 2, "full_name": "b", "email": None},
        {"id": 3, "full_name": "c", "email": "c@example.com"},
    ]
    # A column that old files do not have at all: null for their rows.
    assert sorted(only_new["rows"], key=lambda r: r["email"] or "") == [
        {"email": None}, {"email": None}, {"email": "c@example.com"}]


async def test_a_table_without_snapshots_has_no_rows(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    catalog.create_table(("sales", "empty"), ORDERS)
    async with mcp_session(*data_lake.args) as s:
        p = structured(await s.call_tool("preview_table", names(arn, "empty")))
    assert (p["rows"], p["snapshotId"], p["filesRead"], p["truncated"]) == ([], None, 0, False)


async def test_filter_keeps_matching_rows_only(orders_lake):
    arn, catalog, table, args = orders_lake
    async with mcp_session(*args) as s:
        call = lambda **a: s.call_tool("preview_table", {**names(arn, "orders"), **a})  # noqa: E731
        big = structured(await call(filter={"column": "amount", "op": "ge", "value": "1.0"}))
        eu = structured(await call(columns=["id"], filter={"column": "region", "op": "eq", "value": "eu"}))
        first_match = structured(await call(limit=1, filter={"column": "id", "op": "gt", "value": 5}))
        none = structured(await call(filter={"column": "region", "op": "is_null"}))
        unknown = error_text(await call(filter={"column": "nope", "op": "eq", "value": 1}))
        mistyped = error_text(await call(filter={"column": "id", "op": "lt", "value": "three"}))
    everything = expected(table)
    # Decimals compare by value ("1.0" is 1.00), not as text.
    assert by_id(big["rows"]) == [r for r in everything if Decimal(r["amount"]) >= 1]
    assert [r["id"] for r in by_id(big["rows"])] == [4, 5, 6, 7] and big["truncated"] is False
    # The filter's column is read but not returned unless asked for.
    assert by_id(eu["rows"]) == [{"id": 1}, {"id": 2}, {"id": 3}]
    assert first_match["rowCount"] == 1 and first_match["rows"][0]["id"] in (6, 7)
    # No partition value is null: both manifests (one per append) are skipped unread.
    assert (none["rows"], none["rowsScanned"], none["manifestsPruned"], none["filesRead"]) == ([], 0, 2, 0)
    assert none["truncated"] is False
    assert 'Unknown column "nope"' in unknown
    assert "does not fit column \"id\" of type long" in mistyped


async def test_the_row_cap_is_the_servers_to_set(two_appends, data_lake):
    arn, _, _ = two_appends
    async with mcp_session(*data_lake.args, "--max-preview-rows", "2") as s:
        default = structured(await s.call_tool("preview_table", names(arn, "orders")))
        over = error_text(await s.call_tool("preview_table", {**names(arn, "orders"), "limit": 3}))
    # The default (20) is lowered to the cap; the answer says rows were left unread.
    assert (default["rowCount"], default["truncated"]) == (2, True)
    assert "between 1 and 2" in over and "--max-preview-rows" in over


async def test_filter_conditions_all_hold(orders_lake):
    """A list of conditions is an AND; each prunes; a bad one is named by its place."""
    arn, catalog, table, args = orders_lake
    rows = table.scan().to_arrow().to_pylist()
    async with mcp_session(*args) as s:
        call = lambda **kw: s.call_tool("preview_table", {**names(arn, "orders"), "limit": 100, **kw})  # noqa: E731
        both = structured(await call(filter=[{"column": "region", "op": "eq", "value": "us"},
                                             {"column": "id", "op": "le", "value": 5}]))
        assert sorted(r["id"] for r in both["rows"]) == sorted(
            r["id"] for r in rows if r["region"] == "us" and r["id"] <= 5)
        # The eu data is skipped unread by the region condition, as with one condition.
        assert both["filesRead"] == 1 and both["rowsScanned"] == 4
        one = structured(await call(filter=[{"column": "region", "op": "eq", "value": "us"}]))
        assert sorted(r["id"] for r in one["rows"]) == sorted(r["id"] for r in rows if r["region"] == "us")
        none = structured(await call(filter=[{"column": "region", "op": "eq", "value": "us"},
                                             {"column": "region", "op": "eq", "value": "eu"}]))
        assert (none["rows"], none["filesRead"], none["rowsScanned"]) == ([], 0, 0)
        bad = error_text(await call(filter=[{"column": "id", "op": "gt", "value": 1}, {"column": "id", "op": "bigger"}]))
        assert "filter[1]" in bad
        assert "1 to 16" in error_text(await call(filter=[]))
