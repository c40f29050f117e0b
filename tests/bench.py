#!/usr/bin/env python3
"""Benchmarks (`just bench`): they measure and print; they assert nothing.

Each figure is repeated and reported as min / median / max, on loopback only:
  * cold start: spawn to the `initialize` response, compiling the guest (--no-cache) and
    loading it from the cache;
  * per-call overhead: a `tools/call` of list_table_buckets against moto, minus a direct HTTP
    request to the same moto from this process (the floor);
  * memory: peak RSS of the server over 1,000 calls;
  * throughput: tools/call per second with 16 in flight against an endpoint that answers at once;
  * fan-out: list_tables across 20 table buckets when every request takes 50 ms;
  * the guest component's size.

    .venv/bin/python tests/bench.py
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import conftest  # noqa: E402
from fault_endpoint import FaultEndpoint, ok  # noqa: E402

BIN = str(conftest.BINARY)
INIT = {"jsonrpc": "2.0", "id": 0, "method": "initialize",
        "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}}}


def stats(name, values, unit):
    values = sorted(values)
    print(f"{name:<58} min {values[0]:9.2f}  median {statistics.median(values):9.2f}  max {values[-1]:9.2f} {unit}")
    return statistics.median(values)


class Server:
    """The binary on pipes, spoken to in raw JSON-RPC lines (no client SDK overhead)."""

    def __init__(self, *args, env=None):
        self.proc = subprocess.Popen([BIN, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=conftest.server_env(env))
        self.next_id = 1

    def send(self, method, params=None):
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.next_id += 1
        self.proc.stdin.write((json.dumps(msg) + "\n").encode())
        self.proc.stdin.flush()

    def recv(self):
        return json.loads(self.proc.stdout.readline())

    def call(self, method, params=None):
        self.send(method, params)
        return self.recv()

    def peak_rss_mib(self):
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def cold_start(cache_dir, extra):
    t = time.perf_counter()
    s = Server("--region", "us-east-1", *extra, env={"S3TABLES_MCP_CACHE_DIR": cache_dir})
    s.call("initialize", INIT["params"])
    elapsed = (time.perf_counter() - t) * 1000
    s.close()
    return elapsed


def bench_cold_start():
    with tempfile.TemporaryDirectory() as cache:
        stats("cold start, compiling the guest (--no-cache)", [cold_start(cache, ["--no-cache"]) for _ in range(5)], "ms")
        cold_start(cache, [])  # fills the cache
        stats("cold start, guest from the compilation cache", [cold_start(cache, []) for _ in range(20)], "ms")


def bench_overhead(moto):
    s = Server("--endpoint-url", moto, "--allow-write")
    s.call("initialize", INIT["params"])
    s.call("tools/call", {"name": "create_table_bucket", "arguments": {"name": "bench-bucket"}})
    call = {"name": "list_table_buckets", "arguments": {}}
    for _ in range(50):
        s.call("tools/call", call)
    ours = []
    for _ in range(300):
        t = time.perf_counter()
        r = s.call("tools/call", call)
        ours.append((time.perf_counter() - t) * 1000)
        assert not r["result"]["isError"], r
    direct = []
    auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250102/us-east-1/s3tables/aws4_request, SignedHeaders=host;x-amz-date, Signature=0"
    for _ in range(300):
        req = urllib.request.Request(f"{moto}/buckets", headers={"authorization": auth, "x-amz-date": "20250102T030405Z"})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as resp:
            resp.read()
        direct.append((time.perf_counter() - t) * 1000)
    a = stats("tools/call list_table_buckets via s3tables-mcp (moto)", ours, "ms")
    b = stats("direct HTTP GET /buckets to the same moto (floor)", direct, "ms")
    print(f"{'per-call overhead (median difference)':<58} {a - b:9.2f} ms")
    for _ in range(1000):
        s.call("tools/call", call)
    print(f"{'peak RSS of the server after 1,350 calls':<58} {s.peak_rss_mib():9.1f} MiB")
    s.close()


def bench_throughput():
    policy = {"resourcePolicy": "{}"}
    with FaultEndpoint(lambda req: ok(policy)) as ep:
        s = Server("--endpoint-url", ep.url)
        s.call("initialize", INIT["params"])
        params = {"name": "get_table_bucket_policy", "arguments": {"table_bucket_arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/bkt"}}
        rates = []
        for _ in range(3):
            total, in_flight = 600, 16
            t = time.perf_counter()
            for _ in range(in_flight):
                s.send("tools/call", params)
            sent, done = in_flight, 0
            while done < total:
                s.recv()
                done += 1
                if sent < total:
                    s.send("tools/call", params)
                    sent += 1
            rates.append(total / (time.perf_counter() - t))
        stats("throughput, 16 in flight, instant endpoint", rates, "calls/s")
        s.close()


def bench_fan_out():
    arns = [f"arn:aws:s3tables:us-east-1:111122223333:bucket/bucket-{i:02d}" for i in range(20)]

    def respond(req):
        if req["path"] == "/buckets":
            body = {"tableBuckets": [{"arn": a, "name": a.rsplit("/", 1)[1], "ownerAccountId": "111122223333",
                                      "createdAt": "2025-01-01T00:00:00Z"} for a in arns]}
        else:
            body = {"tables": [{"name": "t", "namespace": ["ns"], "createdAt": "2025-01-01T00:00:00Z",
                                "modifiedAt": "2025-01-01T00:00:00Z"}]}
        return ("stall", 0.05, ok(body))

    with FaultEndpoint(respond) as ep:
        s = Server("--endpoint-url", ep.url)
        s.call("initialize", INIT["params"])
        times = []
        for _ in range(5):
            t = time.perf_counter()
            r = s.call("tools/call", {"name": "list_tables", "arguments": {}})
            times.append((time.perf_counter() - t) * 1000)
            assert len(r["result"]["structuredContent"]["tables"]) == 20, r
        stats("list_tables over 20 buckets, 50 ms per request", times, "ms")
        s.close()


def main():
    print(f"machine: {os.cpu_count()} cores; binary {BIN}")
    wasm = Path(conftest.ROOT / "target/guest/wasm32-wasip2/guest-release/s3tables_mcp_guest.wasm")
    print(f"{'guest component size (release, stripped)':<58} {wasm.stat().st_size / 1024:9.1f} KiB")
    bench_cold_start()
    with conftest.start_moto() as moto:
        bench_overhead(moto)
    bench_throughput()
    bench_fan_out()


if __name__ == "__main__":
    main()
