#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent UDP peer for SocketLab's tests, on Python's socket module.

  udp_peer.py sink FAMILY COUNT         bind loopback port 0, print "PORT p", then one line
                                        per datagram: "<length> <hex>" and exit after COUNT
  udp_peer.py source FAMILY PORT        send the corpus (below) to loopback:PORT, print "SENT n"
  udp_peer.py echo FAMILY               bind loopback port 0, print "PORT p", send each datagram
                                        back to its sender, until killed
  udp_peer.py flood FAMILY PORT COUNT SIZE   send COUNT datagrams of SIZE bytes as fast as
                                        the kernel takes them, print "SENT n"

FAMILY is 4 or 6. The corpus: an empty datagram, all 256 byte values, one byte, 1000 bytes of
a pattern, and the largest datagram the family allows (65,507 / 65,527 bytes). The tests build
the same corpus (TestPayloads / udpcorpus) and compare every datagram and its boundary.
"""
import socket
import sys


def family_of(name):
    return (socket.AF_INET, "127.0.0.1") if name == "4" else (socket.AF_INET6, "::1")


def corpus(family):
    largest = 65507 if family == socket.AF_INET else 65527
    pattern = bytes((i * 7 + 3) % 256 for i in range(largest))
    return [b"", bytes(range(256)), b"A", pattern[:1000], pattern]


def main():
    mode, fam = sys.argv[1], sys.argv[2]
    family, loopback = family_of(fam)
    s = socket.socket(family, socket.SOCK_DGRAM)
    if mode in ("sink", "echo"):
        s.bind((loopback, 0))
        print("PORT", s.getsockname()[1], flush=True)
    if mode == "sink":
        for _ in range(int(sys.argv[3])):
            data, _peer = s.recvfrom(70000)
            print(len(data), data.hex(), flush=True)
    elif mode == "echo":
        while True:
            data, peer = s.recvfrom(70000)
            s.sendto(data, peer)
    elif mode == "source":
        port = int(sys.argv[3])
        items = corpus(family)
        for item in items:
            s.sendto(item, (loopback, port))
        print("SENT", len(items), flush=True)
    elif mode == "flood":
        port, count, size = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        payload = b"f" * size
        sent = 0
        while sent < count:
            try:
                s.sendto(payload, (loopback, port))
                sent += 1
            except BlockingIOError:
                pass
        print("SENT", sent, flush=True)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
