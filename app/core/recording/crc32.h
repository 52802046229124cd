// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

// The CRC-32 the journal stores with every record: zlib's crc32(), computed by the fastest method
// this CPU has. In a flood every received byte goes through it once, on the network thread.
namespace Crc32 {

enum class Method {
    Zlib,     // zlib's tables, about 2 GB/s here
    Fold128,  // PCLMULQDQ, folding 4 × 128 bits at a time
    Fold256,  // VPCLMULQDQ on AVX2 registers, folding 4 × 256 bits at a time
};

// The methods this CPU can run, slowest first; update() uses the last.
QList<Method> supportedMethods();

// zlib's crc32(crc, data, length): `crc` continued over the bytes (0 to start a new one).
quint32 update(quint32 crc, const char *data, qsizetype length);
// The same by one method, which must be supported (for tests and the benchmark).
quint32 update(Method method, quint32 crc, const char *data, qsizetype length);

} // namespace Crc32
