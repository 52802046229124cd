// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Strings built from bytes at display time (never stored per row).

// Printable ASCII as is; \r \n \t \\ \0 as C escapes, other bytes as \xNN. Stops after
// maxBytes input bytes and appends "…" when it did. The result parses back to the same bytes
// with parseEscapedText() (when not truncated).
QString escapeBytes(const QByteArray &bytes, int maxBytes = -1);

// The classic `hexdump -C` layout: 16 bytes a line, "00000000  48 65 6c 6c 6f 20 77 6f  72 6c
// 64 0a ...  |Hello world.|", then a final line with the total length, as hexdump prints it.
// Offsets start at baseOffset.
QString hexDump(const QByteArray &bytes, quint64 baseOffset = 0);

// Space-separated lower-case hex pairs: "48 65 6c".
QString hexPairs(const QByteArray &bytes);

// "0 B", "512 B", "1.5 kB", "12.3 MB", "4.00 GB" (decimal SI units, as network rates are).
QString formatByteCount(double bytes);
// The same with "/s": "1.5 kB/s".
QString formatByteRate(double bytesPerSecond);
