"""Times a large CSV import (measures; asserts nothing): `import_csv_to_table` of a generated
CSV file (default 5,000,000 rows, ~100 MB: id, region, amount) from a general purpose bucket in
moto into an ORDERS table (long, string, decimal(10, 2)), against PyIceberg appending the same
file (pyarrow `read_csv` from moto, then `Table.append`) in a process of its own. Wall time and
the process's peak RSS of one run each; both tables are then counted with PyIceberg so a
wrong import shows. Run with `just bench-import [--rows N] [-- server flags]`."""
import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import conftest  # noqa: E402
from conftest import ACCESS_KEY, REGION, SECRET_KEY, SESSION_TOKEN, start_moto  # noqa: E402
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from servers import Ours, StdioServer  # noqa: E402
from tables import ORDERS  # noqa: E402
from test_table_data import client  # noqa: E402

REGIONS = ("eu", "us", "fr", "de")


def csv_text(rows):
    lines = [f"{i},{REGIONS[i & 3]},{i % 100_000}.{i % 100:02d}\n" for i in range(rows)]
    return "id,region,amount\n" + "".join(lines)


class Importer(Ours):
    extra = []

    def command(self, endpoint):
        return super().command(endpoint) + ["--allow-write", "--allow-read-bucket", "landing"] + self.extra


def ours(endpoint, arn, rows, extra):
    system = Importer("ours", "import_csv_to_table", tempfile.mkdtemp(prefix="s3tables-bench-import-"))
    system.extra = extra
    with StdioServer(system, endpoint) as server:
        server.initialize()
        # Load the data-plane build first, as a warm server has it.
        server.call_tool("preview_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "ours"})
        t0 = time.perf_counter()
        result = server.call_tool("import_csv_to_table", {
            "table_bucket_arn": arn, "namespace": "sales", "name": "ours",
            "s3_url": "s3://landing/orders.csv", "max_rows": rows})
        took = time.perf_counter() - t0
        if result.get("isError"):
            return {"error": result["content"][0]["text"][:400], "time": took, "peak_rss_mib": server.peak_rss_mib()}
        out = result["structuredContent"]
        return {"time": took, "peak_rss_mib": server.peak_rss_mib(), "rows": out["rowsImported"],
                "files": len(out["dataFiles"]), "timings": out.get("timingsMs")}


def pyiceberg_job(job):
    """In its own process: pyarrow reads the CSV from moto, PyIceberg appends it."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.fs as pafs

    fs = pafs.S3FileSystem(endpoint_override=job["endpoint"], scheme="http", region=REGION,
                           access_key=ACCESS_KEY, secret_key=SECRET_KEY, session_token=SESSION_TOKEN)
    catalog = S3TablesCatalog(job["endpoint"], job["arn"])
    t0 = time.perf_counter()
    table = catalog.load_table(("sales", "pyiceberg"))
    schema = table.schema().as_arrow()
    with fs.open_input_stream("landing/orders.csv") as f:
        data = pacsv.read_csv(f, convert_options=pacsv.ConvertOptions(
            column_types={"amount": pa.decimal128(10, 2)}))
    table.append(data.cast(schema))
    took = time.perf_counter() - t0
    peak = next(int(line.split()[1]) / 1024 for line in Path("/proc/self/status").read_text().splitlines()
                if line.startswith("VmHWM:"))
    print(json.dumps({"time": took, "peak_rss_mib": peak, "rows": data.num_rows,
                      "files": len(table.inspect.files()) if hasattr(table, "inspect") else None}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5_000_000)
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("server_flags", nargs="*", help="extra flags for our server")
    opts = parser.parse_args()
    if opts.job:
        return pyiceberg_job(json.loads(opts.job))
    with start_moto() as endpoint:
        s3t = client("s3tables", endpoint)
        arn = s3t.create_table_bucket(name="lake")["arn"]
        s3t.create_namespace(tableBucketARN=arn, namespace=["sales"])
        catalog = S3TablesCatalog(endpoint, arn)
        for name in ("ours", "pyiceberg"):
            catalog.create_table(("sales", name), ORDERS)
        s3 = client("s3", endpoint)
        s3.create_bucket(Bucket="landing")
        text = csv_text(opts.rows).encode()
        s3.put_object(Bucket="landing", Key="orders.csv", Body=text)
        del text
        print(f"# import of a {opts.rows:,}-row CSV ({s3.head_object(Bucket='landing', Key='orders.csv')['ContentLength'] / 1e6:.0f} MB)"
              f"{' with ' + ' '.join(opts.server_flags) if opts.server_flags else ''}")
        results = {"import_csv_to_table": ours(endpoint, arn, opts.rows, opts.server_flags)}
        job = json.dumps({"endpoint": endpoint, "arn": arn})
        out = subprocess.run([sys.executable, __file__, "--job", job], capture_output=True, text=True,
                             env=conftest.server_env({}), timeout=3600)
        results["pyiceberg"] = (json.loads(out.stdout) if out.returncode == 0
                                else {"error": (out.stderr.strip().splitlines() or [f"exit {out.returncode}"])[-1]})
        catalog = S3TablesCatalog(endpoint, arn)
        for system, name in (("import_csv_to_table", "ours"), ("pyiceberg", "pyiceberg")):
            r = results[system]
            counted = catalog.load_table(("sales", name)).scan().to_arrow().num_rows
            if "error" in r:
                print(f"{system:<20} error after {r.get('time', 0):.1f}s: {r['error']}")
            else:
                print(f"{system:<20} {r['time']:>8.2f}s {r['peak_rss_mib']:>7.0f} MiB peak  "
                      f"{r['rows']:,} rows in {r.get('files')} files; table holds {counted:,}")
                if r.get("timings"):
                    print(f"{'':<20} timingsMs: {json.dumps(r['timings'])}")


if __name__ == "__main__":
    main()
