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
