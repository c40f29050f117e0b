#!/usr/bin/env python3
"""Generate the `s3tables:tools` WIT package and its Rust glue from the botocore model.

For hosts that turn a component's exported functions into tools (wassette), every S3 Tables
operation becomes one exported function named like the MCP tool (kebab-case), documented
from the model, taking one record of scalars and lists and returning `result<string, string>`
(the tool's JSON result, or its error text). Two worlds: `tools` (all operations) and
`tools-read-only` (the read operations only: such hosts cannot gate writes, so the read-only
build does not export them at all).

Writes (from the same model `gen_ops.py` reads, so the two never disagree):
  wit-tools/tools.wit, wit-tools/tools-read-only.wit
  wit-tools/package-docs.json              (the docs as a `package-docs` section, which
                                            host/build.rs embeds: wassette reads tool
                                            descriptions from it)
  guest/tools-component/src/generated.rs   (the impl of every function; `cfg`s out writes)

`--check` renders everything and fails if a checked-in file differs (run by the tests).
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_ops  # noqa: E402  (the model, snake(), summary(); importing writes nothing)

REPO = gen_ops.ROOT.parent.parent
WIT_DIR = REPO / "wit-tools"
RUST_OUT = REPO / "guest" / "tools-component" / "src" / "generated.rs"
PACKAGE = "s3tables:tools@0.1.0"
WASI = "0.2.12"

SHAPES, OPS, PAGINATORS = gen_ops.SHAPES, gen_ops.OPS, gen_ops.PAGINATORS

# WIT keywords a member name could collide with (escaped with `%`).
WIT_KEYWORDS = {
    "as", "async", "bool", "borrow", "char", "constructor", "enum", "export", "f32", "f64",
    "flags", "from", "func", "future", "import", "include", "interface", "list", "own",
    "package", "record", "resource", "result", "s16", "s32", "s64", "s8", "static", "stream",
    "string", "tuple", "type", "u16", "u32", "u64", "u8", "use", "variant", "with", "world",
}
RUST_KEYWORDS = {"type", "match", "ref", "move", "self", "static", "use", "where", "in", "fn", "mod", "loop"}


def kebab(snake: str) -> str:
    return snake.replace("_", "-")


def wit_ident(snake: str) -> str:
    k = kebab(snake)
    return f"%{k}" if k in WIT_KEYWORDS else k


def rust_ident(snake: str) -> str:
    return f"{snake}_" if snake in RUST_KEYWORDS else snake


def camel(snake: str) -> str:
    return "".join(w.capitalize() for w in snake.split("_"))


def is_read(op: dict) -> bool:
    return op["http"]["method"] == "GET"


def fans_out(op_name: str) -> bool:
    """A list scoped to one table bucket, which without one lists across all buckets."""
    op = OPS[op_name]
    if op_name not in PAGINATORS or "input" not in op:
        return False
    shape = SHAPES[op["input"]["shape"]]
    return "tableBucketARN" in shape["members"] and "tableBucketARN" in shape.get("required", [])


class Field:
    """One record field: its WIT type, documentation, and how the Rust glue passes it on."""

    def __init__(self, arg: str, wit_type: str, doc: str, glue: str):
        self.arg, self.wit_type, self.doc, self.glue = arg, wit_type, doc, glue


def member_field(op_name: str, mname: str, member: dict, required: bool) -> Field:
    arg = gen_ops.snake(mname)
    shape = SHAPES[member["shape"]]
    kind = shape["type"]
    doc = gen_ops.summary(member.get("documentation", ""), 160) or f"The {arg.replace('_', ' ')}."
    if fans_out(op_name) and mname == "tableBucketARN":
        required = False
        doc = "The table bucket ARN; empty to list across all table buckets."
    unset = "" if required else " Empty to leave unset."
    if kind == "string":
        if shape.get("enum"):
            doc += " One of: " + ", ".join(shape["enum"]) + "."
        return Field(arg, "string", doc + unset, "text")
    if kind == "list" and SHAPES[shape["member"]["shape"]]["type"] == "string":
        if shape.get("max") == 1:
            return Field(arg, "string", doc + unset, "text")
        return Field(arg, "list<string>", doc + unset, "texts")
    if kind in ("structure", "map"):
        return Field(arg, "string", doc + " JSON text (an object, as in the API)." + unset, "json")
    if kind == "boolean":
        if required:
            return Field(arg, "bool", doc, "flag")
        return Field(arg, "string", doc + ' "true" or "false"; empty to leave unset.', "text")
    if kind in ("integer", "long"):
        if required:
            return Field(arg, "s64", doc, "number")
        return Field(arg, "s64", doc + " 0 to leave unset.", "number_unless_zero")
    sys.exit(f"gen_tools: no WIT mapping for {op_name}.{mname} ({kind})")


def fields(op_name: str) -> list[Field]:
    op = OPS[op_name]
    paging = PAGINATORS.get(op_name)
    out = []
    if "input" in op:
        shape = SHAPES[op["input"]["shape"]]
        required = set(shape.get("required", []))
        for mname, member in shape["members"].items():
            if paging and mname == paging["limit_key"]:
                continue  # replaced by max-results, as in the MCP tool
            out.append(member_field(op_name, mname, member, mname in required))
    if paging:
        out.append(Field("max_results", "u32", "Stop after this many results (the result then carries a token to continue from); 0 follows every page.", "count"))
    out.append(Field("region_name", "string", "The AWS Region; empty for the configured one (AWS_REGION).", "text"))
    return out


def function_doc(op_name: str) -> str:
    op = OPS[op_name]
    doc = gen_ops.summary(op.get("documentation", ""), 220)
    if fans_out(op_name):
        doc += " Without table-bucket-arn, lists across every table bucket."
    if op_name in PAGINATORS:
        doc += " Follows every page unless max-results is given."
    if not is_read(op):
        doc += " Changes state: needs S3TABLES_MCP_ARGS=--allow-write (and --allow-destructive for deletions and replacements)."
    return doc


def wit_doc(text: str, indent: str) -> str:
    return f"{indent}/// {text}\n"


def render_world(world: str, op_names: list[str], about: str) -> str:
    out = [f"package {PACKAGE};\n\n"]
    out.append("// @generated by guest/ops/gen/gen_tools.py from the botocore model; do not edit.\n")
    out.append("// Regenerate with `just gen-tools`.\n\n")
    for line in about:
        out.append(wit_doc(line, ""))
    out.append(f"world {world} {{\n")
    out.append(f"  import wasi:http/outgoing-handler@{WASI};\n")
    out.append(f"  import wasi:random/random@{WASI};\n")
    for op_name in op_names:
        tool = gen_ops.snake(op_name)
        out.append("\n")
        out.append(wit_doc(f"Arguments of `{kebab(tool)}`.", "  "))
        out.append(f"  record {kebab(tool)}-args {{\n")
        for f in fields(op_name):
            out.append(wit_doc(f.doc, "    "))
            out.append(f"    {wit_ident(f.arg)}: {f.wit_type},\n")
        out.append("  }\n")
        out.append(wit_doc(function_doc(op_name), "  "))
        out.append(wit_doc("Returns the result as JSON text, or the error text.", "  "))
        out.append(f"  export {kebab(tool)}: func(args: {kebab(tool)}-args) -> result<string, string>;\n")
    out.append("}\n")
    return "".join(out)


def render_rust() -> str:
    lines = [
        "// @generated by guest/ops/gen/gen_tools.py from the botocore model; do not edit.",
        "// Regenerate with `just gen-tools`.",
        "",
        "use crate::args::Args;",
        "use crate::bindings::*;",
        "",
        "impl Guest for crate::Tools {",
    ]
    for op_name in sorted(OPS):
        tool = gen_ops.snake(op_name)
        if not is_read(OPS[op_name]):
            lines.append('    #[cfg(not(feature = "read-only"))]')
        lines.append(f"    fn {tool}(args: {camel(tool)}Args) -> Result<String, String> {{")
        lines.append("        let mut a = Args::default();")
        for f in fields(op_name):
            q = "?" if f.glue == "json" else ""
            lines.append(f'        a.{f.glue}("{f.arg}", args.{rust_ident(f.arg)}){q};')
        lines.append(f'        a.call("{tool}")')
        lines.append("    }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    return subprocess.run(
        ["rustfmt", "--edition", "2021", "--emit", "stdout"],
        input=text, capture_output=True, text=True, check=True,
    ).stdout


def tool_description(op_name: str) -> str:
    """The function's documentation plus its arguments: hosts such as wassette show only the
    function's docs, not the record fields'."""
    args = "".join(f"\n- {kebab(f.arg)} ({f.wit_type}): {f.doc}" for f in fields(op_name))
    return f"{function_doc(op_name)} Returns the result as JSON text.\nArguments, in `args`:{args}"


def render_package_docs(worlds: dict[str, tuple[list[str], list[str]]]) -> str:
    """wit-parser's `package-docs` format (v1), for the same worlds the WIT files declare."""
    doc = {"worlds": {}}
    for world, (op_names, about) in worlds.items():
        doc["worlds"][world] = {
            "docs": "\n".join(about),
            "types": {
                f"{kebab(gen_ops.snake(n))}-args": {
                    "docs": f"Arguments of `{kebab(gen_ops.snake(n))}`.",
                    "items": {kebab(f.arg): f.doc for f in fields(n)},
                }
                for n in op_names
            },
            "func_exports": {kebab(gen_ops.snake(n)): {"docs": tool_description(n)} for n in op_names},
        }
    return json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def outputs() -> dict[Path, str]:
    names = sorted(OPS)
    reads = [n for n in names if is_read(OPS[n])]
    worlds = {
        "tools": (names, [
            f"Every S3 Tables operation ({len(names)}) as an exported function, for hosts that turn",
            "functions into tools (wassette). Configuration comes from the environment: AWS_REGION,",
            "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_ENDPOINT_URL_S3TABLES;",
            "write functions refuse to run unless S3TABLES_MCP_ARGS contains --allow-write.",
        ]),
        "tools-read-only": (reads, [
            f"The read operations ({len(reads)}) only: write functions are not exported at all, for",
            "hosts that cannot gate them. Configured like `tools`.",
        ]),
    }
    out = {WIT_DIR / f"{w}.wit": render_world(w, ops, about) for w, (ops, about) in worlds.items()}
    out[WIT_DIR / "package-docs.json"] = render_package_docs(worlds)
    out[RUST_OUT] = render_rust()
    return out


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for path, text in outputs().items():
        rel = path.relative_to(REPO)
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(str(rel))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            print(f"wrote {rel}")
    if stale:
        print("out of date (run `just gen-tools`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
