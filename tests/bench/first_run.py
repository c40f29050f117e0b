#!/usr/bin/env python3
"""What a new user pays (`just bench-first-run`; measures, asserts nothing):

  * first run: a server on an empty compilation cache answers `initialize` and 100 calls of a
    control-plane tool (`list_table_buckets`) against moto; its peak RSS and CPU time;
  * warm idle: a server on a warm cache after `initialize` and one call, idle; its RSS;
  * first data call: a server on an empty cache answers one `preview_table` (the data-plane
    build is decompressed and compiled then); its wall time, peak RSS and CPU time;
  * first SQL call: the same for one `query_database` (the SQL build), and the cost of the child
    process the server compiles it in (`precompile --only SQL`);
  * sizes: the binary, the embedded components (compressed and not), the wheel if built.

Each server is driven over raw stdio JSON-RPC (no client library in the way) and its resource
use read from the kernel: peak RSS is the server's high-water mark (`VmHWM`), CPU time is
`wait4`'s. Loopback only.

    .venv/bin/python tests/bench/first_run.py [--json PATH]
    S3TABLES_MCP_BIN=target/dist/s3tables-mcp .venv/bin/python tests/bench/first_run.py   # the shipped build
    .venv/bin/python tests/bench/first_run.py --from-wheel   # as `pip install s3tables-mcp` installs it

`--from-wheel` installs target/wheels/ (packaging/wheel.sh) into a fresh venv and measures the
binary there, which loads the guest builds' compiled code from the `s3tables-mcp-precompiled`
package beside it instead of compiling them.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for conftest
from conftest import BINARY, ROOT, server_env, start_moto  # noqa: E402
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from test_preview_deletes import ORDERS  # noqa: E402
from test_table_data import client  # noqa: E402

COMPONENTS = ROOT / "target" / "guest" / "components"


class Server:
    """The binary over stdio, one JSON-RPC line at a time."""

    binary = BINARY

    def __init__(self, cache_dir, *args):
        self.proc = subprocess.Popen(
            [str(self.binary), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=server_env({"S3TABLES_MCP_CACHE_DIR": str(cache_dir)}),
            text=True,
        )
        self.next_id = 0

    def request(self, method, params=None):
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params or {}}
        self.proc.stdin.write(json.dumps(msg) + "\n")
        self.proc.stdin.flush()
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the server exited during {method}")
            answer = json.loads(line)
            if answer.get("id") == self.next_id:
                if "error" in answer or answer.get("result", {}).get("isError"):
                    raise RuntimeError(f"{method} failed: {line[:500]}")
                return answer["result"]

    def initialize(self):
        self.request("initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                    "clientInfo": {"name": "bench", "version": "0"}})
        self.proc.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n")
        self.proc.stdin.flush()

    def call(self, tool, arguments):
        return self.request("tools/call", {"name": tool, "arguments": arguments})

    def status_mib(self, field):
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return next(int(l.split()[1]) for l in status.splitlines() if l.startswith(field + ":")) / 1024

    def finish(self):
        """Closes stdin, waits; returns (peak RSS MiB, CPU seconds). The peak is the kernel's
        high-water mark of this program (`VmHWM`, read before it exits); `wait4`'s ru_maxrss
        would also count the forked Python process before it exec'd the server."""
        peak = self.status_mib("VmHWM")
        self.proc.stdin.close()
        _, _, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = 0
        return peak, usage.ru_utime + usage.ru_stime


def seed(endpoint, cache):
    """A table bucket, namespace and table (PyIceberg) with 1,000 rows appended by the server."""
    s3t = client("s3tables", endpoint)
    arn = s3t.create_table_bucket(name="bench")["arn"]
    s3t.create_namespace(tableBucketARN=arn, namespace=["shop"])
    S3TablesCatalog(endpoint, arn).create_table(("shop", "orders"), ORDERS)
    s = Server(cache, "--endpoint-url", endpoint, "--allow-write")
    s.initialize()
    rows = [{"id": i, "region": ("eu", "us", "fr")[i % 3], "amount": f"{i % 1000}.25"} for i in range(1000)]
    s.call("append_rows_to_table", {"table_bucket_arn": arn, "namespace": "shop", "name": "orders", "rows": rows})
    s.finish()
    return arn


def size(path):
    return path.stat().st_size if path.exists() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--only", choices=["first-run"],
                    help="measure only this part (first-run: the control plane on an empty cache)")
    ap.add_argument("--from-wheel", action="store_true",
                    help="measure the binary as the wheels in target/wheels install it")
    args = ap.parse_args()
    out = {}
    with start_moto() as endpoint, tempfile.TemporaryDirectory(prefix="s3tables-bench-") as tmp:
        tmp = Path(tmp)
        arn = seed(endpoint, tmp / "seed-cache")
        if args.from_wheel:
            venv = tmp / "venv"
            subprocess.run([sys.executable, "-m", "venv", venv], check=True)
            subprocess.run([venv / "bin" / "pip", "install", "-q", "--no-index", "--disable-pip-version-check",
                            "--find-links", ROOT / "target" / "wheels", "s3tables-mcp"], check=True)
            Server.binary = venv / "bin" / "s3tables-mcp"
            print(f"measuring {Server.binary} (pip install of target/wheels)")

        s = Server(tmp / "cold", "--endpoint-url", endpoint)
        t0 = time.perf_counter()
        s.initialize()
        for _ in range(100):
            s.call("list_table_buckets", {})
        wall = time.perf_counter() - t0
        peak, cpu = s.finish()
        out["first_run"] = {"calls": 100, "wall_s": wall, "peak_rss_mib": peak, "cpu_s": cpu}
        print(f"first run, empty cache, initialize + 100 x list_table_buckets: "
              f"{wall:.2f} s wall, peak RSS {peak:.1f} MiB, CPU {cpu:.2f} s")
        if args.only == "first-run":
            return

        s = Server(tmp / "cold", "--endpoint-url", endpoint)
        s.initialize()
        s.call("list_table_buckets", {})
        calls = []
        for _ in range(100):
            t0 = time.perf_counter()
            s.call("list_table_buckets", {})
            calls.append(time.perf_counter() - t0)
        per_call = statistics.median(calls)
        out["warm_call_ms"] = per_call * 1000
        print(f"warm cache: list_table_buckets {per_call * 1000:.2f} ms median of 100 (moto's time included)")
        time.sleep(2)
        idle = s.status_mib("VmRSS")
        s.finish()
        out["warm_idle_rss_mib"] = idle
        print(f"warm cache, idle after one call: RSS {idle:.1f} MiB")

        s = Server(tmp / "data-cold", "--endpoint-url", endpoint)
        s.initialize()
        t0 = time.perf_counter()
        s.call("preview_table", {"table_bucket_arn": arn, "namespace": "shop", "name": "orders"})
        first_data = time.perf_counter() - t0
        t0 = time.perf_counter()
        s.call("preview_table", {"table_bucket_arn": arn, "namespace": "shop", "name": "orders"})
        second_data = time.perf_counter() - t0
        peak, cpu = s.finish()
        compiled = sum(f.stat().st_size for f in (tmp / "data-cold").glob("*.cwasm"))
        out["first_data_call"] = {"wall_s": first_data, "second_wall_s": second_data, "peak_rss_mib": peak,
                                  "cpu_s": cpu, "compiled_cache_bytes": compiled}
        print(f"first data call (preview_table), empty cache: {first_data:.2f} s wall "
              f"(then {second_data * 1000:.0f} ms), peak RSS {peak:.1f} MiB, CPU {cpu:.2f} s; "
              f"compiled code in the cache {compiled / 1e6:.1f} MB")

        s = Server(tmp / "sql-cold", "--endpoint-url", endpoint)
        s.initialize()
        t0 = time.perf_counter()
        s.call("query_database", {"warehouse": arn, "namespace": "shop",
                                  "query": "SELECT region, count(*) FROM orders GROUP BY region"})
        first_sql = time.perf_counter() - t0
        peak, cpu = s.finish()
        compiled = sum(f.stat().st_size for f in (tmp / "sql-cold").glob("*.cwasm"))
        out["first_sql_call"] = {"wall_s": first_sql, "peak_rss_mib": peak, "cpu_s": cpu,
                                 "compiled_cache_bytes": compiled}
        print(f"first SQL call (query_database), empty cache: {first_sql:.2f} s wall, "
              f"server peak RSS {peak:.1f} MiB, server CPU {cpu:.2f} s; compiled code in the cache {compiled / 1e6:.1f} MB")
        # The server compiles it in a child (`precompile --only SQL`): that child's cost, alone.
        # Installed from the wheels it compiles nothing, so there is no child to measure.
        if not args.from_wheel:
            child = subprocess.Popen([str(Server.binary), "precompile", "--only", "SQL"],
                                     stdout=subprocess.DEVNULL,
                                     env=server_env({"S3TABLES_MCP_CACHE_DIR": str(tmp / "sql-child")}))
            _, _, usage = os.wait4(child.pid, 0)
            child.returncode = 0
            cost = {"peak_rss_mib": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime}
            out["first_sql_call"]["compile_child"] = cost
            print(f"  of which the compiling child process (precompile --only SQL): peak RSS "
                  f"{cost['peak_rss_mib']:.1f} MiB, CPU {cost['cpu_s']:.2f} s")

    sizes = {
        f"binary ({BINARY.relative_to(ROOT) if BINARY.is_relative_to(ROOT) else BINARY})": size(BINARY),
        "binary (target/dist, what packages carry)": size(ROOT / "target" / "dist" / "s3tables-mcp"),
        "control_wasm": size(COMPONENTS / "s3tables-mcp-control.wasm"),
        "control_wasm_zst": size(COMPONENTS / "s3tables-mcp-control.wasm.zst"),
        "data_wasm": size(COMPONENTS / "s3tables-mcp-data.wasm"),
        "data_wasm_zst": size(COMPONENTS / "s3tables-mcp-data.wasm.zst"),
        "sql_wasm": size(COMPONENTS / "s3tables-mcp.wasm"),
        "sql_wasm_zst": size(COMPONENTS / "s3tables-mcp.wasm.zst"),
    }
    for wheel in sorted((ROOT / "target" / "wheels").glob("*.whl")):
        sizes[f"wheel {wheel.name}"] = size(wheel)
    out["sizes"] = sizes
    for name, n in sizes.items():
        print(f"size of {name}: " + (f"{n / 1e6:.1f} MB ({n:,} bytes)" if n else "not built"))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
