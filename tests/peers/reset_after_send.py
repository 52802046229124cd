#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Clients that reset right after they speak, for tst_acceptedpeers.

  reset_after_send.py PORT COUNT

Opens COUNT connections to 127.0.0.1:PORT one after another; on each sends b"hello", sets
SO_LINGER to 0 and closes it, so the kernel sends RST instead of FIN. A server that has not yet
called accept() then accepts a socket whose peer is gone: getpeername() fails on it, and only
the address accept() itself returned names the client. Prints the client ports, one line:
  PORTS p1 p2 ...
"""
import socket
import struct
import sys


def main():
    port, count = int(sys.argv[1]), int(sys.argv[2])
    ports = []
    for _ in range(count):
        client = socket.create_connection(("127.0.0.1", port), timeout=10)
        ports.append(client.getsockname()[1])
        client.sendall(b"hello")
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
    print("PORTS " + " ".join(str(p) for p in ports), flush=True)


if __name__ == "__main__":
    main()
