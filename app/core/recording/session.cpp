// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "datadirectory.h"
#include "journalreader.h"
#include "journalwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

const QLatin1String LockSuffix(".lock");

bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true;   // without a way to tell, never call a session interrupted
#endif
}

// Whether the journal at path has at least one event record (a damaged file, which may, counts).
bool holdsAnEvent(const QString &path)
{
    JournalReader reader;
    QString error;
    if (!reader.open(path, &error))
        return true; // not for us to throw away: the user may want to look at it
    JournalReader::Record record;
    for (;;) {
        switch (reader.next(&record)) {
        case JournalReader::Result::Record:
            if (record.type == Journal::EventRecord)
                return true;
            break;
        case JournalReader::Result::End:
            return false;
        case JournalReader::Result::Damaged:
            return reader.fileSize() > qint64(reader.position()); // a record cut short
        }
    }
}

} // namespace

Session::Session(std::unique_ptr<SessionClock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_log(m_journal)
{
}

Session::~Session()
{
    if (m_readOnly || m_journal.path().isEmpty())
        return;
    m_writer.reset();
    // A session in which nothing happened, in a file the user never named, is not worth keeping.
    if (m_pathChoice == PathChoice::BySocketLab && m_log.count() == 0) {
        m_journal.remove();
        return;
    }
    m_journal.appendEnd(m_clock->nowNs());
    m_journal.flush();
}

bool Session::startRecording(const QString &path, QString *error, PathChoice choice,
                             Journal::Existing existing)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The lock before the journal: creating the journal truncates it, and one that a live session
    // (here or in another process) still records must be left alone.
    auto lock = std::make_unique<QLockFile>(path + LockSuffix);
    lock->setStaleLockTime(0);   // only a dead owner makes it stale, never its age
    if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        *error = tr("Cannot record to %1: it is being recorded by another session (process %2 on %3)")
                     .arg(path).arg(pid).arg(host);
        return false;
    }
    // Any other failure to lock is let pass: without the lock, only crash detection is lost.
    if (!m_journal.create(path, m_clock->startedAt(), error, existing))
        return false;
    m_pathChoice = choice;
    m_lock = std::move(lock);
    m_writer = std::make_unique<JournalWriter>(m_journal);
    // Direct: re-emitted on the writer's thread, so receivers on the network thread hear of it
    // without a detour through this object's thread (the GUI's, which may be busy painting).
    connect(m_writer.get(), &JournalWriter::written, this, &Session::journalWritten,
            Qt::DirectConnection);
    connect(m_writer.get(), &JournalWriter::failed, this, &Session::journalFailed, Qt::DirectConnection);
    return true;
}

bool Session::moveRecording(const QString &path, QString *error)
{
    auto lock = std::make_unique<QLockFile>(path + LockSuffix);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError) {
        *error = tr("Cannot record to %1: it is being recorded by another session").arg(path);
        return false;
    }
    if (!m_journal.moveTo(path, error))
        return false;
    m_lock = std::move(lock);   // the old file's lock goes with it
    m_pathChoice = PathChoice::ByUser;
    return true;
}

QString Session::recordingProblem() const
{
    QMutexLocker lock(&m_problemMutex);
    return m_recordingProblem;
}

void Session::setRecordingProblem(const QString &problem)
{
    {
        QMutexLocker lock(&m_problemMutex);
        if (m_recordingProblem == problem)
            return;
        m_recordingProblem = problem;
    }
    Q_EMIT recordingProblemChanged(problem);
}

bool Session::openForReading(const QString &path, const QDateTime &startedAt, QString *error)
{
    if (!m_journal.openReadOnly(path, error))
        return false;
    m_readOnly = true;
    m_clock->setStartedAt(startedAt);
    m_clock->freezeAt(0);
    return true;
}

QString Session::sessionsDirectory()
{
    return dataDirectory() + QStringLiteral("/sessions");
}

QString Session::legacySessionsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sessions");
}

QString Session::defaultJournalPath(const QDateTime &startedAt)
{
    return sessionsDirectory() + startedAt.toLocalTime().toString(QStringLiteral("/yyyy-MM-dd_HH-mm-ss-zzz"))
        + QStringLiteral(".socketlab");
}

QStringList Session::interruptedSessions(const QString &directory)
{
    QStringList interrupted;
    const QDir dir(directory);
    const QStringList locks = dir.entryList({QStringLiteral("*.socketlab") + LockSuffix}, QDir::Files, QDir::Name);
    for (const QString &lockName : locks) {
        qint64 pid = 0;
        QString host, application;
        QLockFile lock(dir.filePath(lockName));
        const QString journal = dir.filePath(lockName.chopped(LockSuffix.size()));
        if (!lock.getLockInfo(&pid, &host, &application) || host != QSysInfo::machineHostName()
            || processIsAlive(pid) || !QFileInfo(journal).isFile())
            continue;
        if (holdsAnEvent(journal)) {
            interrupted << journal;
        } else if (QFile::remove(journal)) {
            releaseInterrupted(journal);
            qInfo("socketlab: removed %s: an interrupted session that recorded nothing", qPrintable(journal));
        }
    }
    return interrupted;
}

QStringList Session::interruptedSessions()
{
    QStringList interrupted = interruptedSessions(sessionsDirectory());
    if (legacySessionsDirectory() != sessionsDirectory())
        interrupted += interruptedSessions(legacySessionsDirectory());
    return interrupted;
}

void Session::releaseInterrupted(const QString &path)
{
    QFile::remove(path + LockSuffix);
}

void Session::setIdentity(const ConnectionInfo &identity)
{
    m_journal.appendConnection(identity);
    m_connections.setIdentity(identity);
}

qint64 Session::record(ConnectionId connection, EventKind kind, const QByteArray &payload,
                       EventFacts facts)
{
    // A record holds at most MaxRecordBody bytes; a larger write (none is read: reads are 64 kB)
    // is logged as consecutive events, as if written in pieces.
    constexpr qsizetype MaxPayload = Journal::MaxRecordBody - Journal::EventFieldsSize;
    if (payload.size() > MaxPayload) {
        qint64 last = -1;
        for (qsizetype at = 0; at < payload.size(); at += MaxPayload)
            last = record(connection, kind, payload.mid(at, MaxPayload), facts);
        return last;
    }
    TrafficEvent event;
    event.timeNs = m_clock->nowNs();
    event.connection = connection;
    event.kind = kind;
    event.payloadLength = quint32(payload.size());
    if ((kind == EventKind::Error || kind == EventKind::ListenFailed) && facts.error == ErrorCode::None)
        facts.error = ErrorCode::Other;
    event.facts = facts;
    event.payloadOffset = m_journal.appendEvent(event.timeNs, connection, kind, payload);
    if (!facts.isEmpty())
        m_journal.appendFacts(facts);
    // The table first: a reader woken by the log then finds the counters already updated.
    // The detail as text only where the table keeps it: a note per answer need not be decoded.
    m_connections.apply(event, ConnectionTable::readsDetail(kind) ? QString::fromUtf8(payload) : QString());
    const qint64 index = m_log.append(event);
    if (m_writer && m_journal.unwrittenBytes() >= quint64(Journal::FlushThreshold))
        m_writer->wake();
    return index;
}

void Session::recordReceived(const Received *received, int count)
{
    Q_ASSERT(count <= MaxReceivedAtOnce);
    if (count <= 0)
        return;
    TrafficEvent events[MaxReceivedAtOnce];
    const char *payloads[MaxReceivedAtOnce];
    for (int i = 0; i < count; ++i) {
        Q_ASSERT(received[i].size <= 0xffff);
        TrafficEvent &event = events[i];
        event.timeNs = m_clock->nowNs();
        event.connection = received[i].connection;
        event.kind = EventKind::Received;
        event.payloadLength = quint32(received[i].size);
        payloads[i] = received[i].bytes;
    }
    m_journal.appendEvents(events, payloads, count);
    m_connections.apply(events, count);
    m_log.append(events, count);
    if (m_writer && m_journal.unwrittenBytes() >= quint64(Journal::FlushThreshold))
        m_writer->wake();
}

qint64 Session::recordText(ConnectionId connection, EventKind kind, const QString &detail,
                           const EventFacts &facts)
{
    return record(connection, kind, detail.toUtf8(), facts);
}

void Session::recordPacket(qint64 timeNs, ConnectionId connection, WireDirection direction,
                           const CapturedPacket &packet)
{
    WirePacket wire{timeNs, connection, direction, packet};
    m_journal.appendPacket(wire);
    m_wire.append(wire);
}

void Session::recordCaptureStatistics(const CaptureStatistics &statistics)
{
    m_journal.appendCaptureStatistics(statistics);
    m_wire.setStatistics(statistics);
}

void Session::replayPacket(const WirePacket &packet)
{
    m_wire.append(packet);
}

bool Session::flush()
{
    return m_journal.flush();
}

void Session::replayIdentity(const ConnectionInfo &identity)
{
    m_connections.setIdentity(identity);
}

void Session::setReplayed(quint64 validBytes, bool closedCleanly)
{
    m_replayedClosedCleanly = closedCleanly;
    m_replayedValidBytes = validBytes;
}

void Session::replayEvent(const TrafficEvent &event)
{
    m_connections.apply(event, ConnectionTable::readsDetail(event.kind) ? m_log.detailText(event) : QString());
    if (event.timeNs > m_clock->nowNs())
        m_clock->freezeAt(event.timeNs);
    m_log.append(event);
}
