#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The connection-burst benchmark's clients (issue 13, item 15), against an echo server.

  burst_connects.py burst PORT COUNT WINDOW_S
      COUNT non-blocking connects at once; each sends its 9-byte tag when connected and waits
      for the echo. Counts the connections served (echo complete) within WINDOW_S seconds of
      the first connect, then gives the rest until 60 s in all.
  burst_connects.py sequential PORT COUNT
      COUNT connects one after another, as fast as they go: each sends its tag and closes
      without waiting for the echo, so the server must accept as fast as the client connects.
      A connect that takes a second or more waited for a SYN retransmission: the listen queue
      was full and the kernel dropped the first SYN.

Prints one line:
  RESULT served_in_window=N served=N failed=N elapsed_ms=T            (burst)
  RESULT connected=N stalls=N slowest_ms=T elapsed_ms=T               (sequential)
"""
import errno
import resource
import selectors
import socket
import sys
import time


def raise_open_file_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def burst(port, count, window):
    sel = selectors.DefaultSelector()
    start = time.monotonic()
    pending = {}
    for i in range(count):
        sock = socket.socket()
        sock.setblocking(False)
        err = sock.connect_ex(("127.0.0.1", port))
        if err not in (0, errno.EINPROGRESS):
            sock.close()
            continue
        tag = b"%08d\n" % i
        pending[sock] = [tag, b"", False]
        sel.register(sock, selectors.EVENT_WRITE)
    served_in_window = served = failed = 0
    failed += count - len(pending)
    while pending and time.monotonic() - start < 60:
        for key, _ in sel.select(timeout=0.5):
            sock = key.fileobj
            state = pending[sock]
            try:
                if not state[2]:
                    err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if err:
                        raise OSError(err, "connect")
                    sock.send(state[0])
                    state[2] = True
                    sel.modify(sock, selectors.EVENT_READ)
                    continue
                data = sock.recv(64)
                if not data:
                    raise OSError("closed")
                state[1] += data
                if len(state[1]) < len(state[0]):
                    continue
                served += 1
                if time.monotonic() - start <= window:
                    served_in_window += 1
            except OSError as e:
                failed += 1
                if failed <= 3:
                    print("connection failed: %s" % e, file=sys.stderr)
            sel.unregister(sock)
            sock.close()
            del pending[sock]
    failed += len(pending)
    print("RESULT served_in_window=%d served=%d failed=%d elapsed_ms=%d"
          % (served_in_window, served, failed, (time.monotonic() - start) * 1000), flush=True)


def sequential(port, count):
    start = time.monotonic()
    connected = stalls = 0
    slowest = 0.0
    for i in range(count):
        began = time.monotonic()
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        except OSError:
            continue
        took = time.monotonic() - began
        slowest = max(slowest, took)
        stalls += took >= 1.0
        connected += 1
        sock.sendall(b"%08d\n" % i)
        sock.close()
    print("RESULT connected=%d stalls=%d slowest_ms=%d elapsed_ms=%d"
          % (connected, stalls, slowest * 1000, (time.monotonic() - start) * 1000), flush=True)


def main():
    raise_open_file_limit()
    mode, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    if mode == "burst":
        burst(port, count, float(sys.argv[4]))
    elif mode == "sequential":
        sequential(port, count)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
