// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// Bytes in order, kept as the blocks they were appended as. Appending a block shares it (no
// copy of its bytes) and costs a list append, which is what lets the journal hold its lock
// for almost no time while the network thread appends; any range is found by binary search
// over the blocks' end offsets and copied out.
class BlockQueue
{
public:
    void append(const QByteArray &block);
    void append(const BlockQueue &other);
    void swap(BlockQueue &other) noexcept;
    void clear();

    quint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const QList<QByteArray> &blocks() const { return m_blocks; }

    // Appends the bytes [from, to) to `out`; whatever lies past the end is left out.
    void copy(quint64 from, quint64 to, QByteArray &out) const;
    // Drops the first `count` bytes, cutting a block that straddles that point.
    void dropFront(quint64 count);

private:
    QList<QByteArray> m_blocks;
    QList<quint64> m_ends; // the offset just past each block
    quint64 m_size = 0;
};
