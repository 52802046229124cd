#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two connections with the same addresses and ports, one after the other (TIME_WAIT reuse).

    reuse_client.py HOST PORT

Connects from a port of the system's choice, sends "first", closes first (so this end keeps the
pair in TIME_WAIT), waits for the server's FIN, prints "PORT <n>". Then connects again from the
same port to the same server: Linux lets a TIME_WAIT pair be reused on loopback once a second has
passed since its last timestamp, so the attempt is repeated until it is allowed. Sends "second",
closes, prints "OK" (or "FAILED <reason>", exit status 1).
"""
import errno
import socket
import sys
import time

TIMEOUT_S = 20


def connect_from(port, server):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.settimeout(TIMEOUT_S)
    s.bind(("127.0.0.1", port))
    s.connect(server)
    return s


def talk(s, text):
    s.sendall(text)
    s.shutdown(socket.SHUT_WR)
    while s.recv(65536):
        pass
    s.close()


def main(argv):
    server = (argv[1], int(argv[2]))
    first = connect_from(0, server)
    port = first.getsockname()[1]
    talk(first, b"first")
    print("PORT %d" % port, flush=True)
    deadline = time.monotonic() + TIMEOUT_S
    while True:
        try:
            second = connect_from(port, server)
            break
        except OSError as error:
            if error.errno not in (errno.EADDRINUSE, errno.EADDRNOTAVAIL) or time.monotonic() > deadline:
                print("FAILED %s" % error, flush=True)
                return 1
            time.sleep(0.05)
    talk(second, b"second")
    print("OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
