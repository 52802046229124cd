#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A UDP peer that speaks first and waits for answers, for SocketLab's Reply tests.

  udp_asker.py FAMILY PORT ASK COUNT   bind loopback port 0, print "PORT p", send ASK (text)
                                       to loopback:PORT, then print one line per datagram that
                                       comes back: "<length> <hex> <source port>", and exit
                                       after COUNT (10 s without one: exit 1)
"""
import socket
import sys


def main():
    fam, port, ask, count = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode(), int(sys.argv[4])
    family, loopback = (socket.AF_INET, "127.0.0.1") if fam == "4" else (socket.AF_INET6, "::1")
    s = socket.socket(family, socket.SOCK_DGRAM)
    s.bind((loopback, 0))
    print("PORT", s.getsockname()[1], flush=True)
    s.sendto(ask, (loopback, port))
    s.settimeout(10)
    for _ in range(count):
        try:
            data, peer = s.recvfrom(70000)
        except socket.timeout:
            print("timed out", file=sys.stderr)
            sys.exit(1)
        print(len(data), data.hex(), peer[1], flush=True)


if __name__ == "__main__":
    main()
