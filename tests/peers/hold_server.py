#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A peer that accepts one connection and keeps it open until told to close it.

    hold_server.py     listen on 127.0.0.1, port 0, print "PORT <port>", accept one, print "READY"

Then it reads commands from stdin, one per line, and never reads the socket, so the kernel alone
answers the other side (its FIN is acknowledged, the socket stays in CLOSE_WAIT here):

    close    close the connection (FIN), print "CLOSED"
    (EOF)    exit
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
    print("READY", flush=True)
    for line in sys.stdin:
        if line.strip() == "close" and connection is not None:
            connection.close()
            connection = None
            print("CLOSED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
