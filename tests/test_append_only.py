"""Appends are exactly-once and append-only.

* Exactly once: a proxy between the binary and moto loses the answer to the first commit
  (UpdateTableMetadataLocation reached moto and took); the tool must report success (its retry
  meets a 409, and reading the table shows its own snapshot), and PyIceberg must read the rows
  once. When even reading the table back fails, the answer says the outcome is unknown, and a
  repeated call with the same client_token appends nothing.
* Append-only, enforced by the host: a hostile component (tests/hostile, run with
  `--component` by the real binary with only `--allow-write=append_rows_to_table`) sends
  signed requests of its own choosing — overwrite metadata or data, repoint at older metadata
  or a copy of it, write into another table, drop a column — and every one is refused, moto
  unchanged; the real guest's append still succeeds with the same flags.
"""
import json
from urllib.parse import quote

import pyarrow as pa
import pytest
from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from pyiceberg.schema import Schema
from pyiceberg.types import LongType, NestedField, StringType

from conftest import REGION, ROOT, client, error_text, mcp_session, run_raw, structured
from proxies import ForwardingProxy, is_commit
from test_table_data import names

pytestmark = pytest.mark.anyio

HOSTILE = ROOT / "target" / "guest" / "wasm32-wasip2" / "guest-release" / "hostile_test_component.wasm"
SCHEMA = Schema(NestedField(1, "id", LongType(), required=False), NestedField(2, "name", StringType(), required=False))
# The hostile component signs with credentials of its own (moto does not check signatures;
# what is tested is the host's gate, not the emulator's).
HOSTILE_CREDS = Credentials("AKIDHOSTILE000000000", "hostile-test-secret")


def ids(catalog, name):
    return sorted(r["id"] for r in catalog.load_table(("sales", name)).scan().to_arrow().to_pylist())


def append(table, rows):
    table.append(pa.Table.from_pylist(rows, schema=table.schema().as_arrow()))


# ---------------------------------------------------------------------------------------------
# Exactly once
# ---------------------------------------------------------------------------------------------

class LostAnswerProxy(ForwardingProxy):
    """The first commit (UpdateTableMetadataLocation) is forwarded and takes, but its answer
    is dropped. With `then_fail`, every later request is answered 503 instead."""

    def __init__(self, upstream, then_fail=False):
        self.commits, self.dropped, self.then_fail = 0, False, then_fail
        super().__init__(upstream)

    def before(self, command, path):
        if self.dropped and self.then_fail:
            return 503
        self.commits += is_commit(command, path)
        return None

    def deliver(self, command, path):
        if is_commit(command, path) and not self.dropped:
            self.dropped = True
            return False
        return True


async def test_a_lost_commit_answer_is_reported_as_the_success_it_was(lake, endpoint):
    arn, catalog, s3tables = lake
    catalog.create_table(("sales", "orders"), SCHEMA)
    proxy = LostAnswerProxy(endpoint)
    rows = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
    try:
        async with mcp_session("--endpoint-url", proxy.url, "--s3-endpoint-url", endpoint,
                               "--allow-write=append_rows_to_table") as s:
            done = structured(await s.call_tool("append_rows_to_table", {**names(arn, "orders"), "rows": rows}))
    finally:
        proxy.close()
    assert proxy.dropped and proxy.commits == 2, "the first answer was lost and the retry met a 409"
    assert done["status"] == "success" and done["confirmedByReading"] is True, done
    assert done["alreadyAppended"] is False
    table = catalog.load_table(("sales", "orders"))
    assert table.current_snapshot().snapshot_id == done["snapshotId"]
    assert table.metadata_location == done["metadataLocation"]
    assert ids(catalog, "orders") == [1, 2]
    assert len(table.metadata.snapshots) == 1
    # The snapshot records the call's token; repeating the call with it appends nothing.
    token = done["clientToken"]
    assert table.current_snapshot().summary["s3tables-mcp.client-token"] == token
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=append_rows_to_table") as s:
        again = structured(await s.call_tool("append_rows_to_table",
                                             {**names(arn, "orders"), "rows": rows, "client_token": token}))
    assert again["alreadyAppended"] is True and again["snapshotId"] == done["snapshotId"], again
    assert again["rowsAppended"] == 2 and again["dataFiles"] == []
    assert ids(catalog, "orders") == [1, 2]
    assert len(catalog.load_table(("sales", "orders")).metadata.snapshots) == 1


async def test_when_the_outcome_cannot_be_told_the_answer_says_so_and_the_token_makes_a_retry_safe(lake, endpoint):
    arn, catalog, _ = lake
    catalog.create_table(("sales", "orders"), SCHEMA)
    proxy = LostAnswerProxy(endpoint, then_fail=True)
    rows = [{"id": 7, "name": "x"}]
    try:
        async with mcp_session("--endpoint-url", proxy.url, "--s3-endpoint-url", endpoint,
                               "--allow-write=append_rows_to_table", "--max-attempts", "2") as s:
            text = error_text(await s.call_tool("append_rows_to_table",
                                                {**names(arn, "orders"), "rows": rows, "client_token": "load-2026-12-06"}))
    finally:
        proxy.close()
    assert "UNKNOWN" in text and "unchanged" not in text, text
    assert 'client_token "load-2026-12-06"' in text, text
    # It had taken; the retry the answer recommends finds it and appends nothing.
    assert ids(catalog, "orders") == [7]
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=append_rows_to_table") as s:
        again = structured(await s.call_tool("append_rows_to_table",
                                             {**names(arn, "orders"), "rows": rows, "client_token": "load-2026-12-06"}))
    assert again["alreadyAppended"] is True
    assert ids(catalog, "orders") == [7]


async def test_a_client_token_is_checked(lake, endpoint):
    arn, catalog, _ = lake
    catalog.create_table(("sales", "orders"), SCHEMA)
    async with mcp_session("--endpoint-url", endpoint, "--allow-write") as s:
        for bad in ["", "x" * 65, "has space", "semi;colon"]:
            text = error_text(await s.call_tool("append_rows_to_table",
                                                {**names(arn, "orders"), "rows": [{"id": 1}], "client_token": bad}))
            assert "client_token" in text and "Nothing was written" in text, text
        first = structured(await s.call_tool("append_rows_to_table",
                                             {**names(arn, "orders"), "rows": [{"id": 1}], "client_token": "t-1"}))
        other = structured(await s.call_tool("append_rows_to_table",
                                             {**names(arn, "orders"), "rows": [{"id": 2}], "client_token": "t-2"}))
        same = structured(await s.call_tool("append_rows_to_table",
                                            {**names(arn, "orders"), "rows": [{"id": 1}], "client_token": "t-1"}))
    assert not first["alreadyAppended"] and not other["alreadyAppended"]
    assert same["alreadyAppended"] and same["snapshotId"] == first["snapshotId"]
    assert ids(catalog, "orders") == [1, 2]


# ---------------------------------------------------------------------------------------------
# Append-only, against a hostile guest
# ---------------------------------------------------------------------------------------------

def signed(method, url, service, body="", headers=None, creds=HOSTILE_CREDS, region=REGION):
    """One step for the hostile component: a request SigV4-signed as a client would sign it
    (`body` text or bytes)."""
    data = body if isinstance(body, bytes) else body.encode()
    request = AWSRequest(method=method, url=url, data=data, headers=dict(headers or {}))
    if method in ("PUT", "POST"):
        request.headers["Content-Length"] = str(len(data))
    (S3SigV4Auth if service == "s3" else SigV4Auth)(creds, service, region).add_auth(request)
    sent = {k: v for k, v in request.headers.items() if k.lower() != "host"}
    return {"method": method, "url": url, "headers": sent, "body_hex": data.hex()}


class Lake:
    """URLs of one table's objects and routes on the emulator."""

    def __init__(self, endpoint, arn, s3tables, name):
        self.endpoint, self.arn, self.name = endpoint, arn, name
        self.located = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name=name)
        self.warehouse = self.located["warehouseLocation"].removeprefix("s3://").rstrip("/")

    def route(self):
        return f"{self.endpoint}/tables/{quote(self.arn, safe='')}/sales/{self.name}/metadata-location"

    def object_url(self, s3_uri):
        bucket, key = s3_uri.removeprefix("s3://").split("/", 1)
        return f"{self.endpoint}/{bucket}/{quote(key)}"

    def locate(self):
        return signed("GET", self.route(), "s3tables")

    def read(self, s3_uri):
        return signed("GET", self.object_url(s3_uri), "s3")

    def put(self, s3_uri, body, new_only=True):
        return signed("PUT", self.object_url(s3_uri), "s3", body, {"If-None-Match": "*"} if new_only else {})

    def commit(self, token, location):
        body = json.dumps({"versionToken": token, "metadataLocation": location})
        return signed("PUT", self.route(), "s3tables", body, {"Content-Type": "application/json"})


def etags(s3, uris):
    """Each object's ETag, or None where there is none (moto's table buckets cannot be listed)."""
    out = {}
    for uri in uris:
        bucket, key = uri.removeprefix("s3://").split("/", 1)
        try:
            out[uri] = s3.head_object(Bucket=bucket, Key=key)["ETag"]
        except s3.exceptions.ClientError:
            out[uri] = None
    return out


def hostile(endpoint, calls, *flags):
    """Runs the hostile component in the real binary; one tools/call per `(tool, args, steps)`.
    Returns each call's outcomes and the server's stderr."""
    lines = [json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call",
                         "params": {"name": tool, "arguments": {**args, "steps": steps}}})
             for i, (tool, args, steps) in enumerate(calls)]
    code, out, stderr = run_raw(lines, "--component", HOSTILE, "--endpoint-url", endpoint,
                                "--s3-endpoint-url", endpoint, *flags)
    assert code == 0, stderr
    answers = {m["id"]: json.loads(m["result"]["content"][0]["text"]) for m in out}
    return [answers[i] for i in range(len(calls))], stderr


DENIED = "error ErrorCode::HttpRequestDenied"


async def test_a_hostile_guest_with_the_append_grant_cannot_overwrite_roll_back_or_reshape(lake, endpoint):
    arn, catalog, s3tables = lake
    s3 = client("s3", endpoint)
    orders = catalog.create_table(("sales", "orders"), SCHEMA)
    append(orders, [{"id": 1, "name": "a"}])
    older = catalog.load_table(("sales", "orders")).metadata_location
    append(orders, [{"id": 2, "name": "b"}])
    other = catalog.create_table(("sales", "other"), SCHEMA)
    append(other, [{"id": 9, "name": "z"}])
    lake_orders, lake_other = Lake(endpoint, arn, s3tables, "orders"), Lake(endpoint, arn, s3tables, "other")
    current, token = lake_orders.located["metadataLocation"], lake_orders.located["versionToken"]
    meta = json.loads(s3.get_object(Bucket=lake_orders.warehouse, Key=current.split("/", 3)[3])["Body"].read())
    older_meta = s3.get_object(Bucket=lake_orders.warehouse, Key=older.split("/", 3)[3])["Body"].read().decode()
    table = catalog.load_table(("sales", "orders"))
    data_files = [t.file.file_path for t in table.scan().plan_files()]
    data_uri = data_files[0]
    evil = f"s3://{lake_other.warehouse}/data/evil.parquet"
    tracked = [current, older, *data_files, *(s["manifest-list"] for s in meta["snapshots"]), evil]
    before = etags(s3, tracked)
    assert before[evil] is None and all(before[u] for u in tracked if u != evil)

    base = f"s3://{lake_orders.warehouse}/metadata"
    # A well-formed append's metadata, except for one thing each attack changes.
    parent = meta["current-snapshot-id"]
    forged_list = f"{base}/snap-forged-list.avro"
    def forged(change):
        new = json.loads(json.dumps(meta))
        snapshot = {"snapshot-id": 424242, "parent-snapshot-id": parent,
                    "sequence-number": meta["last-sequence-number"] + 1, "timestamp-ms": 1,
                    "manifest-list": forged_list, "summary": {"operation": "append"}, "schema-id": 0}
        new["snapshots"].append(snapshot)
        new["current-snapshot-id"] = 424242
        new["last-sequence-number"] = snapshot["sequence-number"]
        new["refs"]["main"]["snapshot-id"] = 424242
        change(new)
        return json.dumps(new)

    def drop_column(new):
        new["schemas"][0]["fields"] = [f for f in new["schemas"][0]["fields"] if f["name"] != "name"]

    def old_list(new):
        new["snapshots"][-1]["manifest-list"] = meta["snapshots"][-1]["manifest-list"]

    def drop_parent_manifests(new):
        new["snapshots"][-1]["manifest-list"] = f"{base}/snap-first-only.avro"

    first_list = meta["snapshots"][0]["manifest-list"]  # the first append's: lacks the second's rows
    first_list_bytes = s3.get_object(Bucket=lake_orders.warehouse, Key=first_list.split("/", 3)[3])["Body"].read()
    # What an appending call reads first: where the table stands, its metadata, its manifest list.
    witness = [lake_orders.locate(), lake_orders.read(current), lake_orders.read(meta["snapshots"][-1]["manifest-list"])]
    named = names(arn, "orders")
    calls = [
        # 0: overwrite the current metadata file, without and with If-None-Match.
        ("append_rows_to_table", named, [*witness, lake_orders.put(current, older_meta, new_only=False),
                                         lake_orders.put(current, older_meta)]),
        # 1: overwrite a data file, without and with If-None-Match.
        ("append_rows_to_table", named, [lake_orders.put(data_uri, "junk", new_only=False),
                                         *witness, lake_orders.put(data_uri, "junk")]),
        # 2: repoint at an older metadata file.
        ("append_rows_to_table", named, [*witness, lake_orders.commit(token, older)]),
        # 3: a copy of older metadata as a new file, then repoint at it.
        ("append_rows_to_table", named, [*witness, lake_orders.put(f"{base}/99999-copy.metadata.json", older_meta),
                                         lake_orders.commit(token, f"{base}/99999-copy.metadata.json")]),
        # 4: write into another table's warehouse (the call names `orders`).
        ("append_rows_to_table", named, [*witness, lake_other.locate(),
                                         lake_other.put(evil, "x")]),
        # 5: drop a column in otherwise well-formed new metadata.
        ("append_rows_to_table", named, [*witness, lake_orders.put(forged_list, "avro"),
                                         lake_orders.put(f"{base}/99999-drop.metadata.json", forged(drop_column)),
                                         lake_orders.commit(token, f"{base}/99999-drop.metadata.json")]),
        # 6: a new snapshot that reuses an old manifest list.
        ("append_rows_to_table", named, [*witness,
                                         lake_orders.put(f"{base}/99999-old-list.metadata.json", forged(old_list)),
                                         lake_orders.commit(token, f"{base}/99999-old-list.metadata.json")]),
        # 7: the other table, in a call that names `orders`.
        ("append_rows_to_table", named, [lake_other.locate(), lake_other.commit(lake_other.located["versionToken"],
                                                                                lake_other.located["metadataLocation"])]),
        # 8: a new manifest list that leaves out the current snapshot's manifests (rows vanish).
        ("append_rows_to_table", named, [*witness, lake_orders.put(f"{base}/snap-first-only.avro", first_list_bytes),
                                         lake_orders.put(f"{base}/99999-drop-rows.metadata.json",
                                                         forged(drop_parent_manifests)),
                                         lake_orders.commit(token, f"{base}/99999-drop-rows.metadata.json")]),
        # 9: a table file written in a call of a tool that does not append.
        ("get_table", named, [*witness, lake_orders.put(f"{base}/99999-get.metadata.json", older_meta)]),
    ]
    seen, stderr = hostile(endpoint, calls, "--allow-write=append_rows_to_table")

    ok, w = "status 200", ["status 200"] * 3  # w: the witness steps pass
    assert seen[0] == [*w, DENIED, DENIED], seen[0]
    assert seen[1] == [DENIED, *w, "status 412"], seen[1]  # S3 itself refuses a replacement
    assert seen[2] == [*w, DENIED], seen[2]
    assert seen[3] == [*w, ok, DENIED], seen[3]  # the copy is a new object; the commit is not
    assert seen[4] == [*w, ok, DENIED], seen[4]
    assert seen[5] == [*w, ok, ok, DENIED], seen[5]
    assert seen[6] == [*w, ok, DENIED], seen[6]
    assert seen[7] == [ok, DENIED], seen[7]
    assert seen[8] == [*w, ok, ok, DENIED], seen[8]
    assert seen[9] == [*w, DENIED], seen[9]
    # Each refusal names its rule in the host's log.
    for rule in ["must carry `If-None-Match: *`", "exists (the host saw it in this call)",
                 "is not a file this call created", "the new metadata drops or changes snapshot",
                 "is not the warehouse of a table this call names", "changes `schemas`",
                 "manifest list", "is not a table this call names",
                 "drops or changes manifest",
                 "only during a call of a granted tool that appends"]:
        assert rule in stderr, (rule, stderr)

    # moto unchanged: both tables where they were, every object as it was, nothing in `other`.
    for lake_table in (lake_orders, lake_other):
        after = s3tables.get_table_metadata_location(tableBucketARN=arn, namespace="sales", name=lake_table.name)
        assert (after["metadataLocation"], after["versionToken"]) == (
            lake_table.located["metadataLocation"], lake_table.located["versionToken"])
    assert etags(s3, tracked) == before
    assert ids(catalog, "orders") == [1, 2] and ids(catalog, "other") == [9]

    # The real guest, with the same flags, appends.
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=append_rows_to_table") as s:
        done = structured(await s.call_tool("append_rows_to_table", {**named, "rows": [{"id": 3, "name": "c"}]}))
    assert done["rowsAppended"] == 1
    assert ids(catalog, "orders") == [1, 2, 3]


async def test_the_import_tools_append_under_the_same_rules(lake, endpoint):
    """create_if_missing gives a new table its first metadata (no snapshots), then appends —
    both commits pass the host's checks with only the import grant."""
    arn, catalog, _ = lake
    s3 = client("s3", endpoint)
    s3.create_bucket(Bucket="landing")
    s3.put_object(Bucket="landing", Key="in/orders.csv", Body=b"id,name\n1,a\n2,b\n")
    async with mcp_session("--endpoint-url", endpoint, "--allow-write=import_csv_to_table",
                           "--allow-read-bucket", "landing") as s:
        done = structured(await s.call_tool("import_csv_to_table", {
            **names(arn, "fresh"), "s3_url": "s3://landing/in/orders.csv", "create_if_missing": True}))
    assert done["tableCreated"] and done["rowsImported"] == 2
    assert ids(catalog, "fresh") == [1, 2]
