#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A peer that only reads, and reports how its stream ended.

    recv_probe.py listen          listen on 127.0.0.1, port 0, print "PORT <port>", accept one
    recv_probe.py connect PORT    connect to 127.0.0.1:PORT
    recv_probe.py listen-unix PATH  listen on a Unix socket file, print "LISTENING", accept one
    recv_probe.py connect-unix PATH connect to a Unix socket file

Once connected it prints "READY", then blocks in recv() until the stream ends and prints one
result line, n being the number of bytes read before the end:

    EOF <n>       recv() returned 0: the other side sent FIN
    RESET <n>     recv() failed with ECONNRESET: the other side sent RST
    TIMEOUT <n>   nothing happened for TIMEOUT_S seconds (exit status 1)
"""
import os
import socket
import sys

TIMEOUT_S = 20


def open_connection(argv):
    if argv[1] == "listen-unix":
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(argv[2])
        server.listen(1)
        server.settimeout(TIMEOUT_S)
        print("LISTENING", flush=True)
        connection, _ = server.accept()
        server.close()
        os.unlink(argv[2])
        return connection
    if argv[1] == "connect-unix":
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(TIMEOUT_S)
        connection.connect(argv[2])
        return connection
    if argv[1] == "listen":
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(TIMEOUT_S)
        print(f"PORT {server.getsockname()[1]}", flush=True)
        connection, _ = server.accept()
        server.close()
        return connection
    return socket.create_connection(("127.0.0.1", int(argv[2])), timeout=TIMEOUT_S)


def main(argv):
    connection = open_connection(argv)
    connection.settimeout(TIMEOUT_S)
    print("READY", flush=True)
    total = 0
    try:
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                print(f"EOF {total}", flush=True)
                break
            total += len(chunk)
    except ConnectionResetError:
        print(f"RESET {total}", flush=True)
    except socket.timeout:
        print(f"TIMEOUT {total}", flush=True)
        return 1
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
