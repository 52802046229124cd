// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedsends.h"

#include "session.h"
#include "workbench.h"

ScriptedSends::ScriptedSends(Workbench &workbench, const QList<QByteArray> &payloads, const QString &filePath,
                             bool keepOpen, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_payloads(payloads)
    , m_filePath(filePath)
    , m_keepOpen(keepOpen)
{
    connect(&workbench.session().log(), &TrafficLog::appended, this, &ScriptedSends::scan);
}

void ScriptedSends::add(ConnectionId id)
{
    m_waiting.insert(id);
}

void ScriptedSends::scan(qint64, qint64 last)
{
    const TrafficLog &log = m_workbench.session().log();
    for (; m_scanned <= last && !m_waiting.isEmpty(); ++m_scanned) {
        const TrafficEvent event = log.event(m_scanned);
        if (event.kind != EventKind::Connected || !m_waiting.remove(event.connection))
            continue;
        // Commands are queued in order on the network thread: the writes go before the FIN.
        for (const QByteArray &payload : std::as_const(m_payloads))
            m_workbench.send(event.connection, payload);
        const auto info = m_workbench.session().connections().find(event.connection);
        const bool fin = !m_keepOpen && info && !info->isUdp();
        // The file streams on after this returns: its FIN waits for its last byte.
        if (!m_filePath.isEmpty())
            m_workbench.sendFile(event.connection, m_filePath, fin);
        else if (fin)
            m_workbench.shutdownWrite(event.connection);
    }
    if (m_waiting.isEmpty())
        m_scanned = last + 1;
}
