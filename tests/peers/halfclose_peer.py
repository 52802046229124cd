#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A peer that half-closes, or answers a half-close: the other end of SocketLab's shutdown tests.

    halfclose_peer.py ask PORT       connect to 127.0.0.1:PORT, send "question\\n", shutdown(SHUT_WR),
                                     then read until the end of the stream
    halfclose_peer.py answer         listen on 127.0.0.1 port 0, print "PORT <port>", accept one,
                                     read until the end of the stream, then send "answer\\n" and close

Both print, once the stream has ended, "GOT <hex of every byte read>" and "END EOF" (FIN) or
"END RESET" (RST). Exit status 1 when nothing happens for TIMEOUT_S seconds.
"""
import socket
import sys

TIMEOUT_S = 20


def read_all(connection):
    data = b""
    try:
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                return data, "EOF"
            data += chunk
    except ConnectionResetError:
        return data, "RESET"


def main(argv):
    if argv[1] == "ask":
        connection = socket.create_connection(("127.0.0.1", int(argv[2])), timeout=TIMEOUT_S)
        connection.sendall(b"question\n")
        connection.shutdown(socket.SHUT_WR)
        data, how = read_all(connection)
    else:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(TIMEOUT_S)
        print(f"PORT {server.getsockname()[1]}", flush=True)
        connection, _ = server.accept()
        server.close()
        connection.settimeout(TIMEOUT_S)
        data, how = read_all(connection)
        if how == "EOF":
            connection.sendall(b"answer\n")
    connection.close()
    print(f"GOT {data.hex()}", flush=True)
    print(f"END {how}", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except socket.timeout:
        print("TIMEOUT", flush=True)
        sys.exit(1)
