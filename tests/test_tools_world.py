"""The tools components' sources and grants: the generated WIT, package docs and Rust glue are
what the generator makes from the model today, and the wassette policies grant exactly the S3
Tables endpoint and the variables the component reads. (The built components themselves are
tested in host/tests/tools_world.rs.)"""
import re
import subprocess
import sys

import yaml

from conftest import ROOT

GENERATOR = ROOT / "guest" / "ops" / "gen" / "gen_tools.py"


def test_generated_files_match_the_generator():
    r = subprocess.run([sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def test_the_wit_declares_every_tool_once_and_the_read_only_world_no_writes():
    def exports(name):
        return re.findall(r"^  export ([a-z-]+): func\(args: \1-args\) -> result<string, string>;$",
                          (ROOT / "wit-tools" / name).read_text(), re.M)
    full, read_only = exports("tools.wit"), exports("tools-read-only.wit")
    assert len(full) == len(set(full)) == 58
    assert len(read_only) == len(set(read_only)) == 26
    assert set(read_only) < set(full)
    assert all(n.startswith(("get-", "list-")) for n in read_only)
    assert {"create-namespace", "delete-table", "put-table-policy"} <= set(full) - set(read_only)
    for wit in ("tools.wit", "tools-read-only.wit"):
        text = (ROOT / "wit-tools" / wit).read_text()
        assert "option<" not in text and "variant " not in text and "wasi:cli/run" not in text


def guest_env_keys():
    """The AWS_* variables the guest's configuration reads."""
    source = (ROOT / "guest" / "src" / "config.rs").read_text()
    return set(re.findall(r'non_empty\("(AWS_[A-Z0-9_]+)"\)', source))


def policy(name):
    return yaml.safe_load((ROOT / "deploy" / "wassette" / name).read_text())


def test_wassette_policies_grant_exactly_the_endpoint_and_the_variables_read():
    keys = guest_env_keys()
    assert {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION"} <= keys
    for name, extra in (("policy.yaml", set()), ("policy-write.yaml", {"S3TABLES_MCP_ARGS"})):
        p = policy(name)
        assert p["version"] == "1.0"
        assert set(p["permissions"]) == {"network", "environment"}, name
        assert p["permissions"]["network"]["allow"] == [{"host": "s3tables.us-east-1.amazonaws.com"}]
        granted = [e["key"] for e in p["permissions"]["environment"]["allow"]]
        assert len(granted) == len(set(granted))
        assert set(granted) == keys | extra, name
    page = (ROOT / "docs" / "wasm-hosts.md").read_text()
    assert "deploy/wassette/policy.yaml" in page and "s3tables.<region>.amazonaws.com" in page
