"""Shared fixtures: a moto S3 Tables emulator on a free loopback port, and the real
`s3tables-mcp` binary driven by the official MCP Python SDK over stdio.

Traffic goes only to 127.0.0.1. The binary is built once by `just test` (or `.ci/run`);
set S3TABLES_MCP_BIN to test another build.
"""
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import boto3
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = Path(__file__).resolve().parent.parent
BINARY = Path(os.environ.get("S3TABLES_MCP_BIN", ROOT / "target" / "release" / "s3tables-mcp"))
# The component the binary embeds, as host/build.rs leaves it.
COMPONENT = ROOT / "target" / "guest" / "components" / "s3tables-mcp.wasm"
ACCOUNT = "123456789012"
REGION = "us-east-1"

# Credentials for the emulator only. The canary-looking values make leaks easy to grep for.
ACCESS_KEY = "AKIDTESTONLY000000000"
# Canaries: they must never appear on stdout, stderr, in a tool result or a log. Every session
# and raw run below checks that (see `assert_no_secrets`).
SECRET_KEY = "testonly/SECRET/canary-do-not-print"
SESSION_TOKEN = "testonly-SESSION-canary-token-do-not-print"
CANARIES = (SECRET_KEY, SESSION_TOKEN)


# After the constants: iceberg_fixtures reads them from here.
from iceberg_fixtures import S3TablesCatalog  # noqa: E402
from tables import make_two_appends  # noqa: E402


def assert_no_secrets(text: str, where: str):
    for canary in CANARIES:
        assert canary not in text, f"a secret leaked into {where}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session", autouse=True)
def precompiled_guests():
    """Every guest build compiled into the cache once, before any server starts: otherwise each
    server's first data-plane or SQL call would compile that build again while tests run."""
    if BINARY.exists():
        subprocess.run([str(BINARY), "precompile"], env=server_env(), check=True, capture_output=True)


@pytest.fixture(scope="session")
def anyio_backend():
    return "asyncio"


@contextlib.contextmanager
def start_moto():
    """A moto server on a free loopback port, yielding its URL."""
    port = free_port()
    exe = Path(sys.executable).parent / "moto_server"
    proc = subprocess.Popen(
        [str(exe), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{url}/moto-api/", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise RuntimeError("moto server did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def moto_server():
    with start_moto() as url:
        yield url


@pytest.fixture
def endpoint(moto_server):
    """The emulator, reset to empty for each test."""
    req = urllib.request.Request(f"{moto_server}/moto-api/reset", method="POST")
    urllib.request.urlopen(req, timeout=10)
    return moto_server


# The account every ARN of a `--local` lake names.
LOCAL_ACCOUNT = "000000000000"


@pytest.fixture(params=["moto", "local"])
def backend(request, tmp_path):
    """Where a suite's tool calls go: moto (`--endpoint-url`), or a fresh `--local` lake.
    Yields the server arguments and the account its ARNs name."""
    if request.param == "moto":
        return ["--endpoint-url", request.getfixturevalue("endpoint")], ACCOUNT
    return ["--local", str(tmp_path / "lake")], LOCAL_ACCOUNT


def client(service, endpoint, **creds):
    """A boto3 client on a loopback endpoint (the emulator's credentials unless `creds`)."""
    keys = creds or dict(aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                         aws_session_token=SESSION_TOKEN)
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION, **keys)


@pytest.fixture
def lake(endpoint):
    """A table bucket with namespace `sales` on moto, and a PyIceberg catalog over it."""
    s3tables = client("s3tables", endpoint)
    arn = s3tables.create_table_bucket(name="lake")["arn"]
    s3tables.create_namespace(tableBucketARN=arn, namespace=["sales"])
    return arn, S3TablesCatalog(endpoint, arn), s3tables


class DataLake:
    """`lake` on either backend: the bucket's ARN, a PyIceberg catalog, S3 Tables and S3
    clients on it, and the arguments that point the binary there (`args`, which grow a
    `--local-bucket` for each `source` on a local lake)."""

    def __init__(self, kind, arn, catalog, s3tables, s3, args, folders=None):
        self.kind, self.arn, self.catalog, self.s3tables, self.s3 = kind, arn, catalog, s3tables, s3
        self.args, self.folders = args, folders

    def source(self, bucket):
        """A general purpose bucket to import from: on moto a bucket, on a local lake a folder
        served with `--local-bucket`. Returns `put(key, bytes) -> s3 URL`."""
        if self.folders is None:
            self.s3.create_bucket(Bucket=bucket)

            def put(key, body):
                self.s3.put_object(Bucket=bucket, Key=key, Body=body)
                return f"s3://{bucket}/{key}"
        else:
            folder = self.folders / bucket
            folder.mkdir(parents=True)
            self.args = [*self.args, "--local-bucket", f"{bucket}={folder}"]

            def put(key, body):
                path = folder / key
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(body)
                return f"s3://{bucket}/{key}"
        return put


@contextlib.contextmanager
def local_lake_endpoint(lake_dir, info_file):
    """A background `--local` server on `lake_dir` that keeps the lake's endpoint up for other
    clients (PyIceberg, boto3); yields its `--local-endpoint-file` contents."""
    keeper = subprocess.Popen([str(BINARY), "--local", str(lake_dir), "--local-endpoint-file", str(info_file)],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=server_env())
    try:
        deadline = time.time() + 30
        while True:
            try:
                info = json.loads(info_file.read_text())
                break
            except (FileNotFoundError, ValueError):
                assert time.time() < deadline and keeper.poll() is None, "the lake's server did not start"
                time.sleep(0.05)
        yield info
    finally:
        keeper.kill()
        keeper.wait()


@pytest.fixture(params=["moto", "local"])
def data_lake(request, tmp_path):
    """A table bucket with namespace `sales` on moto, or on a `--local` lake — whose endpoint
    a background server keeps up for PyIceberg (credentials from `--local-endpoint-file`) while
    the test's own servers open the same directory."""
    if request.param == "moto":
        endpoint = request.getfixturevalue("endpoint")
        arn, catalog, s3tables = request.getfixturevalue("lake")
        yield DataLake("moto", arn, catalog, s3tables, client("s3", endpoint), ["--endpoint-url", endpoint])
        return
    lake_dir = tmp_path / "lake"
    with local_lake_endpoint(lake_dir, tmp_path / "endpoint.json") as info:
        creds = dict(aws_access_key_id=info["accessKeyId"], aws_secret_access_key=info["secretAccessKey"])
        s3tables = client("s3tables", info["endpoint"], **creds)
        arn = s3tables.create_table_bucket(name="lake")["arn"]
        s3tables.create_namespace(tableBucketARN=arn, namespace=["sales"])
        catalog = S3TablesCatalog(info["endpoint"], arn, region=info["region"], access_key=info["accessKeyId"],
                                  secret_key=info["secretAccessKey"], session_token=None, io_impl="PutOnlyFileIO")
        yield DataLake("local", arn, catalog, s3tables, client("s3", info["endpoint"], **creds),
                       ["--local", str(lake_dir)], folders=tmp_path / "folders")


@pytest.fixture
def two_appends(data_lake):
    """`tables.make_two_appends` on moto or on a `--local` lake: (arn, catalog, table)."""
    return data_lake.arn, data_lake.catalog, make_two_appends(data_lake.catalog)


@pytest.fixture
def orders_lake(two_appends, data_lake):
    """`two_appends` and the server arguments that reach it: (arn, catalog, table, args)."""
    return (*two_appends, data_lake.args)


def server_env(extra=None) -> dict:
    """A clean environment: emulator credentials, no shared config files, no metadata service."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "AWS_SESSION_TOKEN": SESSION_TOKEN,
        "AWS_CONFIG_FILE": "/nonexistent/aws-config",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    env.update(extra or {})
    return env


class CheckedSession(ClientSession):
    """A client session whose every tool result is checked for leaked secrets."""

    async def call_tool(self, *args, **kwargs):
        result = await super().call_tool(*args, **kwargs)
        assert_no_secrets(result.model_dump_json(), "a tool result")
        return result


@contextlib.asynccontextmanager
async def mcp_session(*args, env=None, stderr_path=None, stateless=False, **session_options):
    """An MCP client session with the real binary, after the `initialize` handshake (or, with
    `stateless`, after 2026-07-28 `server/discover`); its stderr is checked for secrets.
    `session_options` go to the SDK's `ClientSession` (`logging_callback`, `log_level`, ...)."""
    params = StdioServerParameters(command=str(BINARY), args=[str(a) for a in args], env=server_env(env))
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(stderr_path or Path(tmp) / "stderr.log")
        with open(log, "w") as errlog:
            async with stdio_client(params, errlog=errlog) as streams:
                read, write = streams[0], streams[1]
                async with CheckedSession(read, write, **session_options) as session:
                    if stateless:
                        await session.discover()
                    else:
                        await session.initialize()
                    yield session
        assert_no_secrets(log.read_text(errors="replace"), "stderr")


def run_raw(lines, *args, env=None, timeout=60):
    """Runs the binary with raw stdin lines; returns (exit code, stdout messages, stderr)."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    proc = subprocess.run(
        [str(BINARY), *map(str, args)],
        input=data.encode(),
        capture_output=True,
        env=server_env(env),
        timeout=timeout,
    )
    stdout, stderr = proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")
    assert_no_secrets(stdout, "stdout")
    assert_no_secrets(stderr, "stderr")
    out = [json.loads(l) for l in stdout.splitlines() if l.strip()]
    return proc.returncode, out, stderr


def structured(result):
    """The structured content of a successful tool result, checked against its text block."""
    assert not result.is_error, result.content[0].text
    text = json.loads(result.content[0].text)
    assert text == result.structured_content
    return result.structured_content


def error_text(result) -> str:
    assert result.is_error, f"expected a tool error, got {result.structured_content}"
    return result.content[0].text
