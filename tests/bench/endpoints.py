"""The endpoints the servers are pointed at, each its own process on loopback (so none shares
the benchmark client's interpreter), and the floor: the same requests sent straight from
this process.

  patched_moto()      moto with AWS-shaped ListTables items (see moto_patched.py)
  delay_proxy(url)    every request through it takes 50 ms more (see delay_proxy.py)
  instant_endpoint()  answers every request at once (see instant_endpoint.py)
"""
import asyncio
import contextlib
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import botocore.session

import conftest

HERE = Path(__file__).resolve().parent
# Headers that look like a signed request; moto does not check signatures, and the floor is
# the cost of the HTTP exchange, not of signing.
FLOOR_HEADERS = {
    "authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250102/us-east-1/s3tables/aws4_request, "
    "SignedHeaders=host;x-amz-date, Signature=0",
    "x-amz-date": "20250102T030405Z",
}


@contextlib.contextmanager
def _process(args, ready):
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        yield ready(proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _printed_port(proc):
    line = proc.stdout.readline()
    if not line:
        raise RuntimeError(f"{proc.args[1]} did not start")
    return f"http://127.0.0.1:{int(line)}"


@contextlib.contextmanager
def patched_moto():
    port = conftest.free_port()
    url = f"http://127.0.0.1:{port}"

    def ready(proc):
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{url}/moto-api/", timeout=1)
                return url
            except Exception:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        raise RuntimeError("the patched moto server did not start")

    with _process([sys.executable, str(HERE / "moto_patched.py"), str(port)], ready) as u:
        yield u


@contextlib.contextmanager
def delay_proxy(target_url, delay_seconds):
    port = target_url.rsplit(":", 1)[1]
    with _process([sys.executable, str(HERE / "delay_proxy.py"), port, str(delay_seconds)], _printed_port) as u:
        yield u


@contextlib.contextmanager
def instant_endpoint():
    """Yields (url, pid)."""
    with _process([sys.executable, str(HERE / "instant_endpoint.py")], lambda p: (_printed_port(p), p.pid)) as u:
        yield u


def cpu_seconds(pid):
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def reset(moto_url):
    urllib.request.urlopen(urllib.request.Request(f"{moto_url}/moto-api/reset", method="POST"), timeout=10)


def populate(moto_url, buckets, tables_per_bucket=0):
    """Creates table buckets (and tables in namespace `ns`) with botocore, straight to moto.
    Returns the bucket ARNs."""
    client = botocore.session.get_session().create_client(
        "s3tables",
        region_name=conftest.REGION,
        endpoint_url=moto_url,
        aws_access_key_id=conftest.ACCESS_KEY,
        aws_secret_access_key=conftest.SECRET_KEY,
    )
    arns = []
    for name in buckets:
        arn = client.create_table_bucket(name=name)["arn"]
        arns.append(arn)
        if tables_per_bucket:
            client.create_namespace(tableBucketARN=arn, namespace=["ns"])
            for i in range(tables_per_bucket):
                client.create_table(tableBucketARN=arn, namespace="ns", name=f"t{i}", format="ICEBERG")
    return arns


# --- the floor: the same HTTP requests, sent from this process -------------------------


def get(url):
    """One GET on a new connection (as the servers make them); returns (status, body)."""
    req = urllib.request.Request(url, headers=FLOOR_HEADERS)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, resp.read()


def timed_get(url):
    t = time.perf_counter()
    get(url)
    return (time.perf_counter() - t) * 1000


def fan_out_floor(endpoint_url, bucket_arns, at_once):
    """ListTableBuckets, then every bucket's ListTables, `at_once` at a time."""
    t = time.perf_counter()
    get(f"{endpoint_url}/buckets")
    with ThreadPoolExecutor(at_once) as pool:
        list(pool.map(lambda arn: get(f"{endpoint_url}/tables/{quote(arn, safe='')}"), bucket_arns))
    return (time.perf_counter() - t) * 1000


async def _get_async(host, port, keep):
    """One GET /buckets; on `keep` (an open connection) or a new one. Returns the connection."""
    if keep is None:
        keep = await asyncio.open_connection(host, port)
    reader, writer = keep
    writer.write(f"GET /buckets HTTP/1.1\r\nhost: {host}:{port}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
    await reader.readexactly(length)
    return keep


def endpoint_capacity(url, total, in_flight, new_connections):
    """Requests per second this process gets from `url` with `in_flight` requests at a time."""
    host, port = url.split("//")[1].split(":")

    async def worker(count):
        keep = None
        for _ in range(count):
            keep = await _get_async(host, int(port), None if new_connections else keep)
            if new_connections:
                keep[1].close()
                keep = None
        if keep:
            keep[1].close()

    async def run():
        t = time.perf_counter()
        await asyncio.gather(*(worker(total // in_flight) for _ in range(in_flight)))
        return (total // in_flight * in_flight) / (time.perf_counter() - t)

    return asyncio.run(run())
