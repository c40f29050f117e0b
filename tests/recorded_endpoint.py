"""A loopback S3 Tables endpoint for the operations moto does not implement: it records
every request it receives (annotated with the operation it routes to) and answers with a
response shaped by the service model — the operation's documented status code, and its output
shape filled with sample values."""

from fault_endpoint import FaultEndpoint, aws_error
from gen_vectors import MODEL, sample

OPS = MODEL["operations"]


def route(method, path):
    """The operation whose method and URI template match, as the service routes it."""
    segments = path.strip("/").split("/")
    for name, op in OPS.items():
        if op["http"]["method"] != method:
            continue
        template = op["http"]["requestUri"].strip("/").split("/")
        if len(template) == len(segments) and all(t.startswith("{") or t == s for t, s in zip(template, segments)):
            return name
    return None


def sample_output(op_name):
    op = OPS[op_name]
    if "output" not in op or not MODEL["shapes"][op["output"]["shape"]]["members"]:
        return None
    params, _ = sample(op["output"]["shape"], False, "us-east-1")
    return params


def respond(req):
    op = req["operation"] = route(req["method"], req["path"])
    if op is None:
        return aws_error(404, "NotFoundException", f"no route for {req['method']} {req['path']}")
    status = OPS[op]["http"].get("responseCode", 200)
    return ("json", status, sample_output(op), {})


class RecordedEndpoint(FaultEndpoint):
    def __init__(self):
        super().__init__(respond)
