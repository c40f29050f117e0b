#!/usr/bin/env python3
"""Soak: 10,000 tool calls through one s3tables-mcp process against moto, reporting the
server's resident memory as it goes (it must level off, not grow without bound).
Run with `just soak` (builds first). Not part of CI: it measures, it does not assert.

    .venv/bin/python tests/soak.py [CALLS]
"""
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import conftest  # noqa: E402
from mcp import ClientSession, StdioServerParameters  # noqa: E402
from mcp.client.stdio import stdio_client  # noqa: E402


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def server_pid():
    """The newest s3tables-mcp process (the one stdio_client just spawned)."""
    pids = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if (p / "exe").resolve() == conftest.BINARY.resolve():
                    pids.append(int(p.name))
            except OSError:
                pass
    return max(pids)


async def main(calls):
    with conftest.start_moto() as url:
        await soak(url, calls)


async def soak(url, calls):
    params = StdioServerParameters(command=str(conftest.BINARY), args=["--endpoint-url", url, "--allow-write"], env=conftest.server_env())
    async with stdio_client(params) as streams:
        async with ClientSession(streams[0], streams[1]) as s:
            await s.initialize()
            pid = server_pid()
            arn = (await s.call_tool("create_table_bucket", {"name": "soak-bucket"})).structured_content["arn"]
            await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": "soak"})
            await s.call_tool("create_table", {"table_bucket_arn": arn, "namespace": "soak", "name": "t", "format": "ICEBERG"})
            print(f"server pid {pid}; RSS after start: {rss_kib(pid) / 1024:.1f} MiB")
            start = time.monotonic()
            samples = []
            for i in range(1, calls + 1):
                kind = i % 3
                if kind == 0:
                    r = await s.call_tool("list_table_buckets", {})
                elif kind == 1:
                    r = await s.call_tool("get_table", {"table_bucket_arn": arn, "namespace": "soak", "name": "t"})
                else:
                    r = await s.call_tool("list_tables", {})
                if r.is_error:
                    raise SystemExit(f"call {i} failed: {r.content[0].text}")
                if i % 1000 == 0:
                    samples.append(rss_kib(pid))
                    print(f"{i:6d} calls  RSS {samples[-1] / 1024:.1f} MiB  ({i / (time.monotonic() - start):.0f} calls/s)")
            print(f"RSS at 1,000 calls: {samples[0] / 1024:.1f} MiB; at {calls:,}: {samples[-1] / 1024:.1f} MiB")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
