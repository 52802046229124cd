// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A run of bytes in the hex view's stream: a selection, or one chunk.
struct HexRange
{
    qint64 start = 0;
    qint64 length = 0;
    qint64 end() const { return start + length; } // one past the last byte
    bool operator==(const HexRange &other) const
    {
        return start == other.start && length == other.length;
    }
    bool operator!=(const HexRange &other) const { return !(*this == other); }
};
