"""`import_csv_to_table` and `import_parquet_to_table`: files put into a general purpose bucket
(of moto's S3, or a `--local-bucket` folder beside a local lake: `data_lake`), imported by the
real binary, then read back by PyIceberg — rows, types and column names exactly as meant; and
the source bucket is a capability the host enforces."""
import datetime
import io
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pyiceberg.schema import Schema
from pyiceberg.types import (
    BooleanType, DateType, DecimalType, DoubleType, ListType, LongType, NestedField, StringType, StructType,
    TimestampType, TimestamptzType,
)

from conftest import error_text, mcp_session, structured
from tables import ORDERS

pytestmark = pytest.mark.anyio

UTC = datetime.timezone.utc
SOURCE = "landing-zone"

ORDERS_CSV = 'Id,Region,Amount\r\n1,eu,12.30\r\n2,"us, east",-0.5\r\n3,,\r\n'


@pytest.fixture
def landing(data_lake):
    """A general purpose bucket with files to import (on moto, or a folder beside a local
    lake); `put(key, bytes)` adds one."""
    return data_lake.source(SOURCE)


def args(arn, name, url, **extra):
    """The reference server's argument names."""
    return {"warehouse": arn, "namespace": "sales", "table_name": name, "s3_url": url, **extra}


def server(data_lake, *extra):
    return mcp_session(*data_lake.args, "--allow-write", "--allow-read-bucket", "landing-*", *extra)


def scan(catalog, name):
    table = catalog.load_table(("sales", name))
    return table, sorted(table.scan().to_arrow().to_pylist(), key=lambda r: r["id"])


async def test_csv_into_an_existing_table_with_snake_case_names(data_lake, landing):
    arn, catalog = data_lake.arn, data_lake.catalog
    catalog.create_table(("sales", "orders"), ORDERS)
    url = landing("in/orders.csv", ORDERS_CSV.encode())
    async with server(data_lake) as s:
        done = structured(await s.call_tool("import_csv_to_table", args(arn, "orders", url)))
    assert (done["rowsImported"], done["tableCreated"]) == (3, False)
    assert done["columns"] == [{"source": "Id", "column": "id"}, {"source": "Region", "column": "region"},
                               {"source": "Amount", "column": "amount"}]
    table, rows = scan(catalog, "orders")
    assert rows == [{"id": 1, "region": "eu", "amount": Decimal("12.30")},
                    {"id": 2, "region": "us, east", "amount": Decimal("-0.50")},
                    {"id": 3, "region": None, "amount": None}]
    assert table.schema() == ORDERS
    assert table.current_snapshot().snapshot_id == done["snapshotId"]


async def test_csv_creates_the_table_with_inferred_types(data_lake, landing):
    arn, catalog = data_lake.arn, data_lake.catalog
    csv = ("id,name,score,day,seen_at,active,note\n"
           "1,Ada,2.5,2024-02-29,2024-01-02T03:04:05Z,true,x\n"
           "2,Bo,3,2024-03-01,2024-01-02T05:00:00+02:00,FALSE,\n")
    url = landing("new/people.csv", csv.encode())
    async with server(data_lake) as s:
        done = structured(await s.call_tool("import_csv_to_table", args(arn, "people", url, create_if_missing=True)))
    assert (done["rowsImported"], done["tableCreated"]) == (2, True)
    table, rows = scan(catalog, "people")
    assert [(f.name, f.field_type, f.required) for f in table.schema().fields] == [
        ("id", LongType(), False), ("name", StringType(), False), ("score", DoubleType(), False),
        ("day", DateType(), False), ("seen_at", TimestamptzType(), False), ("active", BooleanType(), False),
        ("note", StringType(), False)]
    assert rows == [
        {"id": 1, "name": "Ada", "score": 2.5, "day": datetime.date(2024, 2, 29),
         "seen_at": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), "active": True, "note": "x"},
        {"id": 2, "name": "Bo", "score": 3.0, "day": datetime.date(2024, 3, 1),
         "seen_at": datetime.datetime(2024, 1, 2, 3, 0, 0, tzinfo=UTC), "active": False, "note": None},
    ]
    assert table.format_version == 2 and table.spec().is_unpartitioned()


PARQUET_ROWS = [
    {"id": 1, "name": "Ada", "tags": ["a", "b"], "who": {"city": "Oslo", "zip": 150},
     "at": datetime.datetime(2024, 1, 2, 3, 4, 5, 6), "price": Decimal("9.99")},
    {"id": 2, "name": None, "tags": [], "who": None, "at": None, "price": None},
]
PARQUET_SCHEMA = pa.schema([
    ("id", pa.int64()), ("name", pa.string()), ("tags", pa.list_(pa.string())),
    ("who", pa.struct([("city", pa.string()), ("zip", pa.int32())])),
    ("at", pa.timestamp("us")), ("price", pa.decimal128(6, 2)),
])


def parquet_bytes(rows, schema):
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buf)
    return buf.getvalue()


async def test_parquet_creates_a_nested_table_and_appends_again(data_lake, landing):
    arn, catalog = data_lake.arn, data_lake.catalog
    url = landing("p/items.parquet", parquet_bytes(PARQUET_ROWS, PARQUET_SCHEMA))
    more = landing("p/more.parquet", parquet_bytes([{**PARQUET_ROWS[0], "id": 3}], PARQUET_SCHEMA))
    async with server(data_lake) as s:
        first = structured(await s.call_tool("import_parquet_to_table",
                                             args(arn, "items", url, create_if_missing=True, preserve_case=True)))
        second = structured(await s.call_tool("import_parquet_to_table", args(arn, "items", more)))
    assert (first["tableCreated"], first["rowsImported"], second["tableCreated"], second["rowsImported"]) == \
        (True, 2, False, 1)
    table, rows = scan(catalog, "items")
    types = {f.name: f.field_type for f in table.schema().fields}
    assert types["id"] == LongType() and types["at"] == TimestampType() and types["price"] == DecimalType(6, 2)
    assert isinstance(types["tags"], ListType) and types["tags"].element_type == StringType()
    assert isinstance(types["who"], StructType) and [f.name for f in types["who"].fields] == ["city", "zip"]
    assert rows == [PARQUET_ROWS[0], PARQUET_ROWS[1], {**PARQUET_ROWS[0], "id": 3}]
    assert second["sequenceNumber"] == 2


async def test_problems_write_nothing(data_lake, landing):
    arn, catalog, s3tables = data_lake.arn, data_lake.catalog, data_lake.s3tables
    catalog.create_table(("sales", "orders"), ORDERS)
    before = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
    bad_values = landing("bad/values.csv", b"id,region,amount\n1,eu,1.234\n2,us,abc\n")
    bad_id = landing("bad/id.csv", b"id,region\n1,eu\nx,us\n")
    extra_column = landing("bad/extra.csv", b"id,colour\n1,red\n")
    clash = landing("bad/clash.csv", b"OrderId,order_id\n1,2\n")
    many = landing("bad/many.csv", b"id\n1\n2\n3\n")
    async with server(data_lake) as s:
        values = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", bad_values)))
        ids = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", bad_id)))
        extra = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", extra_column)))
        clashing = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", clash)))
        capped = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", many, max_rows=2)))
        missing = error_text(await s.call_tool("import_csv_to_table", args(arn, "nope", many)))
        no_file = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", f"s3://{SOURCE}/none.csv")))
    assert values.startswith("Nothing was written: 2 problem(s)"), values
    assert "data row 1 (line 2), column `amount`" in values and "data row 2 (line 3), column `amount`" in values, values
    assert "data row 2 (line 3), column `id`: 'x' is not an integer" in ids and "Nothing was written" in ids, ids
    assert "colour" in extra and "Nothing was written" in extra, extra
    assert "order_id" in clashing and "Nothing was written" in clashing, clashing
    assert "2" in capped and "max_rows" in capped and "Nothing was written" in capped, capped
    assert "NotFound" in missing or "not found" in missing.lower() or "does not exist" in missing, missing
    assert "NoSuchKey" in no_file and "Nothing was written" in no_file, no_file
    after = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
    assert after["versionToken"] == before["versionToken"]
    assert "nope" not in [t["name"] for t in s3tables.list_tables(tableBucketARN=arn, namespace="sales")["tables"]]


async def test_source_buckets_are_a_capability_the_host_enforces(data_lake, landing, tmp_path):
    arn, catalog, s3tables = data_lake.arn, data_lake.catalog, data_lake.s3tables
    catalog.create_table(("sales", "orders"), ORDERS)
    url = landing("in/orders.csv", ORDERS_CSV.encode())
    before = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        text = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", url)))
    assert "--allow-read-bucket" in text, text
    # Hostile URLs are refused by name, before any request.
    async with server(data_lake) as s:
        for hostile, why in [(f"s3://{SOURCE}/in/../../secrets/x.csv", "`.` or `..`"),
                             ("s3://other-bucket/x.csv", "--allow-read-bucket"),
                             ("s3://Landing-Zone/x.csv", "invalid bucket name"),
                             (f"s3://{SOURCE}/", "empty object key"),
                             (f"s3://{SOURCE}/in/", "names no object"),
                             (f"https://{SOURCE}.s3.amazonaws.com/x.csv", "expected s3://"),
                             ("s3://abc--table-s3/data/x.parquet", "table's own storage")]:
            text = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", hostile)))
            assert why in text, (hostile, text)
    # The guest is told the bucket is allowed; the host is not, and stops the GET.
    log = tmp_path / "stderr.log"
    async with mcp_session(*data_lake.args, "--allow-write", f"--guest-arg=--allow-read-bucket={SOURCE}",
                           stderr_path=log) as s:
        text = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", url)))
    assert "denied" in text and "Nothing was written" in text, text
    assert "denied outgoing request: GET" in log.read_text()
    # Read-only: no import tool, so the named bucket is not readable either.
    async with mcp_session(*data_lake.args, "--allow-read-bucket", SOURCE) as s:
        assert "import_csv_to_table" not in {t.name for t in (await s.list_tools()).tools}
    after = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
    assert after["versionToken"] == before["versionToken"]


async def test_a_csv_file_streams_in_ranges_and_max_rows_bounds_it(data_lake, landing):
    """A CSV file is converted range by range, never held whole: one larger than --max-scan-mib
    imports, its quoted line breaks and multi-byte characters cut by range ends intact. The
    row limit is what bounds it; a Parquet file (read whole for its footer) keeps the scan
    budget."""
    arn, catalog = data_lake.arn, data_lake.catalog
    catalog.create_table(("sales", "orders"), ORDERS)
    n = 70_000
    lines = [f'{i},"r\u00e9gion {i % 7}\nzone \u20ac{i % 3}",{i}.25\n' for i in range(n)]
    body = ("id,region,amount\n" + "".join(lines)).encode()
    assert len(body) > 2 << 20
    url = landing("in/ranges.csv", body)
    too_many = landing("in/many.csv", ("id\n" + "1\n" * 100_001).encode())
    wide = io.BytesIO()
    pq.write_table(pa.table({"id": pa.array(range(300_000), pa.int64())}), wide, compression="none")
    big_parquet = landing("in/big.parquet", wide.getvalue())
    # Ranges of 65,536 bytes: the file arrives in 33 GETs.
    async with server(data_lake, "--max-response-bytes", "65536", "--max-scan-mib", "1") as s:
        done = structured(await s.call_tool("import_csv_to_table", args(arn, "orders", url, max_rows=n)))
        before = data_lake.s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
        refused = error_text(await s.call_tool("import_csv_to_table", args(arn, "orders", too_many)))
        parquet_refused = error_text(await s.call_tool("import_parquet_to_table", args(arn, "orders", big_parquet)))
    after = data_lake.s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="orders")
    assert done["rowsImported"] == n
    _, rows = scan(catalog, "orders")
    assert [r["id"] for r in rows] == list(range(n))
    assert [r["region"] for r in rows[:3]] == ["r\u00e9gion 0\nzone \u20ac0", "r\u00e9gion 1\nzone \u20ac1",
                                              "r\u00e9gion 2\nzone \u20ac2"]
    assert rows[n - 1]["amount"] == Decimal(f"{n - 1}.25")
    assert "more than 100000 rows (max_rows)" in refused and "Nothing was written" in refused, refused
    assert f"{len(wide.getvalue())} bytes; at most 1048576" in parquet_refused, parquet_refused
    assert "Nothing was written" in parquet_refused, parquet_refused
    assert after["versionToken"] == before["versionToken"]


async def test_a_long_import_writes_files_as_it_goes_and_a_late_problem_commits_nothing(data_lake, landing):
    """Rows are written as data files once ~48 MiB of them are held, and committed together at
    the end as one snapshot; a bad value found after a file was written commits nothing, and
    the answer names the files the table does not reference."""
    arn, catalog = data_lake.arn, data_lake.catalog
    schema = Schema(NestedField(1, "id", LongType(), required=True), NestedField(2, "s", StringType(), required=False))
    catalog.create_table(("sales", "wide"), schema)
    n = 26_000
    lines = [f"{i},{f'{i:05d}' * 400}\n" for i in range(n)]  # ~52 MB of 2,000-character strings
    good = landing("in/wide.csv", ("id,s\n" + "".join(lines)).encode())
    # The last row's id is not a number (a cell problem), or missing from a required column.
    bad = [landing(f"in/wide-bad-{k}.csv", ("id,s\n" + "".join(lines) + f"{v},last\n").encode())
           for k, v in (("cell", "x"), ("row", ""))]
    async with server(data_lake) as s:
        done = structured(await s.call_tool("import_csv_to_table", args(arn, "wide", good, max_rows=n + 1)))
        before = data_lake.s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="wide")
        refused = [error_text(await s.call_tool("import_csv_to_table", args(arn, "wide", url, max_rows=n + 1)))
                   for url in bad]
    after = data_lake.s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name="wide")
    assert done["rowsImported"] == n and len(done["dataFiles"]) >= 2, done["dataFiles"]
    table = catalog.load_table(("sales", "wide"))
    assert len(table.metadata.snapshots) == 1
    data = table.scan().to_arrow()
    assert sorted(data.column("id").to_pylist()) == list(range(n))
    assert all(len(v) == 2000 for v in data.column("s").to_pylist())
    for text in refused:
        assert "table is unchanged" in text and "not referenced by the table" in text, text
        assert f"data row {n + 1} (line {n + 2}), column `id`" in text, text
        assert ".parquet" in text, text
    assert "'x' is not an integer" in refused[0], refused[0]
    assert "Nothing was committed" in refused[1] and "required" in refused[1], refused[1]
    assert after["versionToken"] == before["versionToken"]
