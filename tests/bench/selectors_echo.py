#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline of the connection-burst benchmark: the plain echo server of Python's selectors
documentation, with a given listen backlog. Prints "PORT n" and serves until killed.

  selectors_echo.py BACKLOG
"""
import selectors
import socket
import sys

sel = selectors.DefaultSelector()


def accept(server):
    conn, _ = server.accept()
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn):
    try:
        data = conn.recv(4096)
    except ConnectionError:
        data = b""
    if data:
        conn.send(data)   # a tag of a few bytes: the send buffer always takes it
    else:
        sel.unregister(conn)
        conn.close()


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(int(sys.argv[1]))
server.setblocking(False)
sel.register(server, selectors.EVENT_READ, accept)
print("PORT %d" % server.getsockname()[1], flush=True)
while True:
    for key, _ in sel.select():
        key.data(key.fileobj)
