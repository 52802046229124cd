// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogfilter.h"

#include "bytelogmodel.h"
#include "session.h"

#include <array>

namespace {

// Each Latin-1 byte, case-folded as QChar::toCaseFolded() does it: one UTF-16 unit each (µ folds
// to U+03BC, outside Latin-1).
const std::array<char16_t, 256> &latin1Folded()
{
    static const std::array<char16_t, 256> folded = [] {
        std::array<char16_t, 256> table {};
        for (int byte = 0; byte < 256; ++byte)
            table[size_t(byte)] = char16_t(QChar::toCaseFolded(char32_t(byte)));
        return table;
    }();
    return folded;
}

} // namespace

ByteLogFilter::ByteLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);   // rows arrive in order and are never sorted
}

void ByteLogFilter::setConnection(ConnectionId id)
{
    if (id == m_connection)
        return;
    m_connection = id;
    refilter();
}

void ByteLogFilter::setDirection(DirectionFilter direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    refilter();
}

void ByteLogFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Folded a code point at a time, as QString::contains(Qt::CaseInsensitive) compares, not with
    // QString::toCaseFolded(), whose special foldings change the length (ß -> ss).
    m_foldedText.clear();
    for (const char32_t codePoint : text.toUcs4()) {
        const char32_t folded = QChar::toCaseFolded(codePoint);
        if (QChar::requiresSurrogates(folded))
            m_foldedText << QChar::highSurrogate(folded) << QChar::lowSurrogate(folded);
        else
            m_foldedText << char16_t(folded);
    }
    refilter();
}

void ByteLogFilter::refilter()
{
    // Not invalidateFilter(): it removes and inserts the rows that change one contiguous run at a
    // time, and in a big log one connection's rows are as many runs as rows, each shifting the
    // proxy's row vectors: quadratic, minutes for a million events. invalidate() drops the mapping
    // and filters every row once, in order; views keep their selection through layoutChanged.
    m_parents.clear();
    invalidate();
}

ConnectionId ByteLogFilter::parentOf(const Session &session, ConnectionId id) const
{
    // Asked for every row of another connection while filtering: the table's find() would take
    // its lock and copy a whole ConnectionInfo each time. A connection's parent is set when it is
    // created and never changes. An id the table does not know (yet) is not remembered.
    const auto known = m_parents.constFind(id);
    if (known != m_parents.constEnd())
        return *known;
    const auto info = session.connections().find(id);
    if (!info)
        return 0;
    m_parents.insert(id, info->parent);
    return info->parent;
}

bool ByteLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const ByteLogModel *>(sourceModel());
    if (!model)
        return true;
    const TrafficLog &log = model->session().log();
    const TrafficEvent &event = log.event(sourceRow);
    // A listener's filter also shows the connections it accepted.
    if (m_connection != 0 && event.connection != m_connection
        && parentOf(model->session(), event.connection) != m_connection)
        return false;
    const Direction direction = directionOf(event.kind);
    switch (m_direction) {
    case DirectionFilter::Any: break;
    case DirectionFilter::In: if (direction != Direction::In) return false; break;
    case DirectionFilter::Out: if (direction != Direction::Out) return false; break;
    case DirectionFilter::DataOnly: if (direction == Direction::None) return false; break;
    case DirectionFilter::EventsOnly: if (direction != Direction::None) return false; break;
    }
    if (m_text.isEmpty())
        return true;
    if (isData(event.kind))
        return latin1Contains(log.payloadPrefix(event, SearchBytes));
    return log.detailText(event).contains(m_text, Qt::CaseInsensitive);
}

bool ByteLogFilter::latin1Contains(const QByteArray &bytes) const
{
    // The answer of QString::fromLatin1(bytes).contains(m_text, Qt::CaseInsensitive), which
    // compares case-folded UTF-16 units, without converting every payload of a big log to a
    // QString first.
    const std::array<char16_t, 256> &folded = latin1Folded();
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype length = m_foldedText.size();
    const char16_t first = m_foldedText.constFirst();
    for (qsizetype at = 0; at + length <= bytes.size(); ++at) {
        if (folded[data[at]] != first)
            continue;
        qsizetype matched = 1;
        while (matched < length && folded[data[at + matched]] == m_foldedText.at(matched))
            ++matched;
        if (matched == length)
            return true;
    }
    return false;
}
