// SPDX-License-Identifier: GPL-3.0-or-later
// A disk that fills up while SocketLab records an echo flood. The real socketlab runs headless,
// recording onto a 2 MiB tmpfs that this test mounts in a private mount namespace (unshare), with
// most of it taken by a filler file; python peers (tests/peers/echo_flood.py, another process)
// flood it on two connections and count what comes back. The promise (docs/reliability.md):
// when the journal cannot be written, SocketLab stops reading and sends nothing more, so
// nothing a peer received is missing from the file; it says so on stderr; it resumes by itself
// when space returns; and a run that ends with the recording still failing exits non-zero.
//
// The tmpfs exists only inside the namespace: a shell there starts socketlab and, on commands
// from this test on its stdin, copies the journal out, frees the filler, or stops socketlab.
#include "connectioninfo.h"
#include "filecontents.h"
#include "peerprocess.h"
#include "recorderprocess.h"
#include "session.h"
#include "sessionloader.h"
#include "sessionreader.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 30000;
constexpr int Connections = 2;

// $1 the mount point, $2 socketlab, $3 a directory outside the namespace for what is copied out.
const char *const NamespaceScript = R"(
mount -t tmpfs -o size=2m tmpfs "$1" || exit 90
head -c 1300k /dev/zero > "$1/filler" || exit 91
"$2" --headless --listen 127.0.0.1:0 --echo --record "$1/flood.socketlab" > "$3/stdout.txt" 2> "$3/stderr.txt" &
pid=$!
while read command; do
    case "$command" in
    snapshot) cp "$1/flood.socketlab" "$3/snapshot.socketlab"; echo copied ;;
    free) rm "$1/filler"; echo freed ;;
    stop) kill -TERM $pid; wait $pid; echo "exit=$?"; cp "$1/flood.socketlab" "$3/final.socketlab"; exit 0 ;;
    esac
done
)";

struct Received
{
    quint16 port = 0;
    qsizetype bytes = 0;
    QByteArray sha256;
};

QList<Received> parseReport(const QList<QByteArray> &lines)
{
    QList<Received> result;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 5 && fields.at(0) == "RECEIVED" && fields.at(4) == "OK")
            result.append({fields.at(1).toUShort(), fields.at(2).toLongLong(), fields.at(3)});
    }
    return result;
}


} // namespace

class tst_FullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoStopsAndResumesOnAFullDisk();

private:
    // What the peers have received so far, asked on their stdin.
    QList<Received> report(QProcess &peers);
    // Every byte each peer received is in the journal at path as sent, the same bytes.
    void verifyJournalHolds(const QString &path, const QList<Received> &received);
    void command(QProcess &shell, const QByteArray &what, QByteArray *answer);
};

QList<Received> tst_FullDisk::report(QProcess &peers)
{
    peers.write("report\n");
    QList<QByteArray> lines;
    for (;;) {
        QByteArray line;
        PeerProcess::readLine(peers, &line, TimeoutMs);
        if (QTest::currentTestFailed() || line == "END")
            break;
        lines << line;
    }
    return parseReport(lines);
}

void tst_FullDisk::command(QProcess &shell, const QByteArray &what, QByteArray *answer)
{
    shell.write(what + '\n');
    PeerProcess::readLine(shell, answer, TimeoutMs);
}

void tst_FullDisk::verifyJournalHolds(const QString &path, const QList<Received> &received)
{
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(session, path, &outcome, &error), qPrintable(error));
    const SessionReader recorded(session);
    QCOMPARE(received.size(), Connections);
    for (const Received &peer : received) {
        ConnectionInfo accepted;
        for (const ConnectionInfo &connection : session.connections().snapshot()) {
            if (connection.role == ConnectionRole::Accepted && connection.peerPort == peer.port)
                accepted = connection;
        }
        QVERIFY2(accepted.id != 0, qPrintable(QStringLiteral("no connection from port %1").arg(peer.port)));
        const QByteArray sent = recorded.stream(accepted.id, EventKind::Sent);
        qInfo("%s: %s: the peer received %lld bytes, the journal has %lld as sent (%lld file bytes)",
              qPrintable(QFileInfo(path).fileName()), qPrintable(accepted.name), qlonglong(peer.bytes),
              qlonglong(sent.size()), qlonglong(QFileInfo(path).size()));
        QVERIFY2(sent.size() >= peer.bytes,
                 qPrintable(QStringLiteral("%1 bytes echoed to %2 are not in the file")
                                .arg(peer.bytes - sent.size()).arg(accepted.name)));
        QCOMPARE(QCryptographicHash::hash(sent.left(peer.bytes), QCryptographicHash::Sha256).toHex(), peer.sha256);
    }
}

void tst_FullDisk::echoStopsAndResumesOnAFullDisk()
{
    QString unshare;
    PeerProcess::findProgram(QStringLiteral("unshare"), QStringLiteral("util-linux"), &unshare);
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mountPoint = dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountPoint));
    // Root mounts in a private mount namespace; anyone else in a user namespace of their own. A
    // process namespace of its own too: when the test ends, early or not, socketlab ends with it.
    const QStringList namespaces
        = (::geteuid() == 0 ? QStringList{} : QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user")})
        + QStringList{QStringLiteral("--mount"), QStringLiteral("--pid"), QStringLiteral("--fork"),
                      QStringLiteral("--kill-child")};
    QProcess shell;
    shell.start(unshare, namespaces + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QString::fromLatin1(NamespaceScript), QStringLiteral("sh"),
                                                  mountPoint, QStringLiteral(SOCKETLAB_BINARY), dir.path()});
    QVERIFY2(shell.waitForStarted(TimeoutMs), qPrintable(shell.errorString()));
    const QString stdoutPath = dir.filePath(QStringLiteral("stdout.txt"));
    const QString stderrPath = dir.filePath(QStringLiteral("stderr.txt"));
    QTRY_VERIFY2_WITH_TIMEOUT(RecorderProcess::listeningPort(fileContents(stdoutPath)) > 0,
                              (fileContents(stderrPath) + shell.readAllStandardError()).constData(), TimeoutMs);
    const int port = RecorderProcess::listeningPort(fileContents(stdoutPath));

    QProcess peers;
    peers.start(python, {PeerProcess::script("echo_flood.py"), QStringLiteral("127.0.0.1"), QString::number(port),
                         QString::number(Connections), QStringLiteral("1")});
    QByteArray line;
    PeerProcess::readLine(peers, &line, TimeoutMs);
    QCOMPARE(line, QByteArray("READY"));

    // The disk fills: socketlab says so, and holds everything.
    const QByteArray stopped = "The recording cannot be written: Writing ";
    QTRY_VERIFY2_WITH_TIMEOUT(fileContents(stderrPath).contains(stopped), fileContents(stderrPath).constData(), TimeoutMs);
    QVERIFY2(fileContents(stderrPath).contains("No space left on device"), fileContents(stderrPath).constData());
    // What the peers have now, then the file: whatever reached them was in the file before.
    const QList<Received> whenFull = report(peers);
    QByteArray answer;
    command(shell, "snapshot", &answer);
    QCOMPARE(answer, QByteArray("copied"));
    verifyJournalHolds(dir.filePath(QStringLiteral("snapshot.socketlab")), whenFull);
    if (QTest::currentTestFailed())
        return;

    // Space returns: it resumes by itself, the echo flows again (and soon fills the disk again).
    command(shell, "free", &answer);
    QCOMPARE(answer, QByteArray("freed"));
    QTRY_VERIFY2_WITH_TIMEOUT(fileContents(stderrPath).contains("the recording is written again"),
                              fileContents(stderrPath).constData(), TimeoutMs);
    qsizetype before = 0;
    for (const Received &peer : whenFull)
        before += peer.bytes;
    const auto total = [this, &peers] {
        qsizetype sum = 0;
        for (const Received &peer : report(peers))
            sum += peer.bytes;
        return sum;
    };
    QTRY_VERIFY_WITH_TIMEOUT(total() > before, TimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(fileContents(stderrPath).count(stopped) >= 2, fileContents(stderrPath).constData(), TimeoutMs);

    // Stopped while the disk is still full: exit status 1, and stderr says what was not written.
    command(shell, "stop", &answer);
    QCOMPARE(answer, QByteArray("exit=1"));
    QVERIFY2(fileContents(stderrPath).contains("could not be written"), fileContents(stderrPath).constData());
    PeerProcess::waitForExit(peers, TimeoutMs);
    verifyJournalHolds(dir.filePath(QStringLiteral("final.socketlab")),
                       parseReport(peers.readAllStandardOutput().split('\n')));
    QTRY_COMPARE_WITH_TIMEOUT(shell.state(), QProcess::NotRunning, TimeoutMs);
    QCOMPARE(shell.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_FullDisk)

#include "tst_fulldisk.moc"
