"""Each figure of the benchmark, measured for every system and for the floor. Every answer
is checked (the right buckets, the right tables) before and while it is timed, so a failing
system is reported as failing, never timed."""
import json
import os
import statistics
import subprocess
import tempfile
import time

import endpoints
from report import Figure
from servers import Ours, StdioServer

INIT_LINE = (
    b'{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25",'
    b'"capabilities":{},"clientInfo":{"name":"bench","version":"0"}}}\n'
)


class Plan:
    """How many repetitions: fewer for the slow reference, all of them fewer with --quick."""

    def __init__(self, quick=False):
        self.quick = quick

    def n(self, system_key, full, reference=None, quick=1):
        if self.quick:
            return quick
        return reference if system_key == "reference" and reference else full


def _start(system):
    """Spawn to the `initialize` response, in ms."""
    t = time.perf_counter()
    with StdioServer(system) as server:
        server.initialize()
        elapsed = (time.perf_counter() - t) * 1000
    return elapsed


def _cat_echo():
    t = time.perf_counter()
    proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    proc.stdin.write(INIT_LINE)
    proc.stdin.flush()
    proc.stdout.readline()
    elapsed = (time.perf_counter() - t) * 1000
    proc.stdin.close()
    proc.wait()
    return elapsed


def cold_start(systems, plan):
    fig = Figure("cold start: spawn to the `initialize` response", "ms")
    first = []
    for _ in range(plan.n("ours", 3)):
        with tempfile.TemporaryDirectory() as empty:
            first.append(_start(Ours("ours-first", "", empty)))
    ours = next(s for s in systems if s.key == "ours")
    _start(ours)  # fills the cache the `ours` system loads from
    for s in systems:
        fig.add(s.key, s.label, [_start(s) for _ in range(plan.n(s.key, 20 if s.key == "ours" else 5, quick=3))])
        if s.key == "ours":
            fig.add("ours-first", "s3tables-mcp, first start (empty cache: compile + store)", first)
    fig.add("floor", "floor: spawn `cat`, write the line, read it back", [_cat_echo() for _ in range(20)])
    return fig


def per_call_and_memory(systems, moto, plan, calls=1000, warmup=50):
    """Latency of tools/call list_table_buckets against moto, its overhead over a direct
    request, and the peak RSS of a process over `calls` calls. Each call is followed by the
    same request sent directly (the floor), and the overhead is the median of those pairs'
    differences, so a load change on the machine shifts both sides of a pair alike."""
    endpoints.reset(moto)
    endpoints.populate(moto, ["bench-bucket"])
    url = f"{moto}/buckets"
    status, body = endpoints.get(url)
    assert status == 200 and b"bench-bucket" in body, (status, body)

    latency = Figure(f"tools/call list_table_buckets against moto ({calls:,} calls per process)", "ms")
    overhead = Figure(
        "per-call overhead: median of (call − the direct request right after it), per process", "ms", words=("less", "more")
    )
    memory = Figure(f"peak RSS of the server over {calls:,} calls (VmHWM)", "MiB")
    floor = []
    for s in systems:
        samples, overheads, peaks = [], [], []
        for _ in range(plan.n(s.key, 3, 2)):
            with StdioServer(s, moto) as server:
                server.initialize()
                pairs = []
                for i in range(calls):
                    t = time.perf_counter()
                    server.send("tools/call", {"name": "list_table_buckets", "arguments": {}})
                    line = server.recv_line()
                    elapsed = (time.perf_counter() - t) * 1000
                    direct = endpoints.timed_get(url)
                    names = s.bucket_names(_result(s, line))
                    assert names == ["bench-bucket"], f"{s.label}: {names}"
                    if i >= warmup:
                        pairs.append((elapsed, direct))
                peaks.append(server.peak_rss_mib())
            samples += [call for call, _ in pairs]
            floor += [direct for _, direct in pairs]
            overheads.append(statistics.median(call - direct for call, direct in pairs))
        latency.add(s.key, s.label, samples)
        overhead.add(s.key, s.label, overheads)
        memory.add(s.key, s.label, peaks)
    latency.add("floor", "floor: the same GET /buckets from this process, after each call", floor)
    return latency, overhead, memory


def _result(system, line):
    msg = json.loads(line)
    if "error" in msg:
        raise AssertionError(f"{system.label}: {msg['error']}")
    return msg["result"]


def throughput(systems, plan, in_flight=16):
    fig = Figure(f"throughput: tools/call list_table_buckets, {in_flight} in flight, instant endpoint", "calls/s", "higher")
    with endpoints.instant_endpoint() as (url, endpoint_pid):
        fresh = [endpoints.endpoint_capacity(url, 4000, in_flight, True) for _ in range(3)]
        kept = [endpoints.endpoint_capacity(url, 8000, in_flight, False) for _ in range(3)]
        fig.add("floor", "floor: GET from this process, new connection each", fresh)
        fig.lines.append(
            f"the instant endpoint with keep-alive connections from this process: {statistics.median(kept):,.0f} requests/s"
            " (a lower bound of its capacity: this Python client is the limit)"
        )
        for s in systems:
            rates = []
            with StdioServer(s, url) as server:
                server.initialize()
                assert s.bucket_names(server.call_tool("list_table_buckets")) == ["instant-bucket"], s.label
                total = plan.n(s.key, 3000, 160, quick=160)
                _pipeline(server, plan.n(s.key, 200, 32, quick=32), in_flight)  # warm up
                pids = {"server": server.proc.pid, "endpoint": endpoint_pid, "this client": os.getpid()}
                before = {k: endpoints.cpu_seconds(p) for k, p in pids.items()}
                for _ in range(plan.n(s.key, 3)):
                    t = time.perf_counter()
                    _pipeline(server, total, in_flight)
                    rates.append(total / (time.perf_counter() - t))
                calls = total * len(rates)
                used = {k: (endpoints.cpu_seconds(p) - before[k]) / calls * 1e6 for k, p in pids.items()}
            fig.add(s.key, s.label, rates)
            fig.lines.append(
                f"CPU per call, {s.key}: "
                + ", ".join(f"{k} {v:,.0f} µs" for k, v in used.items())
                + f"; {os.cpu_count()} cores allow {os.cpu_count() * 1e6 / max(sum(used.values()), 1):,.0f} calls/s"
            )
    return fig


def _pipeline(server, total, in_flight):
    """`total` calls with `in_flight` outstanding at any time; every answer must carry the bucket."""
    params = {"name": "list_table_buckets", "arguments": {}}
    sent = min(in_flight, total)
    for _ in range(sent):
        server.send("tools/call", params)
    for done in range(total):
        line = server.recv_line()
        if b"instant-bucket" not in line:
            raise AssertionError(f"{server.system.label}: unexpected answer {line[:300]!r}")
        if sent < total:
            server.send("tools/call", params)
            sent += 1


def fan_out(systems, moto, plan, buckets=20, delay=0.05):
    fig = Figure(f"list_tables with no arguments over {buckets} table buckets, every request +{delay * 1000:.0f} ms", "ms")
    endpoints.reset(moto)
    names = [f"bench-fan-{i:02d}" for i in range(buckets)]
    arns = endpoints.populate(moto, names, tables_per_bucket=1)
    with endpoints.delay_proxy(moto, delay) as proxy:
        status, body = endpoints.get(f"{proxy}/buckets")
        assert status == 200 and all(n.encode() in body for n in names), "the proxy relays moto"
        for s in systems:
            times = []
            with StdioServer(s, proxy) as server:
                server.initialize()
                for _ in range(plan.n(s.key, 5, 3) + 1):
                    t = time.perf_counter()
                    result = server.call_tool("list_tables")
                    times.append((time.perf_counter() - t) * 1000)
                    got = s.table_names(result)
                    assert got == ["t0"] * buckets, f"{s.label}: {got}"
            fig.add(s.key, s.label, times[1:])  # the first call is a warm-up
        fig.add("floor", f"floor: ListTableBuckets, then all {buckets} ListTables at once", [endpoints.fan_out_floor(proxy, arns, buckets) for _ in range(5)])
        # For comparison: what a client that keeps only 8 in flight could do.
        fig.add("floor-8", "floor: the same, 8 ListTables at a time", [endpoints.fan_out_floor(proxy, arns, 8) for _ in range(5)])
    return fig
