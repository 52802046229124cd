#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A server that reads one connection slowly at first, then fast, and says what it got; for the
file-send tests (tst_filesend, tst_headlessfiles, the send panel's GUI test).

  slow_reader.py SLOW_BYTES [READ_SIZE PAUSE_MS]

Listens on 127.0.0.1, port 0, and prints "PORT <port>". Accepts one connection and reads it:
while fewer than SLOW_BYTES have arrived, READ_SIZE bytes per recv() (default 4096) with a pause
of PAUSE_MS (default 2) after each, so the sender's buffers fill and its flow control must hold
it; it prints "SLOW_DONE <bytes>" when that phase ends (SLOW_BYTES 0: no slow phase). Then it
reads 1 MiB per recv() until the end of the stream, and prints
  DONE bytes=N sha256=HEX reads=R
and exits 0. Every "RECEIVED n" line (one per 16 MiB) shows progress.
"""
import hashlib
import socket
import sys
import time

TIMEOUT_S = 120


def main():
    args = sys.argv[1:]
    slow_bytes = int(args[0])
    read_size = int(args[1]) if len(args) > 1 else 4096
    pause = (int(args[2]) if len(args) > 2 else 2) / 1000.0

    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    # A test that failed before connecting must not leave this process behind for ever.
    server.settimeout(TIMEOUT_S)
    print("PORT %d" % server.getsockname()[1], flush=True)
    connection, _ = server.accept()
    connection.settimeout(TIMEOUT_S)
    digest = hashlib.sha256()
    total = 0
    reads = 0
    next_report = 16 << 20
    slow_reported = slow_bytes == 0
    while True:
        slow = total < slow_bytes
        chunk = connection.recv(read_size if slow else 1 << 20)
        if not chunk:
            break
        reads += 1
        total += len(chunk)
        digest.update(chunk)
        if slow:
            time.sleep(pause)
        elif not slow_reported:
            slow_reported = True
            print("SLOW_DONE %d" % total, flush=True)
        if total >= next_report:
            print("RECEIVED %d" % total, flush=True)
            next_report += 16 << 20
    if not slow_reported:
        print("SLOW_DONE %d" % total, flush=True)
    print("DONE bytes=%d sha256=%s reads=%d" % (total, digest.hexdigest(), reads), flush=True)
    connection.close()


if __name__ == "__main__":
    main()
