#!/usr/bin/env python3
"""Benchmarks (`just bench`): they measure and print; they assert nothing about timings.

Side by side, in one run, for: s3tables-mcp (guest from the compilation cache), s3tables-mcp
--no-cache (guest compiled at start), the reference Python server (awslabs-s3-tables-mcp-server,
pinned in tests/bench/requirements-reference.txt, in .venv-reference) and the floor (the same
work done directly from this process). Each figure is min / median / max over repeated runs,
with each system's median against the reference's:

  * cold start: spawn to the `initialize` response (first start and later ones);
  * per call: tools/call list_table_buckets against moto, and its overhead over a direct
    request to the same moto;
  * memory: peak RSS of the server over 1,000 calls;
  * throughput: tools/call per second, 16 in flight, against an endpoint answering at once;
  * fan-out: list_tables with no arguments over 20 table buckets, every request +50 ms;
  * the guest component's size.

Everything runs on loopback. moto is patched (tests/bench/moto_patched.py) so the reference's
list_tables succeeds rather than being timed failing.

    .venv/bin/python tests/bench/run.py [--quick] [--skip-reference] [--json PATH] [--markdown PATH]
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for conftest
import conftest  # noqa: E402
import endpoints  # noqa: E402
import figures  # noqa: E402
import report  # noqa: E402
import servers  # noqa: E402

GUEST = conftest.ROOT / "target/guest/wasm32-wasip2/guest-release/s3tables_mcp_guest.wasm"


def machine():
    cpu = next(
        (l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")),
        platform.processor(),
    )
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "rustc": rustc,
        "load_average_at_start": os.getloadavg(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="one repetition of each, to check the harness")
    ap.add_argument("--skip-reference", action="store_true", help="leave the reference server out")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--markdown", type=Path, help="also write the results here as Markdown tables")
    args = ap.parse_args()

    with_reference = not args.skip_reference
    if with_reference and not servers.REFERENCE_BIN.exists():
        sys.exit(f"{servers.REFERENCE_BIN} is missing: run `just bench` (it installs the reference), or pass --skip-reference")

    info = machine()
    print(f"machine: {info['cores']} cores, {info['cpu']}, Linux {info['kernel']}, {info['rustc']}, Python {info['python']}")
    print("load average at start: " + " ".join(f"{x:.2f}" for x in info["load_average_at_start"]))
    print(f"binary: {conftest.BINARY}")
    size = GUEST.stat().st_size
    print(f"guest component (release, stripped): {size / 1024:,.1f} KiB ({size:,} bytes)")
    info["guest_bytes"] = size

    plan = figures.Plan(args.quick)
    results = []
    with tempfile.TemporaryDirectory(prefix="s3tables-bench-cache-") as cache:
        systems = servers.systems(cache, with_reference)

        def show(*figs):
            for fig in figs:
                report.print_figure(fig)
                results.append(fig)
            sys.stdout.flush()

        show(figures.cold_start(systems, plan))
        with endpoints.patched_moto() as moto:
            show(*figures.per_call_and_memory(systems, moto, plan, calls=200 if args.quick else 1000))
            show(figures.throughput(systems, plan))
            show(figures.fan_out(systems, moto, plan))
    info["load_average_at_end"] = os.getloadavg()
    print("\nload average at end: " + " ".join(f"{x:.2f}" for x in info["load_average_at_end"]))
    data = report.to_json(results, info)
    if args.json:
        args.json.write_text(data)
        print(f"results written to {args.json}")
    if args.markdown:
        args.markdown.write_text(report.to_markdown(json.loads(data)))
        print(f"tables written to {args.markdown}")


if __name__ == "__main__":
    main()
