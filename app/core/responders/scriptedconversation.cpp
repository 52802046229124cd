// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedconversation.h"

#include "scriptrunner.h"
#include "session.h"
#include "workbench.h"

ScriptedConversation::ScriptedConversation(Workbench &workbench, std::shared_ptr<const Script> script, ConnectionId id,
                                           QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_id(id)
{
    ScriptRunner::Hooks hooks;
    hooks.send = [this](const QByteArray &bytes) { m_workbench.send(m_id, bytes); };
    hooks.close = [this] { m_workbench.close(m_id); };
    m_runner = new ScriptRunner(std::move(script), std::move(hooks), this);
    connect(m_runner, &ScriptRunner::finished, this, &ScriptedConversation::finished);
    connect(&workbench.session().log(), &TrafficLog::appended, this, &ScriptedConversation::scan);
}

void ScriptedConversation::scan(qint64, qint64 last)
{
    const TrafficLog &log = m_workbench.session().log();
    for (; m_scanned <= last && !m_runner->isDone(); ++m_scanned) {
        const TrafficEvent &event = log.event(m_scanned);
        if (event.connection != m_id)
            continue;
        switch (event.kind) {
        case EventKind::Connected:
            m_runner->connected();
            break;
        case EventKind::Received:
            m_runner->received(log.payload(event));
            break;
        case EventKind::EndOfStream:
        case EventKind::Closed:
            m_runner->peerClosed();
            break;
        default:
            break;
        }
    }
}
