// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonrunner.h"

#include "lessonwire.h"
#include "mailmessage.h"
#include "scriptedconversation.h"
#include "session.h"
#include "streamexport.h"
#include "udppinger.h"
#include "workbench.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <utility>

LessonRunner::LessonRunner(Workbench &workbench, const Lesson &lesson, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_lesson(lesson)
    , m_playTimer(new QTimer(this))
    , m_wire(new LessonWire(workbench.session().wire(), this))
{
    m_actionsDone = QList<bool>(stepCount(), false);
    for (const LessonStep &step : m_lesson.steps) {
        for (const LessonCondition &condition : step.expect)
            m_acceptedStreams = m_acceptedStreams || condition.ofAccepted;
    }
    m_cursor = m_workbench.session().log().count();
    enterStep(0);
    m_playTimer->setSingleShot(true);
    connect(m_playTimer, &QTimer::timeout, this, &LessonRunner::playTimedOut);
    connect(&m_workbench.session().log(), &TrafficLog::appended, this, &LessonRunner::onAppended);
    // Packets come a moment after the events they belong to (dumpcap hands them on in blocks).
    connect(m_wire, &LessonWire::changed, this, &LessonRunner::evaluate);
}

LessonRunner::~LessonRunner() = default;

int LessonRunner::doneCount() const
{
    int done = 0;
    for (int i = 0; i < stepCount(); ++i)
        done += status(i) == StepStatus::Done ? 1 : 0;
    return done;
}

void LessonRunner::goTo(int index)
{
    index = qBound(0, index, stepCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    enterStep(index);
    Q_EMIT changed();
}

void LessonRunner::restart()
{
    m_playing = false;
    m_playTimer->stop();
    // Listeners close their accepted connections themselves: closing those twice would only
    // log that they are already closed.
    for (const LessonRole &role : m_lesson.roles) {
        const auto info = infoOf(role.name);
        if (!info || info->isFinished())
            continue;
        if (role.type == LessonRoleType::Listener) {
            m_workbench.closeListener(info->id);
        } else if (role.type == LessonRoleType::Udp) {
            m_workbench.stopRepeating(info->id);
            m_workbench.close(info->id);   // its peer rows end with it
        } else if (role.type == LessonRoleType::Client || !m_bindings.contains(role.listener)) {
            m_workbench.stopRepeating(info->id);
            m_workbench.close(info->id);
        }
    }
    qDeleteAll(m_scripts);
    m_scripts.clear();
    m_bindings.clear();
    m_roleOf.clear();
    m_udpPeerSocket.clear();
    qDeleteAll(m_pingers);
    m_pingers.clear();
    m_echoServers.clear();
    m_observed.clear();
    m_suggestedListens.clear();
    m_status.clear();
    m_problems.clear();
    m_actionsDone = QList<bool>(stepCount(), false);
    m_deferred = {};
    m_cursor = m_workbench.session().log().count();
    m_wire->restart();
    m_current = 0;
    m_stepEntered.clear();
    enterStep(0);
    Q_EMIT changed();
}

std::optional<ConnectionInfo> LessonRunner::infoOf(const QString &role) const
{
    const ConnectionId id = m_bindings.value(role);
    if (id == 0)
        return std::nullopt;
    return m_workbench.session().connections().find(id);
}

void LessonRunner::bind(const QString &role, ConnectionId id)
{
    if (const ConnectionId old = m_bindings.value(role))
        m_roleOf.remove(old);
    m_bindings.insert(role, id);
    m_roleOf.insert(id, role);
    Q_EMIT changed();
}

void LessonRunner::enterStep(int index)
{
    if (!m_stepEntered.contains(index))
        m_stepEntered.insert(index, m_workbench.session().log().count());
}

void LessonRunner::doCurrentStep()
{
    if (m_current >= stepCount())
        return;
    m_deferred = {};
    performFrom(m_current, 0);
}

void LessonRunner::onAppended()
{
    const qint64 count = m_workbench.session().log().count();
    if (m_cursor >= count)
        return;
    while (m_cursor < count)
        observe(m_cursor++);
    if (m_deferred.connection != 0 && hasConnected(m_deferred.connection)) {
        const Deferred resume = std::exchange(m_deferred, {});
        performFrom(resume.step, resume.action);
        return;
    }
    evaluate();
}

void LessonRunner::observe(qint64 index)
{
    const TrafficLog &log = m_workbench.session().log();
    const TrafficEvent &event = log.event(index);
    if (!m_roleOf.contains(event.connection))
        bindByHand(event);
    // Only the lesson's sockets are accounted for: a role is bound before its socket's data, and
    // a thousand other connections must not cost memory here.
    const ConnectionId connection = accountedTo(event.connection, isData(event.kind));
    if (connection == 0)
        return;
    if (isData(event.kind))
        playUdpApplications(connection, event);
    Observed &observed = m_observed[connection];
    ++observed.kindCounts[int(event.kind)];
    if (event.kind == EventKind::Received || event.kind == EventKind::Sent) {
        const bool in = event.kind == EventKind::Received;
        QByteArray &kept = in ? observed.in : observed.out;
        (in ? observed.bytesIn : observed.bytesOut) += event.payloadLength;
        QList<qint64> &sizes = in ? observed.sizesIn : observed.sizesOut;
        if (sizes.size() < KeptSizes)
            sizes << event.payloadLength;
        // A flood must not be read back just to be counted: only the first bytes are kept.
        if (kept.size() < KeptStreamBytes)
            kept += log.payloadPrefix(event, int(KeptStreamBytes - kept.size()));
        return;
    }
    observed.details.append({ event.kind, index, event.facts });

    // The port a lesson suggests is taken: listen again where the system chooses.
    if (event.kind == EventKind::ListenFailed && m_suggestedListens.contains(event.connection)) {
        LessonAction retry = m_suggestedListens.take(event.connection);
        retry.port = 0;
        const QString role = m_roleOf.value(event.connection);
        m_roleOf.remove(event.connection);
        m_bindings.remove(role);
        QString ignored;
        perform(retry, &ignored);
    }
}

// The learner did it by hand: the first unbound role of the right kind takes the new socket.
void LessonRunner::bindByHand(const TrafficEvent &event)
{
    LessonRoleType wanted;
    switch (event.kind) {
    case EventKind::Listening: wanted = LessonRoleType::Listener; break;
    case EventKind::Accepted: wanted = LessonRoleType::Accepted; break;
    case EventKind::LookingUp:
    case EventKind::Connecting: wanted = LessonRoleType::Client; break;
    default: return;
    }
    const auto info = m_workbench.session().connections().find(event.connection);
    if (!info)
        return;
    // A bound UDP socket announces itself as a listener does; a connected one as a client does.
    if (info->isUdp())
        wanted = LessonRoleType::Udp;
    for (const LessonRole &role : m_lesson.roles) {
        if (role.type != wanted || m_bindings.contains(role.name))
            continue;
        if (wanted == LessonRoleType::Accepted && m_bindings.value(role.listener) != info->parent)
            continue;
        if (wanted == LessonRoleType::Client && info->role != ConnectionRole::Client)
            continue;
        bind(role.name, event.connection);
        return;
    }
}

bool LessonRunner::conditionHolds(const LessonCondition &condition, int step) const
{
    // Without a capture the lesson goes on: wireNote() says why its packets are not shown.
    if (condition.kind == LessonConditionKind::Wire && !m_wire->isAvailable())
        return true;
    const ConnectionId id = m_bindings.value(condition.role);
    if (id == 0)
        return condition.whenBound;
    const Observed observed = m_observed.value(id);
    switch (condition.kind) {
    case LessonConditionKind::Event: {
        int count = 0;
        if (!condition.hasFacts() && !condition.sinceStep) {
            count = observed.kindCounts.value(int(condition.event));
        } else {
            if (condition.sinceStep && !m_stepEntered.contains(step))
                return false; // the learner has not come to this step yet
            const qint64 from = condition.sinceStep ? m_stepEntered.value(step) : 0;
            for (const Observed::Detail &detail : observed.details) {
                if (detail.kind == condition.event && detail.index >= from
                    && condition.factsMatch(detail.facts))
                    ++count;
            }
        }
        return count >= condition.atLeast;
    }
    case LessonConditionKind::Stream: {
        const bool in = condition.direction == Direction::In;
        if (condition.ofAccepted) {
            for (auto it = m_observed.cbegin(); it != m_observed.cend(); ++it) {
                const auto info = m_workbench.session().connections().find(it.key());
                if (info && info->parent == id && (in ? it->in : it->out).contains(condition.contains))
                    return true;
            }
            return false;
        }
        const QByteArray &kept = in ? observed.in : observed.out;
        const qint64 total = in ? observed.bytesIn : observed.bytesOut;
        if (condition.hasEquals && (total != condition.equals.size() || kept != condition.equals))
            return false;
        if (condition.hasContains && !kept.contains(condition.contains))
            return false;
        if (!condition.sameAs.isEmpty() && !sameStreams(id, in, m_bindings.value(condition.sameAs)))
            return false;
        if (condition.hasSizes && (in ? observed.sizesIn : observed.sizesOut) != condition.sizes)
            return false;
        return total >= condition.atLeastBytes;
    }
    case LessonConditionKind::State: {
        const auto info = m_workbench.session().connections().find(id);
        return info && info->state == condition.state;
    }
    case LessonConditionKind::Wire: return m_wire->count(id, condition) >= condition.atLeast;
    case LessonConditionKind::Message: return smtpMessage(observed.in).has_value();
    }
    return false;
}

std::optional<QByteArray> LessonRunner::receivedMessage(const QString &role) const
{
    const ConnectionId id = m_bindings.value(role);
    if (id == 0)
        return std::nullopt;
    return smtpMessage(m_observed.value(id).in);
}

// Equal lengths first (cheap, and they grow while the bytes flow), then the SHA-256 of both,
// read back from the journal once per length.
bool LessonRunner::sameStreams(ConnectionId id, bool in, ConnectionId other) const
{
    const Observed mine = m_observed.value(id);
    const Observed theirs = m_observed.value(other);
    const qint64 bytes = in ? mine.bytesIn : mine.bytesOut;
    if (other == 0 || bytes == 0 || bytes != (in ? theirs.bytesOut : theirs.bytesIn))
        return false;
    SameStreams &known = m_sameStreams[QStringLiteral("%1:%2:%3").arg(id).arg(in).arg(other)];
    if (known.bytes != bytes) {
        const Session &session = m_workbench.session();
        const auto digest = digestStream(session, id, in ? StreamDirection::Received : StreamDirection::Sent);
        const auto otherDigest
            = digestStream(session, other, in ? StreamDirection::Sent : StreamDirection::Received);
        known = { bytes, digest && otherDigest && digest->bytes == bytes && digest->sha256 == otherDigest->sha256 };
    }
    return known.same;
}

QString LessonRunner::wireNote(int index) const
{
    const QString &text = step(index).wire;
    if (text.isEmpty())
        return text;
    return m_wire->isAvailable() ? expand(text) : m_wire->whyNotShown();
}

void LessonRunner::evaluate()
{
    for (int i = 0; i < stepCount(); ++i) {
        if (status(i) == StepStatus::Done)
            continue;
        const LessonStep &s = step(i);
        if (s.expect.isEmpty() && !m_actionsDone.at(i))
            continue;
        bool all = true;
        for (const LessonCondition &condition : s.expect)
            all = all && conditionHolds(condition, i);
        if (all)
            setStatus(i, StepStatus::Done);
    }
}

void LessonRunner::setStatus(int index, StepStatus status, const QString &problem)
{
    if (this->status(index) == status && m_problems.value(index) == problem)
        return;
    m_status.insert(index, status);
    if (problem.isEmpty())
        m_problems.remove(index);
    else
        m_problems.insert(index, problem);
    Q_EMIT changed();
    if (!m_playing || index != m_current)
        return;
    const qint64 elapsed = m_workbench.session().clock().nowNs() / 1000000 - m_playStartedMs;
    if (status == StepStatus::Done) {
        m_playTimer->stop();
        Q_EMIT stepPlayed(
            index, true, describeConditions(index).join(QStringLiteral("; ")), elapsed);
        // On a later turn of the event loop: this may run inside doCurrentStep().
        QTimer::singleShot(0, this, [this] {
            if (!m_playing)
                return;
            if (m_current + 1 >= stepCount()) {
                m_playing = false;
                Q_EMIT finished(true);
                return;
            }
            ++m_current;
            enterStep(m_current);
            Q_EMIT changed();
            playCurrent();
        });
    } else if (status == StepStatus::Failed) {
        m_playTimer->stop();
        m_playing = false;
        Q_EMIT stepPlayed(index, false, problem, elapsed);
        Q_EMIT finished(false);
    }
}

void LessonRunner::play()
{
    if (m_playing || stepCount() == 0)
        return;
    m_playing = true;
    playCurrent();
}

void LessonRunner::playCurrent()
{
    m_playStartedMs = m_workbench.session().clock().nowNs() / 1000000;
    m_playTimer->start(step(m_current).timeoutMs);
    if (status(m_current) == StepStatus::Done) {
        // Done before its turn: report it as such.
        const int index = m_current;
        m_status.remove(index);
        setStatus(index, StepStatus::Done);
        return;
    }
    doCurrentStep();
}

void LessonRunner::playTimedOut()
{
    if (!m_playing)
        return;
    QStringList missing;
    const QStringList lines = describeConditions(m_current);
    const LessonStep &s = step(m_current);
    for (qsizetype i = 0; i < s.expect.size(); ++i) {
        if (!conditionHolds(s.expect.at(i), m_current))
            missing << lines.at(i);
    }
    setStatus(m_current, StepStatus::Failed,
        tr("timed out after %1 s waiting for: %2")
            .arg(s.timeoutMs / 1000.0)
            .arg(
                missing.isEmpty() ? tr("the step's actions") : missing.join(QStringLiteral("; "))));
}

QString LessonRunner::expand(const QString &text) const
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{([A-Za-z][A-Za-z0-9_]*)\\.([A-Za-z]+)\\}"));
    QString result;
    qsizetype from = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const auto info = infoOf(match.captured(1));
        const QString field = match.captured(2);
        // Until the socket exists its values are not known: an ellipsis, which reads as "to be
        // filled in", rather than the role's internal name (issue 13 item 10).
        QString value = QStringLiteral("…");
        if (info) {
            if (field == QLatin1String("port") && info->localPort != 0)
                value = QString::number(info->localPort);
            else if (field == QLatin1String("name"))
                value = info->name;
            else if (field == QLatin1String("address") && !info->localAddress.isNull())
                value = info->localAddress.toString();
            else if (field == QLatin1String("endpoint") && !info->localEndpoint().isEmpty())
                value = info->localEndpoint();
            else if (field == QLatin1String("peer") && !info->peerEndpoint().isEmpty())
                value = info->peerEndpoint();
            else if (field == QLatin1String("state"))
                value = connectionStateName(info->state);
            else if (field == QLatin1String("reads"))
                value = QString::number(info->chunksIn);
            else if (field == QLatin1String("writes"))
                value = QString::number(info->chunksOut);
            else if (field == QLatin1String("bytesIn"))
                value = QString::number(info->bytesIn);
            else if (field == QLatin1String("bytesOut"))
                value = QString::number(info->bytesOut);
            else if (field == QLatin1String("dropped"))
                value = QString::number(info->datagramsDropped);
            else if (field == QLatin1String("pings") && m_pingers.contains(info->id) && m_pingers.value(info->id)->isFinished())
                value = m_pingers.value(info->id)->summary();
        }
        result += value;
    }
    result += text.mid(from);
    return result;
}
