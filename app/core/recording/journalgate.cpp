// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalgate.h"

#include "session.h"

JournalGate::JournalGate(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Emitted on the journal writer's thread; handled here, on the network thread.
    connect(&m_session, &Session::journalFailed, this, &JournalGate::journalFailed, Qt::QueuedConnection);
    connect(&m_session, &Session::journalWritten, this, &JournalGate::journalWritten, Qt::QueuedConnection);
}

bool JournalGate::recordOutgoing(ConnectionId connection, const QByteArray &bytes)
{
    m_session.record(connection, EventKind::Sent, bytes);
    if (!m_closed && m_session.flush()) {
        releaseAnswers();   // recorded before these bytes, so in the file too: they go first
        return true;
    }
    // Recorded but not in the file: the bytes wait with the record, in memory.
    m_held.append({connection, bytes});
    close();
    return false;
}

void JournalGate::recordAnswer(ConnectionId connection, const QByteArray &bytes)
{
    m_session.record(connection, EventKind::Sent, bytes);
    if (m_closed) {
        m_held.append({connection, bytes});
        return;
    }
    m_answers.append({connection, bytes});
    m_answerBytes += bytes.size();
    if (m_answerBytes >= AnswerBatchBytes) {
        settle();
    } else if (!m_settleQueued) {
        m_settleQueued = true;
        QMetaObject::invokeMethod(this, &JournalGate::settleAtEndOfTurn, Qt::QueuedConnection);
    }
}

void JournalGate::settle()
{
    if (m_answers.isEmpty())
        return;
    if (!m_closed && m_session.flush())
        releaseAnswers();
    else
        close();
}

void JournalGate::releaseAnswers()
{
    m_answerBytes = 0;
    const QList<HeldSend> answers = std::exchange(m_answers, {});
    for (const HeldSend &send : answers)
        Q_EMIT released(send.connection, send.bytes);
}

void JournalGate::settleAtEndOfTurn()
{
    m_settleQueued = false;
    settle();
    Q_EMIT batchReleased();
}

void JournalGate::journalFailed()
{
    if (!m_session.journal().errorString().isEmpty())
        close();
}

void JournalGate::journalWritten()
{
    if (m_closed && m_session.journal().errorString().isEmpty())
        open();
}

void JournalGate::close()
{
    // Answers waiting for the end of the turn are not in the file either. Held sends are newer
    // (while open, only the one that just failed): the answers go first.
    m_held = std::exchange(m_answers, {}) + m_held;
    m_answerBytes = 0;
    if (m_closed)
        return;
    m_closed = true;
    m_closedFor.start();
    const QString problem
        = tr("The recording cannot be written: %1. SocketLab stops reading every connection and sends "
             "nothing (no echo, no relay) until it can, so nothing leaves that is not recorded; TCP flow "
             "control holds the peers. Free some space, or record elsewhere: it resumes by itself.")
              .arg(m_session.journal().errorString());
    m_session.recordText(0, EventKind::Error, problem);
    m_session.setRecordingProblem(problem);
    Q_EMIT closedChanged(true);
}

void JournalGate::open()
{
    // Sends held while the writer's successful write was under way may not be in it.
    if (!m_session.flush())
        return;
    m_closed = false;
    const QList<HeldSend> held = std::exchange(m_held, {});
    m_session.recordText(0, EventKind::Note,
                         tr("The recording is written again, after %1 s: reading resumes, and %n held send(s) "
                            "go out now",
                            nullptr, int(held.size()))
                             .arg(double(m_closedFor.elapsed()) / 1000.0, 0, 'f', 1));
    m_session.setRecordingProblem(QString());
    Q_EMIT closedChanged(false);
    for (const HeldSend &send : held)
        Q_EMIT released(send.connection, send.bytes);
    Q_EMIT batchReleased();
}

void JournalGate::moveRecording(const QString &path)
{
    const QString from = m_session.journalPath();
    QString error;
    if (!m_session.moveRecording(path, &error)) {
        m_session.recordText(0, EventKind::Error, error);
        if (m_closed)
            m_session.setRecordingProblem(m_session.recordingProblem().section(QLatin1Char('\n'), 0, 0)
                                          + QLatin1Char('\n') + error);
        return;
    }
    m_session.recordText(0, EventKind::Note,
                         tr("The recording moved from %1 to %2: everything recorded so far was copied, and "
                            "the session goes on there")
                             .arg(from, path));
    if (m_closed)
        open();
}
