// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class Session;

// Nothing leaves SocketLab that the journal has not taken: every byte sent (an echo, a relay, a
// send from the user or a lesson) is recorded as Sent and handed to the kernel's file before it
// is handed to the kernel's socket. So what a peer received is in the file, even after kill -9.
//
// Answers (echo, relay, a responder's reply) wait for the end of the network loop's turn: one
// write of the journal then covers every answer of the turn (a web server under ab answers
// dozens of connections a turn; a write each cost more than the answers). Whoever needs the
// bytes in the socket now (a close must follow them) calls settle().
//
// When the file refuses bytes (a full disk, a quota, an I/O error) the gate closes: it keeps the
// sends it is given (recorded, in memory) instead of letting them go, the EndpointHost stops
// reading every connection (TCP flow control holds the peers), and the session's recording
// problem says why, for the window's banner and the command line's stderr. The journal writer
// retries every half second; the first write that succeeds opens the gate again, and the held
// sends go out in order. moveRecording() continues the session in a file elsewhere.
//
// Lives on the network thread, with the EndpointHost.
class JournalGate : public QObject
{
    Q_OBJECT

public:
    explicit JournalGate(Session &session, QObject *parent = nullptr);

    // Records bytes as sent on connection and hands the journal to the kernel. True: the bytes
    // may leave now. False: the gate is closed; it holds them and gives them back, in order,
    // through released() once the journal takes them.
    // Answers still waiting for the end of the turn leave first, through released().
    bool recordOutgoing(ConnectionId connection, const QByteArray &bytes);
    // Records an answer; it leaves through released() at the end of this turn of the event loop,
    // or at the next settle() or recordOutgoing(), whichever comes first. Order is kept.
    void recordAnswer(ConnectionId connection, const QByteArray &bytes);
    // Hands the journal to the kernel and releases every waiting answer, in order.
    void settle();
    bool isClosed() const { return m_closed; }

    // Copies the recording so far to path and goes on there (Journal::moveTo), then retries.
    void moveRecording(const QString &path);

Q_SIGNALS:
    void closedChanged(bool closed);
    // Held bytes, already recorded as sent, that may leave now.
    void released(ConnectionId connection, const QByteArray &bytes);
    // A batch of released() ended, from the event loop (not from inside a caller): what was
    // released may be pushed to the kernel now rather than on the next turn.
    void batchReleased();

private:
    void journalFailed();
    void journalWritten();
    void close();
    void open();
    void settleAtEndOfTurn();
    void releaseAnswers();

    // Answers larger than this together are settled at once: the write is no longer small.
    static constexpr qsizetype AnswerBatchBytes = 64 * 1024;

    struct HeldSend
    {
        ConnectionId connection = 0;
        QByteArray bytes;
    };

    Session &m_session;
    bool m_closed = false;
    QList<HeldSend> m_held;       // the gate is closed: these wait for the journal
    QList<HeldSend> m_answers;    // the gate is open: these wait for the end of the turn
    qsizetype m_answerBytes = 0;
    bool m_settleQueued = false;
    QElapsedTimer m_closedFor;
};
