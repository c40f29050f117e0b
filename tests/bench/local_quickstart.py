#!/usr/bin/env python3
"""The local-lake quickstart, timed (`just bench-local`; measures, asserts nothing): a fresh
`--local` lake, then create a table bucket, a namespace and a table with a schema, append
1,000 rows, preview them and count them with SQL — through the real binary over raw stdio
JSON-RPC, on the compilation cache as it is (warm after a build and `precompile`). Prints the
wall time of each step and in all, and the server's peak RSS.

    .venv/bin/python tests/bench/local_quickstart.py
"""
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for conftest
from conftest import BINARY, server_env  # noqa: E402


def main():
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        proc = subprocess.Popen([str(BINARY), "--local", f"{tmp}/lake", "--allow-write"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=server_env())
        ids = iter(range(1, 1000))

        def call(method, params):
            message = {"jsonrpc": "2.0", "id": next(ids), "method": method, "params": params}
            proc.stdin.write((json.dumps(message) + "\n").encode())
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())
            if "error" in answer or answer.get("result", {}).get("isError"):
                raise SystemExit(f"{method} {params.get('name')}: {answer}")
            return answer["result"]

        def tool(name, arguments):
            t0 = time.monotonic()
            result = call("tools/call", {"name": name, "arguments": arguments})
            steps.append((name, time.monotonic() - t0))
            return result.get("structuredContent")

        steps = []
        call("initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                            "clientInfo": {"name": "bench", "version": "0"}})
        steps.append(("start + initialize", time.monotonic() - started))
        arn = tool("create_table_bucket", {"name": "lake"})["arn"]
        tool("create_namespace", {"table_bucket_arn": arn, "namespace": ["sales"]})
        table = {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}
        tool("create_table", {**table, "format": "ICEBERG", "metadata": {"iceberg": {"schema": {"fields": [
            {"name": "id", "type": "long", "required": True}, {"name": "region", "type": "string"}]}}}})
        tool("append_rows_to_table", {**table, "rows": [{"id": i, "region": ["eu", "us"][i % 2]} for i in range(1000)]})
        tool("preview_table", {**table, "limit": 10})
        counted = tool("query_database", {"warehouse": arn, "namespace": "sales",
                                          "query": "SELECT region, count(*) AS n FROM orders GROUP BY region"})
        total = time.monotonic() - started
        status = Path(f"/proc/{proc.pid}/status").read_text()
        peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
        proc.stdin.close()
        proc.wait(timeout=30)
    for name, seconds in steps:
        print(f"{name:24} {seconds * 1000:8.0f} ms")
    print(f"{'total':24} {total * 1000:8.0f} ms   (peak RSS {peak / 1024:.0f} MiB; answer {counted['rows']})")


if __name__ == "__main__":
    main()
