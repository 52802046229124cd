#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Peers that behave badly, for tst_hostilepeers. Each connects to HOST PORT (except backlog).

  hostile_peer.py flood HOST PORT BYTES  sends BYTES of pattern (byte i is i % 251) in one
                                         sendall, then FIN; reads until the other side closes
  hostile_peer.py raw HOST PORT          sends the bytes it reads on stdin, then FIN; reads to EOF
  hostile_peer.py neverread HOST PORT    connects and prints CONNECTED, then reads nothing until
                                         a line arrives on stdin; then reads BYTES (the number
                                         on that line), prints READ <n>, and closes when
                                         stdin does
  hostile_peer.py resetmid HOST PORT N   reads N bytes of what it is sent, then closes with a
                                         reset (SO_LINGER 0) in the middle of the transfer
  hostile_peer.py backlog                listens with a backlog of 0 and never accepts; fills
                                         the accept queue, prints PORT <port>; waits for stdin
                                         to close. A further connect() gets no answer.
Prints one result line; exit status 0 when the peer did what it was asked.
"""
import socket
import struct
import sys

TIMEOUT_S = 60


def pattern(size):
    block = bytes(i % 251 for i in range(251))
    return (block * (size // 251 + 1))[:size]


def connect(host, port):
    connection = socket.create_connection((host, int(port)), timeout=TIMEOUT_S)
    return connection


def read_to_eof(connection):
    total = 0
    while True:
        chunk = connection.recv(65536)
        if not chunk:
            return total
        total += len(chunk)


def main(argv):
    mode = argv[1]
    if mode == "flood":
        connection = connect(argv[2], argv[3])
        connection.sendall(pattern(int(argv[4])))
        connection.shutdown(socket.SHUT_WR)
        read_to_eof(connection)
        print("SENT %d" % int(argv[4]), flush=True)
    elif mode == "raw":
        payload = sys.stdin.buffer.read()
        connection = connect(argv[2], argv[3])
        connection.sendall(payload)
        connection.shutdown(socket.SHUT_WR)
        read_to_eof(connection)
        print("SENT %d" % len(payload), flush=True)
    elif mode == "neverread":
        connection = connect(argv[2], argv[3])
        print("CONNECTED", flush=True)
        wanted = int(sys.stdin.readline())
        total = 0
        while total < wanted:
            chunk = connection.recv(1 << 20)
            if not chunk:
                break
            total += len(chunk)
        print("READ %d" % total, flush=True)
        sys.stdin.read()   # closes when stdin does, so the other side sees its queue drain first
        connection.close()
        return 0 if total == wanted else 1
    elif mode == "resetmid":
        connection = connect(argv[2], argv[3])
        wanted = int(argv[4])
        total = 0
        while total < wanted:
            chunk = connection.recv(wanted - total)
            if not chunk:
                break
            total += len(chunk)
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        connection.close()
        print("RESET after %d" % total, flush=True)
        return 0 if total == wanted else 1
    elif mode == "backlog":
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = server.getsockname()[1]
        # The accept queue holds one connection; it is never accepted, so the queue stays full
        # and the kernel drops every further SYN.
        filler = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT_S)
        extra = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        extra.setblocking(False)
        extra.connect_ex(("127.0.0.1", port))
        print("PORT %d" % port, flush=True)
        sys.stdin.read()
        filler.close()
        extra.close()
        server.close()
    else:
        sys.exit("unknown mode " + mode)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
