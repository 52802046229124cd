#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A mail client that is not SocketLab: smtp_send.py PORT FROM TO delivers the message read from
standard input to 127.0.0.1:PORT with Python's smtplib (which says "ehlo", "mail FROM:", "rcpt TO:"
and "data" in its own letter case), then says QUIT.

Exit status 0 when the server accepted the message, 1 (with the reason on stderr) otherwise.
"""
import smtplib
import sys

TIMEOUT_S = 20


def main(argv):
    port, sender, recipient = int(argv[1]), argv[2], argv[3]
    message = sys.stdin.buffer.read()
    with smtplib.SMTP("127.0.0.1", port, timeout=TIMEOUT_S) as client:
        refused = client.sendmail(sender, [recipient], message)
        if refused:
            raise RuntimeError(f"refused recipients: {refused}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as error:  # any failure is the test's answer, said on stderr
        print(f"smtp_send: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
