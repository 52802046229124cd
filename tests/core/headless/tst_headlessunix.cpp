// SPDX-License-Identifier: GPL-3.0-or-later
// `socketlab --headless` with Unix sockets, as a user runs it: --listen unix:PATH --echo and
// --connect unix:PATH behave exactly like their TCP forms; and, as an unprivileged user
// (setpriv to nobody: CI runs as root, where permissions do not bite), a socket file's
// permissions refuse connect(), an unwritable directory refuses bind(), and the kernel names the
// unprivileged peer by its real pid and uid.
#include "connectioninfo.h"
#include "session.h"
#include "sessionloader.h"
#include "unixlistener.h"

#include "peerprocess.h"
#include "testpayloads.h"
#include "unixpeers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

namespace {

constexpr int TimeoutMs = 20000;
constexpr qint64 NobodyUid = 65534;

// A socketlab --headless process, its output gathered as it comes.
struct Headless
{
    QProcess process;
    QByteArray out;

    void start(const QStringList &arguments, const QStringList &asUser = {})
    {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
            [this] { out += process.readAllStandardOutput(); });
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList command = asUser
            + QStringList { QStringLiteral(SOCKETLAB_BINARY), QStringLiteral("--headless") }
            + arguments;
        process.start(command.constFirst(), command.mid(1));
    }
    bool printed(const QString &text) const { return QString::fromUtf8(out).contains(text); }
    // The event names of one connection's lines ("0.000123  L1.1  received  ...").
    QStringList events(const QString &connection) const
    {
        QStringList names;
        for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            if (fields.size() >= 3 && fields.at(1) == connection)
                names << fields.at(2);
        }
        return names;
    }
};

// setpriv to nobody, as CI runs as root.
QStringList asNobody()
{
    return { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
        QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"), QStringLiteral("--") };
}

// A directory nobody can write to (root's, 0755), or anybody can (0777).
bool makeDirectory(const QString &path, mode_t mode)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class tst_HeadlessUnix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listenEchoLikeTcp_data();
    void listenEchoLikeTcp();
    void connectLikeTcp();
    void connectPermissionDenied();
    void listenInUnwritableDirectory();
    void peerCredentialsOfAnotherUser();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_open; // a directory anybody may write into
};

void tst_HeadlessUnix::init()
{
    QString program;
    for (const char *tool : { "socat", "setpriv" }) {
        PeerProcess::findProgram(QLatin1String(tool),
            QLatin1String(tool == QByteArray("setpriv") ? "util-linux" : tool), &program);
        if (QTest::currentTestFailed())
            return;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The temporary directory is root's and 0700: open it for the unprivileged runs.
    QVERIFY(::chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
    m_open = m_dir->filePath(QStringLiteral("open"));
    QVERIFY(makeDirectory(m_open, 0777));
}

void tst_HeadlessUnix::listenEchoLikeTcp_data()
{
    QTest::addColumn<bool>("unixKind");
    QTest::newRow("tcp") << false;
    QTest::newRow("unix") << true;
}

// The same run over TCP and over a Unix socket: socat gets its bytes back, and the accepted
// connection goes through the same events.
void tst_HeadlessUnix::listenEchoLikeTcp()
{
    QFETCH(bool, unixKind);
    const QString path = m_dir->filePath(QStringLiteral("echo.sock"));
    Headless run;
    run.start({ QStringLiteral("--listen"),
        unixKind ? QStringLiteral("unix:") + path : QStringLiteral("0"), QStringLiteral("--echo"),
        QStringLiteral("--duration"), QStringLiteral("30"), QStringLiteral("--record"),
        m_dir->filePath(QStringLiteral("echo.socketlab")) });
    QTRY_VERIFY_WITH_TIMEOUT(run.printed(QStringLiteral(" listening ")), TimeoutMs);
    QString address = QStringLiteral("UNIX-CONNECT:") + path;
    if (!unixKind) {
        const auto match = QRegularExpression(QStringLiteral("bind\\(127\\.0\\.0\\.1:(\\d+)\\)"))
                               .match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        address = QStringLiteral("TCP:127.0.0.1:") + match.captured(1);
    } else {
        QVERIFY2(run.printed(QStringLiteral("socket(AF_UNIX), bind(%1), listen(backlog %2)").arg(path).arg(UnixListener::DefaultBacklog)),
            run.out.constData());
    }
    const QByteArray payload = TestPayloads::pattern(64 * 1024);
    QProcess socat;
    QByteArray echoed;
    connect(&socat, &QProcess::readyReadStandardOutput, this,
        [&] { echoed += socat.readAllStandardOutput(); });
    socat.start(QStringLiteral("socat"),
        { QStringLiteral("-t"), QStringLiteral("5"), QStringLiteral("-"), address });
    QVERIFY(socat.waitForStarted(TimeoutMs));
    const qint64 socatPid = socat.processId(); // 0 once it has exited
    socat.write(payload);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), TimeoutMs);
    QVERIFY2(echoed == payload, "socat read back other bytes than it sent");
    socat.closeWriteChannel();
    PeerProcess::waitForExit(socat, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        run.events(QStringLiteral("L1.1")).contains(QStringLiteral("closed")), TimeoutMs);
    ::kill(pid_t(run.process.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, TimeoutMs);
    QCOMPARE(run.process.exitCode(), 0);

    // What TCP says, Unix says: one accept, the data, the end of the stream, closed.
    QStringList events = run.events(QStringLiteral("L1.1"));
    events.removeDuplicates();
    QCOMPARE(events,
        QStringList({ QStringLiteral("accepted"), QStringLiteral("received"),
            QStringLiteral("sent"), QStringLiteral("closed") }));
    if (unixKind) {
        QVERIFY2(run.printed(QStringLiteral(
                     "accept() returned a new socket for unnamed (pid %1 socat, uid 0)")
                                 .arg(socatPid)),
            run.out.constData());
        QVERIFY2(run.printed(QStringLiteral("unlink(%1): the socket file is removed").arg(path)),
            run.out.constData());
        QVERIFY(!QFile::exists(path));
    }
}

void tst_HeadlessUnix::connectLikeTcp()
{
    const QString path = m_dir->filePath(QStringLiteral("listener.sock"));
    QProcess python;
    UnixPeers::startListener(python, path, false, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    Headless run;
    run.start({ QStringLiteral("--connect"), QStringLiteral("unix:") + path,
        QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--record"),
        m_dir->filePath(QStringLiteral("connect.socketlab")) });
    QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, TimeoutMs);
    QCOMPARE(run.process.exitCode(), 0);
    QCOMPARE(run.events(QStringLiteral("C1")).mid(0, 2),
        QStringList({ QStringLiteral("connecting"), QStringLiteral("connected") }));
    QVERIFY2(
        run.printed(QStringLiteral("socket(), connect(unix:%1)").arg(path)), run.out.constData());
    python.closeWriteChannel();
    PeerProcess::waitForExit(python, TimeoutMs);
}

// root's socket file, srwxr-xr-x by the umask: nobody may not write, so connect() is refused,
// for socat as for socketlab, and socketlab prints the system's reason.
void tst_HeadlessUnix::connectPermissionDenied()
{
    const QString path = m_dir->filePath(QStringLiteral("guarded.sock"));
    QProcess python;
    UnixPeers::startListener(python, path, false, TimeoutMs);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);

    QProcess socat;
    socat.setProcessChannelMode(QProcess::MergedChannels);
    socat.start(asNobody().constFirst(),
        asNobody().mid(1)
            + QStringList { QStringLiteral("socat"), QStringLiteral("-"),
                QStringLiteral("UNIX-CONNECT:") + path });
    socat.closeWriteChannel();
    QVERIFY(socat.waitForFinished(TimeoutMs));
    QVERIFY2(socat.readAll().contains("Permission denied"), "socat, as nobody, was not refused");

    Headless run;
    run.start({ QStringLiteral("--connect"), QStringLiteral("unix:") + path,
                  QStringLiteral("--duration"), QStringLiteral("5"), QStringLiteral("--record"),
                  m_open + QStringLiteral("/denied.socketlab") },
        asNobody());
    QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, TimeoutMs);
    QVERIFY2(
        run.printed(QStringLiteral("connect(%1): Permission denied (the socket file's permissions")
                        .arg(path)),
        run.out.constData());
    QCOMPARE(run.process.exitCode(), 1); // a connection that never connected
    python.closeWriteChannel();
    PeerProcess::waitForExit(python, TimeoutMs);
}

void tst_HeadlessUnix::listenInUnwritableDirectory()
{
    const QString guarded = m_dir->filePath(QStringLiteral("roots"));
    QVERIFY(makeDirectory(guarded, 0755));
    Headless run;
    run.start({ QStringLiteral("--listen"), QStringLiteral("unix:%1/x.sock").arg(guarded),
                  QStringLiteral("--duration"), QStringLiteral("5"), QStringLiteral("--record"),
                  m_open + QStringLiteral("/unwritable.socketlab") },
        asNobody());
    QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, TimeoutMs);
    QVERIFY2(run.printed(QStringLiteral(
                 "bind %1/x.sock failed: Permission denied (this user may not create files in %1)")
                             .arg(guarded)),
        run.out.constData());
    QCOMPARE(run.process.exitCode(), 1);
    QVERIFY(!QFile::exists(guarded + QStringLiteral("/x.sock")));
}

// root listens; nobody's socat connects (the file opened to everybody): the kernel's credentials
// are socat's pid and nobody's uid, and they survive in the session file.
void tst_HeadlessUnix::peerCredentialsOfAnotherUser()
{
    const QString path = m_dir->filePath(QStringLiteral("open.sock"));
    const QString journal = m_dir->filePath(QStringLiteral("credentials.socketlab"));
    Headless run;
    run.start({ QStringLiteral("--listen"), QStringLiteral("unix:") + path,
        QStringLiteral("--echo"), QStringLiteral("--duration"), QStringLiteral("30"),
        QStringLiteral("--record"), journal });
    QTRY_VERIFY_WITH_TIMEOUT(run.printed(QStringLiteral(" listening ")), TimeoutMs);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0777) == 0);

    QProcess socat;
    QByteArray echoed;
    connect(&socat, &QProcess::readyReadStandardOutput, this,
        [&] { echoed += socat.readAllStandardOutput(); });
    socat.start(asNobody().constFirst(),
        asNobody().mid(1)
            + QStringList { QStringLiteral("socat"), QStringLiteral("-t"), QStringLiteral("5"),
                QStringLiteral("-"), QStringLiteral("UNIX-CONNECT:") + path });
    QVERIFY(socat.waitForStarted(TimeoutMs));
    // setpriv execs socat: the same process id.
    const qint64 socatPid = socat.processId();
    socat.write("who am I?\n");
    QTRY_COMPARE_WITH_TIMEOUT(echoed, QByteArray("who am I?\n"), TimeoutMs);
    socat.closeWriteChannel();
    PeerProcess::waitForExit(socat, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        run.printed(QStringLiteral("pid %1 socat, uid %2").arg(socatPid).arg(NobodyUid)),
        TimeoutMs);
    ::kill(pid_t(run.process.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(run.process.state(), QProcess::NotRunning, TimeoutMs);

    Session reopened(std::make_unique<SessionClock>());
    QString error;
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(reopened, journal, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.complete);
    bool found = false;
    for (const ConnectionInfo &info : reopened.connections().snapshot()) {
        if (info.role != ConnectionRole::Accepted)
            continue;
        found = true;
        QCOMPARE(info.kind, EndpointKind::Unix);
        QCOMPARE(info.localPath, path);
        QCOMPARE(info.peerCredentials.pid, socatPid);
        QCOMPARE(info.peerCredentials.uid, NobodyUid);
        QCOMPARE(info.peerCredentials.gid, NobodyUid);
        QCOMPARE(info.peerCredentials.program, QStringLiteral("socat"));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_HeadlessUnix)

#include "tst_headlessunix.moc"
