// SPDX-License-Identifier: GPL-3.0-or-later
#include "shownrows.h"

#include <algorithm>

void ShownRows::setAll(int count)
{
    m_all = true;
    m_count = count;
    m_rows = {};   // the memory too, not only the elements
}

void ShownRows::setRows(QList<int> rows)
{
    m_all = false;
    m_count = 0;
    m_rows = std::move(rows);
}

int ShownRows::indexOf(int sourceRow) const
{
    const int at = lowerBound(sourceRow);
    return at < size() && this->at(at) == sourceRow ? at : -1;
}

int ShownRows::lowerBound(int sourceRow) const
{
    if (m_all)
        return std::clamp(sourceRow, 0, m_count);
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow) - m_rows.cbegin());
}

int ShownRows::upperBound(int sourceRow) const
{
    if (m_all)
        return std::clamp(sourceRow + 1, 0, m_count);
    return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), sourceRow) - m_rows.cbegin());
}

void ShownRows::append(const QList<int> &rows)
{
    if (m_all) {
        // Rows that are not all the next ones make the list explicit.
        QList<int> explicitRows;
        explicitRows.reserve(m_count + rows.size());
        for (int row = 0; row < m_count; ++row)
            explicitRows.append(row);
        setRows(std::move(explicitRows));
    }
    m_rows.append(rows);
}

void ShownRows::appendAll(int first, int last)
{
    if (m_all && first == m_count) {
        m_count = last + 1;
        return;
    }
    QList<int> rows;
    rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        rows.append(row);
    append(rows);
}

void ShownRows::removeIf(const std::function<bool(int)> &drop)
{
    QList<int> kept;
    for (int i = 0; i < size(); ++i) {
        if (!drop(at(i)))
            kept.append(at(i));
    }
    setRows(std::move(kept));
}
