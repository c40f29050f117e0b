"""The README and docs/ tell the truth: the tool table (docs/tools.md) lists exactly each
toolset's tools, and ✎ marks exactly the write tools, as the real binary reports them; every
client snippet starts a working server; the first command is the server itself."""
import json
import re
import subprocess
import tempfile

from conftest import BINARY, ROOT, run_raw, server_env

LIST = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
DOCS = ROOT / "docs"


def readme_toolsets():
    rows = re.findall(r"^\| `([a-z-]+)` \| (`.*) \|$", (DOCS / "tools.md").read_text(), re.M)
    return {ts: dict((name, mark == "✎") for name, mark in re.findall(r"`([a-z_]+)`(✎?)", cell)) for ts, cell in rows}


def test_readme_tool_table_matches_the_server():
    table = readme_toolsets()
    assert len(table) == 14
    for toolset, documented in table.items():
        _, out, _ = run_raw([LIST], "--allow-write", "--allow-destructive", "--toolsets", toolset)
        tools = out[0]["result"]["tools"]
        actual = {t["name"]: not t["annotations"]["readOnlyHint"] for t in tools}
        assert actual == documented, toolset
    # The 58 operations and the composite tools (describe_table, preview_table, query_database,
    # append_rows_to_table, import_csv_to_table, import_parquet_to_table, get_bucket_metadata_config).
    assert sum(len(v) for v in table.values()) == 65


# How the package runners start the server: `uvx s3tables-mcp ARGS` (the PyPI wheel) and
# `npx -y s3tables-mcp ARGS` (the npm package). Both run the same binary with ARGS;
# tests/test_packages.py runs these snippets (docs/clients.md) through the real wheel and npm package.
RUNNERS = {"s3tables-mcp": [], "uvx": ["s3tables-mcp"], "npx": ["-y", "s3tables-mcp"]}


def binary_args(server) -> list:
    """The server's own arguments: the snippet's, less the runner's package spec."""
    prefix = RUNNERS[server["command"]]
    assert server["args"][:len(prefix)] == prefix, server
    return server["args"][len(prefix):]


def test_every_json_snippet_in_the_readme_and_docs_parses():
    pages = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
    blocks = [b for page in pages for b in re.findall(r"```json\n(.*?)```", page.read_text(), re.S)]
    # The README's client config, the six of docs/clients.md and docs/local-lake.md's.
    assert len(blocks) >= 8
    for block in blocks:
        config = json.loads(block)
        servers = config.get("mcpServers") or config.get("servers")
        assert servers["s3tables"]["command"] in RUNNERS
        binary_args(servers["s3tables"])


CLIENTS = {
    "Claude Desktop": "mcpServers",
    "Amazon Q Developer CLI": "mcpServers",
    "VS Code": "servers",
    "Cursor": "mcpServers",
}


def clients_page() -> str:
    """docs/clients.md below its title: every client's configuration."""
    return (DOCS / "clients.md").read_text().split("# Client configuration\n", 1)[1]


def readme_client_section() -> str:
    return (ROOT / "README.md").read_text().split("## Client configuration", 1)[1].split("\n## ", 1)[0]


def client_configs(section=None, clients=CLIENTS):
    """Each client's JSON snippet: the first ```json block after a paragraph naming the client."""
    section = clients_page() if section is None else section
    found = {}
    for client in clients:
        m = re.search(rf"^{re.escape(client)} \(.*?\n\n```json\n(.*?)```", section, re.S | re.M)
        assert m, f"no config for {client}"
        found[client] = json.loads(m.group(1))
    return found


def test_every_client_config_starts_a_working_server():
    """Each snippet's arguments are real flags: the binary starts with them and serves tools
    (docs/clients.md's, and the README's own Claude Desktop one)."""
    init = json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "readme", "version": "0"}}})
    configs = [(client, client, config) for client, config in client_configs().items()]
    configs += [(f"README {client}", client, config)
                for client, config in client_configs(readme_client_section(), ["Claude Desktop"]).items()]
    for label, client, config in configs:
        server = config[CLIENTS[client]]["s3tables"]
        assert server["command"] == "s3tables-mcp", label
        assert server.get("type", "stdio") == "stdio", label
        code, out, err = run_raw([init, LIST], *server["args"], env=server.get("env"))
        assert code == 0, f"{label}: {err}"
        # Requests run concurrently: answers are matched by id, not order.
        by_id = {m["id"]: m for m in out}
        assert by_id[0]["result"]["serverInfo"]["name"] == "s3tables-mcp", label
        tools = by_id[1]["result"]["tools"]
        assert any(t["name"] == "list_table_buckets" for t in tools), label
        writes = any(not t["annotations"]["readOnlyHint"] for t in tools)
        assert writes == ("--allow-write" in server["args"]), label


def test_uvx_and_npx_snippets_pass_real_flags():
    """The `uvx` and `npx` snippets' arguments, given to the binary they install, start a
    working server (tests/test_packages.py runs them through the packages themselves)."""
    init = json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "readme", "version": "0"}}})
    runners = set()
    for block in re.findall(r"```json\n(.*?)```", clients_page(), re.S):
        server = json.loads(block)["mcpServers"]["s3tables"] if "mcpServers" in block else None
        if not server or server["command"] == "s3tables-mcp":
            continue
        runners.add(server["command"])
        code, out, err = run_raw([init, LIST], *binary_args(server), env=server.get("env"))
        assert code == 0, f"{server['command']}: {err}"
        by_id = {m["id"]: m for m in out}
        assert by_id[0]["result"]["serverInfo"]["name"] == "s3tables-mcp"
        assert any(t["name"] == "list_table_buckets" for t in by_id[1]["result"]["tools"])
    assert runners == {"uvx", "npx"}


def test_command_one_starts_the_server_with_rust_alone():
    """The first command builds with cargo alone (no C toolchain step, no `--help`) and what it
    runs is the server itself: the built binary, given the same arguments, answers MCP."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    first = re.findall(r"```sh\n(.*?)```", section, re.S)[0].strip()
    assert first == ("rustup target add wasm32-wasip2 && cargo run --locked --release -p s3tables-mcp "
                     "-- --local --allow-write"), first
    for word in ("clang", "apt-get", "wasi-libc", "--help"):
        assert word not in first
    args = first.split(" -- ", 1)[1].split() if " -- " in first else []
    init = json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "readme", "version": "0"}}})
    with tempfile.TemporaryDirectory() as data:
        # `--local` keeps its lake in the user's data directory: here, a temporary one.
        code, out, err = run_raw([init], *args, env={"XDG_DATA_HOME": data})
        assert code == 0 and out[0]["result"]["serverInfo"]["name"] == "s3tables-mcp", (out, err)
        assert f"local lake in {data}/s3tables-mcp/lake" in err, err


def help_flags():
    """`--help`'s flags: name -> (value name or None, default or None)."""
    text = subprocess.run([str(BINARY), "--help"], capture_output=True, text=True, env=server_env(), check=True).stdout
    flags = {}
    for block in re.split(r"\n(?=\s+(?:-\w, )?--)", text):
        head = re.match(r"\s+(?:-\w, )?--([a-z0-9-]+)(?:\[?[ =]*\[?<([A-Z_=]+)>)?", block)
        if head:
            default = re.search(r"\[default: ([^\]]+)\]", block)
            flags[head.group(1)] = (head.group(2), default and default.group(1))
    return flags


def flag_table():
    """docs/flags.md's rows: name -> (value names written, the row's text)."""
    rows = {}
    for cell, meaning in re.findall(r"^\| (`--.*?) \|(.*)\|$", (DOCS / "flags.md").read_text(), re.M):
        for flag in re.findall(r"`--([a-z0-9-]+)(?:[ =]\[?([A-Z_=]+)\]?)?`", cell):
            values, _ = rows.setdefault(flag[0], (set(), meaning))
            values.add(flag[1] or None)
    return rows


def test_the_flag_table_is_the_help():
    """Every flag `--help` shows has a row with its value name, and every row a flag; a
    default `--help` states (from the settings registry, for the numeric ones) is the row's."""
    shown, documented = help_flags(), flag_table()
    assert set(shown) == set(documented), set(shown) ^ set(documented)
    for name, (value, default) in shown.items():
        values, meaning = documented[name]
        assert value in values, (name, value, values)
        if default is None or default.startswith("$"):
            continue
        if default.isdigit():
            stated = re.search(r"default ([0-9][0-9,]*)( MiB)?", meaning)
            assert stated, (name, meaning)
            number = int(stated.group(1).replace(",", "")) * (1 << 20 if stated.group(2) else 1)
            assert number == int(default), (name, default, meaning)
        else:
            assert f"default `{default}`" in meaning, (name, default, meaning)
