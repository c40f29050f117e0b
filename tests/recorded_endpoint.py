"""A loopback S3 Tables endpoint for the operations moto does not implement: it records
every request it receives and answers with a response shaped by the service model (the
operation's documented status code, and its output shape filled with sample values)."""
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

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


class RecordedEndpoint:
    def __init__(self):
        self.requests = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                op = route(self.command, url.path)
                endpoint.requests.append({
                    "operation": op,
                    "method": self.command,
                    "raw_path": url.path,
                    "path_segments": [unquote(s) for s in url.path.strip("/").split("/")],
                    "raw_query": url.query,
                    "query": parse_qsl(url.query, keep_blank_values=True),
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": body.decode(),
                })
                if op is None:
                    payload = json.dumps({"message": f"no route for {self.command} {url.path}"}).encode()
                    self.send_response(404)
                    self.send_header("x-amzn-errortype", "NotFoundException:http://internal.amazon.com/coral/com.amazonaws.s3tables/")
                else:
                    out = sample_output(op)
                    payload = json.dumps(out).encode() if out is not None else b""
                    self.send_response(OPS[op]["http"].get("responseCode", 200))
                    if payload:
                        self.send_header("content-type", "application/json")
                self.send_header("x-amzn-requestid", f"req-{len(endpoint.requests)}")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _handle

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
