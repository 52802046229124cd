// SPDX-License-Identifier: GPL-3.0-or-later
// --send-file as a user runs it: a file larger than a gigabyte, sent by the socketlab binary to a
// python peer that reads slowly at first. The peer's SHA-256 equals the file's, SocketLab's
// resident memory stays flat while the file streams, and while the peer is slow SocketLab sends
// no more than the peer takes plus the kernel's buffers. --export stream:CONN:FILE and
// stream-out:CONN:FILE write one connection's bytes, live and from a reopened session.
#include "patternfile.h"
#include "peerprocess.h"
#include "residentmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int RunTimeoutMs = 240000; // a loaded machine writes the file and the journal slowly
// Over a gigabyte, not a multiple of any chunk size.
constexpr qint64 FileBytes = (qint64(1) << 30) + (qint64(3) << 20) + 12345;
// The peer's slow phase: 4 KiB reads with a pause, far slower than SocketLab can send.
constexpr qint64 SlowBytes = qint64(6) << 20;
// SocketLab's queue, the journal's high-water mark and the loopback buffers, with room to spare:
// what may be in flight beyond what the peer has read.
constexpr qint64 InFlightBound = qint64(64) << 20;
// Resident memory: Qt, the event log's chunks and one queue's worth of file; a file held in memory
// would be a gigabyte.
constexpr qint64 ResidentBound = qint64(192) << 20;

// Runs socketlab with arguments to its end; *output is its standard output.
void runSocketLab(
    const QStringList &arguments, int expectedExit, QByteArray *output, QByteArray *errors)
{
    QProcess socketlab;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    socketlab.setProcessEnvironment(environment);
    socketlab.start(QStringLiteral(SOCKETLAB_BINARY), arguments);
    QVERIFY2(socketlab.waitForStarted(StartTimeoutMs), qPrintable(socketlab.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(socketlab.state(), QProcess::NotRunning, RunTimeoutMs);
    *output = socketlab.readAllStandardOutput();
    *errors = socketlab.readAllStandardError();
    QCOMPARE(socketlab.exitStatus(), QProcess::NormalExit);
    QVERIFY2(socketlab.exitCode() == expectedExit,
        qPrintable(QStringLiteral("exit code %1, expected %2: %3")
                       .arg(socketlab.exitCode())
                       .arg(expectedExit)
                       .arg(QString::fromLocal8Bit(*errors))));
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll()
                                          : QByteArray("(cannot read ") + path.toUtf8() + ')';
}

} // namespace

class tst_HeadlessFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendFileStreamsAGigabyteInBoundedMemory()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        // Beside the test binary, on the build's filesystem (a tmpfs /tmp would hold it in memory).
        QTemporaryDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/files-XXXXXX"));
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        // The journal that records the file as sent (the file itself is sparse), and room to spare.
        PatternFile::requireFreeSpace(dir.path(), FileBytes + (qint64(512) << 20));
        if (QTest::currentTestFailed())
            return;
        // Sparse: writing a real gigabyte takes a loaded disk a minute, and proves nothing more.
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QElapsedTimer timer;
        timer.start();
        PatternFile::writeSparse(path, FileBytes);
        if (QTest::currentTestFailed())
            return;
        // The file's digest by a program we did not write: Python's hashlib (OpenSSL, quicker than
        // sha256sum on a loaded machine).
        QProcess digest;
        digest.start(python,
            { QStringLiteral("-c"),
                QStringLiteral("import hashlib, sys\n"
                               "digest = hashlib.sha256()\n"
                               "with open(sys.argv[1], 'rb') as f:\n"
                               "    for block in iter(lambda: f.read(1 << 20), b''):\n"
                               "        digest.update(block)\n"
                               "print(digest.hexdigest())"),
                path });
        QVERIFY(digest.waitForFinished(RunTimeoutMs));
        const QString expectedSha = QString::fromLatin1(digest.readAllStandardOutput().trimmed());
        QCOMPARE(expectedSha.size(), 64);
        qInfo("made the %lld-byte file and its digest in %lld ms", FileBytes, timer.elapsed());

        QProcess peer;
        peer.start(python, { PeerProcess::script("slow_reader.py"), QString::number(SlowBytes) });
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, StartTimeoutMs);
        if (QTest::currentTestFailed())
            return;

        QProcess socketlab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        socketlab.setProcessEnvironment(environment);
        // Sent bytes as the headless lines report them: TIME CONNECTION EVENT LENGTH PREVIEW.
        qint64 reportedSent = 0;
        QByteArray pending;
        QByteArrayList notes;
        const auto readLines = [&] {
            pending += socketlab.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(end).simplified().split(' ');
                if (fields.value(2) == "sent")
                    reportedSent += fields.value(3).toLongLong();
                else if (fields.value(2) == "note" || fields.value(2) == "error")
                    notes << pending.left(end);
                pending.remove(0, end + 1);
            }
        };
        connect(&socketlab, &QProcess::readyReadStandardOutput, this, readLines);
        timer.restart();
        socketlab.start(QStringLiteral(SOCKETLAB_BINARY),
            { QStringLiteral("--headless"), QStringLiteral("--connect"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send-file"), path,
                QStringLiteral("--record"), dir.filePath(QStringLiteral("sender.socketlab")) });
        QVERIFY2(socketlab.waitForStarted(StartTimeoutMs), qPrintable(socketlab.errorString()));

        // Resident memory, sampled while the file streams.
        qint64 mostResident = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
            [&] { mostResident = qMax(mostResident, residentBytes(socketlab.processId())); });
        sampler.start(25);

        // While the peer reads slowly, SocketLab must wait for it.
        QByteArray peerOutput;
        qint64 sentWhenPeerWasSlow = -1;
        qint64 slowReceived = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                peerOutput += peer.readAllStandardOutput();
                const qsizetype slow = peerOutput.indexOf("SLOW_DONE ");
                if (slow >= 0 && sentWhenPeerWasSlow < 0) {
                    readLines();
                    sentWhenPeerWasSlow = reportedSent;
                    slowReceived
                        = peerOutput.mid(slow + 10, peerOutput.indexOf('\n', slow) - slow - 10)
                              .toLongLong();
                }
                return peerOutput.contains("DONE bytes=") || peer.state() == QProcess::NotRunning;
            }(),
            RunTimeoutMs);
        QVERIFY2(peerOutput.contains("DONE bytes="),
            qPrintable(QString::fromLocal8Bit(peerOutput + peer.readAllStandardError())));
        QTRY_COMPARE_WITH_TIMEOUT(socketlab.state(), QProcess::NotRunning, RunTimeoutMs);
        sampler.stop();
        const qint64 elapsedMs = timer.elapsed();
        readLines();
        PeerProcess::waitForExit(peer, StartTimeoutMs);

        // Exact bytes: the peer's digest is the file's.
        const QByteArray done = peerOutput.mid(peerOutput.indexOf("DONE bytes=")).trimmed();
        QVERIFY2(done.startsWith(QStringLiteral("DONE bytes=%1 sha256=%2 ")
                                     .arg(FileBytes)
                                     .arg(expectedSha)
                                     .toLatin1()),
            qPrintable(QStringLiteral("expected %1 bytes with SHA-256 %2, the peer says: %3")
                           .arg(FileBytes)
                           .arg(expectedSha, QString::fromLatin1(done))));
        QCOMPARE(socketlab.exitStatus(), QProcess::NormalExit);
        QVERIFY2(socketlab.exitCode() == 0, socketlab.readAllStandardError().constData());
        QCOMPARE(reportedSent, FileBytes);
        QVERIFY2(notes.size() >= 2
                && notes.first().contains(
                    "sending the file big.bin (" + QByteArray::number(FileBytes) + " bytes)")
                && notes.join('\n').contains(
                    "the file big.bin is sent: " + QByteArray::number(FileBytes) + " bytes"),
            notes.join('\n').constData());

        // Flow control: while the peer read slowly, SocketLab had not sent much more than it took.
        QVERIFY2(sentWhenPeerWasSlow >= 0 && sentWhenPeerWasSlow <= slowReceived + InFlightBound,
            qPrintable(QStringLiteral("SocketLab had sent %1 bytes when the slow peer had read %2")
                           .arg(sentWhenPeerWasSlow)
                           .arg(slowReceived)));
        // Constant memory: nowhere near the file's size.
        QVERIFY2(mostResident > 0 && mostResident <= ResidentBound,
            qPrintable(QStringLiteral("SocketLab's resident memory reached %1 MiB (bound %2 MiB)")
                           .arg(mostResident >> 20)
                           .arg(ResidentBound >> 20)));
        qInfo("sent %lld bytes in %lld ms (%.0f MB/s); most resident memory %lld MiB; sent %lld "
              "bytes "
              "while the slow peer had read %lld",
            FileBytes, elapsedMs, FileBytes / 1e3 / qMax<qint64>(elapsedMs, 1), mostResident >> 20,
            sentWhenPeerWasSlow, slowReceived);
    }

    // A file sent to upper_server.py, which answers each chunk upper-cased: what C1 sent is the
    // file, what it received the file upper-cased, byte for byte, whether exported as the run
    // ends or from the reopened session.
    void exportStreamWritesEachDirectionByteForByte()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("message.bin"));
        QString sha;
        PatternFile::write(path, (qint64(3) << 20) + 5, &sha);
        if (QTest::currentTestFailed())
            return;
        const QByteArray original = fileContents(path);
        QByteArray upper = original;
        for (char &c : upper) {
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
        }
        QVERIFY(upper != original);

        QProcess peer;
        peer.start(python, { PeerProcess::script("upper_server.py") });
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, StartTimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const QString session = dir.filePath(QStringLiteral("run.socketlab"));
        QByteArray output;
        QByteArray errors;
        runSocketLab(
            { QStringLiteral("--headless"), QStringLiteral("--connect"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--send-file"), path,
                QStringLiteral("--record"), session, QStringLiteral("--export"),
                QStringLiteral("stream-out:C1:") + dir.filePath(QStringLiteral("live-sent.bin")),
                QStringLiteral("--export"),
                QStringLiteral("stream:c1:") + dir.filePath(QStringLiteral("live-received.bin")) },
            0, &output, &errors);
        if (QTest::currentTestFailed())
            return;
        PeerProcess::waitForExit(peer, StartTimeoutMs);
        QCOMPARE(fileContents(dir.filePath(QStringLiteral("live-sent.bin"))), original);
        QCOMPARE(fileContents(dir.filePath(QStringLiteral("live-received.bin"))), upper);

        runSocketLab(
            { QStringLiteral("--open"), session, QStringLiteral("--export"),
                QStringLiteral("stream:C1:") + dir.filePath(QStringLiteral("received.bin")),
                QStringLiteral("--export"),
                QStringLiteral("stream-out:C1:") + dir.filePath(QStringLiteral("sent.bin")) },
            0, &output, &errors);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fileContents(dir.filePath(QStringLiteral("sent.bin"))), original);
        QCOMPARE(fileContents(dir.filePath(QStringLiteral("received.bin"))), upper);

        // A name the session does not have: the reason lists the names it has, and nothing is
        // written.
        runSocketLab(
            { QStringLiteral("--open"), session, QStringLiteral("--export"),
                QStringLiteral("stream:L9.9:") + dir.filePath(QStringLiteral("none.bin")) },
            1, &output, &errors);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(errors.contains(
                     "--export stream:L9.9:" + dir.filePath(QStringLiteral("none.bin")).toUtf8()
                     + ": no connection named L9.9: the session has C1"),
            errors.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.bin"))));
        // No connection, or no file: a usage error before anything runs.
        runSocketLab({ QStringLiteral("--open"), session, QStringLiteral("--export"),
                         QStringLiteral("stream:out.bin") },
            2, &output, &errors);
        QVERIFY2(errors.contains("expected stream:CONN:FILE"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessFiles)
#include "tst_headlessfiles.moc"
