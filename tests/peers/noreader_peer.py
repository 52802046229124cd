#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A peer that sends to an echo server and does not read, until told to; for tst_backpressure
and the no-reader benchmark.

  noreader_peer.py PORT BYTES

Connects to 127.0.0.1:PORT and sends BYTES of a counting pattern (byte i is i*7 + i//251 mod
256), never reading, printing "SENT n" each time the total grows by a MiB or more and
"STALLED n" once nothing more has gone out for a second (the server's flow control holds it).
Reading starts when stdin has a line (or at once, when BYTES are all sent and stdin says so):
then it sends the rest and reads the whole echo, checking every byte in order, and prints
  DONE sent=N received=N ok|mismatch@OFFSET
and exits 0 when the echo is exactly what was sent.
"""
import selectors
import socket
import sys
import time

CHUNK = 256 * 1024


def pattern(offset, size):
    return bytes(((i * 7 + i // 251) & 0xFF) for i in range(offset, offset + size))


class Pattern:
    """The pattern repeats every 251 * 256 bytes, so one period, sliced, serves any offset."""

    PERIOD = 251 * 256

    def __init__(self):
        self.period = pattern(0, self.PERIOD) * 2 + pattern(0, CHUNK)

    def at(self, offset, size):
        start = offset % self.PERIOD
        return self.period[start:start + size]


def main():
    port, total = int(sys.argv[1]), int(sys.argv[2])
    data = Pattern()
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(sock, selectors.EVENT_WRITE)
    sel.register(sys.stdin, selectors.EVENT_READ)
    sent = received = 0
    reported = 0
    reading = False
    stalled = False
    mismatch = None
    last_progress = time.monotonic()
    registered = selectors.EVENT_WRITE

    def watch():
        nonlocal registered
        wanted = (selectors.EVENT_WRITE if sent < total else 0) | (selectors.EVENT_READ if reading else 0)
        if wanted == registered:
            return
        if registered and wanted:
            sel.modify(sock, wanted)
        elif wanted:
            sel.register(sock, wanted)
        else:
            sel.unregister(sock)
        registered = wanted

    while received < total:
        events = sel.select(timeout=0.2)
        for key, mask in events:
            if key.fileobj is sys.stdin:
                sys.stdin.readline()
                sel.unregister(sys.stdin)
                reading = True
                watch()
                continue
            if mask & selectors.EVENT_WRITE and sent < total:
                try:
                    n = sock.send(data.at(sent, min(CHUNK, total - sent)))
                except BlockingIOError:
                    n = 0
                sent += n
                if n:
                    last_progress = time.monotonic()
                    stalled = False
                watch()
            if mask & selectors.EVENT_READ:
                chunk = sock.recv(CHUNK)
                if not chunk:
                    print("DONE sent=%d received=%d closed early" % (sent, received), flush=True)
                    return 1
                if mismatch is None and chunk != data.at(received, len(chunk)):
                    expected = data.at(received, len(chunk))
                    first = next(i for i in range(len(chunk)) if chunk[i] != expected[i])
                    mismatch = received + first
                received += len(chunk)
        if sent - reported >= 1 << 20 or (sent == total and reported != sent):
            print("SENT %d" % sent, flush=True)
            reported = sent
        if not reading and not stalled and time.monotonic() - last_progress > 1.0:
            print("STALLED %d" % sent, flush=True)
            stalled = True
    sock.close()
    verdict = "ok" if mismatch is None else "mismatch@%d" % mismatch
    print("DONE sent=%d received=%d %s" % (sent, received, verdict), flush=True)
    return 0 if mismatch is None else 1


if __name__ == "__main__":
    sys.exit(main())
