#!/usr/bin/env python3
"""An S3 Tables endpoint that answers every request at once with the same ListTableBuckets
page (one bucket), for the throughput figure: a raw asyncio protocol, keep-alive, no
per-request parsing beyond finding where a request ends. It prints its port, then serves
until killed.

    python instant_endpoint.py
"""
import asyncio
import json
import sys

BUCKET = {
    "arn": "arn:aws:s3tables:us-east-1:111122223333:bucket/instant-bucket",
    "name": "instant-bucket",
    "ownerAccountId": "111122223333",
    "createdAt": "2025-01-01T00:00:00Z",
}
BODY = json.dumps({"tableBuckets": [BUCKET]}).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-amzn-requestid: instant\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


class Instant(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data):
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                line_end = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : line_end if line_end >= 0 else len(head)])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            self.transport.write(RESPONSE)
            if b"\r\nconnection: close" in head:
                self.transport.close()
                return


async def main():
    server = await asyncio.get_running_loop().create_server(Instant, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
