// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "workbench.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTemporaryDir;

class LessonWire;
class ScriptedConversation;
class QTimer;
class UdpPinger;
class Workbench;

// Drives one lesson over the Workbench. It watches the session's log: every event since the
// lesson (re)started is accounted to its connection, roles are bound to connections (by the
// lesson's own actions, or by matching what the learner does by hand), and a step is done once
// every condition of its "expect" holds. "Do it" performs the step's actions; play() does every
// step in turn, for headless runs and tests.
//
// The runner never owns a socket: restart() closes the lesson's sockets through the Workbench.
class LessonRunner : public QObject
{
    Q_OBJECT

public:
    enum class StepStatus { Waiting, Done, Failed };
    // Bytes of each direction kept per connection, to match "equals" and "contains".
    static constexpr qsizetype KeptStreamBytes = 64 * 1024;

    LessonRunner(Workbench &workbench, const Lesson &lesson, QObject *parent = nullptr);
    ~LessonRunner() override;

    const Lesson &lesson() const { return m_lesson; }
    // With false, listen actions ignore the port a lesson suggests and take one the system
    // chooses (tests and headless runs never depend on a fixed port).
    void setUseSuggestedPorts(bool use) { m_useSuggestedPorts = use; }

    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_lesson.steps.size()); }
    const LessonStep &step(int index) const { return m_lesson.steps.at(index); }
    StepStatus status(int index) const { return m_status.value(index, StepStatus::Waiting); }
    QString problem(int index) const { return m_problems.value(index); }
    int doneCount() const;
    bool isComplete() const { return doneCount() == stepCount(); }

    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }
    // Performs the current step's actions ("Do it").
    void doCurrentStep();
    // Closes the sockets the lesson knows, forgets them, and starts again at the first step.
    void restart();

    // Runs every step from the current one: does it, waits until it is done (or its timeoutMs
    // passes), reports stepPlayed, goes on; finished(ok) at the end or at the first failure.
    void play();
    bool isPlaying() const { return m_playing; }

    // {role.field} templates filled in from the connection table; "…" until known.
    QString expand(const QString &text) const;
    ConnectionId idOf(const QString &role) const { return m_bindings.value(role); }
    std::optional<ConnectionInfo> infoOf(const QString &role) const;
    // "client C1 127.0.0.1:40000 → 127.0.0.1:9000: connected", or that it does not exist yet.
    QString describeRole(const QString &role) const;
    // One line per condition of a step, each marked as met or not.
    QStringList describeConditions(int index) const;
    // One condition in words: "client sent on the wire: SYN, MSS 536".
    QString describeCondition(const LessonCondition &condition) const;
    // What the step's packets show ("wire"), or why packets are not shown; empty when the step
    // says nothing about the wire.
    QString wireNote(int index) const;
    // Whether the condition of this step holds now.
    bool conditionHolds(const LessonCondition &condition, int step) const;
    // The SMTP message the role's socket received (smtpMessage()), once it is complete.
    std::optional<QByteArray> receivedMessage(const QString &role) const;

Q_SIGNALS:
    void changed(); // a status, a binding or the current step changed
    void stepPlayed(int index, bool ok, const QString &outcome, qint64 elapsedMs);
    void finished(bool ok);

private:
    // What one connection did since the lesson started.
    struct Observed
    {
        QHash<int, int> kindCounts; // EventKind -> events
        struct Detail
        {
            EventKind kind;
            qint64 index; // in the log
            EventFacts facts;
        };
        QList<Detail> details; // non-data events
        QByteArray in; // the first KeptStreamBytes received
        QByteArray out;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        QList<qint64> sizesIn; // of the first KeptSizes reads (datagrams on UDP)
        QList<qint64> sizesOut;
    };
    static constexpr qsizetype KeptSizes = 64;

    void onAppended();
    void observe(qint64 index);
    void bindByHand(const TrafficEvent &event);
    void bind(const QString &role, ConnectionId id);
    bool perform(const LessonAction &action, QString *problem);
    void performFrom(int step, int firstAction);
    bool hasConnected(ConnectionId id) const;
    // Bind, SendTo and Connect between UDP roles (lessonrunnerudp.cpp); false: not a UDP action.
    bool performUdp(const LessonAction &action, QString *problem, bool *ok);
    // The role's connection, or for a UDP peer row the role of its socket: its datagrams count there.
    // Only data events of peer rows count for the socket: a note on a peer row stays there.
    ConnectionId accountedTo(ConnectionId connection, bool data);
    // The lesson's own UDP applications: the pinger and the echo server that ignores some.
    void playUdpApplications(ConnectionId socket, const TrafficEvent &event);
    void evaluate();
    void setStatus(int index, StepStatus status, const QString &problem = QString());
    void playCurrent();
    void playTimedOut();
    void enterStep(int index);
    bool listenOptions(const LessonAction &action, Workbench::ListenOptions *options, QString *problem);
    // A connect action's new socket: bound to its role, and the action's script run on it.
    bool connected(const LessonAction &action, ConnectionId id, QString *problem);

    Workbench &m_workbench;
    const Lesson m_lesson;
    bool m_useSuggestedPorts = true;
    int m_current = 0;
    qint64 m_cursor = 0; // the next log index to look at
    QHash<QString, ConnectionId> m_bindings;
    QHash<ConnectionId, QString> m_roleOf;
    QHash<ConnectionId, ConnectionId> m_udpPeerSocket; // peer rows seen, and their socket (0: none)
    bool m_acceptedStreams = false; // a condition looks at a listener's accepted connections
    QHash<ConnectionId, UdpPinger *> m_pingers;        // by the pinging socket; children of this
    QHash<ConnectionId, int> m_echoServers;            // socket -> the percentage it ignores
    QHash<ConnectionId, Observed> m_observed;
    QHash<ConnectionId, LessonAction> m_suggestedListens; // to retry on port 0 if busy
    QHash<int, StepStatus> m_status;
    QHash<int, QString> m_problems;
    QList<bool> m_actionsDone;
    struct Deferred
    {
        int step = -1;
        int action = 0;               // the first action not done yet
        ConnectionId connection = 0;  // what it waits for: this client connected
    };
    Deferred m_deferred;
    QHash<int, qint64> m_stepEntered; // the log's count when the learner came to each step
    QList<QPointer<ScriptedConversation>> m_scripts; // running; children of this

    // sameAs: whether two streams are the same, by their lengths when it was last checked.
    bool sameStreams(ConnectionId id, bool in, ConnectionId other) const;
    QTemporaryDir &lessonDirectory();

    std::unique_ptr<QTemporaryDir> m_socketDirectory;   // relative Unix socket paths, sent files
    struct SameStreams
    {
        qint64 bytes = -1;
        bool same = false;
    };
    mutable QHash<QString, SameStreams> m_sameStreams;   // by id:direction:other
    bool m_playing = false;
    QTimer *m_playTimer = nullptr;
    LessonWire *m_wire = nullptr;
    qint64 m_playStartedMs = 0;
};
