// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockqueue.h"

#include <algorithm>

void BlockQueue::append(const QByteArray &block)
{
    if (block.isEmpty())
        return;
    m_blocks.append(block);
    m_size += quint64(block.size());
    m_ends.append(m_size);
}

void BlockQueue::append(const BlockQueue &other)
{
    for (const QByteArray &block : other.m_blocks)
        append(block);
}

void BlockQueue::swap(BlockQueue &other) noexcept
{
    m_blocks.swap(other.m_blocks);
    m_ends.swap(other.m_ends);
    std::swap(m_size, other.m_size);
}

void BlockQueue::clear()
{
    m_blocks.clear();
    m_ends.clear();
    m_size = 0;
}

void BlockQueue::copy(quint64 from, quint64 to, QByteArray &out) const
{
    to = qMin(to, m_size);
    // The first block that ends after `from`.
    qsizetype i = std::upper_bound(m_ends.cbegin(), m_ends.cend(), from) - m_ends.cbegin();
    for (; from < to; ++i) {
        const quint64 start = i == 0 ? 0 : m_ends.at(i - 1);
        const quint64 end = qMin(m_ends.at(i), to);
        out.append(m_blocks.at(i).constData() + (from - start), qsizetype(end - from));
        from = end;
    }
}

void BlockQueue::dropFront(quint64 count)
{
    if (count >= m_size) {
        clear();
        return;
    }
    BlockQueue rest;
    const qsizetype first
        = std::upper_bound(m_ends.cbegin(), m_ends.cend(), count) - m_ends.cbegin();
    const quint64 start = first == 0 ? 0 : m_ends.at(first - 1);
    rest.append(m_blocks.at(first).mid(qsizetype(count - start)));
    for (qsizetype i = first + 1; i < m_blocks.size(); ++i)
        rest.append(m_blocks.at(i));
    swap(rest);
}
