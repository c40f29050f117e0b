"""Times the write tools (measures; asserts nothing): `append_rows_to_table` with 10,000 rows
per call, and `import_csv_to_table` of a 100,000-row CSV file, into tables in moto; the median
of five calls each after a first one that loads the data-plane build. Run with `just bench-write`."""
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import start_moto, mcp_session, structured  # noqa: E402
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from test_preview_deletes import ORDERS  # noqa: E402
from test_table_data import client  # noqa: E402


async def timed(session, tool, args):
    t0 = time.perf_counter()
    result = structured(await session.call_tool(tool, args))
    return time.perf_counter() - t0, result


async def main():
    with start_moto() as endpoint:
        s3t = client("s3tables", endpoint)
        arn = s3t.create_table_bucket(name="lake")["arn"]
        s3t.create_namespace(tableBucketARN=arn, namespace=["sales"])
        S3TablesCatalog(endpoint, arn).create_table(("sales", "orders"), ORDERS)
        s3 = client("s3", endpoint)
        s3.create_bucket(Bucket="landing")
        n = 100_000
        csv = "id,region,amount\n" + "".join(f"{i},{('eu', 'us', 'fr')[i % 3]},{i % 1000}.25\n" for i in range(n))
        s3.put_object(Bucket="landing", Key="orders.csv", Body=csv.encode())
        rows = [{"id": i, "region": ("eu", "us", "fr")[i % 3], "amount": f"{i % 1000}.25"} for i in range(10_000)]
        table = {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}
        async with mcp_session("--endpoint-url", endpoint, "--allow-write", "--allow-read-bucket", "landing") as s:
            first, _ = await timed(s, "append_rows_to_table", {**table, "rows": rows})
            appends = [(await timed(s, "append_rows_to_table", {**table, "rows": rows}))[0] for _ in range(5)]
            imports = [(await timed(s, "import_csv_to_table", {**table, "s3_url": "s3://landing/orders.csv"}))[0]
                       for _ in range(5)]
        print(f"append 10,000 rows: first {first:.3f}s, median {statistics.median(appends):.3f}s")
        print(f"import 100,000-row CSV ({len(csv) / 1e6:.1f} MB): median {statistics.median(imports):.3f}s")


asyncio.run(main())
