// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Strings built from bytes at display time (never stored per row).

// Printable ASCII as is; \r \n \t \\ \0 as C escapes, every other byte (controls, DEL and
// all of 0x80..0xff) as lower-case \xNN, so the result is plain ASCII. Stops after maxBytes
// input bytes (no limit when negative) and appends "…" when it did. The result parses back to
// the same bytes with parseEscapedText() (when not truncated).
QString escapeBytes(const QByteArray &bytes, int maxBytes = -1);

// The classic `hexdump -C` layout, byte for byte: 16 bytes a line, an extra space after the
// eighth, then the bytes as ASCII with '.' for anything outside 0x20..0x7e:
//   00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|
//   0000000c
// Every line ends in '\n'; the last one is the offset just past the data. Offsets start at
// baseOffset (as with `hexdump -C -s baseOffset` on the whole stream) and have at least eight
// digits. Empty input gives an empty string, as hexdump prints nothing for it.
// One difference: hexdump -C collapses runs of identical lines into "*"; this never does,
// matching `hexdump -C -v`, because a teaching view must show every byte it was given.
QString hexDump(const QByteArray &bytes, quint64 baseOffset = 0);

// The text with control characters escaped (\n, \x01, ...): for messages that quote what was
// typed or read, and must stay on one line.
QString printableLine(const QString &text);

// Space-separated lower-case hex pairs: "48 65 6c".
QString hexPairs(const QByteArray &bytes);

// "0 B", "512 B", "1.50 KiB", "12.3 MiB", "64.0 GiB": binary (IEC) units, everywhere SocketLab
// shows a size or a rate, so that the caps and buffers the README gives in powers of two read
// the same on screen (64 GiB, not "68.7 GB"). Whole bytes below 1024, otherwise three
// significant digits (a value that would need four moves up a unit, up to TiB). The decimal
// point is always '.', whatever the locale.
QString formatByteCount(double bytes);
// The same with "/s": "1.50 KiB/s".
QString formatByteRate(double bytesPerSecond);
