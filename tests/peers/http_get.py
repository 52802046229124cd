#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A web client that is not SocketLab: http_get.py URL fetches URL with Python's urllib and prints

    STATUS <code>
    BODY <hex of the body>

Exit status 1 (with the reason on stderr) when the request fails or takes over TIMEOUT_S seconds.
"""
import sys
import urllib.request

TIMEOUT_S = 20


def main(argv):
    with urllib.request.urlopen(argv[1], timeout=TIMEOUT_S) as response:
        body = response.read()
        print(f"STATUS {response.status}", flush=True)
        print(f"BODY {body.hex()}", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as error:  # any failure is the test's answer, said on stderr
        print(f"http_get: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
