// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventprinter.h"

#include "byteformat.h"
#include "session.h"

EventPrinter::EventPrinter(const Session &session, FILE *out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
{
    connect(&session.log(), &TrafficLog::appended, this, [this](qint64, qint64 last) { printUpTo(last); });
}

QString EventPrinter::formatLine(const TrafficEvent &event) const
{
    const auto connection = m_session.connections().find(event.connection);
    const QString name = connection ? connection->name : QStringLiteral("#%1").arg(event.connection);
    const TrafficLog &log = m_session.log();
    const QString length = isData(event.kind) ? QString::number(event.payloadLength) : QStringLiteral("-");
    const QString preview = isData(event.kind)
        ? escapeBytes(log.payloadPrefix(event, PreviewBytes + 1), PreviewBytes)
        : printableLine(log.detailText(event));   // a detail from a file may hold line breaks
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(QString::number(double(event.timeNs) / 1e9, 'f', 6), -10)
        .arg(name, -10)
        .arg(eventKindName(event.kind), -15)
        .arg(length, 8)
        .arg(preview);
}

void EventPrinter::printUpTo(qint64 last)
{
    const TrafficLog &log = m_session.log();
    last = qMin(last, log.count() - 1);
    for (; m_next <= last; ++m_next) {
        const QByteArray line = formatLine(log.event(m_next)).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), m_out);
    }
    std::fflush(m_out);
}
