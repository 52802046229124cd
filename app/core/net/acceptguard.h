// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;
class TcpListeningSocket;

// Keeps a listener alive, and the CPU quiet, when the process runs out of descriptors (a
// lowered `ulimit -n`, a flood of connections). Left alone, a listener retries a failing
// accept() (EMFILE) every time the event loop polls: the listening socket stays readable, so the
// network thread spins at 100 % and the waiting clients hang.
//
// After each accepted connection the guard checks that a few descriptors are still free. When
// they are not, or accept() fails, it pauses the listener's accepting, says so in the log, and refuses the
// connections that wait in the backlog instead: one spare descriptor, held from the start, is
// given back so accept() can take each waiting connection and close it with a reset (the client
// sees "connection reset" at once rather than hanging), then the spare is taken again (the
// accept-reserve technique of nginx and libev). Every RetryMs it refuses what waits and checks
// again; once connections have closed and descriptors are free, the listener accepts again.
// Connections already open are never touched.
//
// The guard is the one that pauses and resumes the listener: its owner says whether it wants
// accepting paused (a teacher's "pause accepting", a lesson's listener that never accepts), and
// the listener accepts only when the owner does not hold it and descriptors are free.
class AcceptGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetryMs = 250;
    static constexpr int FreeDescriptorsNeeded = 3; // an accepted socket and its duplicate, + 1
    static constexpr int MaxRefusedPerTick = 4096; // then back to the event loop

    // The listener is the parent. Create the guard after connecting the owner's handler to
    // TcpListeningSocket::accepted: the guard's check must see the descriptors the connection took.
    explicit AcceptGuard(TcpListeningSocket *listener);
    ~AcceptGuard() override;

    bool isRefusing() const { return m_refusing; }
    void setAcceptingPaused(bool paused); // the owner's wish, kept through a refusing spell
    bool isAcceptingPaused() const { return m_pausedByOwner; }
    bool isAccepting() const { return !m_pausedByOwner && !m_refusing; }

Q_SIGNALS:
    // One line for the log: accepting stopped or resumed, connections refused, and why. A
    // problem (paused, refused) is an error on the listener; resuming is a note.
    void notice(const QString &text, bool problem);

private:
    void check();
    void apply(); // pauses or resumes the listener as isAccepting() says
    void startRefusing(const QString &why);
    void tick();
    int refusePending();
    static bool hasFreeDescriptors(int count);

    TcpListeningSocket *m_listener = nullptr;
    QTimer *m_retry = nullptr;
    int m_spare = -1; // a descriptor on /dev/null, released only to refuse connections
    bool m_refusing = false;
    bool m_pausedByOwner = false;
    quint64 m_refusedTotal = 0; // in the current refusing spell
};
