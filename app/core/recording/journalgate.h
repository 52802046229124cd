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
    bool recordOutgoing(ConnectionId connection, const QByteArray &bytes);
    bool isClosed() const { return m_closed; }

    // Copies the recording so far to path and goes on there (Journal::moveTo), then retries.
    void moveRecording(const QString &path);

Q_SIGNALS:
    void closedChanged(bool closed);
    // Held bytes, already recorded as sent, that may leave now.
    void released(ConnectionId connection, const QByteArray &bytes);

private:
    void journalFailed();
    void journalWritten();
    void close();
    void open();

    struct HeldSend
    {
        ConnectionId connection = 0;
        QByteArray bytes;
    };

    Session &m_session;
    bool m_closed = false;
    QList<HeldSend> m_held;
    QElapsedTimer m_closedFor;
};
