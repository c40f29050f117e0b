"""A misbehaving S3 Tables endpoint on loopback, for reliability tests. A test gives it a
`respond(request)` function returning one action per request:

    ("json", status, body_dict_or_None, headers)   a normal answer
    ("raw", status, bytes, headers)                any bytes (garbage, huge bodies)
    ("stall", seconds, next_action)                wait, then answer with next_action
    ("reset",)                                     close the connection without answering

It records every request (method, path, segments, query, headers, body, arrival time; the
respond function may annotate the record) and how many were in flight at once.
"""
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit


def ok(body=None, status=200, headers=None):
    return ("json", status, body, headers or {})


def aws_error(status, code, message="injected", headers=None):
    h = {"x-amzn-errortype": f"{code}:http://internal.amazon.com/coral/com.amazonaws.s3tables/"}
    h.update(headers or {})
    return ("json", status, {"message": message}, h)


class FaultEndpoint:
    def __init__(self, respond):
        self.respond = respond
        self.requests = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self):
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    body = b""
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        chunk = self.rfile.read(size + 2)[:size]
                        body += chunk
                        if size == 0:
                            break
                else:
                    length = int(self.headers.get("Content-Length") or 0)
                    body = self.rfile.read(length) if length else b""
                url = urlsplit(self.path)
                req = {
                    "method": self.command,
                    "path": url.path,
                    "segments": [unquote(s) for s in url.path.strip("/").split("/")],
                    "query": dict(parse_qsl(url.query)),
                    "query_pairs": parse_qsl(url.query, keep_blank_values=True),
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": body.decode(errors="replace"),
                    "time": time.monotonic(),
                }
                with endpoint.lock:
                    endpoint.requests.append(req)
                    endpoint.in_flight += 1
                    endpoint.max_in_flight = max(endpoint.max_in_flight, endpoint.in_flight)
                try:
                    self._act(endpoint.respond(req))
                finally:
                    with endpoint.lock:
                        endpoint.in_flight -= 1

            def _act(self, action):
                kind = action[0]
                if kind == "stall":
                    time.sleep(action[1])
                    return self._act(action[2])
                if kind == "reset":
                    # SO_LINGER 0: the peer sees a reset, not an orderly close.
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                if kind == "json":
                    _, status, body, headers = action
                    payload = json.dumps(body).encode() if body is not None else b""
                    headers = dict(headers, **({"content-type": "application/json"} if payload else {}))
                else:
                    _, status, payload, headers = action
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("x-amzn-requestid", f"fault-{len(endpoint.requests)}")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                try:
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_PUT = do_POST = do_DELETE = _handle

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            # socketserver's default backlog of 5 drops concurrent connects (then TCP retries
            # after a second), which would look like the client's fault.
            request_queue_size = 256

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def gaps(self):
        times = [r["time"] for r in self.requests]
        return [b - a for a, b in zip(times, times[1:])]


def sequence(*actions):
    """A respond function that plays `actions` in order, then repeats the last one."""
    state = {"i": 0}
    lock = threading.Lock()

    def respond(_req):
        with lock:
            i = min(state["i"], len(actions) - 1)
            state["i"] += 1
        return actions[i]

    return respond
