"""An HTTP proxy between the binary and the emulator, for tests that need the network to
misbehave at one exact request (a commit that loses the race, an answer that never comes)."""
import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

COMMIT = ("PUT", "/metadata-location")  # UpdateTableMetadataLocation


def is_commit(command, path):
    return command == COMMIT[0] and path.endswith(COMMIT[1])


class ForwardingProxy:
    """Forwards every request to `upstream`. Subclasses decide per request:
    `before(command, path)` may return a status to answer with instead (nothing forwarded);
    `deliver(command, path)` (after forwarding) may return False to drop the answer — the
    connection closes without a response, as when it is lost on the way back."""

    def __init__(self, upstream):
        target = urlsplit(upstream)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self):
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                instead = proxy.before(self.command, self.path)
                if instead is not None:
                    self.send_response(instead)
                    self.send_header("content-length", "0")
                    self.end_headers()
                    return
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
                conn.request(self.command, self.path, body=body, headers=dict(self.headers.items()))
                resp = conn.getresponse()
                data = resp.read()
                if not proxy.deliver(self.command, self.path):
                    self.close_connection = True  # no answer at all: the client sees EOF
                    return
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("content-length", "transfer-encoding", "connection", "server", "date"):
                        self.send_header(k, v)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def before(self, command, path):
        return None

    def deliver(self, command, path):
        return True

    def close(self):
        self.server.shutdown()
