#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A server that answers every chunk it reads with the same bytes upper-cased (ASCII a-z only;
every other byte value, binary included, comes back unchanged).

    upper_server.py

Listens on 127.0.0.1, port 0, and prints "PORT <port>"; serves one connection until the client
closes, then prints "DONE <n>", n being the number of bytes it read, and exits.
"""
import socket
import sys

TIMEOUT_S = 20


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(TIMEOUT_S)
    print(f"PORT {server.getsockname()[1]}", flush=True)
    connection, _ = server.accept()
    server.close()
    connection.settimeout(TIMEOUT_S)
    total = 0
    while True:
        chunk = connection.recv(65536)
        if not chunk:
            break
        total += len(chunk)
        connection.sendall(chunk.upper())
    connection.close()
    print(f"DONE {total}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
