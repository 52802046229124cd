// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

// The source rows a filter shows, ascending. While nothing is filtered every row is shown, and
// then nothing is stored but the count: a flood of millions of events would otherwise keep an
// int per row (and twice that while the list grows) only to say "all of them".
class ShownRows
{
public:
    void setAll(int count);
    void setRows(QList<int> rows);
    bool isAll() const { return m_all; }

    int size() const { return m_all ? m_count : int(m_rows.size()); }
    int at(int index) const { return m_all ? index : m_rows.at(index); }
    int value(int index, int fallback) const { return index >= 0 && index < size() ? at(index) : fallback; }
    // Where sourceRow is in the list, or -1.
    int indexOf(int sourceRow) const;
    // The index of the first row >= sourceRow (lowerBound) or > sourceRow (upperBound).
    int lowerBound(int sourceRow) const;
    int upperBound(int sourceRow) const;

    void append(const QList<int> &rows);   // each past the last shown
    void appendAll(int first, int last);   // every row of first..last, first right after the last shown
    void removeIf(const std::function<bool(int)> &drop);

private:
    bool m_all = true;
    int m_count = 0;
    QList<int> m_rows;
};
