"""`query_database` side by side with the reference server's engine path and the floor
(measures; asserts nothing). Run with `just bench-data`.

The table, written by PyIceberg into moto: 1,000,000 rows, 8 columns (long, string, decimal,
date, timestamptz, double, boolean, string), 10 zstd data files in two partitions (`region`),
1 % of the rows removed by position deletes; and a 1,000-row table to join with. Each query
runs in a fresh process per system: one call first (the server loads its data-plane build,
the others import their libraries), then the median of three; peak RSS is the process's
high-water mark (VmHWM / ru_maxrss).

  query_database  s3tables-mcp, the SQL build from the compilation cache
  reference       PyIceberg scan + Daft 0.7.1 SQL (tests/bench/data_engine.py, .venv-reference)
  floor           PyArrow reading the same files and computing the same answer

Pass --rows N for a smaller table while trying things out, --delay-ms N to put every request
of every system behind a delay (a far-away endpoint: what fetching ahead is for)."""
import argparse
import contextlib
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
from pyiceberg.partitioning import PartitionField, PartitionSpec  # noqa: E402
from pyiceberg.schema import Schema  # noqa: E402
from pyiceberg.transforms import IdentityTransform  # noqa: E402
from pyiceberg.types import (  # noqa: E402
    BooleanType, DateType, DecimalType, DoubleType, LongType, NestedField, StringType, TimestamptzType,
)

import conftest  # noqa: E402
import endpoints  # noqa: E402
from conftest import ACCESS_KEY, REGION, SECRET_KEY, SESSION_TOKEN, start_moto  # noqa: E402
from servers import Ours, StdioServer  # noqa: E402
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from test_preview_deletes import commit_deletes, position_delete_file  # noqa: E402
from test_table_data import client  # noqa: E402

HERE = Path(__file__).resolve().parent
REFERENCE_PYTHON = conftest.ROOT / ".venv-reference" / "bin" / "python"

EVENTS = Schema(
    NestedField(1, "id", LongType(), required=False),
    NestedField(2, "name", StringType(), required=False),
    NestedField(3, "amount", DecimalType(12, 2), required=False),
    NestedField(4, "day", DateType(), required=False),
    NestedField(5, "ts", TimestamptzType(), required=False),
    NestedField(6, "score", DoubleType(), required=False),
    NestedField(7, "flag", BooleanType(), required=False),
    NestedField(8, "region", StringType(), required=False),
)
CUSTOMERS = Schema(
    NestedField(1, "id", LongType(), required=False),
    NestedField(2, "segment", StringType(), required=False),
)


def queries(rows):
    lo = rows // 2
    return {
        "count": "SELECT count(*) AS n FROM events",
        "group": "SELECT region, flag, count(*) AS n, sum(amount) AS amount, avg(score) AS score "
                 "FROM events GROUP BY region, flag ORDER BY region, flag",
        "filter": f"SELECT id, name, amount FROM events WHERE id BETWEEN {lo} AND {lo + 99} ORDER BY id",
        "join": "SELECT c.segment, count(*) AS n, sum(e.amount) AS amount FROM events e "
                "JOIN customers c ON e.id = c.id GROUP BY c.segment ORDER BY c.segment",
        "top": "SELECT id, score FROM events ORDER BY score DESC, id LIMIT 10",
    }


def events_batch(start, n, table_schema):
    ids = pa.array(range(start, start + n), pa.int64())
    return pa.table({
        "id": ids,
        "name": pc.binary_join_element_wise("name-", pc.cast(pc.divide(ids, 7), pa.string()), ""),
        "amount": pa.array([Decimal(i % 100_000) / 100 for i in range(start, start + n)], pa.decimal128(12, 2)),
        "day": pc.cast(pc.cast(pc.add(pc.divide(ids, 2740), 19_000), pa.int32()), pa.date32()),
        "ts": pc.cast(pc.add(pc.multiply(ids, 1_000_003), 1_700_000_000_000_000), pa.timestamp("us", tz="UTC")),
        "score": pc.divide(pc.cast(pc.bit_wise_and(pc.multiply(ids, 7919), 0xFFFF), pa.float64()), 10.0),
        "flag": pc.equal(pc.bit_wise_and(ids, 3), 0),
        "region": pc.if_else(pc.equal(pc.bit_wise_and(ids, 1), 0), "eu", "us"),
    }, schema=table_schema)


def build(endpoint, rows):
    """The two tables; returns what the other engines need to read them."""
    s3t = client("s3tables", endpoint)
    arn = s3t.create_table_bucket(name="bench")["arn"]
    s3t.create_namespace(tableBucketARN=arn, namespace=["sales"])
    cat = S3TablesCatalog(endpoint, arn)
    spec = PartitionSpec(PartitionField(8, 1000, IdentityTransform(), "region"))
    events = cat.create_table(("sales", "events"), EVENTS, partition_spec=spec)
    per_append = rows // 5
    for k in range(5):
        events = cat.load_table(("sales", "events"))
        events.append(events_batch(k * per_append, per_append, events.schema().as_arrow()))
    events = cat.load_table(("sales", "events"))
    # 1 %: every 100th row of each file, in one position delete file per partition.
    files, by_partition = [], {}
    for task in events.scan().plan_files():
        f = task.file
        files.append((f.file_path, f.record_count))
        by_partition.setdefault(f.partition[0], (f.partition, []))[1].extend(
            (f.file_path, p) for p in range(0, f.record_count, 100))
    deletes = [position_delete_file(events, d, partition) for partition, d in by_partition.values()]
    events = commit_deletes(cat, events, deletes)
    customers = cat.create_table(("sales", "customers"), CUSTOMERS)
    customers.append(pa.table({"id": pa.array(range(0, 1000 * 997, 997), pa.int64()),
                               "segment": [("retail", "smb", "enterprise")[i % 3] for i in range(1000)]},
                              schema=customers.schema().as_arrow()))
    customers = cat.load_table(("sales", "customers"))
    tables = {
        "events": {"metadata": events.metadata_location, "files": [p for p, _ in files],
                   "deletes": {p: list(range(0, n, 100)) for p, n in files}},
        "customers": {"metadata": customers.metadata_location,
                      "files": [t.file.file_path for t in customers.scan().plan_files()], "deletes": {}},
    }
    return arn, tables


class OursWithBudget(Ours):
    """The join reads both tables: 1,010,000 rows, over the default --max-scan-rows."""

    component = None

    def command(self, endpoint):
        extra = ["--component", self.component] if self.component else []
        return super().command(endpoint) + ["--max-scan-rows", "5000000"] + extra


def ours(endpoint, arn, sql, runs, cache_dir, component=None):
    system = OursWithBudget("ours", "query_database", cache_dir)
    system.component = component
    with StdioServer(system, endpoint) as server:
        server.initialize()
        args = {"warehouse": arn, "namespace": "sales", "query": sql, "max_rows": 100}
        times, result = [], None
        for i in range(runs + 1):
            t0 = time.perf_counter()
            result = Ours._structured(server.call_tool("query_database", args))
            if i:
                times.append(time.perf_counter() - t0)
        names = [c["name"] for c in result["columns"]]
        rows = [dict(zip(names, r)) for r in result["rows"]]
        return {"rows": rows, "times": times, "peak_rss_mib": server.peak_rss_mib(), "scans": result["scans"],
                "timings": result.get("timingsMs")}


def other(engine, endpoint, tables, key, sql, runs, rows):
    python = REFERENCE_PYTHON if engine == "reference" else Path(sys.executable)
    if not python.exists():
        return None
    job = {"engine": engine, "endpoint": endpoint, "region": REGION, "access_key": ACCESS_KEY,
           "secret_key": SECRET_KEY, "session_token": SESSION_TOKEN, "tables": tables, "key": key,
           "sql": sql, "runs": runs + 1, "range": [rows // 2, rows // 2 + 99]}
    out = subprocess.run([str(python), str(HERE / "data_engine.py"), json.dumps(job)],
                         capture_output=True, text=True, env=conftest.server_env({}), timeout=1800)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}
    result = json.loads(out.stdout)
    result["times"] = result["times"][1:]
    return result


def normal(rows):
    """An answer in a form the engines agree on: values as rounded numbers or text, in order."""
    def value(v):
        if isinstance(v, bool) or v is None:
            return v
        try:
            f = float(v)
        except (TypeError, ValueError):
            return str(v)
        return float(f"{f:.9g}") if math.isfinite(f) else str(f)
    return [[value(v) for v in r.values()] for r in rows or []]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="comma-separated query keys")
    parser.add_argument("--component", action="append", default=[],
                        help="also run query_database with this guest component (--component; "
                             "repeat to compare builds side by side)")
    parser.add_argument("--delay-ms", type=float, default=0,
                        help="every request of every system waits this long first (delay_proxy.py), "
                             "as a far-away endpoint would; the table is built without it")
    opts = parser.parse_args()
    cache_dir = tempfile.mkdtemp(prefix="s3tables-bench-data-cache-")
    with start_moto() as moto, contextlib.ExitStack() as stack:
        t0 = time.perf_counter()
        arn, tables = build(moto, opts.rows)
        endpoint = moto
        if opts.delay_ms:
            endpoint = stack.enter_context(endpoints.delay_proxy(moto, opts.delay_ms / 1000))
        print(f"# {opts.rows:,} rows, {len(tables['events']['files'])} data files, "
              f"built in {time.perf_counter() - t0:.0f} s; median of {opts.runs} warm runs per query"
              + (f"; every request +{opts.delay_ms:g} ms" if opts.delay_ms else ""))
        print(f"{'query':<8} {'system':<16} {'time':>9} {'peak RSS':>10}  answer")
        for key, sql in queries(opts.rows).items():
            if opts.only and key not in opts.only.split(","):
                continue
            results = {"query_database": ours(endpoint, arn, sql, opts.runs, cache_dir)}
            for i, component in enumerate(opts.component, 1):
                results[f"component {i}"] = ours(endpoint, arn, sql, opts.runs, cache_dir, component)
            for engine in ("reference", "floor"):
                results[engine] = other(engine, endpoint, tables, key, sql, opts.runs, opts.rows)
            truth = normal(results["floor"]["rows"]) if results.get("floor") and "rows" in results["floor"] else None
            for system, r in results.items():
                if r is None:
                    print(f"{key:<8} {system:<16} {'(not installed: just bench-reference)':>21}")
                    continue
                if "error" in r:
                    print(f"{key:<8} {system:<16} error: {r['error']}")
                    continue
                same = "" if truth is None else ("same as floor" if normal(r["rows"]) == truth
                                                 else f"DIFFERS: {normal(r['rows'])} vs {truth}")
                print(f"{key:<8} {system:<16} {statistics.median(r['times']):>8.3f}s {r['peak_rss_mib']:>7.0f} MiB  {same}")
            keys = ("filesRead", "filesPruned", "rowsScanned", "rowsDeleted", "manifestsMs", "deleteFilesMs",
                    "dataFetchMs", "dataDecodeMs")
            if results["query_database"].get("timings"):
                print(f"{'':<8} {'':<16} timingsMs (last run): {json.dumps(results['query_database']['timings'])}")
            for scan in results["query_database"].get("scans", []):
                print(f"{'':<8} {'':<16} {scan['table']}: {json.dumps({k: scan.get(k) for k in keys})}")


if __name__ == "__main__":
    main()
