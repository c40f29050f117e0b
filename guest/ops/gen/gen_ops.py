#!/usr/bin/env python3
"""Generate guest/ops/src/table.rs from the vendored botocore S3 Tables model.

The model (model/s3tables-service-2.json, Apache-2.0, from botocore) is the single
source of truth for every operation's method, path, member locations, shapes,
read/write classification and documentation. Run `just gen-ops` after updating it.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads((ROOT / "model" / "s3tables-service-2.json").read_text())
PAGINATORS = json.loads((ROOT / "model" / "s3tables-paginators-1.json").read_text())["pagination"]
OUT = ROOT / "src" / "table.rs"

SHAPES = MODEL["shapes"]
OPS = MODEL["operations"]

# Tool groups a user can enable with --toolsets. Matched in order on the operation name.
TOOLSETS = [
    ("migration", r"Migration"),
    ("replication", r"Replication"),
    ("record-expiration", r"RecordExpiration"),
    ("storage-class", r"StorageClass"),
    ("metrics", r"Metrics"),
    ("logging", r"Logging"),
    ("encryption", r"Encryption"),
    ("maintenance", r"Maintenance"),
    ("policy", r"Policy"),
    ("metadata", r"MetadataLocation"),
    ("tags", r"^(TagResource|UntagResource|ListTagsForResource)$"),
    ("buckets", r"TableBucket"),
    ("namespaces", r"Namespace"),
    ("tables", r"Table"),
]

# Operations that remove data or replace state a user may not get back.
DESTRUCTIVE = re.compile(r"^(Delete|Untag|Disassociate)|Policy$|^UpdateTableMetadataLocation$")


def snake(name: str) -> str:
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return s.replace("-", "_").lower()


def summary(doc: str, limit: int) -> str:
    """First sentence of the model's HTML documentation, as plain text."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", doc or ""))
    text = re.sub(r"\s+", " ", text).strip()
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    text = m.group(1) if m else text
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def rs(s) -> str:
    return json.dumps(s, ensure_ascii=False)


def opt(v) -> str:
    return "None" if v is None else f"Some({v})"


# Collect the shapes reachable from operation inputs and outputs, in a stable order.
order: list[str] = []
index: dict[str, int] = {}


def visit(name: str) -> None:
    if name in index:
        return
    index[name] = len(order)
    order.append(name)
    s = SHAPES[name]
    if s["type"] == "structure":
        for m in s["members"].values():
            visit(m["shape"])
    elif s["type"] == "list":
        visit(s["member"]["shape"])
    elif s["type"] == "map":
        visit(s["key"]["shape"])
        visit(s["value"]["shape"])


for op_name in sorted(OPS):
    op = OPS[op_name]
    for k in ("input", "output"):
        if k in op:
            visit(op[k]["shape"])


def shape_kind(name: str) -> str:
    s = SHAPES[name]
    t = s["type"]
    if t == "structure":
        if s.get("document"):
            return "ShapeKind::Document"
        required = set(s.get("required", []))
        members = []
        for mname, m in s["members"].items():
            loc = {"uri": "Label", "querystring": "Query", None: "Body"}[m.get("location")]
            members.append(
                "Member { "
                f"name: {rs(mname)}, arg: {rs(snake(mname))}, wire: {rs(m.get('locationName', mname))}, "
                f"shape: ShapeId({index[m['shape']]}), location: Location::{loc}, "
                f"required: {'true' if mname in required else 'false'}, "
                f"doc: {rs(summary(m.get('documentation', ''), 160))} }}"
            )
        union = "true" if s.get("union") else "false"
        if not members:
            return f"ShapeKind::Structure {{ union: {union}, members: &[] }}"
        body = "".join(f"\n            {m}," for m in members)
        return f"ShapeKind::Structure {{ union: {union}, members: &[{body}\n        ] }}"
    if t == "list":
        return f"ShapeKind::List {{ member: ShapeId({index[s['member']['shape']]}), min: {opt(s.get('min'))}, max: {opt(s.get('max'))} }}"
    if t == "map":
        return f"ShapeKind::Map {{ key: ShapeId({index[s['key']['shape']]}), value: ShapeId({index[s['value']['shape']]}), max: {opt(s.get('max'))} }}"
    if t == "string":
        enum = "&[" + ", ".join(rs(e) for e in s.get("enum", [])) + "]"
        pattern = opt(rs(s["pattern"])) if "pattern" in s else "None"
        return f"ShapeKind::String {{ min: {opt(s.get('min'))}, max: {opt(s.get('max'))}, pattern: {pattern}, enum_values: {enum} }}"
    if t in ("integer", "long"):
        return f"ShapeKind::Integer {{ min: {opt(s.get('min'))}, max: {opt(s.get('max'))} }}"
    if t == "boolean":
        return "ShapeKind::Boolean"
    if t == "timestamp":
        return "ShapeKind::Timestamp"
    sys.exit(f"unsupported shape type {t} for {name}")


def toolset(op_name: str) -> str:
    for ts, pat in TOOLSETS:
        if re.search(pat, op_name):
            return ts
    sys.exit(f"no toolset for {op_name}")


def render() -> str:
    """The text of table.rs."""
    out = []
    out.append("// @generated by guest/ops/gen/gen_ops.py from model/s3tables-service-2.json — do not edit.")
    out.append("// Regenerate with `just gen-ops`.")
    out.append("use crate::model::*;\n")
    out.append(f"/// Every shape reachable from an operation's input or output ({len(order)}).")
    out.append("pub static SHAPES: &[Shape] = &[")
    for i, name in enumerate(order):
        out.append(f"    // {i}\n    Shape {{ name: {rs(name)}, doc: {rs(summary(SHAPES[name].get('documentation', ''), 160))}, kind: {shape_kind(name)} }},")
    out.append("];\n")
    out.append(f"/// Every S3 Tables operation ({len(OPS)}), sorted by name.")
    out.append("pub static OPS: &[OpSpec] = &[")
    for op_name in sorted(OPS):
        op = OPS[op_name]
        http = op["http"]
        method = http["method"]
        if method == "GET":
            access = "Access::Read"
        else:
            access = (
                f"Access::Write {{ destructive: {'true' if DESTRUCTIVE.search(op_name) else 'false'}, "
                f"idempotent: {'true' if op.get('idempotent') else 'false'} }}"
            )
        pag = PAGINATORS.get(op_name)
        paging = (
            f"Some(Paging {{ input_token: {rs(pag['input_token'])}, output_token: {rs(pag['output_token'])}, "
            f"limit_key: {rs(pag['limit_key'])}, result_key: {rs(pag['result_key'])} }})"
            if pag
            else "None"
        )
        inp = f"Some(ShapeId({index[op['input']['shape']]}))" if "input" in op else "None"
        outp = f"Some(ShapeId({index[op['output']['shape']]}))" if "output" in op else "None"
        out.append(
            "    OpSpec {\n"
            f"        name: {rs(op_name)},\n"
            f"        tool: {rs(snake(op_name))},\n"
            f"        method: Method::{method.capitalize()},\n"
            f"        uri: {rs(http['requestUri'])},\n"
            f"        success: {http.get('responseCode', 200)},\n"
            f"        access: {access},\n"
            f"        toolset: {rs(toolset(op_name))},\n"
            f"        input: {inp},\n"
            f"        output: {outp},\n"
            f"        paging: {paging},\n"
            f"        doc: {rs(summary(op.get('documentation', ''), 220))},\n"
            "    },"
        )
    out.append("];")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    OUT.write_text(render())
    print(f"wrote {OUT.relative_to(ROOT.parent.parent)}: {len(OPS)} operations, {len(order)} shapes")
