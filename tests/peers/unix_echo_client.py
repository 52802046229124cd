#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Unix domain socket client: sends its payload, reads the echo, and prints what came back.

    unix_echo_client.py PATH HEXPAYLOAD     PATH is a file path, or @name for an abstract name

Prints "PID <pid>" once connected, then "ECHO <hex>" with every byte read back once as many as
were sent have arrived, and shuts its sending side down.
"""
import os
import socket
import sys

TIMEOUT_S = 20


def main(argv):
    path = argv[1]
    if path.startswith("@"):
        path = "\0" + path[1:]   # Linux abstract namespace: a leading NUL, no file
    payload = bytes.fromhex(argv[2])
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    connection.settimeout(TIMEOUT_S)
    connection.connect(path)
    print(f"PID {os.getpid()}", flush=True)
    connection.sendall(payload)
    received = b""
    while len(received) < len(payload):
        chunk = connection.recv(65536)
        if not chunk:
            break
        received += chunk
    print(f"ECHO {received.hex()}", flush=True)
    connection.shutdown(socket.SHUT_WR)
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
