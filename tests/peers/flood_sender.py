#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A fast sender: a stream of pseudo-random bytes, as fast as the receiver takes them.

    flood_sender.py HOST PORT BYTES

Connects, sends BYTES bytes (a fixed pseudo-random block of 1 MiB + 4093 bytes, repeated, so
no layer can compress it and chunk boundaries drift), closes with FIN, and prints one line:

    SENT <n> <sha256 of the n bytes, hex>
"""
import hashlib
import random
import socket
import sys

TIMEOUT_S = 60
BLOCK = random.Random(4).randbytes((1 << 20) + 4093)
WRITE = 256 * 1024


def main(argv):
    total = int(argv[3])
    connection = socket.create_connection((argv[1], int(argv[2])), timeout=TIMEOUT_S)
    doubled = memoryview(BLOCK + BLOCK)   # any window of WRITE bytes is contiguous
    digest = hashlib.sha256()
    sent = 0
    while sent < total:
        at = sent % len(BLOCK)
        chunk = doubled[at:at + min(WRITE, total - sent)]
        connection.sendall(chunk)
        digest.update(chunk)
        sent += len(chunk)
    connection.close()
    print(f"SENT {sent} {digest.hexdigest()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
