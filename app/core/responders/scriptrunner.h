// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "script.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

// Runs a script on one connection: each step in order, from the moment the connection is
// connected. It touches no socket: the hooks send and close, and whoever holds the connection
// feeds it what arrives. It ends once: completed (every step done), or failed at a step, named
// ("step 4 \"rcpt\" (expect prefix \"250\"): ...") with what arrived and did not match.
class ScriptRunner : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const QByteArray &)> send;
        std::function<void()> close;
    };

    ScriptRunner(std::shared_ptr<const Script> script, Hooks hooks, QObject *parent = nullptr);

    void connected();
    void received(const QByteArray &bytes);
    void peerClosed();   // the connection ended: an expect still waiting fails

    bool isDone() const { return m_done; }
    // "step 3 \"greeting\"" or "step 3 (expect prefix \"220\")", 1-based as people count.
    QString stepName(int index) const;

Q_SIGNALS:
    void finished(bool completed, const QString &message);

private:
    void run();
    bool tryExpect();
    bool matches(const ScriptStep &step, const QByteArray &subject) const;
    void fail(const QString &why);

    std::shared_ptr<const Script> m_script;
    Hooks m_hooks;
    QTimer *m_timer = nullptr;   // an expect's timeout, or a wait
    int m_next = 0;              // the step to run next
    bool m_started = false;
    bool m_waiting = false;      // a wait or an expect holds the steps after it
    bool m_done = false;
    QByteArray m_unmatched;      // what arrived and no expect has taken yet
};
