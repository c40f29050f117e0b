"""The packages users install the server from, each installed offline into a fresh temporary
place and driven through a real MCP session (the official SDK over stdio) against moto, by
the entry point a user runs: the PyPI wheel (`pip install`, `uvx`), the npm tarballs (`npx`),
the MCPB bundle (started as its manifest says), and the MCP registry's server.json.

The artefacts come from packaging/{wheel,npm,mcpb}.sh, which tests/run.sh runs after the
build. A missing artefact skips its tests, saying which script makes it; with CI=true it fails
them. Only x86_64-unknown-linux-gnu is built and tested here. Nothing goes beyond loopback:
pip, uv and npm run offline on local files, with caches and homes in temporary folders.
"""
import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

import pytest
from mcp import StdioServerParameters
from pyiceberg.schema import Schema
from pyiceberg.types import LongType, NestedField
from mcp.client.stdio import stdio_client

import node_tools
from conftest import ACCOUNT, REGION, ROOT, CheckedSession, assert_no_secrets, server_env, structured
from iceberg_fixtures import S3TablesCatalog

PACKAGING = ROOT / "packaging"
TARGET = ROOT / "target"
# What `cargo build --locked --profile dist -p s3tables-mcp` built: every package must carry it unchanged.
BUILT_BINARY = TARGET / "dist" / "s3tables-mcp"
VERSION = tomllib.loads((ROOT / "Cargo.toml").read_text())["workspace"]["package"]["version"]
SERVER_JSON = json.loads((PACKAGING / "server.json").read_text())
REGISTRY_NAME = SERVER_JSON["name"]
MARKER = f"<!-- mcp-name: {REGISTRY_NAME} -->"
PLATFORM_PACKAGE = "@s3tables-mcp/linux-x64"
# The vendored MCP registry schema, byte for byte (packaging/README.md says where it is from).
SCHEMA_SHA256 = "3fba09590c99f61735d234822279f4223fab9e300c0a81e81c91ab62a4114de0"
VENV_BIN = Path(sys.executable).parent


def artefact(pattern: str, script: str) -> Path:
    """The newest built file matching `pattern` under target/; skipped (failed in CI) if none."""
    found = sorted(TARGET.glob(pattern), key=lambda p: p.stat().st_mtime)
    if not found:
        message = f"target/{pattern} is not built: run `bash packaging/{script}` (tests/run.sh does)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found[-1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_is_the_built_binary(path: Path):
    assert path.stat().st_mode & stat.S_IXUSR, f"{path} is not executable"
    if BUILT_BINARY.exists():
        assert sha256(path) == sha256(BUILT_BINARY), (
            f"{path} is not target/dist/s3tables-mcp: the package is stale, rerun packaging/*.sh")


def report_sizes(capsys, **files: Path):
    """Prints the sizes (they show in the test output even when it is captured)."""
    sizes = {name: path.stat().st_size for name, path in files.items()}
    with capsys.disabled():
        print("\n" + ", ".join(f"{name} {size:,} bytes" for name, size in sizes.items()))
    assert all(size > 0 for size in sizes.values()), sizes


def run(cmd, timeout=300, **kwargs):
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, **kwargs)
    assert proc.returncode == 0, f"{cmd[0]} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@contextlib.asynccontextmanager
async def package_session(command, args, env=None, cwd=None, stderr: list | None = None):
    """An MCP session with the server started as `command args` (after `initialize`); its
    stderr is checked for secrets (and appended to `stderr` when given)."""
    params = StdioServerParameters(command=str(command), args=[str(a) for a in args], env=server_env(env),
                                   cwd=str(cwd) if cwd else None)
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "stderr.log"
        with open(log, "w") as errlog:
            async with stdio_client(params, errlog=errlog) as streams:
                async with CheckedSession(streams[0], streams[1]) as session:
                    await session.initialize()
                    yield session
        text = log.read_text(errors="replace")
        assert_no_secrets(text, "stderr")
        if stderr is not None:
            stderr.append(text)


async def exercise(session, bucket: str):
    """What every installed package must do: identify itself, offer the write tools it was
    allowed, create a table bucket in moto and list it."""
    info = session.initialize_result.server_info
    assert (info.name, info.version) == ("s3tables-mcp", VERSION)
    names = {t.name for t in (await session.list_tools()).tools}
    assert {"list_table_buckets", "create_table_bucket", "create_namespace"} <= names
    created = structured(await session.call_tool("create_table_bucket", {"name": bucket}))
    assert created["arn"] == f"arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/{bucket}"
    buckets = structured(await session.call_tool("list_table_buckets", {}))["tableBuckets"]
    assert [b["name"] for b in buckets] == [bucket]


def readme_runner_config(command: str) -> dict:
    """The client configuration snippet (docs/clients.md) that starts the server with `command`."""
    page = (ROOT / "docs" / "clients.md").read_text()
    for block in re.findall(r"```json\n(.*?)```", page, re.S):
        server = json.loads(block)["mcpServers"]["s3tables"] if "mcpServers" in block else None
        if server and server["command"] == command:
            return server
    raise AssertionError(f"docs/clients.md has no `{command}` snippet")


async def exercise_the_larger_builds(session, endpoint: str, bucket: str):
    """A call of each larger build (data plane: an append; SQL: a query) on a table PyIceberg
    creates in the bucket `exercise` created."""
    arn = f"arn:aws:s3tables:{REGION}:{ACCOUNT}:bucket/{bucket}"
    structured(await session.call_tool("create_namespace", {"table_bucket_arn": arn, "namespace": ["shop"]}))
    S3TablesCatalog(endpoint, arn).create_table(("shop", "orders"), Schema(
        NestedField(1, "id", LongType(), required=True)))
    structured(await session.call_tool("append_rows_to_table", {
        "table_bucket_arn": arn, "namespace": "shop", "name": "orders", "rows": [{"id": i} for i in range(5)]}))
    answer = structured(await session.call_tool("query_database", {
        "warehouse": arn, "region": REGION, "namespace": "shop", "query": "SELECT sum(id) AS s FROM orders"}))
    assert answer["rows"] == [[10]], answer


# The compiled code the wheel of precompiled code carries: one file per guest build.
PRECOMPILED = re.compile(r"(control-plane|data-plane|sql)-[0-9a-f]{16}\.cwasm\.zst")


def assert_loaded_the_packages_code(stderr: str, share: Path):
    """The server loaded every build from `share` (the package's code), compiling none."""
    files = sorted(p.name for p in share.iterdir())
    assert [PRECOMPILED.fullmatch(f).group(1) for f in files] == ["control-plane", "data-plane", "sql"], files
    for f in files:
        assert f"loaded the compiled guest {share / f}" in stderr, (f, stderr[-3000:])
    assert "ignoring the compiled guest" not in stderr, stderr[-3000:]


# --- PyPI -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def wheel():
    return artefact(f"wheels/s3tables_mcp-{VERSION}-py3-none-*.whl", "wheel.sh")


@pytest.fixture(scope="module")
def precompiled_wheel():
    return artefact(f"wheels/s3tables_mcp_precompiled-{VERSION}-py3-none-*.whl", "wheel.sh")


def test_the_precompiled_code_is_a_pinned_dependency_for_the_same_platform(wheel, precompiled_wheel, capsys):
    with zipfile.ZipFile(wheel) as z:
        metadata = z.read(f"s3tables_mcp-{VERSION}.dist-info/METADATA").decode()
    requires = re.findall(r"^Requires-Dist: (.*)$", metadata, re.M)
    assert requires == [f"s3tables-mcp-precompiled=={VERSION} ; platform_machine == 'x86_64' and "
                        "sys_platform == 'linux'"], requires
    tag = lambda w: w.name.split("-", 2)[2]  # noqa: E731
    assert tag(precompiled_wheel) == tag(wheel)
    with zipfile.ZipFile(precompiled_wheel) as z:
        names = z.namelist()
        metadata = z.read(f"s3tables_mcp_precompiled-{VERSION}.dist-info/METADATA").decode()
    assert f"Name: s3tables-mcp-precompiled\nVersion: {VERSION}\n" in metadata
    prefix = f"s3tables_mcp_precompiled-{VERSION}.data/data/share/s3tables-mcp/precompiled/"
    code = [n.removeprefix(prefix) for n in names if n.startswith(prefix)]
    assert sorted(PRECOMPILED.fullmatch(n).group(1) for n in code) == ["control-plane", "data-plane", "sql"], names
    report_sizes(capsys, precompiled_wheel=precompiled_wheel)


def test_wheel_is_manylinux_and_carries_the_binary_and_the_registry_marker(wheel, capsys):
    assert re.fullmatch(rf"s3tables_mcp-{re.escape(VERSION)}-py3-none-(\S+\.)?manylinux_2_\d+_x86_64(\.\S+)?\.whl",
                        wheel.name), wheel.name
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        script = f"s3tables_mcp-{VERSION}.data/scripts/s3tables-mcp"
        assert script in names, names
        assert (z.getinfo(script).external_attr >> 16) & 0o111, "the binary in the wheel is not executable"
        metadata = z.read(f"s3tables_mcp-{VERSION}.dist-info/METADATA").decode()
    assert "Name: s3tables-mcp" in metadata and f"Version: {VERSION}" in metadata
    assert MARKER in metadata, "the PyPI description lacks the MCP registry ownership marker"
    report_sizes(capsys, wheel=wheel, binary=BUILT_BINARY)


@pytest.mark.anyio
async def test_pip_install_offline_into_a_fresh_venv(wheel, precompiled_wheel, endpoint, tmp_path):
    """pip installs the wheel and, as its dependency, the compiled code: a server on an empty
    cache compiles no guest build, it loads each from the package."""
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    run([venv / "bin" / "pip", "install", "--no-index", "--find-links", precompiled_wheel.parent,
         "--disable-pip-version-check", "--no-cache-dir", wheel])
    installed = venv / "bin" / "s3tables-mcp"
    assert_is_the_built_binary(installed)
    stderr = []
    env = {"S3TABLES_MCP_CACHE_DIR": str(tmp_path / "empty-cache")}
    args = ["--allow-write", "--endpoint-url", endpoint, "--log-level", "info"]
    async with package_session(installed, args, env=env, stderr=stderr) as s:
        await exercise(s, "from-pip")
        await exercise_the_larger_builds(s, endpoint, "from-pip")
    assert_loaded_the_packages_code(stderr[0], venv / "share" / "s3tables-mcp" / "precompiled")


@pytest.mark.anyio
async def test_uvx_runs_the_readme_snippet_from_the_wheel_offline(wheel, endpoint, tmp_path):
    """The `uvx` snippet of docs/clients.md, with `--from <wheel>` and `--offline` in place of PyPI."""
    config = readme_runner_config("uvx")
    assert config["args"][0] == "s3tables-mcp"
    env = {
        **config.get("env", {}),
        "UV_CACHE_DIR": str(tmp_path / "uv-cache"),
        "UV_TOOL_DIR": str(tmp_path / "uv-tools"),
        "UV_PYTHON_DOWNLOADS": "never",
        "UV_NO_CONFIG": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    args = ["--offline", "--find-links", wheel.parent, "--from", wheel, *config["args"],
            "--allow-write", "--endpoint-url", endpoint]
    async with package_session(VENV_BIN / "uvx", args, env=env) as s:
        await exercise(s, "from-uvx")
    installed = list((tmp_path / "uv-cache").rglob("bin/s3tables-mcp"))
    assert installed, "uvx did not install the binary into its cache"
    assert_is_the_built_binary(installed[0])
    share = installed[0].parent.parent / "share" / "s3tables-mcp" / "precompiled"
    assert len(list(share.glob("*.cwasm.zst"))) == 3, "uvx did not install the compiled code beside it"


# --- npm --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def npm_tarballs():
    return (artefact(f"npm/s3tables-mcp-{VERSION}.tgz", "npm.sh"),
            artefact(f"npm/s3tables-mcp-linux-x64-{VERSION}.tgz", "npm.sh"))


def npm_env(tmp: Path, extra=None) -> dict:
    """npm offline, with a cache of its own and no user config (not the machine's ~/.npmrc).
    HOME stays: the server keeps its compiled guests in ~/.cache, filled once per test run."""
    env = {
        "npm_config_userconfig": str(tmp / "npmrc"),
        "npm_config_cache": str(tmp / "npm-cache"),
        "npm_config_offline": "true",
        "npm_config_update_notifier": "false",
        "npm_config_audit": "false",
        "npm_config_fund": "false",
    }
    env.update(extra or {})
    return env


@pytest.fixture(scope="module")
def npm_prefix(npm_tarballs, tmp_path_factory):
    """Both tarballs installed offline into a fresh prefix, as `npm install` would from the registry."""
    tmp = tmp_path_factory.mktemp("npm")
    launcher, platform = npm_tarballs
    prefix = tmp / "prefix"
    prefix.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **npm_env(tmp)}
    run(["npm", "install", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, platform, launcher], env=env)
    return tmp, prefix


def test_npm_packages_declare_platform_bin_and_registry_name(npm_tarballs, npm_prefix, capsys):
    tmp, prefix = npm_prefix
    modules = prefix / "node_modules"
    launcher = json.loads((modules / "s3tables-mcp" / "package.json").read_text())
    assert launcher["version"] == VERSION
    assert launcher["mcpName"] == REGISTRY_NAME
    assert launcher["optionalDependencies"] == {PLATFORM_PACKAGE: VERSION}
    assert launcher["bin"] == {"s3tables-mcp": "bin/s3tables-mcp.js"}
    platform = json.loads((modules / PLATFORM_PACKAGE / "package.json").read_text())
    assert (platform["name"], platform["version"]) == (PLATFORM_PACKAGE, VERSION)
    assert (platform["os"], platform["cpu"], platform["libc"]) == (["linux"], ["x64"], ["glibc"])
    assert_is_the_built_binary(modules / PLATFORM_PACKAGE / "bin" / "s3tables-mcp")
    assert (modules / ".bin" / "s3tables-mcp").exists()
    report_sizes(capsys, **{"npm launcher": npm_tarballs[0], "npm linux-x64": npm_tarballs[1]})


@pytest.mark.anyio
async def test_npx_runs_the_readme_snippet_offline(npm_prefix, endpoint):
    """The `npx` snippet of docs/clients.md, run offline where the tarballs were installed."""
    tmp, prefix = npm_prefix
    config = readme_runner_config("npx")
    assert config["args"][:2] == ["-y", "s3tables-mcp"]
    args = ["--offline", *config["args"], "--allow-write", "--endpoint-url", endpoint, "--log-level", "info"]
    env = {**config.get("env", {}), **npm_env(tmp), "S3TABLES_MCP_CACHE_DIR": str(tmp / "empty-cache")}
    stderr = []
    async with package_session("npx", args, env=env, cwd=prefix, stderr=stderr) as s:
        await exercise(s, "from-npx")
        await exercise_the_larger_builds(s, endpoint, "from-npx")
    share = prefix / "node_modules" / PLATFORM_PACKAGE / "share" / "s3tables-mcp" / "precompiled"
    assert_loaded_the_packages_code(stderr[0], share)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def exit_on_sigterm(cmd, env) -> tuple[int, list[int]]:
    """Starts `cmd` as a stdio server, waits for its answer to `initialize`, sends SIGTERM;
    returns its exit status and the pids that were its children."""
    init = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "packages", "version": "0"}}}
    proc = subprocess.Popen([str(c) for c in cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=server_env(env))
    try:
        proc.stdin.write((json.dumps(init) + "\n").encode())
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["id"] == 0
        kids = children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        assert_no_secrets(proc.stderr.read().decode(errors="replace"), "stderr")
        return code, kids
    finally:
        if proc.poll() is None:
            proc.kill()


def test_npm_launcher_forwards_sigterm_and_the_exit_status(npm_prefix):
    tmp, prefix = npm_prefix
    launcher = prefix / "node_modules" / ".bin" / "s3tables-mcp"
    binary = prefix / "node_modules" / PLATFORM_PACKAGE / "bin" / "s3tables-mcp"
    direct, _ = exit_on_sigterm([binary], None)
    through, kids = exit_on_sigterm([launcher], None)
    assert through == direct, f"the binary exits {direct} on SIGTERM, the launcher {through}"
    assert len(kids) == 1, kids
    deadline = time.time() + 10
    while Path(f"/proc/{kids[0]}").exists() and time.time() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{kids[0]}").exists(), "the binary outlived the launcher"
    # And its exit code: a flag the binary refuses.
    bad = [subprocess.run([str(cmd), "--no-such-flag"], capture_output=True, env=server_env(), timeout=30).returncode
           for cmd in (binary, launcher)]
    assert bad[0] != 0 and bad[1] == bad[0], bad


def test_npm_launcher_names_the_supported_platforms_when_no_binary_is_installed(npm_prefix, tmp_path):
    _, prefix = npm_prefix
    # A copy of the installed launcher without its platform package.
    lonely = tmp_path / "node_modules" / "s3tables-mcp"
    shutil.copytree(prefix / "node_modules" / "s3tables-mcp", lonely)
    proc = subprocess.run(["node", lonely / "bin" / "s3tables-mcp.js", "--help"], capture_output=True, text=True,
                          timeout=30)
    assert proc.returncode == 1
    assert "no binary for this platform (linux-x64)" in proc.stderr, proc.stderr
    assert "Supported platforms: linux-x64." in proc.stderr, proc.stderr
    assert PLATFORM_PACKAGE in proc.stderr and "--omit=optional" in proc.stderr, proc.stderr


# --- MCPB -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundle():
    return artefact(f"s3tables-mcp-{VERSION}-linux-x64.mcpb", "mcpb.sh")


@pytest.fixture(scope="module")
def unpacked(bundle, tmp_path_factory):
    """The bundle validated and unpacked by the official MCPB CLI."""
    out = tmp_path_factory.mktemp("mcpb") / "bundle"
    run([node_tools.tool("mcpb"), "unpack", bundle, out], env=node_tools.env())
    run([node_tools.tool("mcpb"), "validate", out / "manifest.json"], env=node_tools.env())
    return out


def mcp_config(unpacked: Path, user_config: dict) -> dict:
    """The command a host runs for this bundle, from the MCPB package's own
    `getMcpConfigForManifest` (the code MCPB hosts use): ${__dirname} and ${user_config.*}
    substituted, defaults applied."""
    script = """
        const { getMcpConfigForManifest } = await import(process.argv[1]);
        const fs = await import("node:fs");
        const manifest = JSON.parse(fs.readFileSync(process.argv[2] + "/manifest.json", "utf8"));
        const config = await getMcpConfigForManifest({ manifest, extensionPath: process.argv[2],
            systemDirs: {}, userConfig: JSON.parse(process.argv[3]), pathSeparator: "/" });
        process.stdout.write(JSON.stringify(config));
    """
    module = node_tools.NPM_DIR / "node_modules" / "@anthropic-ai" / "mcpb" / "dist" / "index.js"
    proc = run([node_tools.NODE_DIR / "node", "--input-type=module", "-e", script, module, unpacked,
                json.dumps(user_config)], env=node_tools.env())
    return json.loads(proc.stdout)


def test_bundle_manifest_and_binary(bundle, unpacked, capsys):
    manifest = json.loads((unpacked / "manifest.json").read_text())
    assert manifest["version"] == VERSION
    assert manifest["server"]["type"] == "binary"
    assert manifest["server"]["mcp_config"]["command"] == "${__dirname}/" + manifest["server"]["entry_point"]
    assert manifest["compatibility"]["platforms"] == ["linux"]
    assert set(manifest["user_config"]) == {"aws_profile", "aws_region", "extra_flags"}
    with zipfile.ZipFile(bundle) as z:
        names = sorted(z.namelist())
        code = "share/s3tables-mcp/precompiled/"
        assert [n for n in names if not n.startswith(code)] == ["manifest.json", "server/s3tables-mcp"], names
        assert sorted(PRECOMPILED.fullmatch(n.removeprefix(code)).group(1) for n in names if n.startswith(code)) \
            == ["control-plane", "data-plane", "sql"], names
        assert (z.getinfo("server/s3tables-mcp").external_attr >> 16) & 0o111, "not executable in the zip"
    assert_is_the_built_binary(unpacked / manifest["server"]["entry_point"])
    # With nothing configured, a host starts it read-only in us-east-1, with the default profile.
    default = mcp_config(unpacked, {})
    assert default["command"] == str(unpacked / "server" / "s3tables-mcp")
    assert default["args"] == ["--region", "us-east-1"]
    assert default["env"] == {"AWS_PROFILE": "default"}
    report_sizes(capsys, bundle=bundle, binary=BUILT_BINARY)


@pytest.mark.anyio
async def test_bundle_starts_as_its_manifest_says(unpacked, endpoint, tmp_path):
    flags = ["--allow-write", f"--endpoint-url={endpoint}", "--log-level=info"]
    config = mcp_config(unpacked, {"aws_region": REGION, "extra_flags": flags})
    assert config["args"] == ["--region", REGION, *flags]
    env = {**config["env"], "S3TABLES_MCP_CACHE_DIR": str(tmp_path / "empty-cache")}
    stderr = []
    async with package_session(config["command"], config["args"], env=env, stderr=stderr) as s:
        await exercise(s, "from-mcpb")
        await exercise_the_larger_builds(s, endpoint, "from-mcpb")
    assert_loaded_the_packages_code(stderr[0], unpacked / "share" / "s3tables-mcp" / "precompiled")


@pytest.mark.anyio
async def test_bundle_without_extra_flags_is_read_only(unpacked, endpoint):
    # The endpoint comes from the environment here, so the manifest's own arguments are all there is.
    config = mcp_config(unpacked, {})
    env = {**config["env"], "AWS_ENDPOINT_URL_S3TABLES": endpoint}
    async with package_session(config["command"], config["args"], env=env) as s:
        tools = (await s.list_tools()).tools
        assert tools and all(t.annotations.read_only_hint for t in tools)
        assert structured(await s.call_tool("list_table_buckets", {}))["tableBuckets"] == []


# --- MCP registry -----------------------------------------------------------------------------

def registry_validator():
    import jsonschema
    schema_file = PACKAGING / "server.schema.json"
    assert sha256(schema_file) == SCHEMA_SHA256, "packaging/server.schema.json differs from the vendored schema"
    schema = json.loads(schema_file.read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return schema, cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_server_json_validates_and_agrees_with_the_packages():
    schema, validator = registry_validator()
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(SERVER_JSON)]
    assert not errors, errors
    assert SERVER_JSON["$schema"] == schema["$id"] == "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json"
    assert SERVER_JSON["version"] == VERSION
    packages = {p["registryType"]: p for p in SERVER_JSON["packages"]}
    assert set(packages) == {"pypi", "npm", "mcpb"}
    assert all(p["version"] == VERSION for p in packages.values())
    assert all(p["transport"] == {"type": "stdio"} for p in packages.values())
    # The names the registry checks ownership by.
    pyproject = tomllib.loads((PACKAGING / "pypi" / "pyproject.toml").read_text())
    assert packages["pypi"]["identifier"] == pyproject["project"]["name"]
    assert MARKER in (PACKAGING / "pypi" / pyproject["project"]["readme"]).read_text()
    launcher = json.loads((PACKAGING / "npm" / "s3tables-mcp" / "package.json").read_text())
    assert packages["npm"]["identifier"] == launcher["name"]
    assert PLATFORM_PACKAGE in launcher["optionalDependencies"]
    mcpb = packages["mcpb"]
    assert mcpb["identifier"].startswith("https://github.com/")
    assert mcpb["identifier"].endswith(f"/v{VERSION}/s3tables-mcp-{VERSION}-linux-x64.mcpb")
    # The hash belongs to a built bundle: packaging/mcpb.sh writes it into target/server.json.
    assert "fileSha256" not in mcpb, "packaging/server.json must not carry a bundle hash: target/server.json does"


def test_built_server_json_carries_the_bundles_sha256(bundle):
    built = json.loads(artefact("server.json", "mcpb.sh").read_text())
    _, validator = registry_validator()
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(built)]
    assert not errors, errors
    (entry,) = [p for p in built["packages"] if p["registryType"] == "mcpb"]
    assert entry["identifier"].rsplit("/", 1)[1] == bundle.name
    assert entry["fileSha256"] == sha256(bundle)
    entry.pop("fileSha256")
    assert built == SERVER_JSON, "target/server.json is packaging/server.json plus the hash, nothing else"
