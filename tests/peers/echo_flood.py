#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Floods an echo server on several connections at once and counts what comes back.

    echo_flood.py HOST PORT CONNECTIONS [BYTES_BEFORE_READY]

Opens CONNECTIONS connections; on each it sends pseudo-random bytes as fast as the server takes
them and reads whatever comes back, never waiting for it. Once every connection has had
BYTES_BEFORE_READY bytes (default 256 KiB) echoed it prints

    READY

and goes on until every connection has ended (the server closed or died: end of stream or a
reset). Then it prints one line per connection, in the order they were opened:

    RECEIVED <local port> <bytes received> <sha256 of the bytes received, hex> <OK|MISMATCH>

A line "report" on stdin prints those lines for what has been received so far, then "END".

MISMATCH: what came back is not a prefix of what was sent (exit status 1).
"""
import hashlib
import random
import selectors
import socket
import sys

TIMEOUT_S = 60
BLOCK = random.Random(17).randbytes((1 << 20) + 4093)
WRITE = 64 * 1024


class Flow:
    def __init__(self, host, port):
        self.socket = socket.create_connection((host, port), timeout=TIMEOUT_S)
        self.socket.setblocking(False)
        self.port = self.socket.getsockname()[1]
        self.sent = 0
        self.received = bytearray()
        self.open = True

    def next_chunk(self):
        return self.expected(self.sent, WRITE)

    def drain(self):
        # After a failed send, bytes that arrived before the end may still wait to be read.
        self.open = False
        self.socket.settimeout(1)
        try:
            while chunk := self.socket.recv(1 << 16):
                self.received += chunk
        except OSError:
            pass

    def expected(self, start, length):
        out = bytearray()
        while len(out) < length:
            at = (start + len(out)) % len(BLOCK)
            out += BLOCK[at:at + length - len(out)]
        return bytes(out)


def main(argv):
    host, port, count = argv[1], int(argv[2]), int(argv[3])
    ready_at = int(argv[4]) if len(argv) > 4 else 256 * 1024
    flows = [Flow(host, port) for _ in range(count)]
    selector = selectors.DefaultSelector()
    for flow in flows:
        selector.register(flow.socket, selectors.EVENT_READ | selectors.EVENT_WRITE, flow)
    selector.register(sys.stdin, selectors.EVENT_READ, None)
    ready = False
    while any(flow.open for flow in flows):
        events = selector.select(TIMEOUT_S)
        if not events:
            print("TIMEOUT", flush=True)
            return 2
        for key, mask in events:
            flow = key.data
            if flow is None:
                command = sys.stdin.readline()
                if not command:
                    selector.unregister(sys.stdin)
                elif command.strip() == "report":
                    report(flows)
                    print("END", flush=True)
                continue
            try:
                if mask & selectors.EVENT_READ:
                    chunk = flow.socket.recv(1 << 16)
                    if not chunk:
                        raise ConnectionResetError("end of stream")
                    flow.received += chunk
                if mask & selectors.EVENT_WRITE:
                    flow.sent += flow.socket.send(flow.next_chunk())
            except BlockingIOError:
                pass
            except OSError:
                flow.drain()
                selector.unregister(flow.socket)
                flow.socket.close()
        if not ready and all(len(flow.received) >= ready_at for flow in flows):
            ready = True
            print("READY", flush=True)
    return report(flows)


def report(flows):
    status = 0
    for flow in flows:
        good = bytes(flow.received) == flow.expected(0, len(flow.received))
        status |= 0 if good else 1
        digest = hashlib.sha256(flow.received).hexdigest()
        print(f"RECEIVED {flow.port} {len(flow.received)} {digest} {'OK' if good else 'MISMATCH'}",
              flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
