#!/usr/bin/env python3
"""Generate tests/vectors/athena-vectors.json: Amazon Athena requests (JSON 1.1 protocol) as
botocore (pinned in requirements.txt) serializes and SigV4-signs them, at a fixed time with fixed
credentials, from botocore's own Athena service model. Offline: nothing is sent anywhere.

Each case holds the operation input and the request botocore builds for it: method, URL, the
headers it sends (except user-agent and content-length) and the exact body text, so a Rust test
can compare our own Athena request builder byte for byte.

Input keys are alphabetical at every level: botocore writes members in input order and our
builder writes them alphabetically, so the bodies only agree if the inputs are sorted.

Run: .venv/bin/python tests/gen_athena_vectors.py
"""
import datetime
import json
from pathlib import Path
from unittest import mock

import botocore.auth
import botocore.credentials
import botocore.loaders
from botocore.awsrequest import AWSRequest, prepare_request_dict
from botocore.model import ServiceModel
from botocore.serialize import create_serializer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/vectors/athena-vectors.json"

SERVICE = ServiceModel(botocore.loaders.Loader().load_service_model("athena", "service-2"), "athena")
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "SESSIONTOKENEXAMPLE/with+chars="
TIME = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)

REQUEST_TOKEN = "0b4f6c2e-5a1d-4c3e-9f7a-1234567890ab"
EXECUTION_ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
QUERY = 'SELECT count(*) FROM "s3tablescatalog/my-bucket"."sales"."orders"'

# (name, action, region, with session token, input)
CASES = [
    ("start minimal", "StartQueryExecution", "us-east-1", False, {
        "ClientRequestToken": REQUEST_TOKEN,
        "QueryString": QUERY,
        "WorkGroup": "primary",
    }),
    # Non-ASCII, a newline, quotes and a slash in the query: the body's string escaping.
    ("start full", "StartQueryExecution", "eu-west-1", True, {
        "ClientRequestToken": REQUEST_TOKEN,
        "QueryExecutionContext": {"Catalog": "s3tablescatalog/my-bucket", "Database": "sales"},
        "QueryString": QUERY + "\nWHERE note = 'données ✓'",
        "ResultConfiguration": {"OutputLocation": "s3://athena-results-111122223333/mcp/"},
        "WorkGroup": "primary",
    }),
    ("get execution", "GetQueryExecution", "us-east-1", True, {
        "QueryExecutionId": EXECUTION_ID,
    }),
    ("get results first page", "GetQueryResults", "us-east-1", False, {
        "MaxResults": 1000,
        "QueryExecutionId": EXECUTION_ID,
    }),
    ("get results next page", "GetQueryResults", "us-east-1", True, {
        "MaxResults": 1000,
        "NextToken": "AbC/dEf+gh==",
        "QueryExecutionId": EXECUTION_ID,
    }),
    ("stop", "StopQueryExecution", "us-east-1", False, {
        "QueryExecutionId": EXECUTION_ID,
    }),
]

# The only headers a bare serialize + sign may produce; anything else (a random invocation id,
# say) would make the vectors non-deterministic or not ours to reproduce.
EXPECTED_HEADERS = {"x-amz-target", "content-type", "x-amz-date", "x-amz-security-token",
                    "authorization", "content-length"}


def check_sorted(value, where="input"):
    if isinstance(value, dict):
        assert list(value) == sorted(value), f"{where}: keys not alphabetical: {list(value)}"
        for k, v in value.items():
            check_sorted(v, f"{where}.{k}")


def check_idempotency_tokens(op, params):
    # A real client fills a missing idempotency token with a random UUID; always pass it.
    for name, member in op.input_shape.members.items():
        if member.metadata.get("idempotencyToken"):
            assert name in params, f"{op.name}: pass {name} explicitly"


def sign(action, params, region, token):
    op = SERVICE.operation_model(action)
    check_idempotency_tokens(op, params)
    req = create_serializer("json", include_validation=True).serialize_to_request(params, op)
    prepare_request_dict(req, endpoint_url=f"https://athena.{region}.amazonaws.com")
    aws_req = AWSRequest(method=req["method"], url=req["url"], data=req["body"], headers=req["headers"])
    creds = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, token)
    with mock.patch("botocore.auth.get_current_datetime", return_value=TIME.replace(tzinfo=None)):
        botocore.auth.SigV4Auth(creds, "athena", region).add_auth(aws_req)
    # prepare() is what goes on the wire: it adds content-length after signing.
    sent = aws_req.prepare()
    names = {k.lower() for k in sent.headers}
    assert names <= EXPECTED_HEADERS, f"unexpected headers: {names - EXPECTED_HEADERS}"
    return {
        "method": sent.method,
        "url": sent.url,
        "headers": {k.lower(): v for k, v in sent.headers.items()
                    if k.lower() not in ("user-agent", "content-length")},
        "body": sent.body.decode("utf-8"),
    }


def signed_headers(request):
    return request["headers"]["authorization"].split("SignedHeaders=")[1].split(",")[0]


def main():
    cases = []
    for name, action, region, with_token, params in CASES:
        check_sorted(params)
        request = sign(action, params, region, TOKEN if with_token else None)
        # Signing twice must give the same bytes: nothing random slipped in.
        assert request == sign(action, params, region, TOKEN if with_token else None)
        cases.append({"name": name, "action": action, "region": region,
                      "session_token": with_token, "input": params, "request": request})
    signed = {c["session_token"]: signed_headers(c["request"]) for c in cases}
    OUT.write_text(json.dumps({
        "description": (
            f"Generated by tests/gen_athena_vectors.py with botocore {botocore.__version__}: Athena's "
            "service model from the botocore package, serializer 'json' (JSON 1.1), "
            "prepare_request_dict, AWSRequest and SigV4Auth(credentials, 'athena', region) at "
            "2025-01-02T03:04:05Z. Headers are those botocore sends except user-agent and "
            "content-length (content-length is added after signing and is not signed). "
            f"SignedHeaders: {signed[False]} without a session token, {signed[True]} with one. "
            "A real botocore client also sends (and signs) amz-sdk-invocation-id and "
            "amz-sdk-request retry headers; bare serialize + sign, as here, does not."
        ),
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "session_token": TOKEN,
        "time": TIME.strftime("%Y%m%dT%H%M%SZ"),
        "cases": cases,
    }, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases")


if __name__ == "__main__":
    main()
