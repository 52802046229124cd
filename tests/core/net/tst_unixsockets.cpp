// SPDX-License-Identifier: GPL-3.0-or-later
// Unix domain stream sockets through the Workbench, against peers SocketLab did not write:
// Python's socket.AF_UNIX and socat. Echo byte for byte, on a path and on an abstract name; what
// is in the way of a socket file (a stale socket, a live listener, a regular file, a directory,
// a missing directory); the socket file removed when the listener closes; and the peer's
// credentials, which must be the peer process's real pid and uid.
#include "connectioninfo.h"
#include "workbench.h"

#include "peerprocess.h"
#include "testpayloads.h"
#include "unixpeers.h"
#include "workbenchfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int TimeoutMs = 15000;

// A name of our own in the abstract namespace, which the whole machine shares.
QString abstractName(const char *what)
{
    return QStringLiteral("@socketlab-tst-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(what));
}

} // namespace

class tst_UnixSockets : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_UnixSockets()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void echoWithPythonPeer_data();
    void echoWithPythonPeer();
    void echoWithSocat_data();
    void echoWithSocat();
    void socketFileRemovedWhenListenerCloses();
    void staleSocketFileIsReplaced();
    void liveListenerIsLeftAlone();
    void otherFilesAreRefused_data();
    void otherFilesAreRefused();
    void missingDirectoryIsNamed();
    void connectFailuresSayWhy_data();
    void connectFailuresSayWhy();
    void clientReachesPythonListener();

private:
    QString socketPath(const QString &name) const { return m_dir->filePath(name); }
    ConnectionId listenUnix(const QString &path, bool echo);
    ConnectionId waitForAccepted(ConnectionId listener);
    void startPython(QProcess &process, const char *script, const QStringList &arguments);
};

ConnectionId tst_UnixSockets::listenUnix(const QString &path, bool echo)
{
    const ConnectionId id
        = m_workbench->listen(Workbench::ListenOptions::at(parseUnixAddress(path), echo));
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->has(id, EventKind::Listening) || m_log->has(id, EventKind::ListenFailed),
            TimeoutMs);
    }();
    return id;
}

ConnectionId tst_UnixSockets::waitForAccepted(ConnectionId listener)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!m_log->children(listener).isEmpty(), TimeoutMs); }();
    return m_log->children(listener).isEmpty() ? 0 : m_log->children(listener).constFirst().id;
}

void tst_UnixSockets::startPython(
    QProcess &process, const char *script, const QStringList &arguments)
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    process.start(python, QStringList { PeerProcess::script(script) } + arguments);
    QVERIFY2(process.waitForStarted(TimeoutMs), qPrintable(process.errorString()));
}

void tst_UnixSockets::echoWithPythonPeer_data()
{
    QTest::addColumn<bool>("abstract");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("path, every byte value") << false << TestPayloads::allByteValues();
    QTest::newRow("path, 48 KiB") << false << TestPayloads::pattern(48 * 1024);
    QTest::newRow("abstract name, every byte value") << true << TestPayloads::allByteValues();
}

// A Python process connects, sends, and reads back what the echo listener returned: the bytes are
// the same, the session recorded them, and the kernel named the Python process as the peer.
void tst_UnixSockets::echoWithPythonPeer()
{
    QFETCH(bool, abstract);
    QFETCH(QByteArray, payload);
    const QString path = abstract ? abstractName("echo") : socketPath(QStringLiteral("echo.sock"));
    const ConnectionId listener = listenUnix(path, true);
    QVERIFY2(m_log->has(listener, EventKind::Listening),
        qPrintable(m_log->detail(listener, EventKind::ListenFailed)));
    QCOMPARE(m_log->info(listener).kind, EndpointKind::Unix);
    QCOMPARE(m_log->info(listener).localPath, path);
    QCOMPARE(QFileInfo::exists(path), !abstract);

    QProcess python;
    startPython(python, "unix_echo_client.py", { path, QString::fromLatin1(payload.toHex()) });
    if (QTest::currentTestFailed())
        return;
    const qint64 startedPid = python.processId(); // 0 once it has exited
    QByteArray line;
    PeerProcess::readLine(python, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(line.startsWith("PID "), line.constData());
    const qint64 pythonPid = line.mid(4).toLongLong();
    QCOMPARE(pythonPid, startedPid); // the pyenv shim execs python: one process
    PeerProcess::readLine(python, &line, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QByteArray::fromHex(line.mid(5)), payload);
    PeerProcess::waitForExit(python, TimeoutMs);

    const ConnectionId accepted = waitForAccepted(listener);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->stream(accepted, EventKind::Received), payload, TimeoutMs);
    QCOMPARE(m_log->stream(accepted, EventKind::Sent), payload);
    const ConnectionInfo info = m_log->info(accepted);
    QCOMPARE(info.kind, EndpointKind::Unix);
    QCOMPARE(info.localPath, path);
    QCOMPARE(info.peerPath, QString()); // Python never bound its end
    QCOMPARE(info.peerCredentials.pid, pythonPid);
    QCOMPARE(info.peerCredentials.uid, qint64(::getuid()));
    QCOMPARE(info.peerCredentials.gid, qint64(::getgid()));
    QVERIFY2(info.peerCredentials.program.startsWith(QLatin1String("python")),
        qPrintable(info.peerCredentials.program));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(accepted, EventKind::Closed), TimeoutMs);
    verifyCountersMatchLog(accepted);
}

void tst_UnixSockets::echoWithSocat_data()
{
    QTest::addColumn<bool>("abstract");
    QTest::newRow("path") << false;
    QTest::newRow("abstract name") << true;
}

// socat copies its standard input to the socket and what comes back to its output.
void tst_UnixSockets::echoWithSocat()
{
    QFETCH(bool, abstract);
    const QString path
        = abstract ? abstractName("socat") : socketPath(QStringLiteral("socat.sock"));
    const ConnectionId listener = listenUnix(path, true);
    QVERIFY(m_log->has(listener, EventKind::Listening));
    QString socat;
    PeerProcess::findProgram(QStringLiteral("socat"), QStringLiteral("socat"), &socat);
    if (QTest::currentTestFailed())
        return;
    const QByteArray payload = TestPayloads::pattern(200 * 1024);
    QProcess process;
    const QString address = abstract ? QStringLiteral("ABSTRACT-CONNECT:") + path.mid(1)
                                     : QStringLiteral("UNIX-CONNECT:") + path;
    // -t: after its input ends, socat still reads the echo for this long.
    process.start(
        socat, { QStringLiteral("-t"), QStringLiteral("5"), QStringLiteral("-"), address });
    QVERIFY2(process.waitForStarted(TimeoutMs), qPrintable(process.errorString()));
    QByteArray echoed;
    connect(&process, &QProcess::readyReadStandardOutput, this,
        [&] { echoed += process.readAllStandardOutput(); });
    const qint64 socatPid = process.processId(); // 0 once it has exited
    process.write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), TimeoutMs);
    QVERIFY2(echoed == payload, "socat read back other bytes than it sent");
    process.closeWriteChannel();
    PeerProcess::waitForExit(process, TimeoutMs);
    const ConnectionId accepted = waitForAccepted(listener);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->info(accepted).bytesIn, quint64(payload.size()), TimeoutMs);
    QCOMPARE(m_log->info(accepted).peerCredentials.pid, socatPid);
    QCOMPARE(m_log->info(accepted).peerCredentials.program, QStringLiteral("socat"));
}

void tst_UnixSockets::socketFileRemovedWhenListenerCloses()
{
    const QString path = socketPath(QStringLiteral("removed.sock"));
    const ConnectionId listener = listenUnix(path, false);
    QVERIFY(m_log->has(listener, EventKind::Listening));
    struct stat status
    {
    };
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    m_workbench->closeListener(listener);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(listener, EventKind::ListenStopped), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_log->detail(listener, EventKind::Note).contains(QLatin1String("socket file is removed")),
        TimeoutMs);
    QVERIFY(!QFileInfo::exists(path));
}

// A socket file left by a listener that is gone: connect() is refused, so it is replaced.
void tst_UnixSockets::staleSocketFileIsReplaced()
{
    const QString path = socketPath(QStringLiteral("stale.sock"));
    QProcess python;
    UnixPeers::startListener(python, path, true, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo::exists(path));

    const ConnectionId listener = listenUnix(path, false);
    QVERIFY2(m_log->has(listener, EventKind::Listening),
        qPrintable(m_log->detail(listener, EventKind::ListenFailed)));
    const QString note = m_log->detail(listener, EventKind::Note);
    QVERIFY2(
        note.contains(QLatin1String("stale socket file")) && note.contains(path), qPrintable(note));
    const QList<EventKind> kinds = m_log->kinds(listener);
    QVERIFY2(kinds.indexOf(EventKind::Note) < kinds.indexOf(EventKind::Listening),
        "the note comes before listening");
}

// Another program's live listener keeps its file, and keeps working.
void tst_UnixSockets::liveListenerIsLeftAlone()
{
    const QString path = socketPath(QStringLiteral("live.sock"));
    QProcess python;
    UnixPeers::startListener(python, path, false, TimeoutMs);
    if (QTest::currentTestFailed())
        return;

    const ConnectionId listener = listenUnix(path, false);
    QVERIFY(m_log->has(listener, EventKind::ListenFailed));
    const QString reason = m_log->detail(listener, EventKind::ListenFailed);
    QVERIFY2(reason.contains(QLatin1String("another program listens")), qPrintable(reason));
    QCOMPARE(m_log->info(listener).state, ConnectionState::Failed);

    // Python's listener still answers: connect to it and get an echo.
    const ConnectionId client
        = m_workbench->connectTo(Workbench::ConnectOptions::to(parseUnixAddress(path)));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
    m_workbench->send(client, QByteArrayLiteral("still there?"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_log->stream(client, EventKind::Received), QByteArrayLiteral("still there?"), TimeoutMs);
    python.closeWriteChannel();
    PeerProcess::waitForExit(python, TimeoutMs);
}

void tst_UnixSockets::otherFilesAreRefused_data()
{
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QString>("reason");
    QTest::newRow("regular file") << false << QStringLiteral("is a regular file, not a socket");
    QTest::newRow("directory") << true << QStringLiteral("is a directory");
}

void tst_UnixSockets::otherFilesAreRefused()
{
    QFETCH(bool, directory);
    QFETCH(QString, reason);
    const QString path = socketPath(QStringLiteral("occupied"));
    if (directory) {
        QVERIFY(QDir().mkdir(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const ConnectionId listener = listenUnix(path, false);
    QVERIFY(m_log->has(listener, EventKind::ListenFailed));
    const QString detail = m_log->detail(listener, EventKind::ListenFailed);
    QVERIFY2(detail.contains(reason) && detail.contains(path), qPrintable(detail));
    if (directory) {
        QVERIFY(QFileInfo(path).isDir());
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("precious"));
    }
}

void tst_UnixSockets::missingDirectoryIsNamed()
{
    const QString directory = socketPath(QStringLiteral("no-such-dir"));
    const ConnectionId listener = listenUnix(directory + QStringLiteral("/x.sock"), false);
    QVERIFY(m_log->has(listener, EventKind::ListenFailed));
    const QString detail = m_log->detail(listener, EventKind::ListenFailed);
    QVERIFY2(detail.contains(QLatin1String("No such file or directory"))
            && detail.contains(QStringLiteral("the directory %1 does not exist").arg(directory)),
        qPrintable(detail));
}

void tst_UnixSockets::connectFailuresSayWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no file") << QStringLiteral("missing.sock") << false
                             << QStringLiteral("no socket file at this path");
    QTest::newRow("stale file") << QStringLiteral("stale.sock") << true
                                << QStringLiteral("no program listens on it");
    QTest::newRow("abstract name nobody has") << abstractName(
        "nobody") << false << QStringLiteral("nothing listens on this abstract name");
}

void tst_UnixSockets::connectFailuresSayWhy()
{
    QFETCH(QString, name);
    QFETCH(bool, stale);
    QFETCH(QString, reason);
    const QString path = name.startsWith(QLatin1Char('@')) ? name : socketPath(name);
    if (stale) {
        QProcess python;
        UnixPeers::startListener(python, path, true, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
    }
    const ConnectionId client
        = m_workbench->connectTo(Workbench::ConnectOptions::to(parseUnixAddress(path)));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    const QString error = m_log->detail(client, EventKind::Error);
    QVERIFY2(error.contains(reason) && error.contains(QStringLiteral("connect(%1)").arg(path)),
        qPrintable(error));
    QCOMPARE(m_log->info(client).state, ConnectionState::Failed);
    QCOMPARE(m_log->info(client).lastError, error);
}

// A SocketLab client of a Python listener: the kernel names the Python process as the peer.
void tst_UnixSockets::clientReachesPythonListener()
{
    const QString path = socketPath(QStringLiteral("python.sock"));
    QProcess python;
    UnixPeers::startListener(python, path, false, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    const ConnectionId client
        = m_workbench->connectTo(Workbench::ConnectOptions::to(parseUnixAddress(path)));
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Connected), TimeoutMs);
    const ConnectionInfo info = m_log->info(client);
    QCOMPARE(info.peerPath, path);
    QCOMPARE(info.localPath, QString());
    QCOMPARE(info.peerCredentials.pid, qint64(python.processId()));
    const QByteArray payload = TestPayloads::allByteValues();
    m_workbench->send(client, payload);
    QTRY_COMPARE_WITH_TIMEOUT(m_log->stream(client, EventKind::Received), payload, TimeoutMs);
    m_workbench->close(client);
    QTRY_VERIFY_WITH_TIMEOUT(m_log->has(client, EventKind::Closed), TimeoutMs);
    python.closeWriteChannel();
    PeerProcess::waitForExit(python, TimeoutMs);
}

QTEST_GUILESS_MAIN(tst_UnixSockets)

#include "tst_unixsockets.moc"
