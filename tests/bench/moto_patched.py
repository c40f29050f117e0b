#!/usr/bin/env python3
"""moto's server with the two S3 Tables answers it gets wrong patched to look like AWS's, so the
reference server's `list_tables` succeeds (it validates every item) instead of being timed
failing:

  * table ARNs end in a UUID (`.../bucket/NAME/table/UUID`), not the table's name;
  * ListTables items carry `tableARN` and `type`.

Bench only: the test suite runs stock moto.

    python moto_patched.py PORT
"""
import json
import sys
import uuid
from urllib.parse import unquote

from moto.s3tables import models, responses
from moto.server import main

# Deterministic, so the ARN moto hands out and the one it looks a table up by agree.
_NAMESPACE = uuid.UUID("6f1c1f0e-6a4e-4d5e-9b7a-3c2b1a0f9e8d")


def table_arn(bucket_arn: str, namespace: str, name: str) -> str:
    return f"{bucket_arn}/table/{uuid.uuid5(_NAMESPACE, f'{bucket_arn}/{namespace}/{name}')}"


models.Table.arn = property(lambda t: table_arn(t.table_bucket_arn, t.namespace, t.name))

_list_tables = responses.S3TablesResponse.list_tables


def list_tables(self):
    status, headers, body = _list_tables(self)
    bucket_arn = unquote(self.raw_path.lstrip("/").split("/")[1])
    data = json.loads(body)
    for item in data.get("tables", []):
        item["tableARN"] = table_arn(bucket_arn, item["namespace"][0], item["name"])
        item.setdefault("type", "customer")
    return status, headers, json.dumps(data)


responses.S3TablesResponse.list_tables = list_tables

if __name__ == "__main__":
    main(["-H", "127.0.0.1", "-p", sys.argv[1]])
