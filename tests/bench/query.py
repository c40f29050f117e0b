"""Times `query_database` (measures; asserts nothing): a GROUP BY over a 100,000-row table that
PyIceberg writes into moto, first call of a server and the median of the next five.
Run with `just bench-sql`."""
import asyncio
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import pyarrow as pa  # noqa: E402
from conftest import start_moto, mcp_session, structured  # noqa: E402
from test_table_data import client  # noqa: E402
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from test_preview_deletes import ORDERS  # noqa: E402

async def main():
    with start_moto() as endpoint:
        s3t = client("s3tables", endpoint)
        arn = s3t.create_table_bucket(name="lake")["arn"]
        s3t.create_namespace(tableBucketARN=arn, namespace=["sales"])
        cat = S3TablesCatalog(endpoint, arn)
        t = cat.create_table(("sales", "orders"), ORDERS)
        n = 100_000
        t.append(pa.table({"id": pa.array(range(n), pa.int64()), "region": [("eu", "us", "fr")[i % 3] for i in range(n)],
                           "amount": pa.array([Decimal(i % 1000) / 4 for i in range(n)], pa.decimal128(10, 2))},
                          schema=t.schema().as_arrow()))
        q = {"warehouse": arn, "namespace": "sales", "query": "SELECT region, count(*), sum(amount) FROM orders GROUP BY region ORDER BY region"}
        async with mcp_session("--endpoint-url", endpoint) as s:
            t0 = time.perf_counter(); r = structured(await s.call_tool("query_database", q)); first = time.perf_counter() - t0
            times = []
            for _ in range(5):
                t0 = time.perf_counter(); r = structured(await s.call_tool("query_database", q)); times.append(time.perf_counter() - t0)
            print("rows", r["rows"], "first %.3fs" % first, "median %.3fs" % statistics.median(times), "scans", r["scans"][0]["rowsScanned"])
asyncio.run(main())
