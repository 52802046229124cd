// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytelogfilter.h"

#include "bytelogmodel.h"
#include "session.h"

#include <algorithm>
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
    : QAbstractProxyModel(parent)
{
}

void ByteLogFilter::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    m_log = qobject_cast<const ByteLogModel *>(model);
    m_parents.clear();
    showAccepted();
    endResetModel();
    if (!model)
        return;
    // The log model only ever appends rows, and changes data in place.
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { appendAccepted(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this, &ByteLogFilter::forwardDataChanged);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ByteLogFilter::headerDataChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        m_parents.clear();
        showAccepted();
        endResetModel();
    });
}

QModelIndex ByteLogFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ByteLogFilter::parent(const QModelIndex &) const
{
    return {};
}

int ByteLogFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ByteLogFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QVariant ByteLogFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        section = m_rows.value(section, -1);
    return sourceModel()->headerData(section, orientation, role);
}

QModelIndex ByteLogFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ByteLogFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    const int row = sourceIndex.isValid() ? proxyRowOf(sourceIndex.row()) : -1;
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

int ByteLogFilter::proxyRowOf(int sourceRow) const
{
    return m_rows.indexOf(sourceRow);
}

void ByteLogFilter::showAccepted()
{
    if (isFiltering())
        m_rows.setRows(acceptedRows());
    else
        m_rows.setAll(sourceModel() ? sourceModel()->rowCount() : 0);
}

QList<int> ByteLogFilter::acceptedRows() const
{
    return sourceModel() ? acceptedRows(0, sourceModel()->rowCount() - 1) : QList<int>();
}

QList<int> ByteLogFilter::acceptedRows(int first, int last) const
{
    QList<int> rows;
    for (int row = first; row <= last; ++row) {
        if (accepts(row))
            rows.append(row);
    }
    return rows;
}

void ByteLogFilter::appendAccepted(int first, int last)
{
    if (!isFiltering()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + last - first);
        m_rows.appendAll(first, last);
        endInsertRows();
        return;
    }
    const QList<int> accepted = acceptedRows(first, last);
    if (accepted.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + accepted.size() - 1));
    m_rows.append(accepted);
    endInsertRows();
}

void ByteLogFilter::forwardDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const int first = m_rows.lowerBound(topLeft.row());
    const int last = m_rows.upperBound(bottomRight.row()) - 1;
    if (first <= last)
        Q_EMIT dataChanged(
            index(first, topLeft.column()), index(last, bottomRight.column()), roles);
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
    // Typing on: rows that contain the new text contain the old one, so only the rows shown can
    // still match. A key typed into a million-event log then searches the rows left, not the log.
    const bool narrowing = !m_text.isEmpty() && text.contains(m_text, Qt::CaseInsensitive);
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
    const std::array<char16_t, 256> &folded = latin1Folded();
    const qsizetype length = m_foldedText.size();
    m_shift.fill(qMax<qsizetype>(length, 1));
    for (qsizetype i = 0; i + 1 < length; ++i) {
        for (int byte = 0; byte < 256; ++byte) {
            if (folded[size_t(byte)] == m_foldedText.at(i))
                m_shift[size_t(byte)] = length - 1 - i;
        }
    }
    refilter(narrowing ? Candidates::Shown : Candidates::All);
}

void ByteLogFilter::refilter(Candidates candidates)
{
    // A layout change, not a reset, so that views keep their selection and current row where
    // those rows are still shown.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &index : before)
        sourceRows.append(m_rows.value(index.row(), -1));
    m_parents.clear();
    if (candidates == Candidates::Shown)
        m_rows.removeIf([this](int row) { return !accepts(row); });
    else
        showAccepted();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRowOf(sourceRows.at(i));
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
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

bool ByteLogFilter::acceptsDirection(Direction direction) const
{
    switch (m_direction) {
    case DirectionFilter::Any: return true;
    case DirectionFilter::In: return direction == Direction::In;
    case DirectionFilter::Out: return direction == Direction::Out;
    case DirectionFilter::DataOnly: return direction != Direction::None;
    case DirectionFilter::EventsOnly: return direction == Direction::None;
    }
    return true;
}

bool ByteLogFilter::accepts(int sourceRow) const
{
    if (!m_log)
        return true;
    const TrafficLog &log = m_log->session().log();
    const TrafficEvent &event = log.event(sourceRow);
    // A listener's filter also shows the connections it accepted.
    if (m_connection != 0 && event.connection != m_connection
        && parentOf(m_log->session(), event.connection) != m_connection)
        return false;
    if (!acceptsDirection(directionOf(event.kind)))
        return false;
    if (m_text.isEmpty())
        return true;
    if (isData(event.kind)) {
        log.payloadPrefix(event, SearchBytes, m_searched);
        return latin1Contains(m_searched);
    }
    return log.detailText(event).contains(m_text, Qt::CaseInsensitive);
}

bool ByteLogFilter::latin1Contains(const QByteArray &bytes) const
{
    // The answer of QString::fromLatin1(bytes).contains(m_text, Qt::CaseInsensitive), which
    // compares case-folded UTF-16 units, without converting every payload of a big log to a
    // QString first. Horspool's search: a filter runs over every event of the log, and most
    // positions are passed over by the length of the text instead of one byte at a time.
    const std::array<char16_t, 256> &folded = latin1Folded();
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype length = m_foldedText.size();
    const char16_t *pattern = m_foldedText.constData();
    for (qsizetype at = 0; at + length <= bytes.size();) {
        qsizetype unmatched = length - 1;
        while (unmatched >= 0 && folded[data[at + unmatched]] == pattern[unmatched])
            --unmatched;
        if (unmatched < 0)
            return true;
        at += m_shift[data[at + length - 1]];
    }
    return false;
}
