"""One query of `just bench-data` run by another engine, in a process of its own (measures;
asserts nothing). Standalone: it runs in the reference venv too, so it imports nothing of ours.

  reference  the reference server's engine path: PyIceberg loads the table's metadata, Daft
             (`daft.read_iceberg` + `daft.sql`) scans and computes (in .venv-reference)
  floor      PyArrow reads the same Parquet files from moto, applies the same position
             deletes and computes the same answer with its own kernels

Input (argv[1], JSON): engine, endpoint, credentials, the query's key and SQL, and per table
its metadata location, data files and deleted positions. Output (stdout, JSON): the answer's
rows, the wall time of each run and the process's peak RSS (VmHWM)."""
import json
import sys
import time


def reference(job):
    import daft
    from pyiceberg.table import StaticTable

    props = {
        "s3.endpoint": job["endpoint"], "s3.region": job["region"],
        "s3.access-key-id": job["access_key"], "s3.secret-access-key": job["secret_key"],
        "s3.force-virtual-addressing": "false",
    }
    if job.get("session_token"):
        props["s3.session-token"] = job["session_token"]

    def run():
        frames = {name: daft.read_iceberg(StaticTable.from_metadata(t["metadata"], properties=props))
                  for name, t in job["tables"].items()}
        return daft.sql(job["sql"], **frames).to_arrow().to_pylist()

    return run


def floor(job):
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs = pafs.S3FileSystem(endpoint_override=job["endpoint"], scheme="http", region=job["region"],
                           access_key=job["access_key"], secret_key=job["secret_key"],
                           session_token=job.get("session_token"))

    def read(name, columns):
        t = job["tables"][name]
        parts = []
        for path in t["files"]:
            table = pq.read_table(path.removeprefix("s3://"), columns=columns, filesystem=fs)
            deleted = t["deletes"].get(path)
            if deleted:
                keep = pc.invert(pc.is_in(pa.array(range(table.num_rows), pa.int64()),
                                          value_set=pa.array(deleted, pa.int64())))
                table = table.filter(keep)
            parts.append(table)
        return pa.concat_tables(parts)

    def count():
        t = job["tables"]["events"]
        total = 0
        for path in t["files"]:
            total += pq.ParquetFile(path.removeprefix("s3://"), filesystem=fs).metadata.num_rows
            total -= len(t["deletes"].get(path, []))
        return [{"n": total}]

    def group():
        e = read("events", ["region", "flag", "amount", "score"])
        out = e.group_by(["region", "flag"]).aggregate([([], "count_all"), ("amount", "sum"), ("score", "mean")])
        return out.sort_by([("region", "ascending"), ("flag", "ascending")]).to_pylist()

    def filtered():
        lo, hi = job["range"]
        e = read("events", ["id", "name", "amount"])
        e = e.filter(pc.and_(pc.greater_equal(e["id"], lo), pc.less_equal(e["id"], hi)))
        return e.sort_by("id").to_pylist()

    def join():
        e = read("events", ["id", "amount"])
        c = read("customers", ["id", "segment"])
        j = e.join(c, "id", join_type="inner")
        out = j.group_by("segment").aggregate([([], "count_all"), ("amount", "sum")])
        return out.sort_by("segment").to_pylist()

    def top():
        e = read("events", ["id", "score"])
        idx = pc.select_k_unstable(e, 10, [("score", "descending"), ("id", "ascending")])
        return e.take(idx).to_pylist()

    return {"count": count, "group": group, "filter": filtered, "join": join, "top": top}[job["key"]]


def main():
    job = json.loads(sys.argv[1])
    run = {"reference": reference, "floor": floor}[job["engine"]](job)
    times, rows = [], None
    for _ in range(job["runs"]):
        t0 = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - t0)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec (from the forking parent).
    peak = next(int(line.split()[1]) / 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(json.dumps({"rows": rows, "times": times, "peak_rss_mib": peak}, default=str))


if __name__ == "__main__":
    main()
