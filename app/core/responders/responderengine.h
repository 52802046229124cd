// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

// One connection's run of a responder: it frames what arrives (chunks or lines), finds the
// first rule that matches in the connection's state, and says what to do. It touches no
// socket: a ResponderDriver carries the steps out, so the rules can be tested on bytes alone.
class ResponderEngine
{
public:
    struct Step
    {
        enum class Kind { Send, Wait, Close, Abort };
        Kind kind = Kind::Send;
        QByteArray bytes;
        int waitMs = 0;
    };
    // What one trigger did, for the log (a note naming the rule), and the steps that follow.
    struct Answer
    {
        QString note;
        QList<Step> steps;
    };
    using Clock = std::function<QDateTime()>;

    ResponderEngine(std::shared_ptr<const Responder> responder, const QString &connectionName,
                    const QString &peer, Clock clock = {});

    QList<Answer> connected();
    QList<Answer> received(const QByteArray &bytes);

    QString state() const { return m_state; }
    // Between requests: in the initial state with no line begun, so other rules can take over
    // without cutting a request in two.
    bool atRest() const { return m_line.isEmpty() && m_state == m_responder->initialState; }

private:
    void offer(QByteArrayView unit, QList<Answer> *answers);
    void fire(int index, const QList<QByteArray> &groups, QByteArrayView input, QList<Answer> *answers);
    QString noteFor(int index, const QString &from);
    bool matches(const ResponderRule &rule, QByteArrayView unit, QList<QByteArray> *groups, QList<Answer> *answers);

    std::shared_ptr<const Responder> m_responder;
    QByteArray m_connectionName;   // as ${name} and ${peer} insert them
    QByteArray m_peer;
    Clock m_clock;
    QString m_state;
    QByteArray m_line;          // Line framing: the start of a line not ended yet
    quint64 m_received = 0;
    quint64 m_receivedThrough = 0;   // ${received}: up to the end of the unit being matched
    QList<int> m_counts;        // per rule: how often it answered on this connection
    struct CachedNote
    {
        QString from;
        QString to;
        QString note;
    };
    QList<CachedNote> m_notes;  // per rule: the note of its last answer
    bool m_gaveUpNoted = false; // a regular expression that gave up is said once per connection
};
