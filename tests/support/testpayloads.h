// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Bytes for socket tests.
namespace TestPayloads {

// 0x00 ... 0xff once each: whatever mangles a byte value (text mode, sign, NUL) shows up.
inline QByteArray allByteValues()
{
    QByteArray bytes(256, Qt::Uninitialized);
    for (int i = 0; i < 256; ++i)
        bytes[i] = char(i);
    return bytes;
}

// Deterministic bytes that are not periodic at any small power of two, so that a lost, repeated
// or reordered block shows up in a comparison. Different seeds give different streams.
inline QByteArray pattern(qsizetype size, quint32 seed = 0x12345678)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u; // Numerical Recipes' LCG; the top byte is used
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

// Every byte value in each 256 bytes (steps of 7), shifted by one after every 251 bytes so that
// consecutive lines of a hex dump differ: for payloads that an export writes in several slices.
inline QByteArray sawtooth(qsizetype size, int seed = 0)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251 + seed) & 0xff);
    return bytes;
}

} // namespace TestPayloads
