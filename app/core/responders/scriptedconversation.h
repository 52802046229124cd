// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QObject>

#include <memory>

class ScriptRunner;
class Workbench;
struct Script;

// A script on one of the workbench's connections (--script on the command line, a lesson's
// connect action with "script"), fed from the session's log (what the socket received, as
// recorded), sending and closing through the workbench.
class ScriptedConversation : public QObject
{
    Q_OBJECT

public:
    ScriptedConversation(Workbench &workbench, std::shared_ptr<const Script> script, ConnectionId id,
                         QObject *parent = nullptr);

Q_SIGNALS:
    void finished(bool completed, const QString &message);

private:
    void scan(qint64 first, qint64 last);

    Workbench &m_workbench;
    ConnectionId m_id = 0;
    ScriptRunner *m_runner = nullptr;
    qint64 m_scanned = 0;   // log events already looked at
};
