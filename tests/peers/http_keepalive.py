#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A browser's kept-open connection, not SocketLab's: http_keepalive.py PORT opens one connection
to 127.0.0.1:PORT with Python's http.client (HTTP/1.1, keep-alive) and, for every line read on
stdin, GETs / on that same connection and prints

    BODY <hex of the body>

It exits when stdin ends, and with status 1 (the reason on stderr) when the connection is lost or
a request takes over TIMEOUT_S seconds: the point is that every request goes over one socket.
"""
import http.client
import sys

TIMEOUT_S = 20


def main(argv):
    connection = http.client.HTTPConnection("127.0.0.1", int(argv[1]), timeout=TIMEOUT_S)
    connection.connect()
    socket_before = connection.sock
    print("CONNECTED", flush=True)
    for _ in sys.stdin:
        connection.request("GET", "/")
        body = connection.getresponse().read()
        if connection.sock is not socket_before:
            raise RuntimeError("the connection was not kept open")
        print(f"BODY {body.hex()}", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as error:  # any failure is the test's answer, said on stderr
        print(f"http_keepalive: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
