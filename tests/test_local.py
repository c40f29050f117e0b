"""`--local`: the tools against an S3 Tables lake kept in a directory, with no AWS account,
no emulator and no network — the real binary, driven by the MCP SDK. PyIceberg reads what we
wrote, through the lake's own S3 endpoint (credentials from `--local-endpoint-file`), and we
read what it wrote there; the lake survives a restart, two servers share one directory, a
foreign or damaged directory is refused, and unsigned requests are turned away.
"""
import asyncio
import json
import re
import subprocess
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pyarrow as pa
import pytest
from botocore.credentials import Credentials

from conftest import BINARY, assert_no_secrets, error_text, mcp_session, run_raw, server_env, structured
from iceberg_fixtures import S3TablesCatalog
from test_append_only import DENIED, HOSTILE, HOSTILE_CREDS, signed

pytestmark = pytest.mark.anyio

SCHEMA_FIELDS = [{"name": "id", "type": "long", "required": True}, {"name": "name", "type": "string"}]


def table_args(arn, name="orders"):
    return {"table_bucket_arn": arn, "namespace": "sales", "name": name}


def catalog_for(endpoint_file, arn):
    info = json.loads(endpoint_file.read_text())
    return S3TablesCatalog(info["endpoint"], arn, region=info["region"], access_key=info["accessKeyId"],
                           secret_key=info["secretAccessKey"], session_token=None, io_impl="PutOnlyFileIO")


async def make_table(s, arn=None):
    if arn is None:
        arn = structured(await s.call_tool("create_table_bucket", {"name": "lake"}))["arn"]
        structured(await s.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": ["sales"]}))
    structured(await s.call_tool("create_table", {**table_args(arn), "format": "ICEBERG",
                                                  "metadata": {"iceberg": {"schema": {"fields": SCHEMA_FIELDS}}}}))
    return arn


async def test_every_kind_of_tool_works_on_a_local_lake_and_pyiceberg_agrees(tmp_path):
    lake, endpoint_file = tmp_path / "lake", tmp_path / "endpoint.json"
    async with mcp_session("--local", lake, "--allow-write", "--allow-destructive", "--no-confirm",
                           "--local-endpoint-file", endpoint_file) as s:
        arn = await make_table(s)
        assert arn == "arn:aws:s3tables:local:000000000000:bucket/lake"
        assert oct(endpoint_file.stat().st_mode & 0o777) == "0o600"
        listed = structured(await s.call_tool("list_tables", {"table_bucket_arn": arn}))["tables"]
        assert [t["name"] for t in listed] == ["orders"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", listed[0]["createdAt"])
        done = structured(await s.call_tool("append_rows_to_table", {**table_args(arn), "rows": [
            {"id": 1, "name": "a"}, {"id": 2, "name": None}]}))
        assert done["rowsAppended"] == 2
        preview = structured(await s.call_tool("preview_table", table_args(arn)))
        assert sorted(r["id"] for r in preview["rows"]) == [1, 2]
        described = structured(await s.call_tool("describe_table", table_args(arn)))
        assert described["currentSnapshot"]["snapshotId"] == done["snapshotId"]

        # PyIceberg, through the lake's S3 endpoint: reads our rows, appends its own.
        catalog = catalog_for(endpoint_file, arn)
        table = catalog.load_table(("sales", "orders"))
        assert sorted(r["id"] for r in table.scan().to_arrow().to_pylist()) == [1, 2]
        table.append(pa.Table.from_pylist([{"id": 3, "name": "c"}], schema=table.schema().as_arrow()))
        preview = structured(await s.call_tool("preview_table", table_args(arn)))
        assert sorted(r["id"] for r in preview["rows"]) == [1, 2, 3]

        # Configuration is kept as documents; what only AWS runs says so.
        assert structured(await s.call_tool("get_table_bucket_encryption", {"table_bucket_arn": arn})) == {
            "encryptionConfiguration": {"sseAlgorithm": "AES256"}}
        text = error_text(await s.call_tool("get_table_maintenance_job_status", table_args(arn)))
        assert "not run locally" in text
        # The service's errors, in its shape.
        text = error_text(await s.call_tool("create_table_bucket", {"name": "lake"}))
        assert "ConflictException" in text
        text = error_text(await s.call_tool("get_table", table_args(arn, "missing")))
        assert "NotFoundException" in text
        # As the service (not moto): a namespace or bucket that holds something is not deleted.
        text = error_text(await s.call_tool("delete_namespace", {"table_bucket_arn": arn, "namespace": "sales"}))
        assert "ConflictException (HTTP 409)" in text, text
        text = error_text(await s.call_tool("delete_table_bucket", {"table_bucket_arn": arn}))
        assert "ConflictException (HTTP 409)" in text, text

    # A restart sees everything.
    async with mcp_session("--local", lake) as s:
        preview = structured(await s.call_tool("preview_table", table_args(arn)))
        assert sorted(r["id"] for r in preview["rows"]) == [1, 2, 3]
        text = error_text(await s.call_tool("create_table_bucket", {"name": "other"}))
        assert "read-only" in text


async def test_sql_and_imports_from_a_local_folder(tmp_path):
    lake, landing = tmp_path / "lake", tmp_path / "landing"
    (landing / "in").mkdir(parents=True)
    (landing / "in" / "orders.csv").write_text("id,name\n10,x\n11,y\n")
    async with mcp_session("--local", lake, "--allow-write", "--local-bucket", f"landing={landing}",
                           "--allow-read-bucket", "landing") as s:
        arn = await make_table(s)
        imported = structured(await s.call_tool("import_csv_to_table", {
            **table_args(arn), "s3_url": "s3://landing/in/orders.csv"}))
        assert imported["rowsImported"] == 2
        # The folder is read-only, and nothing outside it is reachable.
        text = error_text(await s.call_tool("import_csv_to_table", {
            **table_args(arn), "s3_url": "s3://landing/in/../../etc/passwd"}))
        assert "`..`" in text or ".." in text
        answer = structured(await s.call_tool("query_database", {
            "warehouse": arn, "namespace": "sales", "query": "SELECT count(*) AS n, max(id) AS top FROM orders"}))
        assert answer["rows"] == [[2, 11]], answer


async def test_two_servers_on_one_directory_both_append(tmp_path):
    lake = tmp_path / "lake"
    async with mcp_session("--local", lake, "--allow-write") as s:
        arn = await make_table(s)

    async def append(ids):
        async with mcp_session("--local", lake, "--allow-write") as s:
            for i in ids:
                structured(await s.call_tool("append_rows_to_table", {**table_args(arn), "rows": [{"id": i}]}))

    await asyncio.gather(append(range(0, 4)), append(range(100, 104)))
    async with mcp_session("--local", lake) as s:
        preview = structured(await s.call_tool("preview_table", table_args(arn)))
        described = structured(await s.call_tool("describe_table", table_args(arn)))
    assert sorted(r["id"] for r in preview["rows"]) == [*range(0, 4), *range(100, 104)]
    assert described["snapshotCount"] == 8


async def test_a_server_killed_mid_append_leaves_no_torn_table(tmp_path):
    """Appends stream in and the server is killed (SIGKILL) while they commit: whatever moment
    it died, the lake reopens, every committed snapshot is whole and none is half there."""
    import subprocess
    import time
    from conftest import BINARY, server_env
    lake = tmp_path / "lake"
    async with mcp_session("--local", lake, "--allow-write") as s:
        arn = await make_table(s)
    calls = [json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": {
        "name": "append_rows_to_table", "arguments": {**table_args(arn), "rows": [{"id": i}, {"id": 1000 + i}]}}})
        for i in range(40)]
    proc = subprocess.Popen([str(BINARY), "--local", str(lake), "--allow-write"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=server_env())
    proc.stdin.write(("\n".join(calls) + "\n").encode())
    proc.stdin.flush()
    # Let a few appends land, then kill mid-stream. (Forty appends race for one table, so some
    # answers may be "lost to other writers 5 times": only successes count.)
    landed = set()
    deadline = time.time() + 60
    while len(landed) < 5 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        answer = json.loads(line)
        if not answer.get("result", {}).get("isError", True):
            landed.add(answer["id"])
    proc.kill()
    proc.wait()
    assert len(landed) == 5
    async with mcp_session("--local", lake) as s:
        preview = structured(await s.call_tool("preview_table", {**table_args(arn), "limit": 500}))
        described = structured(await s.call_tool("describe_table", table_args(arn)))
    ids = sorted(r["id"] for r in preview["rows"])
    committed = [i for i in ids if i < 1000]
    assert landed <= set(committed) and len(set(committed)) == len(committed)
    # Each call's two rows landed together or not at all, once.
    assert ids == sorted(committed + [1000 + i for i in committed])
    assert described["snapshotCount"] == len(committed)


def test_a_foreign_or_damaged_directory_is_an_error_not_a_reset(tmp_path):
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "cat.jpg").write_bytes(b"\xff\xd8")
    code, out, err = run_raw([], "--local", foreign)
    assert code != 0 and "is not a local S3 Tables lake" in err, err
    assert (foreign / "cat.jpg").read_bytes() == b"\xff\xd8"
    damaged = tmp_path / "lake"
    damaged.mkdir()
    (damaged / "s3tables-local.json").write_text("{oops")
    code, out, err = run_raw([], "--local", damaged)
    assert code != 0 and "damaged" in err, err
    assert (damaged / "s3tables-local.json").read_text() == "{oops"


def test_only_this_servers_signed_requests_are_answered(tmp_path):
    lake = tmp_path / "lake"
    init = json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}})
    # The endpoint lives as long as the server; find it in the log and knock while it runs.
    proc = subprocess.Popen([str(BINARY), "--local", str(lake), "--log-level", "info"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=server_env())
    try:
        endpoint = None
        while endpoint is None:
            line = proc.stderr.readline().decode()
            assert line, "the server ended before reporting its endpoint"
            m = re.search(r"endpoints at (http://127\.0\.0\.1:\d+)", line)
            endpoint = m and m.group(1)
        for headers in [{}, {"Authorization": "AWS4-HMAC-SHA256 Credential=AKIDOTHER/20261206/us-east-1/s3tables/aws4_request, "
                                              "SignedHeaders=host;x-amz-date, Signature=00"}]:
            request = urllib.request.Request(f"{endpoint}/buckets", headers=headers)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=10)
            assert refused.value.code == 403
        proc.stdin.write((init + "\n").encode())
        proc.stdin.close()
        assert json.loads(proc.stdout.readline())["result"]["serverInfo"]["name"] == "s3tables-mcp"
    finally:
        proc.kill()
        proc.wait()


async def test_a_hostile_guest_on_a_local_lake_meets_the_same_gates(tmp_path):
    """The host's gates hold on `--local` as on AWS: a hostile component in a read-only server
    on a local lake, signing with the lake's own credentials, may read, but every write,
    delete, other port and ungranted `--local-bucket` is refused before it leaves the sandbox;
    a request signed with other credentials reaches the lake and is turned away there."""
    lake, info_file, folder = tmp_path / "lake", tmp_path / "endpoint.json", tmp_path / "landing"
    folder.mkdir()
    (folder / "in.csv").write_text("id\n1\n")
    async with mcp_session("--local", lake, "--allow-write") as s:
        arn = await make_table(s)
    proc = subprocess.Popen([str(BINARY), "--component", HOSTILE, "--local", str(lake), "--local-endpoint-file",
                             str(info_file), "--local-bucket", f"landing={folder}"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=server_env())
    try:
        deadline = time.time() + 30
        while not info_file.exists():
            assert time.time() < deadline and proc.poll() is None, "the server did not start"
            time.sleep(0.05)
        info = json.loads(info_file.read_text())
        ep, own = info["endpoint"], Credentials(info["accessKeyId"], info["secretAccessKey"])

        def step(method, path, service, body="", headers=None, creds=own):
            return signed(method, f"{ep}{path}", service, body, headers, creds=creds, region=info["region"])

        table = s3tables_route(arn, "orders")
        located = step("GET", f"{table}/metadata-location", "s3tables")
        steps = [
            step("GET", "/buckets", "s3tables"),                                       # a read: allowed
            step("GET", "/buckets", "s3tables", creds=HOSTILE_CREDS),                  # not the lake's key
            step("PUT", "/buckets", "s3tables", json.dumps({"name": "evil"})),         # a write while read-only
            step("DELETE", f"{table}", "s3tables"),                                    # a delete
            step("PUT", "/some-table-bucket/data/x.parquet", "s3", "x", {"If-None-Match": "*"}),
            step("GET", "/landing/in.csv", "s3"),                                      # not --allow-read-bucket
            signed("GET", "http://127.0.0.1:9/buckets", "s3tables", creds=own, region=info["region"]),
            located,
        ]
        request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {
            "name": "get_table", "arguments": {"table_bucket_arn": arn, "namespace": "sales", "name": "orders",
                                               "steps": steps}}})
        out, err = proc.communicate((request + "\n").encode(), timeout=60)
    finally:
        proc.kill()
        proc.wait()
    seen = json.loads(json.loads(out.decode().splitlines()[0])["result"]["content"][0]["text"])
    assert seen == ["status 200", "status 403", DENIED, DENIED, DENIED, DENIED, DENIED, "status 200"], seen
    assert_no_secrets(err.decode(errors="replace"), "stderr")
    # Nothing changed: one bucket, the table where it was.
    async with mcp_session("--local", lake) as s:
        buckets = structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"]
        assert [b["name"] for b in buckets] == ["lake"]
        structured(await s.call_tool("get_table", table_args(arn)))


def s3tables_route(arn, name):
    """The S3 Tables REST path of table `sales.<name>` in bucket `arn`."""
    return f"/tables/{quote(arn, safe='')}/sales/{name}"
