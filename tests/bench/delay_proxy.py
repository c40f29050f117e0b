#!/usr/bin/env python3
"""A proxy in front of an S3 Tables endpoint that makes every request take DELAY seconds
longer, as a far-away Region would (for the fan-out figure). One request per client
connection: it waits, forwards the request to the target, and relays the answer with
`Connection: close`. It prints its port, then serves until killed.

    python delay_proxy.py TARGET_PORT DELAY_SECONDS
"""
import asyncio
import sys


async def read_message(reader):
    """One HTTP/1.1 message with a Content-Length (or none) body: (head lines, body)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head[:-4].split(b"\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return lines, body


def without(lines, *names):
    return [lines[0]] + [l for l in lines[1:] if l.partition(b":")[0].strip().lower() not in names]


async def relay(client_reader, client_writer, target_port, delay):
    try:
        lines, body = await read_message(client_reader)
        await asyncio.sleep(delay)
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target_port)
        request = without(lines, b"connection") + [b"connection: close"]
        up_writer.write(b"\r\n".join(request) + b"\r\n\r\n" + body)
        await up_writer.drain()
        answer = await up_reader.read()
        up_writer.close()
        head, sep, rest = answer.partition(b"\r\n\r\n")
        response = without(head.split(b"\r\n"), b"connection") + [b"connection: close"]
        client_writer.write(b"\r\n".join(response) + sep + rest)
        await client_writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        client_writer.close()


async def main(target_port, delay):
    server = await asyncio.start_server(
        lambda r, w: relay(r, w, target_port, delay), "127.0.0.1", 0, backlog=1024
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main(int(sys.argv[1]), float(sys.argv[2])))
    except KeyboardInterrupt:
        sys.exit(0)
