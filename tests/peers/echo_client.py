#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A client for an echo server: sends what it reads on stdin and checks what comes back.

    echo_client.py HOST PORT < payload

Reads the whole payload from stdin, connects, sends it, reads until as many bytes came back,
closes (FIN: everything was read, so the kernel has no reason to send RST) and prints one line:

    OK <n>                  the n bytes came back unchanged
    MISMATCH <offset>       the echo differs first at offset (exit status 1)
    SHORT <n>               the server closed after n bytes (exit status 1)
"""
import socket
import sys

TIMEOUT_S = 20


def main(argv):
    payload = sys.stdin.buffer.read()
    connection = socket.create_connection((argv[1], int(argv[2])), timeout=TIMEOUT_S)
    # The server echoes while we send; its side buffers what we do not read yet.
    connection.sendall(payload)
    echoed = bytearray()
    while len(echoed) < len(payload):
        chunk = connection.recv(65536)
        if not chunk:
            break
        echoed += chunk
    connection.close()
    if len(echoed) < len(payload):
        print(f"SHORT {len(echoed)}", flush=True)
        return 1
    if echoed != payload:
        offset = next(i for i in range(len(payload)) if echoed[i] != payload[i])
        print(f"MISMATCH {offset}", flush=True)
        return 1
    print(f"OK {len(payload)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
