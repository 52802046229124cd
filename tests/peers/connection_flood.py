#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Floods an echo listener with connections, for tst_connectionfloods.

  connection_flood.py burst PORT COUNT   opens COUNT connections at once (non-blocking connects,
                                         all in flight together), then on each sends its own
                                         tag, reads the echo back, and closes them all
  connection_flood.py churn PORT COUNT [PARALLEL]
                                         connect, send a tag, read the echo, close; COUNT times,
                                         PARALLEL (default 32) in flight at a time

Every connection is accounted for. Prints one line:
  DONE connected=N echoed=E reset=R failed=F bytes=B
reset counts connections the kernel reset before anything came back: handshakes it completed for
the client but dropped at the server because the listen backlog stayed full too long (a slow,
instrumented server; the server never saw them). failed counts anything else (a wrong echo, a
refusal, a timeout); the first reasons go to stderr. Exits 0 when echoed + reset == COUNT.
"""
import errno
import resource
import selectors
import socket
import sys
import time

DEADLINE_S = 120


def raise_open_file_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


class Conn:
    def __init__(self, index, port):
        self.index = index
        self.tag = b"%08d\n" % index
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setblocking(False)
        self.state = "connecting"
        self.received = b""
        err = self.sock.connect_ex(("127.0.0.1", port))
        if err not in (0, errno.EINPROGRESS):
            raise OSError(err, "connect: " + errno.errorcode.get(err, str(err)))


def run(port, count, parallel):
    sel = selectors.DefaultSelector()
    started = 0
    active = 0
    connected = echoed = failed = reset = 0
    total_bytes = 0
    reasons = []
    deadline = time.monotonic() + DEADLINE_S

    def start_more():
        nonlocal started, active, failed
        while started < count and active < parallel:
            try:
                conn = Conn(started, port)
            except OSError as e:
                failed += 1
                reasons.append("connection %d: %s" % (started, e))
                started += 1
                continue
            sel.register(conn.sock, selectors.EVENT_WRITE, conn)
            started += 1
            active += 1

    def finish(conn, ok, reason=None, was_reset=False):
        nonlocal active, echoed, failed, reset
        sel.unregister(conn.sock)
        conn.sock.close()
        active -= 1
        if ok:
            echoed += 1
        elif was_reset:
            reset += 1
        else:
            failed += 1
            if len(reasons) < 10:
                reasons.append("connection %d: %s" % (conn.index, reason))

    start_more()
    while active > 0:
        if time.monotonic() > deadline:
            for key in list(sel.get_map().values()):
                finish(key.data, False, "still %s after %d s" % (key.data.state, DEADLINE_S))
            break
        for key, _ in sel.select(timeout=1.0):
            conn = key.data
            if conn.state == "connecting":
                err = conn.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if err:
                    finish(conn, False, "connect: " + errno.errorcode.get(err, str(err)))
                    continue
                connected += 1
                conn.sock.send(conn.tag)   # 9 bytes always fit an empty send buffer
                conn.state = "echoing"
                sel.modify(conn.sock, selectors.EVENT_READ, conn)
            else:
                try:
                    data = conn.sock.recv(64)
                except ConnectionResetError as e:
                    finish(conn, False, "recv: %s" % e, was_reset=not conn.received)
                    continue
                except OSError as e:
                    finish(conn, False, "recv: %s" % e)
                    continue
                if not data:
                    finish(conn, False, "closed after %r" % conn.received)
                    continue
                conn.received += data
                total_bytes += len(data)
                if len(conn.received) >= len(conn.tag):
                    finish(conn, conn.received == conn.tag, "echo %r != %r" % (conn.received, conn.tag))
        start_more()
    print("DONE connected=%d echoed=%d reset=%d failed=%d bytes=%d"
          % (connected, echoed, reset, failed, total_bytes), flush=True)
    for reason in reasons[:10]:
        print(reason, file=sys.stderr)
    return 0 if failed == 0 and echoed + reset == count else 1


def main():
    raise_open_file_limit()
    mode, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if mode == "burst":
        parallel = count
    elif mode == "churn":
        parallel = int(sys.argv[4]) if len(sys.argv) > 4 else 32
    else:
        sys.exit("unknown mode " + mode)
    sys.exit(run(port, count, parallel))


if __name__ == "__main__":
    main()
