"""`query_database` with `engine: "athena"`: the query goes to Amazon Athena (moto's, on
loopback), never to anything else, and only as a read-only query on the bucket's tables.

* The flow: the guest names every table in the bucket's Athena catalog
  (`"s3tablescatalog/<bucket>"."<namespace>"."t"`), starts the execution in the server's
  workgroup (and result location), waits for it and types the rows by Athena's column metadata;
  the header row Athena puts first is dropped. What moto recorded is checked with boto3.
* Anything but one read-only query is refused before anything is sent; so is every Athena call
  without `--athena-workgroup`.
* A query that scans more than `--athena-max-scan-gb` is stopped (moto says CANCELLED); a failed
  one reports Athena's reason; a client that asked for progress hears the execution's state.
  moto's executions succeed at once, scan nothing and never fail, so a proxy between the server
  and moto reports other states in the answers to GetQueryExecution.
* `engine: "auto"` runs in the sandbox and moves to Athena only when the sandbox's scan budget
  refuses the query.
* Enforced by the host: a hostile component (tests/hostile) sends Athena requests of its own
  choosing; only the four actions, in the server's workgroup and result location, of a
  read-only query on `s3tablescatalog/…` tables, and only for executions its own call started,
  get through — and none at all without `--athena-workgroup`.
"""
import http.client
import json
import random
import subprocess
import time
import urllib.request
from urllib.parse import urlsplit

import pytest
from moto.moto_api._internal.moto_random import MotoRandom

from conftest import ACCOUNT, BINARY, REGION, client, error_text, mcp_session, server_env, structured
from proxies import ForwardingProxy
from tables import make_two_appends
from test_append_only import DENIED, hostile, signed

pytestmark = pytest.mark.anyio

START, GET, RESULTS, STOP = (f"AmazonAthena.{a}" for a in (
    "StartQueryExecution", "GetQueryExecution", "GetQueryResults", "StopQueryExecution"))
# Where the `lake` fixture's bucket (named "lake") is in Athena.
CATALOG = '"s3tablescatalog/lake"'
ORDERS = f'{CATALOG}."sales"."orders"'


class AthenaProxy(ForwardingProxy):
    """The server's Athena endpoint: forwards to moto and records each request's X-Amz-Target
    in `seen`. While `states` holds any, the next answer to GetQueryExecution reports the first
    of them (see `state`) instead of what moto says."""

    def __init__(self, upstream):
        self.seen, self.states = [], []
        super().__init__(upstream)
        proxy, target = self, urlsplit(upstream)
        plain = self.server.RequestHandlerClass

        class Rewriting(plain):
            def _forward(self):
                action = self.headers.get("X-Amz-Target", "")
                proxy.seen.append(action)
                if action != GET or not proxy.states:
                    return plain._forward(self)
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                conn.request(self.command, self.path, body=body, headers=dict(self.headers.items()))
                answer = json.loads(conn.getresponse().read())
                execution, reported = answer["QueryExecution"], proxy.states.pop(0)
                execution["Status"]["State"] = reported["State"]
                if "StateChangeReason" in reported:
                    execution["Status"]["StateChangeReason"] = reported["StateChangeReason"]
                execution["Statistics"]["DataScannedInBytes"] = reported["DataScannedInBytes"]
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("content-type", "application/x-amz-json-1.1")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = _forward

        self.server.RequestHandlerClass = Rewriting


def state(name, scanned=0, reason=None):
    """An execution state for `AthenaProxy.states`."""
    return {"State": name, "DataScannedInBytes": scanned, **({"StateChangeReason": reason} if reason else {})}


@pytest.fixture
def athena(endpoint):
    proxy = AthenaProxy(endpoint)
    yield proxy
    proxy.close()


def server_args(endpoint, athena, *more, workgroup="primary"):
    """S3 Tables on moto, Athena through `athena` (on in `workgroup`, off without one)."""
    on = ["--athena-workgroup", workgroup] if workgroup else []
    return ["--endpoint-url", endpoint, "--athena-endpoint-url", athena.url, *on, *more]


def queue_result(endpoint, columns, rows, header=True):
    """The result moto's next query execution returns: `columns` are (name, Athena type[,
    precision, scale]); `rows` hold text cells, None for a cell without VarCharValue; with
    `header`, the row of column labels Athena puts before a SELECT's rows comes first."""
    info = [{"Name": name, "Label": name, "Type": kind, "Precision": rest[0] if rest else 0,
             "Scale": rest[1] if len(rest) > 1 else 0, "Nullable": "UNKNOWN", "CaseSensitive": kind == "varchar"}
            for name, kind, *rest in columns]
    cells = ([[name for name, *_ in columns]] if header else []) + [list(r) for r in rows]
    body = {"account_id": ACCOUNT, "region": REGION, "results": [{
        "rows": [{"Data": [{} if v is None else {"VarCharValue": v} for v in row]} for row in cells],
        "column_info": info}]}
    request = urllib.request.Request(f"{endpoint}/moto-api/static/athena/query-results", method="POST",
                                     data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    assert urllib.request.urlopen(request, timeout=10).status == 201


def executions(endpoint):
    """Every query execution moto holds, oldest first."""
    athena = client("athena", endpoint)
    return [athena.get_query_execution(QueryExecutionId=i)["QueryExecution"]
            for i in athena.list_query_executions()["QueryExecutionIds"]]


async def ask(session, arn, query, engine="athena", **extra):
    """query_database on the `lake` fixture's bucket, namespace sales (`engine=None`: the default)."""
    chosen = {"engine": engine} if engine else {}
    return await session.call_tool("query_database", {"warehouse": arn, "namespace": "sales", "query": query,
                                                      **chosen, **extra})


# ---------------------------------------------------------------------------------------------
# The real guest
# ---------------------------------------------------------------------------------------------

TYPED = [("id", "bigint", 19, 0), ("name", "varchar", 2147483647, 0), ("amount", "decimal", 10, 2),
         ("ok", "boolean"), ("ratio", "double", 17, 0), ("day", "date"), ("note", "varchar", 2147483647, 0)]


async def test_a_query_runs_in_athena_on_the_buckets_tables(lake, endpoint, athena):
    arn, _, _ = lake
    queue_result(endpoint, TYPED, [["1", "alpha", "12.50", "true", "0.25", "2024-01-02", None],
                                   ["2", "42", "12345678.91", "false", None, "2024-02-29", "x"]])
    # No header row: a first row that is not the column labels is data.
    queue_result(endpoint, [("n", "integer")], [["7"]], header=False)
    output = "s3://athena-results/mcp/"
    async with mcp_session(*server_args(endpoint, athena, "--athena-output", output)) as s:
        typed = structured(await ask(s, arn, "SELECT id, name, amount, ok, ratio, day, note FROM orders"))
        joined = structured(await ask(s, arn, "SELECT count(*) AS n FROM sales.orders o "
                                              "JOIN s3tablescatalog.ref.regions r ON o.region = r.code"))
    assert typed["engine"] == "athena" and typed["state"] == "SUCCEEDED"
    assert [c["name"] for c in typed["columns"]] == [c[0] for c in TYPED]
    for column, (_, kind, *_) in zip(typed["columns"], TYPED, strict=True):
        assert column["type"].lower().startswith(kind), typed["columns"]
    # The header row is dropped; cells are typed by their column, decimals exact; no VarCharValue is null.
    assert typed["rows"] == [[1, "alpha", "12.50", True, 0.25, "2024-01-02", None],
                             [2, "42", "12345678.91", False, None, "2024-02-29", "x"]]
    assert (typed["rowCount"], typed["truncated"]) == (2, False)
    assert typed["dataScannedBytes"] == 0 and "engineTimeMs" in typed
    assert joined["rows"] == [[7]] and joined["engine"] == "athena"

    first, second = executions(endpoint)
    assert [first["QueryExecutionId"], second["QueryExecutionId"]] == [typed["queryExecutionId"],
                                                                        joined["queryExecutionId"]]
    # What Athena ran is what the answer says it ran: the tables named in the bucket's catalog.
    assert first["Query"] == typed["athenaQuery"] and second["Query"] == joined["athenaQuery"]
    assert f"FROM {ORDERS}" in first["Query"] and "FROM orders" not in first["Query"], first["Query"]
    assert ORDERS in second["Query"] and f'{CATALOG}."ref"."regions"' in second["Query"], second["Query"]
    assert "s3tablescatalog.ref" not in second["Query"]
    for execution in (first, second):
        assert execution["WorkGroup"] == "primary"
        # moto appends `<id>.csv` to the location it was given.
        assert execution["ResultConfiguration"]["OutputLocation"].startswith(output), execution
    assert athena.seen[0] == START and RESULTS in athena.seen and STOP not in athena.seen


async def test_max_rows_cuts_athenas_rows(lake, endpoint, athena):
    arn, _, _ = lake
    queue_result(endpoint, [("n", "integer")], [[str(i)] for i in range(1, 6)])
    async with mcp_session(*server_args(endpoint, athena)) as s:
        cut = structured(await ask(s, arn, "SELECT n FROM numbers", max_rows=2))
    assert cut["rows"] == [[1], [2]] and cut["rowCount"] == 2 and cut["truncated"] is True, cut
    (execution,) = executions(endpoint)
    # Without --athena-output the workgroup's result location is used.
    assert "OutputLocation" not in (execution.get("ResultConfiguration") or {}), execution


async def test_only_read_only_queries_on_the_buckets_tables_reach_athena(lake, endpoint, athena):
    arn, _, _ = lake
    refused = {
        "INSERT INTO orders VALUES (1, 'eu', 1.00)": "read-only",
        "CREATE TABLE copy_of AS SELECT * FROM orders": "read-only",
        "DROP TABLE orders": "read-only",
        "UNLOAD (SELECT * FROM orders) TO 's3://attacker/x/' WITH (format = 'PARQUET')": "read-only",
        "SELECT 1; DROP TABLE orders": "exactly one statement",
        "SELECT * FROM awsdatacatalog.db.t": "awsdatacatalog",
    }
    async with mcp_session(*server_args(endpoint, athena)) as s:
        texts = {sql: error_text(await ask(s, arn, sql)) for sql in refused}
    for sql, words in refused.items():
        assert words in texts[sql], (sql, texts[sql])
    assert "DROP TABLE" in texts["DROP TABLE orders"]
    assert athena.seen == [] and executions(endpoint) == []


async def test_without_a_workgroup_athena_is_off(lake, endpoint, athena):
    arn, _, _ = lake
    async with mcp_session(*server_args(endpoint, athena, workgroup=None)) as s:
        text = error_text(await ask(s, arn, "SELECT 1"))
    assert "--athena-workgroup" in text, text
    assert athena.seen == [] and executions(endpoint) == []


@pytest.mark.parametrize("limit_gb, over, under", [("1", 5 * 10**9, 5 * 10**8), ("0.000001", 5_000, 500)])
async def test_a_query_scanning_more_than_the_limit_is_stopped(lake, endpoint, athena, limit_gb, over, under):
    arn, _, _ = lake
    queue_result(endpoint, [("n", "integer")], [["1"]])
    async with mcp_session(*server_args(endpoint, athena, "--athena-max-scan-gb", limit_gb)) as s:
        athena.states = [state("RUNNING", under)]
        within = structured(await ask(s, arn, "SELECT count(*) AS n FROM orders"))
        athena.states = [state("RUNNING", over)]
        text = error_text(await ask(s, arn, "SELECT * FROM orders"))
    assert within["rows"] == [[1]]
    assert "stopped" in text.lower() and "--athena-max-scan-gb" in text, text
    done, stopped = executions(endpoint)
    assert done["Status"]["State"] == "SUCCEEDED"
    assert stopped["Status"]["State"] == "CANCELLED", stopped
    assert athena.seen.count(STOP) == 1 and athena.seen.count(RESULTS) == 1, athena.seen


async def test_a_failed_query_reports_athenas_reason(lake, endpoint, athena):
    arn, _, _ = lake
    reason = "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.sales.nope' does not exist"
    athena.states = [state("RUNNING"), state("FAILED", reason=reason)]
    async with mcp_session(*server_args(endpoint, athena)) as s:
        text = error_text(await ask(s, arn, "SELECT * FROM nope"))
    assert reason in text, text
    assert RESULTS not in athena.seen and athena.states == [], athena.seen


async def test_progress_follows_the_executions_state(lake, endpoint, athena):
    arn, _, _ = lake
    queue_result(endpoint, [("n", "bigint")], [["3"]])
    heard = []

    async def on_progress(value, total, message):
        heard.append(message or "")

    athena.states = [state("QUEUED"), state("RUNNING", 1234), state("RUNNING", 5678)]
    async with mcp_session(*server_args(endpoint, athena)) as s:
        answer = structured(await s.call_tool("query_database", {
            "warehouse": arn, "namespace": "sales", "query": "SELECT count(*) AS n FROM orders", "engine": "athena"},
            progress_callback=on_progress))
    assert answer["rows"] == [[3]] and athena.states == []
    about_athena = [m for m in heard if "Athena" in m]
    assert any("RUNNING" in m for m in about_athena), heard


async def test_auto_moves_to_athena_only_past_the_sandboxs_scan_budget(lake, endpoint, athena):
    """sales.orders: eu 1-3 and us 4-7 in two files, partitioned by region. With
    --max-scan-rows 5 the eu rows are within the sandbox's budget, all seven are not."""
    arn, catalog, _ = lake
    make_two_appends(catalog)
    within, beyond = "SELECT sum(id) AS s FROM orders WHERE region = 'eu'", "SELECT sum(id) AS s FROM orders"
    queue_result(endpoint, [("s", "bigint")], [["28"]])
    async with mcp_session(*server_args(endpoint, athena, "--max-scan-rows", "5")) as s:
        here = structured(await ask(s, arn, within, engine="auto"))
        sent_before = list(athena.seen)
        default = error_text(await ask(s, arn, beyond, engine=None))
        moved = structured(await ask(s, arn, beyond, engine="auto"))
    assert here["engine"] == "sandbox" and here["rows"] == [[6]]
    assert sent_before == []
    # The default engine is the sandbox, which refuses without moving anywhere.
    assert "--max-scan-rows" in default, default
    assert moved["engine"] == "athena" and moved["rows"] == [[28]], moved
    assert "--max-scan-rows" in moved["fallbackReason"], moved
    # Refused by the plan (the manifests' row counts), before any data file was read.
    assert "would decode 7 rows" in moved["fallbackReason"], moved
    (execution,) = executions(endpoint)
    assert execution["Query"] == moved["athenaQuery"] and ORDERS in execution["Query"]

    async with mcp_session(*server_args(endpoint, athena, "--max-scan-rows", "5", workgroup=None)) as s:
        off_here = structured(await ask(s, arn, within, engine="auto"))
        off_beyond = error_text(await ask(s, arn, beyond, engine="auto"))
    assert off_here["engine"] == "sandbox" and off_here["rows"] == [[6]]
    assert "--max-scan-rows" in off_beyond, off_beyond
    assert len(executions(endpoint)) == 1 and athena.seen.count(START) == 1


def test_a_cancelled_call_stops_its_query(lake, endpoint, athena):
    """`notifications/cancelled` drops the guest mid-poll; the host stops the query it left
    running (signing the StopQueryExecution itself), and the server keeps serving."""
    arn, _, _ = lake
    athena.states = [state("RUNNING", 1000)] * 1000
    proc = subprocess.Popen([str(BINARY), *server_args(endpoint, athena)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=server_env())

    def send(message):
        proc.stdin.write((json.dumps(message) + "\n").encode())
        proc.stdin.flush()

    def wait_for(action):
        deadline = time.time() + 30
        while action not in athena.seen and time.time() < deadline:
            time.sleep(0.05)
        assert action in athena.seen, athena.seen

    try:
        send({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "query_database", "arguments": {
            "warehouse": arn, "namespace": "sales", "query": "SELECT * FROM orders", "engine": "athena"}}})
        wait_for(GET)
        send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 1, "reason": "user"}})
        wait_for(STOP)
        send({"jsonrpc": "2.0", "id": 2, "method": "ping"})
    finally:
        proc.stdin.close()
    out = [json.loads(line) for line in proc.stdout.read().decode().splitlines() if line.strip()]
    assert proc.wait(timeout=30) == 0
    assert [m["id"] for m in out] == [2], out
    (execution,) = executions(endpoint)
    assert execution["Status"]["State"] == "CANCELLED", execution
    assert athena.seen.count(START) == 1 and athena.seen.count(STOP) == 1, athena.seen


# ---------------------------------------------------------------------------------------------
# The host's rules, against a hostile guest
# ---------------------------------------------------------------------------------------------

def athena_step(url, action, payload, show_body=False, method="POST", path="/"):
    """A signed Athena request (JSON 1.1) for the hostile component."""
    step = signed(method, f"{url}{path}", "athena", json.dumps(payload) if method == "POST" else "",
                  {"Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": f"AmazonAthena.{action}"})
    return {**step, "show_body": True} if show_body else step


def seed_moto(endpoint, seed):
    """Seeds moto's identifiers; returns the query execution id moto's next random draw gives
    (the first StartQueryExecution after this takes it)."""
    urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/seed?a={seed}", method="POST"), timeout=10)
    rng = MotoRandom()
    rng.seed(seed)
    return str(rng.uuid4())


async def test_a_hostile_guest_reaches_athena_only_within_the_rules(lake, endpoint, athena):
    arn, _, _ = lake
    moto_athena = client("athena", endpoint)
    # An execution this call did not start: the guest may not read or stop it.
    foreign = moto_athena.start_query_execution(QueryString="SELECT secret FROM payroll",
                                                WorkGroup="primary")["QueryExecutionId"]
    # The steps are fixed before the call, so the id of the execution the guest starts is
    # known ahead: moto draws it from a seeded generator.
    try:
        own = seed_moto(endpoint, 20251206)
        at = athena.url
        select_1 = {"QueryString": "SELECT 1", "WorkGroup": "primary"}
        steps = [
            athena_step(at, "StartQueryExecution", select_1, show_body=True),
            athena_step(at, "GetQueryExecution", {"QueryExecutionId": own}),
            athena_step(at, "GetQueryResults", {"QueryExecutionId": own, "MaxResults": 10}),
            # Other actions.
            athena_step(at, "DeleteWorkGroup", {"WorkGroup": "primary", "RecursiveDeleteOption": True}),
            athena_step(at, "CreateNamedQuery", {"Name": "q", "Database": "db", "QueryString": "SELECT 1",
                                                 "WorkGroup": "primary"}),
            athena_step(at, "StartSession", {"WorkGroup": "primary",
                                             "EngineConfiguration": {"MaxConcurrentDpus": 4}}),
            # Starts outside the rules: not a query, another workgroup, another result location,
            # a table outside the table buckets' catalog.
            athena_step(at, "StartQueryExecution", {**select_1, "QueryString": "DROP TABLE x"}),
            athena_step(at, "StartQueryExecution", {**select_1, "WorkGroup": "other"}),
            athena_step(at, "StartQueryExecution", {**select_1,
                                                    "ResultConfiguration": {"OutputLocation": "s3://attacker/x/"}}),
            athena_step(at, "StartQueryExecution", {**select_1, "QueryString": "SELECT * FROM awsdatacatalog.db.t"}),
            # Another call's execution.
            athena_step(at, "GetQueryResults", {"QueryExecutionId": foreign}),
            athena_step(at, "StopQueryExecution", {"QueryExecutionId": foreign}),
            # Not POST /, or not the Athena endpoint.
            athena_step(at, "GetQueryExecution", {"QueryExecutionId": own}, method="GET"),
            athena_step(at, "GetQueryExecution", {"QueryExecutionId": own}, path="/other"),
            athena_step(endpoint, "StartQueryExecution", select_1),
            # Its own execution, which it may stop.
            athena_step(at, "StopQueryExecution", {"QueryExecutionId": own}),
        ]
        named = {"warehouse": arn, "namespace": "sales", "query": "SELECT 1", "engine": "athena"}
        on = ["--athena-endpoint-url", athena.url, "--athena-workgroup", "primary"]
        (seen, later), _ = hostile(endpoint, [
            ("query_database", named, steps),
            # A later call may not touch the first call's execution.
            ("query_database", named, [athena_step(at, "GetQueryExecution", {"QueryExecutionId": own})]),
        ], *on)
    finally:
        seed_moto(endpoint, random.randrange(2**32))

    started, *rest = seen
    status, body = started.removeprefix("status ").split(" ", 1)
    assert status == "200", started
    assert json.loads(body)["QueryExecutionId"] == own, (body, "moto's seeded id was not the next one drawn")
    ok = "status 200"
    assert rest == [ok, ok, *[DENIED] * 12, ok], seen
    assert later == [DENIED], later
    # Only what was allowed reached moto's Athena: the refusals are the host's, not moto's.
    assert athena.seen == [START, GET, RESULTS, STOP], athena.seen

    # Without --athena-workgroup, not even the well-formed start.
    (off,), _ = hostile(endpoint, [("query_database", named, [athena_step(at, "StartQueryExecution", select_1)])],
                        "--athena-endpoint-url", athena.url)
    assert off == [DENIED], off
    assert athena.seen == [START, GET, RESULTS, STOP], athena.seen

    # moto holds exactly the two executions that were allowed; the workgroup is still there.
    states = {e["QueryExecutionId"]: (e["Query"], e["Status"]["State"]) for e in executions(endpoint)}
    assert states == {foreign: ("SELECT secret FROM payroll", "SUCCEEDED"), own: ("SELECT 1", "CANCELLED")}, states
    assert [w["Name"] for w in moto_athena.list_work_groups()["WorkGroups"]] == ["primary"]
    assert moto_athena.list_named_queries()["NamedQueryIds"] == []
