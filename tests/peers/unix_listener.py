#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Unix domain socket listener that another program must find in its way.

    unix_listener.py PATH live     listen on PATH, print "LISTENING", accept and echo until stdin closes
    unix_listener.py PATH stale    bind PATH and exit without removing the file: a stale socket file
"""
import socket
import sys
import threading


def main(argv):
    path, mode = argv[1], argv[2]
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    if mode == "stale":
        print("STALE", flush=True)
        return 0   # the file stays: nothing removes it
    server.listen(4)
    print("LISTENING", flush=True)

    def serve():
        while True:
            connection, _ = server.accept()
            while True:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                connection.sendall(chunk)
            connection.close()

    threading.Thread(target=serve, daemon=True).start()
    sys.stdin.read()   # until the test closes our stdin
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
