"""The same tool calls against moto and against a `--local` lake, compared field by field —
for the operations moto implements. Values that are minted per run (ARNs, ids, version
tokens, timestamps, locations) are compared by presence and shape; everything else, errors
included (their type and status), must be equal. Where moto leaves out a field of the
service's model the lake may have it (listed below); where moto says something the service
does not, the difference is named and the call left out."""
import re

import pytest

from conftest import error_text, mcp_session

pytestmark = pytest.mark.anyio

# Values every run mints anew: compared by what they look like, not what they are.
MINTED = {
    "arn": r"arn:aws:s3tables:[a-z0-9-]+:\d{12}:bucket/[a-z0-9-]+",
    "tableBucketARN": r"arn:aws:s3tables:[a-z0-9-]+:\d{12}:bucket/[a-z0-9-]+",
    "tableARN": r"arn:aws:s3tables:[a-z0-9-]+:\d{12}:bucket/[a-z0-9-]+/table/[A-Za-z0-9-]+",
    "ownerAccountId": r"\d{12}", "createdBy": r"\d{12}", "modifiedBy": r"\d{12}",
    "tableBucketId": r".+", "namespaceId": r".+", "versionToken": r".+",
    "createdAt": r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*", "modifiedAt": r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.*",
    "warehouseLocation": r"s3://[a-z0-9-]+--table-s3",
}
# Output members of the service's model that moto does not return; the lake does.
MOTO_LACKS = {"tableBucketId", "type", "namespaceId", "modifiedBy", "tableARN"}
# What moto returns that the service does not: GetTable's `managedByService` is only there
# for tables an AWS service manages.
MOTO_ONLY = {"managedByService"}


def normalized(value, key=None):
    if isinstance(value, dict):
        return {k: normalized(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if key in MINTED:
        assert isinstance(value, str) and re.fullmatch(MINTED[key], value), (key, value)
        return f"<{key}>"
    if isinstance(value, str):
        return re.sub(r"s3://[a-z0-9-]+--table-s3/", "s3://<warehouse>/", value)
    return value


def differences(moto, local, path="") -> list:
    """Where `local` does not answer as `moto` did (beyond the fields listed above)."""
    if isinstance(moto, dict) and isinstance(local, dict):
        out = []
        for k in moto.keys() - local.keys() - MOTO_ONLY:
            out.append(f"{path}.{k}: only moto has it")
        for k in local.keys() - moto.keys() - MOTO_LACKS:
            out.append(f"{path}.{k}: only the lake has it")
        for k in moto.keys() & local.keys():
            out += differences(moto[k], local[k], f"{path}.{k}")
        return out
    if isinstance(moto, list) and isinstance(local, list) and len(moto) == len(local):
        return [d for i, (m, l) in enumerate(zip(moto, local)) for d in differences(m, l, f"{path}[{i}]")]
    return [] if moto == local else [f"{path}: moto {moto!r}, lake {local!r}"]


async def run_sequence(args):
    """The calls, and what each answered: a normalized result, or the error's type and status."""
    out = []
    async with mcp_session(*args, "--allow-write", "--allow-destructive", "--no-confirm", "--toolsets", "all") as s:
        async def call(tool, arguments):
            result = await s.call_tool(tool, arguments)
            if result.is_error:
                text = error_text(result)
                m = re.match(r"(\w+) \(HTTP (\d+)\)", text)
                answer = {"error": m.groups() if m else text}
            else:
                answer = normalized(result.structured_content)
            out.append((tool, answer))
            return result.structured_content

        arn = (await call("create_table_bucket", {"name": "diff"}))["arn"]
        await call("create_table_bucket", {"name": "diff"})
        await call("get_table_bucket", {"table_bucket_arn": arn})
        await call("list_table_buckets", {})
        await call("create_namespace", {"table_bucket_arn": arn, "namespace": "sales"})
        await call("create_namespace", {"table_bucket_arn": arn, "namespace": "sales"})
        await call("get_namespace", {"table_bucket_arn": arn, "namespace": "sales"})
        await call("get_namespace", {"table_bucket_arn": arn, "namespace": "nope"})
        await call("list_namespaces", {"table_bucket_arn": arn})
        created = await call("create_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders",
                                              "format": "ICEBERG"})
        await call("create_table", {"table_bucket_arn": arn, "namespace": "sales", "name": "orders", "format": "ICEBERG"})
        named = {"table_bucket_arn": arn, "namespace": "sales", "name": "orders"}
        await call("get_table", named)
        await call("get_table", {**named, "name": "missing"})
        located = await call("get_table_metadata_location", named)
        await call("list_tables", {"table_bucket_arn": arn})
        await call("list_tables", {"table_bucket_arn": arn, "namespace": "sales", "prefix": "ord"})
        new_location = located["warehouseLocation"] + "/metadata/00001-x.metadata.json"
        await call("update_table_metadata_location", {**named, "version_token": created["versionToken"],
                                                       "metadata_location": new_location})
        await call("update_table_metadata_location", {**named, "version_token": created["versionToken"],
                                                       "metadata_location": new_location})
        await call("get_table_metadata_location", named)
        await call("rename_table", {**named, "new_name": "orders_v2"})
        await call("list_tables", {"table_bucket_arn": arn})
        # (Deleting the namespace now, with its table, moto allows and the service refuses —
        # a 409, as the lake answers: tests/test_local.py checks that.)
        await call("delete_table", {**named, "name": "orders_v2"})
        await call("delete_namespace", {"table_bucket_arn": arn, "namespace": "sales"})
        await call("list_namespaces", {"table_bucket_arn": arn})
        await call("delete_table_bucket", {"table_bucket_arn": arn})
        await call("list_table_buckets", {})
    return out


async def test_the_local_lake_answers_as_moto_does(endpoint, tmp_path):
    moto = await run_sequence(["--endpoint-url", endpoint])
    local = await run_sequence(["--local", str(tmp_path / "lake")])
    assert [t for t, _ in moto] == [t for t, _ in local]
    found = [f"{i} {tool}{d}" for i, ((tool, m), (_, l)) in enumerate(zip(moto, local)) for d in differences(m, l)]
    assert not found, "\n".join(found)
