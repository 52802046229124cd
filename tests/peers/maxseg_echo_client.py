#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A client with a small maximum segment size, for seeing writes cut into segments.

    maxseg_echo_client.py HOST PORT MSS SIZE...

Sets TCP_MAXSEG to MSS before connecting (its SYN announces it, so neither side sends a segment
longer than that), sends one write of each SIZE bytes (bytes counting up, modulo 251), then reads
until everything came back from the echo server, closes and prints one line:

    OK <n>        the n bytes came back unchanged
    SHORT <n>     the server closed after n bytes (exit status 1)
"""
import socket
import sys

TIMEOUT_S = 20


def main(argv):
    host, port, mss = argv[1], int(argv[2]), int(argv[3])
    sizes = [int(size) for size in argv[4:]]
    connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    connection.settimeout(TIMEOUT_S)
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, mss)
    connection.connect((host, port))
    payload = bytes(i % 251 for i in range(sum(sizes)))
    at = 0
    for size in sizes:
        connection.sendall(payload[at:at + size])
        at += size
    echoed = bytearray()
    while len(echoed) < len(payload):
        chunk = connection.recv(65536)
        if not chunk:
            break
        echoed += chunk
    connection.close()
    if echoed != payload:
        print(f"SHORT {len(echoed)}", flush=True)
        return 1
    print(f"OK {len(payload)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
