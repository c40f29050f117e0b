"""`s3tables-mcp doctor`: checks credentials, endpoint and reads through the sandbox, and says
what works and what to fix."""
import json
import subprocess

from conftest import BINARY, SECRET_KEY, assert_no_secrets, run_raw, server_env


def doctor(*args, env=None):
    r = subprocess.run([str(BINARY), "doctor", *map(str, args)], capture_output=True, text=True, env=server_env(env), timeout=60)
    assert_no_secrets(r.stdout + r.stderr, "doctor output")
    return r


def test_doctor_reports_a_working_setup(endpoint):
    create = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
              "params": {"name": "create_table_bucket", "arguments": {"name": "doctor-bucket"}}}
    run_raw([json.dumps(create)], "--endpoint-url", endpoint, "--allow-write")
    r = doctor("--endpoint-url", endpoint, "--region", "us-east-1")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Region     us-east-1" in r.stdout and f"Endpoint   {endpoint} (--endpoint-url)" in r.stdout
    assert "ok    credentials: found in environment variables (EnvironmentVariable) (access key …0000, long-term)" in r.stdout
    assert "ok    ListTableBuckets: works; table buckets are visible" in r.stdout
    assert "ok    GetTableBucket: works on arn:aws:s3tables:us-east-1:123456789012:bucket/doctor-bucket" in r.stdout
    assert "ok    ListNamespaces: works on" in r.stdout
    assert "Everything checked works." in r.stdout


def test_doctor_says_what_to_fix():
    r = doctor("--endpoint-url", "http://127.0.0.1:9", "--call-timeout", "2",
               env={"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_SESSION_TOKEN": ""})
    assert r.returncode == 1
    assert "FAIL  credentials: no AWS credentials found" in r.stdout
    assert "fix: set AWS_PROFILE or --profile" in r.stdout
    # The reads are not tried without credentials: the one reason is not repeated per read.
    assert "skip  ListTableBuckets: needs credentials (above)" in r.stdout
    assert "1 problem(s) found" in r.stdout
    # One plain line per source the chain tried, saying what it found; no Rust debug dumps.
    sources = {
        "environment variables": "environment variable not set",
        "shared config and credentials files": "not enabled",
        "web identity token": "$AWS_WEB_IDENTITY_TOKEN_FILE was not set",
        "container credentials endpoint": "not configured",
        "EC2 instance metadata": "skipped (AWS_EC2_METADATA_DISABLED=true)",
    }
    lines = r.stdout.splitlines()
    for source, detail in sources.items():
        line = next((l for l in lines if l.strip().startswith(source)), None)
        assert line is not None, f"no line for {source}:\n{r.stdout}"
        assert detail in line, line
    for debug in ("CredentialsNotLoaded", "source: Some", "{ ", "Error {"):
        assert debug not in r.stdout, r.stdout
    # Nor the SDK's chain report (every source again, in one line), on either stream.
    for chain in ("no credentials found in chain", "Attempted:"):
        assert chain not in r.stdout + r.stderr, r.stdout + r.stderr


def test_doctor_names_a_profile_as_the_credential_source(tmp_path, endpoint):
    """Credentials from a profile in the shared files: the source is named, the secret is not shown."""
    (tmp_path / "credentials").write_text(
        f"[doctor-profile]\naws_access_key_id = AKIDPROFILE1234\naws_secret_access_key = {SECRET_KEY}\n")
    (tmp_path / "config").write_text("[profile doctor-profile]\nregion = us-east-1\n")
    r = doctor("--endpoint-url", endpoint, "--profile", "doctor-profile", env={
        "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_SESSION_TOKEN": "",
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
    })
    assert "ok    credentials: found in the shared config and credentials files (ProfileFile) (access key …1234, long-term)" in r.stdout, r.stdout
    assert "Profile    doctor-profile" in r.stdout
    assert "AKIDPROFILE1234" not in r.stdout + r.stderr


def test_doctor_checks_a_local_lake(tmp_path):
    """With --local, doctor checks the lake: its endpoint, its own credentials, the reads."""
    lake = tmp_path / "lake"
    run_raw([json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                         "params": {"name": "create_table_bucket", "arguments": {"name": "doctor-bucket"}}})],
            "--local", lake, "--allow-write")
    r = doctor("--local", lake)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"(--local: the lake in {lake})" in r.stdout and "Profile    (not used with --local)" in r.stdout
    assert "ok    credentials: found in the local lake's own, made up by this process" in r.stdout
    assert "ok    GetTableBucket: works on arn:aws:s3tables:local:000000000000:bucket/doctor-bucket" in r.stdout
    assert "Everything checked works." in r.stdout
