"""`query_database`: read-only SQL over real Iceberg tables written into moto's S3 Tables by
PyIceberg, run by the real binary (DataFusion in the data-plane guest) through the MCP client.

Expected answers are computed here from PyIceberg's own reading of the tables (`scan()`), or
from the data written, never from our output."""
import csv
import datetime
import io
import json
import threading
import time
from collections import Counter, defaultdict
from decimal import Decimal

import pyarrow as pa
import pytest
from pyiceberg.schema import Schema
from pyiceberg.types import LongType, NestedField, StringType

from conftest import REGION, error_text, mcp_session, structured
from proxies import ForwardingProxy
from test_preview import ALL_TYPES, NESTED, all_types_rows, expected, nested_rows
from tables import ORDERS, orders
from test_preview_deletes import commit_deletes, data_files, position_delete_file
from test_table_data import names

pytestmark = pytest.mark.anyio

REGIONS = Schema(
    NestedField(1, "code", StringType(), required=True),
    NestedField(2, "label", StringType(), required=False),
)


def sql_args(arn, query, **extra):
    """The reference server's arguments, plumbing included."""
    return {"warehouse": arn, "region": REGION, "namespace": "sales", "query": query,
            "uri": f"https://s3tables.{REGION}.amazonaws.com/iceberg", "catalog_name": "s3tablescatalog",
            "rest_signing_name": "s3tables", "rest_sigv4_enabled": "true", **extra}


def as_dicts(answer):
    names = [c["name"] for c in answer["columns"]]
    return [dict(zip(names, row)) for row in answer["rows"]]


def add_regions(s3tables, catalog, arn):
    s3tables.create_namespace(tableBucketARN=arn, namespace=["ref"])
    regions = catalog.create_table(("ref", "regions"), REGIONS)
    regions.append(pa.Table.from_pylist([{"code": "eu", "label": "Europe"}, {"code": "us", "label": "USA"}],
                                        schema=regions.schema().as_arrow()))


@pytest.fixture
def shop(two_appends, data_lake):
    """`test_preview`'s `sales.orders` (partitioned by region; eu: 1-3, us: 4-7, in two
    appends) and `ref.regions` in another namespace, on moto or on a `--local` lake."""
    arn, catalog, table = two_appends
    add_regions(data_lake.s3tables, catalog, arn)
    return arn, catalog, table


@pytest.fixture
def shop_on(shop, data_lake):
    """`shop` and the server arguments that reach it: (arn, catalog, table, args)."""
    return (*shop, data_lake.args)


async def test_aggregates_joins_and_pruning(shop_on):
    """On moto and on a `--local` lake alike."""
    arn, _, table, args = shop_on
    rows = table.scan().to_arrow().to_pylist()
    totals = defaultdict(lambda: [0, Decimal(0)])
    for r in rows:
        totals[r["region"]][0] += 1
        totals[r["region"]][1] += r["amount"]
    async with mcp_session(*args) as s:
        tool = {t.name: t for t in (await s.list_tools()).tools}["query_database"]
        grouped = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT region, count(*) AS n, sum(amount) AS total FROM orders GROUP BY region ORDER BY region")))
        joined = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT r.label, max(o.id) AS top FROM orders o JOIN ref.regions r ON o.region = r.code "
                 "GROUP BY r.label ORDER BY r.label")))
        eu = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT id, amount FROM s3tablescatalog.sales.orders WHERE region = 'eu' ORDER BY id")))
    assert tool.annotations.read_only_hint is True and tool.annotations.destructive_hint is False
    assert set(tool.input_schema["properties"]) >= {"warehouse", "region", "namespace", "query", "uri"}
    assert grouped["columns"] == [{"name": "region", "type": "Utf8"}, {"name": "n", "type": "Int64"},
                                  {"name": "total", "type": "Decimal128(20, 2)"}]
    assert grouped["rows"] == [[k, n, str(t)] for k, (n, t) in sorted(totals.items())]
    assert (grouped["rowCount"], grouped["truncated"]) == (2, False)
    # Only the columns the query uses are read: region and amount, not id.
    assert grouped["scans"] == [{**grouped["scans"][0], "table": "sales.orders", "columns": ["region", "amount"],
                                 "filesRead": 2, "filesPruned": 0, "rowsScanned": 7}]
    assert joined["rows"] == [["Europe", 3], ["USA", 7]]
    assert sorted(s["table"] for s in joined["scans"]) == ["ref.regions", "sales.orders"]
    # The filter on the partition column skips the us data file.
    assert as_dicts(eu) == [{"id": r["id"], "amount": str(r["amount"])}
                            for r in sorted(rows, key=lambda r: r["id"]) if r["region"] == "eu"]
    assert any("region" in f for f in eu["scans"][0]["prunedBy"]), eu["scans"]
    assert (eu["scans"][0]["filesRead"], eu["scans"][0]["manifestsPruned"] + eu["scans"][0]["filesPruned"]) == (1, 1)
    # Where the time went: the phases, and each scan's parts of the read (parts of it, so
    # their whole milliseconds never add up to more than the read's).
    for answer in (grouped, joined, eu):
        timings = answer["timingsMs"]
        assert set(timings) == {"open", "plan", "read", "engine"}, timings
        assert all(isinstance(v, int) and v >= 0 for v in timings.values()), timings
        parts = [sum(scan[k] for k in ("manifestsMs", "deleteFilesMs", "dataFetchMs", "dataDecodeMs"))
                 for scan in answer["scans"]]
        assert sum(parts) <= timings["read"], (parts, timings)


async def test_explain_estimates_what_a_query_would_read(shop_on):
    """`EXPLAIN <query>`: the plan, and per scan the data files, rows and bytes it would read
    after pruning — PyIceberg's own plan of the same scan, from the manifests, no data read."""
    arn, _, table, args = shop_on
    queries = {
        "all": ("SELECT region, sum(amount) FROM orders GROUP BY region", None),
        "eu": ("SELECT id FROM orders WHERE region = 'eu'", "region == 'eu'"),
    }
    async with mcp_session(*args, "--max-scan-rows", "5") as s:
        answers = {k: structured(await s.call_tool("query_database", sql_args(arn, "EXPLAIN " + q)))
                   for k, (q, _) in queries.items()}
        ran = structured(await s.call_tool("query_database", sql_args(arn, queries["eu"][0])))
        analyze = error_text(await s.call_tool("query_database", sql_args(arn, "EXPLAIN ANALYZE SELECT 1")))
    for key, (_, row_filter) in queries.items():
        answer = answers[key]
        planned = list(table.scan(row_filter=row_filter).plan_files() if row_filter else table.scan().plan_files())
        files, rows = len(planned), sum(t.file.record_count for t in planned)
        size = sum(t.file.file_size_in_bytes for t in planned)
        (scan,) = answer["scans"]
        assert (scan["table"], scan["filesToRead"], scan["rowsToDecode"], scan["bytesToFetch"]) == \
            ("sales.orders", files, rows, size), scan
        plan = dict(answer["rows"])
        assert "TableScan: " in plan["logical_plan"], plan
        fits = "within" if rows <= 5 else "more than"
        assert plan["estimate"] == (f"{files} data file(s), {rows} row(s), {size} byte(s) of table data to read; "
                                    f"{fits} the sandbox's --max-scan-rows (5)"), plan
    assert answers["eu"]["scans"][0]["filesPruned"] + answers["eu"]["scans"][0]["manifestsPruned"] == 1
    # What EXPLAIN says a scan asks for is what running it reports.
    shown = ("columns", "prunedBy", "limit")
    assert {k: answers["eu"]["scans"][0][k] for k in shown} == {k: ran["scans"][0][k] for k in shown}
    assert answers["eu"]["scans"][0]["prunedBy"] and "id" in answers["eu"]["scans"][0]["columns"]
    assert sorted(answers["all"]["scans"][0]["columns"]) == ["amount", "region"]
    assert "EXPLAIN ANALYZE runs the query" in analyze


async def test_row_groups_their_statistics_rule_out_are_not_read(data_lake):
    """One data file of ten row groups (PyIceberg's row-group limit at 1,000 rows): a selective
    filter on a sorted column reads only the group whose min/max may hold it, in SQL and in
    `preview_table`; the rows are PyIceberg's."""
    arn, catalog = data_lake.arn, data_lake.catalog
    schema = Schema(NestedField(1, "id", LongType(), required=False),
                    NestedField(2, "name", StringType(), required=False))
    table = catalog.create_table(("sales", "grouped"), schema,
                                 properties={"write.parquet.row-group-limit": "1000"})
    ids = list(range(10_000))
    table.append(pa.table({"id": pa.array(ids, pa.int64()), "name": [f"n{i:05d}" for i in ids]}))
    want = table.scan(row_filter="id >= 9500").to_arrow()
    async with mcp_session(*data_lake.args) as s:
        counted = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT count(*) AS n, min(id) AS lo, max(name) AS hi FROM grouped WHERE id >= 9500")))
        by_name = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT id FROM grouped WHERE name < 'n00003' ORDER BY id")))
        whole = structured(await s.call_tool("query_database", sql_args(arn, "SELECT count(*) AS n FROM grouped")))
        preview = structured(await s.call_tool("preview_table", {
            **names(arn, "grouped"), "limit": 500, "filter": {"column": "id", "op": "ge", "value": 9500}}))
    assert counted["rows"] == [[len(want), min(want.column("id").to_pylist()), max(want.column("name").to_pylist())]]
    (scan,) = counted["scans"]
    assert (scan["rowGroupsPruned"], scan["rowsScanned"]) == (9, 1000), scan
    assert by_name["rows"] == [[0], [1], [2]] and by_name["scans"][0]["rowGroupsPruned"] == 9
    assert whole["rows"] == [[10_000]] and whole["scans"][0]["rowGroupsPruned"] == 0
    assert sorted(r["id"] for r in preview["rows"]) == want.column("id").to_pylist()
    assert (preview["rowGroupsPruned"], preview["rowsScanned"]) == (9, 1000)


async def test_every_column_type_reads_back(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "typed"), ALL_TYPES)
    table.append(all_types_rows(table))
    table = catalog.load_table(("sales", "typed"))
    async with mcp_session(*data_lake.args) as s:
        a = structured(await s.call_tool("query_database", sql_args(arn, "SELECT * FROM typed ORDER BY id")))
        typed = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT id FROM typed WHERE day < DATE '2000-01-01' AND price < 0 AND ok = false")))
    want = expected(table)
    got = as_dicts(a)
    assert [c["name"] for c in a["columns"]] == [f.name for f in ALL_TYPES.fields]
    for g, w in zip(got, want, strict=True):
        for column in ("id", "name", "qty", "price", "day", "ok", "ratio", "f", "raw", "code", "big"):
            assert g[column] == w[column], column
        # Arrow writes temporal values with as many fraction digits as they need.
        for column in ("ts", "tstz", "at"):
            if w[column] is None:
                assert g[column] is None
            else:
                assert g[column].rstrip("0Z").rstrip(".") == w[column].rstrip("0Z").rstrip("."), column
    assert typed["rows"] == [[2]]


async def test_nested_columns_written_by_pyiceberg_read_back(data_lake):
    """PyIceberg's files carry pyarrow's schema (`large_string`, `large_list`); the SQL reader
    goes by the Parquet schema, so lists, maps and structs of every kind read back as
    PyIceberg reads them, and a struct's fields are reachable by name."""
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "customers"), NESTED)
    table.append(nested_rows(table))
    table = catalog.load_table(("sales", "customers"))
    async with mcp_session(*data_lake.args) as s:
        everything = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT * FROM customers ORDER BY id")))
        tags = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT id, tags IS NULL AS untagged, c.customer.name AS who, c.customer.address.city AS city "
                 "FROM customers c ORDER BY id")))
        subscripts = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT customer['name'] AS who, scores['q1'] AS q1 FROM customers ORDER BY id")))
        list_index = error_text(await s.call_tool("query_database", sql_args(
            arn, "SELECT tags[1] FROM customers")))
    want = expected(table)
    assert as_dicts(everything) == want
    # A null struct's fields are null, not the placeholders its file holds under it.
    customer = lambda r: r["customer"] or {}  # noqa: E731
    assert tags["rows"] == [[r["id"], r["tags"] is None, customer(r).get("name"),
                             (customer(r).get("address") or {}).get("city")] for r in want]
    # `col['name']`: a struct's field, a map's value by its key; a list subscript is refused
    # with what to do instead.
    assert subscripts["rows"] == [[customer(r).get("name"), (r["scores"] or {}).get("q1")] for r in want]
    assert "list subscripts" in list_index and "col['name']" in list_index, list_index


class InFlight(ForwardingProxy):
    """Counts, per kind of object, the most requests in flight at once. Each waits 50 ms
    before it is forwarded, as at a distant endpoint, so requests sent together overlap."""

    def __init__(self, upstream):
        super().__init__(upstream)
        self.lock = threading.Lock()
        self.now, self.most, self.seen = Counter(), Counter(), Counter()
        self.gets = Counter()  # by object

    @staticmethod
    def kind(path):
        path = path.split("?")[0]
        return "delete file" if "pos-deletes" in path else "data file" if path.endswith(".parquet") else "other"

    def before(self, command, path):
        kind = self.kind(path)
        with self.lock:
            self.now[kind] += 1
            self.seen[kind] += 1
            self.gets[path.split("?")[0]] += command == "GET"
            self.most[kind] = max(self.most[kind], self.now[kind])
        time.sleep(0.05)

    def deliver(self, command, path):
        with self.lock:
            self.now[self.kind(path)] -= 1
        return True


async def test_a_whole_read_fetches_files_and_their_deletes_together(lake, endpoint):
    """Four data files, each with two position delete files: a query reading every row asks
    for the data files' footers and chunks, and for the delete files, several at a time, rather
    than one request after another, and for each delete file once."""
    arn, catalog, _ = lake
    table = catalog.create_table(("sales", "orders"), ORDERS)
    for first in range(1, 13, 3):
        table.append(orders(table, [first, first + 1, first + 2], "eu" if first % 2 else "us"))
    table = catalog.load_table(("sales", "orders"))
    table = commit_deletes(catalog, table, [position_delete_file(table, [(path, row)])
                                            for path, _ in data_files(table) for row in (0, 2)])
    proxy = InFlight(endpoint)
    try:
        async with mcp_session("--endpoint-url", endpoint, "--s3-endpoint-url", proxy.url) as s:
            answer = structured(await s.call_tool("query_database", sql_args(
                arn, "SELECT region, sum(amount) AS total FROM orders GROUP BY region ORDER BY region")))
    finally:
        proxy.close()
    totals = defaultdict(Decimal)
    for r in table.scan().to_arrow().to_pylist():
        totals[r["region"]] += r["amount"]
    assert answer["rows"] == [[k, str(v)] for k, v in sorted(totals.items())]
    (scan,) = answer["scans"]
    assert (scan["filesRead"], scan["deleteFilesRead"], scan["rowsDeleted"]) == (4, 8, 8), scan
    assert proxy.most["data file"] >= 2 and proxy.most["delete file"] >= 2, proxy.most
    # Each file is asked for once: these small files come whole with the first request (the
    # footer's), and nothing fetched ahead is fetched again.
    for kind, count in (("data file", 4), ("delete file", 8)):
        gets = {path: n for path, n in proxy.gets.items() if InFlight.kind(path) == kind}
        assert len(gets) == count and set(gets.values()) == {1}, gets


async def test_deletes_are_applied(data_lake):
    arn, catalog = data_lake.arn, data_lake.catalog
    table = catalog.create_table(("sales", "orders"), ORDERS)
    table.append(orders(table, [1, 2, 3], "eu"))
    table = catalog.load_table(("sales", "orders"))
    table.append(orders(table, [4, 5, 6, 7], "us"))
    table = catalog.load_table(("sales", "orders"))
    (first, _), (second, _) = data_files(table)
    table = commit_deletes(catalog, table, [position_delete_file(table, [(first, 0), (second, 2)])])
    survivors = table.scan().to_arrow().to_pylist()
    async with mcp_session(*data_lake.args) as s:
        a = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT count(*) AS n, sum(id) AS ids FROM orders")))
    assert a["rows"] == [[len(survivors), sum(r["id"] for r in survivors)]]
    assert len(survivors) == 5
    assert a["scans"][0]["rowsDeleted"] == 2 and a["scans"][0]["deleteFilesRead"] == 1


async def test_only_queries_run(shop, data_lake):
    arn, catalog, _ = shop
    async with mcp_session(*data_lake.args, "--allow-write") as s:
        refusals = {}
        for sql in ["INSERT INTO orders VALUES (9, 'eu', 1.00)", "DROP TABLE orders", "DELETE FROM orders",
                    "CREATE TABLE x AS SELECT * FROM orders", "COPY orders TO '/tmp/x.csv'",
                    "SELECT * INTO copy_of FROM orders", "SELECT 1; DROP TABLE orders",
                    "SET datafusion.execution.batch_size = 1"]:
            refusals[sql] = error_text(await s.call_tool("query_database", sql_args(arn, sql)))
        unknown = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT * FROM nope")))
        column = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT nope FROM orders")))
        # No file is a table: the sandbox has no directory, and the engine reads no URLs.
        a_file = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT * FROM '/etc/passwd'")))
        garbage = error_text(await s.call_tool("query_database", sql_args(arn, "SELEC id FROM orders")))
        no_bucket = error_text(await s.call_tool("query_database", {"namespace": "sales", "query": "SELECT 1"}))
        extra = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT 1", bogus=1)))
        # A string that merely contains write keywords is data, not a statement.
        harmless = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT 'drop table orders; insert' AS s")))
    for sql, text in refusals.items():
        assert "read-only" in text or "exactly one statement" in text or "INTO" in text, (sql, text)
    assert "DROP TABLE" in refusals["DROP TABLE orders"]
    assert "exactly one statement" in refusals["SELECT 1; DROP TABLE orders"]
    assert "sales.nope" in unknown
    assert "nope" in column
    assert "not valid SQL" in garbage
    assert "/etc/passwd" in a_file and "root:" not in a_file
    assert "warehouse" in no_bucket
    assert "bogus" in extra
    assert harmless["rows"] == [["drop table orders; insert"]]
    # Nothing changed: both tables still hold their rows.
    assert len(catalog.load_table(("sales", "orders")).scan().to_arrow()) == 7


async def test_row_byte_and_scan_limits(shop, data_lake):
    arn, _, _ = shop
    async with mcp_session(*data_lake.args) as s:
        cut = structured(await s.call_tool("query_database", sql_args(arn, "SELECT id FROM orders ORDER BY id",
                                                                      max_rows=2)))
        small = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT repeat('x', 300000) AS big FROM orders")))
        bad_max = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT 1", max_rows=20000)))
    async with mcp_session(*data_lake.args, "--max-scan-rows", "5") as s:
        limited = structured(await s.call_tool("query_database", sql_args(arn, "SELECT id FROM orders LIMIT 3")))
        too_big = error_text(await s.call_tool("query_database", sql_args(arn, "SELECT sum(id) FROM orders")))
        pruned = structured(await s.call_tool("query_database", sql_args(
            arn, "SELECT sum(id) AS s FROM orders WHERE region = 'eu'")))
    assert cut["rows"] == [[1], [2]] and cut["truncated"] is True and "max_rows" in cut["truncatedReason"]
    # The LIMIT reaches the scan: three rows are enough, whatever the scan budget.
    assert len(limited["rows"]) == 3 and limited["scans"][0]["limit"] == 3
    assert "more than 5 rows" in too_big and "--max-scan-rows" in too_big
    # Within the budget once the partition filter skips the us file.
    assert pruned["rows"] == [[6]]
    assert "max_rows" in bad_max
    # 7 rows of 300 KB each: cut at 1 MiB of JSON, after 3 rows.
    assert small["rowCount"] == 3 and small["truncated"] and "max_result_bytes" in small["truncatedReason"]


async def test_rows_as_csv_or_markdown(orders_lake):
    """`format`: the same rows as the JSON answer, as CSV (Python's csv module reads it back) or
    a Markdown table; the result's text is that text."""
    arn, catalog, table, args = orders_lake
    query = "SELECT id, region, amount, CAST(NULL AS VARCHAR) AS nothing, 'a,\"b\"|c' AS odd FROM orders ORDER BY id"
    async with mcp_session(*args) as s:
        plain = structured(await s.call_tool("query_database", sql_args(arn, query)))
        as_csv = await s.call_tool("query_database", sql_args(arn, query, format="csv"))
        as_md = await s.call_tool("query_database", sql_args(arn, query, format="markdown"))
        bad = error_text(await s.call_tool("query_database", sql_args(arn, query, format="xml")))
    names = [c["name"] for c in plain["columns"]]
    text = as_csv.content[0].text
    assert as_csv.structured_content["formatted"] == text and "rows" not in as_csv.structured_content
    assert as_csv.structured_content["rowCount"] == plain["rowCount"] == len(table.scan().to_arrow())
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == names
    cell = lambda v: "" if v is None else v if isinstance(v, str) else json.dumps(v)  # noqa: E731
    assert parsed[1:] == [[cell(v) for v in row] for row in plain["rows"]]
    lines = as_md.content[0].text.splitlines()
    assert lines[0] == "| " + " | ".join(names) + " |" and lines[1] == "|---|---|---|---|---|"
    assert len(lines) == 2 + plain["rowCount"]
    assert lines[2].endswith(r"|  | a,\"b\"\|c |".replace('\\"', '"'))
    assert "unknown variant `xml`, expected one of `json`, `csv`, `markdown`" in bad


async def test_time_travel_reads_an_earlier_snapshot(orders_lake):
    """`"orders@<snapshot-id>"`, `"orders@<instant>"` and the clauses `VERSION AS OF`, `TIMESTAMP
    AS OF`, `FOR SYSTEM_TIME AS OF`: the snapshot as PyIceberg reads it."""
    arn, _, table, args = orders_lake
    first, last = table.snapshots()[0], table.snapshots()[-1]
    at_first = table.scan(snapshot_id=first.snapshot_id).to_arrow()
    instant = datetime.datetime.fromtimestamp(first.timestamp_ms / 1000, datetime.timezone.utc).isoformat()
    async with mcp_session(*args) as s:
        ask = lambda q: s.call_tool("query_database", sql_args(arn, q))  # noqa: E731
        by_id = structured(await ask(f'SELECT id FROM "orders@{first.snapshot_id}" ORDER BY id'))
        by_time = structured(await ask(f'SELECT count(*) AS n FROM sales."orders@{instant}"'))
        both = structured(await ask(
            f'SELECT (SELECT count(*) FROM orders) - (SELECT count(*) FROM "orders@{first.snapshot_id}") AS added'))
        missing = error_text(await ask('SELECT * FROM "orders@12345"'))
        garbled = error_text(await ask('SELECT * FROM "orders@yesterday"'))
        # Spark's and Trino's clauses name the same snapshots; the table keeps its name.
        clauses = [structured(await ask(q)) for q in (
            f'SELECT orders.id FROM orders VERSION AS OF {first.snapshot_id} ORDER BY orders.id',
            f'select o.id from sales.Orders for version as of {first.snapshot_id} o order by o.id',
            f"SELECT id FROM orders FOR TIMESTAMP AS OF '{instant}' ORDER BY id",
            f"SELECT id FROM orders FOR SYSTEM_TIME AS OF '{instant}' ORDER BY id",
        )]
        not_a_number = error_text(await ask("SELECT * FROM orders VERSION AS OF 'x'"))
    for answer in clauses:
        assert answer["rows"] == by_id["rows"] and answer["scans"][0]["snapshotId"] == first.snapshot_id
    assert "VERSION AS OF takes a snapshot id" in not_a_number
    assert by_id["rows"] == [[i] for i in sorted(at_first.column("id").to_pylist())]
    assert by_id["scans"][0]["snapshotId"] == first.snapshot_id
    assert by_time["rows"] == [[len(at_first)]]
    assert both["rows"] == [[len(table.scan().to_arrow()) - len(at_first)]]
    assert "Snapshot 12345 is not in the table's metadata" in missing and str(last.snapshot_id) in missing
    assert "after @ give a snapshot id" in garbled


async def test_metadata_tables(orders_lake):
    """`"t$snapshots"`, `"t$history"`, `"t$refs"`, `"t$manifests"`: what PyIceberg wrote, in SQL."""
    arn, catalog, table, args = orders_lake
    snapshots = table.snapshots()
    async with mcp_session(*args) as s:
        ask = lambda q: s.call_tool("query_database", sql_args(arn, q))  # noqa: E731
        listed = structured(await ask(
            'SELECT snapshot_id, parent_id, operation, manifest_list FROM "orders$snapshots" ORDER BY committed_at'))
        history = structured(await ask(
            'SELECT snapshot_id, is_current_ancestor FROM sales."orders$history" ORDER BY made_current_at'))
        refs = structured(await ask('SELECT name, type, snapshot_id FROM "orders$refs"'))
        manifests = structured(await ask(
            'SELECT path, length, partition_spec_id, added_snapshot_id, content, added_data_files_count, '
            'added_rows_count FROM "orders$manifests" ORDER BY path'))
        joined = structured(await ask(
            'SELECT count(*) AS n FROM "orders$snapshots" s JOIN orders o ON true WHERE s.operation = \'append\''))
        files = structured(await ask(
            'SELECT content, file_path, file_format, spec_id, partition, record_count, file_size_in_bytes '
            'FROM "orders$files" ORDER BY file_path'))
        partitions = structured(await ask(
            'SELECT partition, spec_id, record_count, file_count, total_data_file_size_in_bytes, '
            'position_delete_record_count FROM "orders$partitions"'))
        biggest = structured(await ask(
            'SELECT partition FROM "orders$partitions" ORDER BY record_count DESC LIMIT 1'))
        summaries = structured(await ask(
            'SELECT summary[\'added-records\'] AS added FROM "orders$snapshots" ORDER BY committed_at'))
        missing = error_text(await ask('SELECT * FROM "orders$all_files"'))
    assert listed["rows"] == [[sn.snapshot_id, sn.parent_snapshot_id, sn.summary.operation.value,
                               sn.manifest_list] for sn in snapshots]
    assert history["rows"] == [[h.snapshot_id, True] for h in table.history()]
    assert summaries["rows"] == [[sn.summary["added-records"]] for sn in snapshots]
    assert refs["rows"] == [["main", "BRANCH", table.current_snapshot().snapshot_id]]
    theirs = table.inspect.manifests().sort_by("path").to_pylist()
    assert [r[:4] for r in manifests["rows"]] == [
        [m["path"], m["length"], m["partition_spec_id"], m["added_snapshot_id"]] for m in theirs]
    assert [r[4:6] for r in manifests["rows"]] == [["data", m["added_data_files_count"]] for m in theirs]
    # One append of 3 rows, one of 4 (tables.make_two_appends), each in its own manifest.
    assert sorted(r[6] for r in manifests["rows"]) == [3, 4]
    assert joined["rows"] == [[len(snapshots) * len(table.scan().to_arrow())]]
    theirs = table.inspect.files().sort_by("file_path").to_pylist()
    assert [[r[0], *r[1:4], json.loads(r[4]), *r[5:]] for r in files["rows"]] == [
        ["data", f["file_path"], f["file_format"], f["spec_id"], f["partition"], f["record_count"],
         f["file_size_in_bytes"]] for f in theirs]
    theirs = table.inspect.partitions().to_pylist()
    by_partition = lambda rows: sorted(rows, key=json.dumps)  # noqa: E731
    assert by_partition([json.loads(r[0]), *r[1:]] for r in partitions["rows"]) == by_partition(
        [p["partition"], p["spec_id"], p["record_count"], p["file_count"], p["total_data_file_size_in_bytes"],
         p["position_delete_record_count"]] for p in theirs)
    assert json.loads(biggest["rows"][0][0]) == {"region": "us"}  # 4 rows against eu's 3
    assert "not yet an offered metadata table" in missing and 'orders$files' in missing
