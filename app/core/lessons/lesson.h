// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "trafficevent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A guided lesson, as read from a JSON file (schema in docs/lessons.md, checked by LessonLoader).
// Data only: a lesson names sockets by role, says what to do with them and which events show
// that a step is done. Nothing in it is a path to read or a command to run.

// Udp: a UDP socket, bound by a "bind" action or connected to another UDP role by "connect".
// Its peers' datagrams count as its own.
enum class LessonRoleType { Listener, Client, Accepted, Udp };

// A socket the lesson talks about: "server", "client", "accepted". Bound to a ConnectionId when
// the lesson's action creates it, or when the learner creates it by hand (LessonRunner).
struct LessonRole
{
    QString name;
    LessonRoleType type = LessonRoleType::Client;
    QString listener; // Accepted: the listener role that accepts it
};

enum class LessonActionType {
    Listen,
    Connect,
    Send,
    StopRepeating,
    Close,
    Abort,
    ShutdownWrite,
    PauseReading,
    ResumeReading,
    SetNoDelay,
    SetEcho,
    StopListening,
    CloseListener,
    Bind,     // a UDP socket bound to address (default 127.0.0.1, the system's port)
    SendTo,   // a datagram from a UDP socket to another UDP role's address
    Ping,          // the UDP pinger (UdpPinger): count pings to another UDP role, timeoutMs each
    ServeEchoes,   // a UDP role sends each datagram back, but ignores ignorePercent % of them
    EditReply,  // text replaced in a rule's replies of an own responder, saved and reloaded
    SendFile,   // the last: LessonLoader reads the names up to it
};

// What "Do it" does: one Workbench call on the socket of a role.
struct LessonAction
{
    LessonActionType type = LessonActionType::Send;
    QString role;
    // Listen
    quint16 port = 0; // a suggestion: 0, or busy, and the system chooses
    // Or a [KIND:]ADDRESS; a relative Unix path ("unix:lab.sock") goes in a directory of the
    // lesson's own, so that two runs never meet.
    QString address;
    bool echo = false;
    int backlog = 0;
    bool acceptPaused = false;
    bool relay = false;
    bool keepOpenAfterPeerFin = false;
    QString responder;   // Listen: a shipped responder's name (checked when the lesson loads)
    // Listen: the listener answers by the learner's own responder of this name, written afresh
    // as a copy of the shipped one, for the responder editor; EditReply: the own responder.
    QString ownCopy;
    // EditReply: in the replies (and bodies) of the rule named rule, find becomes replace.
    QString rule;
    QString find;
    QString replace;
    // Bind: SO_RCVBUF in bytes; 0, the system's default
    int receiveBufferBytes = 0;
    // ServeEchoes: the share of requests ignored, drawn at random per request
    int ignorePercent = 0;
    // Connect, SendTo
    QString to; // the listener role to connect to; or the UDP role to connect or send to
    int timeoutMs = 0;
    int maxSegmentSize = 0; // "mss": TCP_MAXSEG before connect(), 0: the system's
    QString script; // Connect: a shipped script's name, run on the new connection (checked when the lesson loads)
    // Send
    QByteArray bytes;
    int count = 1;
    int intervalMs = 0;
    // SetNoDelay, SetEcho
    bool on = false;
    // SendFile: bytes (generated, "fill") are written to a file of the lesson's own and sent with
    // Workbench::sendFile(); framed puts their length first (8 bytes, big-endian).
    bool framed = false;
};

// Message: an SMTP message (DATA ... a lone '.') arrived on the role's socket (mailmessage.h).
enum class LessonConditionKind { Event, Stream, State, Wire, Message };

// One thing that must have happened for a step to be done. Conditions hold over everything the
// lesson has seen since it (re)started, so a learner who runs ahead finds later steps done.
struct LessonCondition
{
    LessonConditionKind kind = LessonConditionKind::Event;
    QString role;
    bool whenBound = false; // holds while nothing is bound to the role (e.g. a real browser)
    bool hasFacts() const { return error || close || closedBy; }
    bool factsMatch(const EventFacts &facts) const
    {
        return (!error || *error == facts.error) && (!close || *close == facts.close)
            && (!closedBy || *closedBy == facts.by);
    }
    bool sinceStep = false; // Event: count only events since the learner came to this step
    // Event: at least atLeast events of this kind, with these facts (where given).
    EventKind event = EventKind::Note;
    std::optional<ErrorCode> error;
    std::optional<CloseKind> close;
    std::optional<CloseSide> closedBy;
    int atLeast = 1;
    // Stream: the bytes the role's socket received (In) or sent (Out), concatenated.
    Direction direction = Direction::In;
    bool hasEquals = false;
    QByteArray equals;
    bool hasContains = false;
    QByteArray contains;
    qint64 atLeastBytes = 0;
    // The role's stream in this direction holds exactly what role sameAs's other direction does
    // (same length and SHA-256): what the client sent is what the server received.
    QString sameAs;
    // On a listener role: the stream of any one connection it accepted (a browser opens several).
    bool ofAccepted = false;
    // The sizes of the first reads (or writes), in order: on UDP, of the datagrams.
    bool hasSizes = false;
    QList<qint64> sizes;
    // State
    ConnectionState state = ConnectionState::Connected;
    // Wire: at least atLeast captured packets of the role's socket, in direction (In: to it, Out:
    // from it), with every flag named in wireFlags set ("SYN", "ACK", "FIN", "RST", "PSH"), and
    // where asked: payload, a zero window, an MSS option of that value. Holds at once when no
    // capture runs (no rights, or not turned on): a lesson runs without capture and says why.
    quint8 wireFlags = 0; // DecodedPacket::TcpFlag bits
    bool wirePayload = false;
    bool wireZeroWindow = false;
    int wireMss = -1;
};

struct LessonStep
{
    static constexpr int DefaultTimeoutMs = 15000;

    QString title;
    QString text; // may hold templates: {server.port}
    QStringList calls; // Berkeley socket calls: "socket", "bind", ...
    QString lookAt; // what to watch: the log row, the chart, the state
    // lookAt as the file has it, in English, never translated: the window finds the panes it
    // names ("packet view", "ladder") in these words, in any language.
    QString lookAtInFile;
    QString wire; // what the captured packets show; may hold templates
    QStringList show; // roles whose state the step shows
    QString select; // a role whose received rows the window selects in the log when the step comes up
    QList<LessonAction> actions;
    QList<LessonCondition> expect;
    int timeoutMs = DefaultTimeoutMs; // for automatic runs
};

struct Lesson
{
    QString id; // the file's base name: hello.json is "hello"
    QString title;
    QString summary;
    int order = 1000; // place in the list of lessons
    QString fileName;
    QList<LessonRole> roles;
    QList<LessonStep> steps;

    const LessonRole *role(const QString &name) const
    {
        for (const LessonRole &role : roles) {
            if (role.name == name)
                return &role;
        }
        return nullptr;
    }
};

// Puts the lesson's texts (title, summary, each step's title, text and lookAt) in the user's
// language: the installed translators, context "lesson:ID" (docs/lessons.md). A translation
// whose {role.field} templates differ from the English text's is not used.
void translateLesson(Lesson &lesson);

// The stable names used in lesson files (and nowhere translated).
QString lessonStateKey(ConnectionState state);
QString lessonActionName(LessonActionType type);
// "socket" -> "socket()"; the known calls, for validation.
QStringList lessonSocketCalls();
