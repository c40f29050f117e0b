#!/usr/bin/env python3
"""Generate tests/vectors/ops-vectors.json: for every S3 Tables operation, tool arguments and
the request botocore (pinned in requirements.txt) serializes and signs for the same call, at a
fixed time with fixed credentials. Offline: nothing is sent anywhere.

Each operation gets a case with only its required members and a case with every member
(nested structures, lists, maps, unions, optional query members); some cases use a session
token or another Region. `guest/tests/ops_vectors.rs` replays the tool arguments through the
guest's own tools/call path and compares method, URL, body and Authorization byte for byte.

Run: .venv/bin/python tests/gen_vectors.py
"""
import datetime
import json
import re
from pathlib import Path
from unittest import mock

import botocore.auth
import botocore.credentials
from botocore.awsrequest import AWSRequest, prepare_request_dict
from botocore.model import ServiceModel
from botocore.serialize import create_serializer

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads((ROOT / "guest/ops/model/s3tables-service-2.json").read_text())
PAGINATORS = json.loads((ROOT / "guest/ops/model/s3tables-paginators-1.json").read_text())["pagination"]
OUT = ROOT / "tests/vectors/ops-vectors.json"

SERVICE = ServiceModel(MODEL, "s3tables")
SHAPES = MODEL["shapes"]
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "SESSIONTOKENEXAMPLE/with+chars="
TIME = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)

BUCKET = "arn:aws:s3tables:{region}:111122223333:bucket/my-bucket"
TABLE = BUCKET + "/table/3d2d2b47-1c0e-4f6b-9e6c-1234567890ab"

# Values for string shapes with patterns or meaning; everything else gets a generic value.
SAMPLES = {
    "TableBucketARN": BUCKET,
    "TableARN": TABLE,
    "ResourceArn": BUCKET,
    "NamespaceName": "sales",
    "TableName": "orders",
    "TableBucketName": "my-bucket",
    "AccountId": "111122223333",
    "EncryptionConfigurationKmsKeyArnString": "arn:aws:kms:{region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "IAMRole": "arn:aws:iam::111122223333:role/replication",
    "RoleArn": "arn:aws:iam::111122223333:role/migration",
    "S3BucketARN": "arn:aws:s3:::log-bucket",
    "MigrationId": "mig-0123456789",
    "ResourcePolicy": json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3tables:GetTable", "Resource": "*"}]}),
    "MetadataLocation": "s3://warehouse-bucket/metadata/00001-abc.metadata.json",
    "VersionToken": "token-1",
    "NextToken": "abc/def+=",
    "TagKey": "team",
    "TagValue": "données ✓",
}


def snake(name):
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def sample(shape_name, full, region, depth=0):
    """A value for a shape: (botocore params, tool arguments)."""
    s = SHAPES[shape_name]
    t = s["type"]
    if t == "structure" and s.get("document"):
        v = {"type": "list", "element-id": 2, "element": "string", "element-required": False} if full else "long"
        return v, v
    if t == "structure":
        members = list(s["members"].items())
        if s.get("union"):
            members = [members[-1] if full else members[0]]
        elif not full:
            members = [(n, m) for n, m in members if n in s.get("required", [])]
        params, args = {}, {}
        for name, m in members:
            p, a = sample(m["shape"], full, region, depth + 1)
            params[name] = p
            args[snake(name)] = a
        return params, args
    if t == "list":
        p, a = sample(s["member"]["shape"], full, region, depth + 1)
        if shape_name == "TagKeyList" and full:
            return ["team", "cost center"], ["team", "cost center"]
        return [p], [a]
    if t == "map":
        key, _ = sample(s["key"]["shape"], full, region, depth + 1)
        p, a = sample(s["value"]["shape"], full, region, depth + 1)
        return {key: p}, {key: a}
    if t == "string":
        if shape_name in SAMPLES:
            v = SAMPLES[shape_name].replace("{region}", region)
        elif s.get("enum"):
            v = s["enum"][-1] if full else s["enum"][0]
        else:
            v = "a prefix/é" if "Prefix" in shape_name else "value"
        return v, v
    if t in ("integer", "long"):
        v = max(s.get("min", 1), 3)
        if "max" in s:
            v = min(v, s["max"])
        return v, v
    if t == "boolean":
        return True, True
    if t == "timestamp":
        return "2025-01-02T03:04:05Z", "2025-01-02T03:04:05Z"
    raise ValueError(f"unsupported shape type {t} for {shape_name}")


def sign(op_name, params, region, token):
    op = SERVICE.operation_model(op_name)
    req = create_serializer("rest-json", include_validation=True).serialize_to_request(params, op)
    prepare_request_dict(req, endpoint_url=f"https://s3tables.{region}.amazonaws.com")
    aws_req = AWSRequest(method=req["method"], url=req["url"], data=req["body"], headers=req["headers"])
    creds = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, token)
    with mock.patch("botocore.auth.get_current_datetime", return_value=TIME.replace(tzinfo=None)):
        botocore.auth.SigV4Auth(creds, "s3tables", region).add_auth(aws_req)
    body = aws_req.body
    if isinstance(body, bytes):
        body = body.decode()
    return {
        "method": aws_req.method,
        "url": aws_req.url,
        "body": body or None,
        "authorization": aws_req.headers["Authorization"],
        "x_amz_date": aws_req.headers["X-Amz-Date"],
        "security_token": aws_req.headers.get("X-Amz-Security-Token"),
    }


def cases():
    for i, op_name in enumerate(sorted(MODEL["operations"])):
        op = MODEL["operations"][op_name]
        for full in (False, True):
            # Vary Region and credentials across cases so both paths are covered everywhere.
            region = "eu-west-1" if (i + full) % 3 == 0 else "us-east-1"
            token = TOKEN if (i + full) % 2 == 0 else None
            params, args = sample(op["input"]["shape"], full, region) if "input" in op else ({}, {})
            paging = PAGINATORS.get(op_name)
            if paging and paging["limit_key"] in params:
                # Tools cap results with max_results; the first page asks for that many.
                args.pop(snake(paging["limit_key"]), None)
                args["max_results"] = params[paging["limit_key"]]
            if region != "us-east-1":
                args["region_name"] = region
            yield {
                "operation": op_name,
                "tool": snake(op_name),
                "case": "all members" if full else "required members",
                "region": region,
                "session_token": token,
                "params": params,
                "arguments": args,
                "expected": sign(op_name, params, region, token),
            }


def main():
    all_cases = list(cases())
    OUT.write_text(json.dumps({
        "note": "Generated by tests/gen_vectors.py with botocore; signed at 2025-01-02T03:04:05Z with "
                f"{ACCESS_KEY} / the AWS documentation example secret key.",
        "cases": all_cases,
    }, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(all_cases)} cases for {len(MODEL['operations'])} operations")


if __name__ == "__main__":
    main()
