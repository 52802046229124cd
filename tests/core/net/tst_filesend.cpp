// SPDX-License-Identifier: GPL-3.0-or-later
// Workbench::sendFile(): a file streamed to a python peer as it reads, cancelled mid-way (the log
// says how far it went, and the peer has exactly those bytes), and the files and sockets it
// refuses, with the reason in the log.
#include "filesend.h"
#include "patternfile.h"
#include "peerprocess.h"
#include "workbenchfixture.h"

#include <QProcess>
#include <QRegularExpression>

namespace {

constexpr int TimeoutMs = 60000;
constexpr qint64 FileBytes = qint64(96) << 20;

} // namespace

class tst_FileSend : public QObject, private WorkbenchFixture
{
    Q_OBJECT

public:
    tst_FileSend()
        : WorkbenchFixture(TimeoutMs)
    {
    }

private:
    // Starts slow_reader.py with args and connects a client to it; *id is the client, connected.
    void connectToReader(QProcess &peer, const QStringList &args, ConnectionId *id)
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        peer.start(python, QStringList { PeerProcess::script("slow_reader.py") } + args);
        quint16 port = 0;
        PeerProcess::readPort(peer, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        Workbench::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = port;
        *id = m_workbench->connectTo(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(*id).state == ConnectionState::Connected, TimeoutMs);
    }

private Q_SLOTS:
    void init() { createWorkbench(); }
    void cleanup() { destroyWorkbench(); }

    void cancelMidWayStopsSendingAndIsLogged()
    {
        const QString path = m_dir->filePath(QStringLiteral("data.bin"));
        QString wholeSha;
        PatternFile::write(path, FileBytes, &wholeSha);
        if (QTest::currentTestFailed())
            return;
        // Slow throughout (16 KiB reads, a millisecond apart): the file cannot be all sent before
        // the cancel.
        QProcess peer;
        ConnectionId id = 0;
        connectToReader(peer,
            { QString::number(qint64(1) << 40), QStringLiteral("16384"), QStringLiteral("1") },
            &id);
        if (QTest::currentTestFailed())
            return;

        m_workbench->sendFile(id, path);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->info(id).fileSendTotal == FileBytes, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_log->info(id).fileSendDone >= 4 * FileSend::ChunkBytes, TimeoutMs);
        m_workbench->cancelFileSend(id);
        static const QRegularExpression cancelled(
            QStringLiteral("sending the file data\\.bin cancelled after (\\d+) of %1 bytes")
                .arg(FileBytes));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((match = cancelled.match(QString::fromUtf8(
                                      m_log->payloads(id, EventKind::Note).join('\n'))))
                                     .hasMatch(),
            TimeoutMs);
        const qint64 sent = match.captured(1).toLongLong();
        QVERIFY2(sent > 0 && sent < FileBytes, qPrintable(match.captured(0)));
        QCOMPARE(m_log->info(id).fileSendTotal, qint64(-1));

        // Nothing more leaves: the peer, given FIN, has exactly what the log says was sent.
        m_workbench->shutdownWrite(id);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += peer.readAllStandardOutput(), output.contains("DONE bytes="))
                || peer.state() == QProcess::NotRunning,
            TimeoutMs);
        const QByteArray done = output.mid(output.indexOf("DONE bytes=")).trimmed();
        QVERIFY2(done.startsWith(QStringLiteral("DONE bytes=%1 sha256=%2 ")
                                     .arg(sent)
                                     .arg(PatternFile::sha256OfPrefix(path, sent))
                                     .toLatin1()),
            done.constData());
        QCOMPARE(m_log->totals(id).bytesOut, quint64(sent));
        PeerProcess::waitForExit(peer, TimeoutMs);
    }

    void aFileThatCannotBeReadIsRefusedInTheLog()
    {
        QProcess peer;
        ConnectionId id = 0;
        connectToReader(peer, { QStringLiteral("0") }, &id);
        if (QTest::currentTestFailed())
            return;
        const QString missing = m_dir->filePath(QStringLiteral("missing.bin"));
        m_workbench->sendFile(id, missing, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Error), TimeoutMs);
        QVERIFY2(m_log->detail(id, EventKind::Error)
                     .startsWith(QStringLiteral("cannot read %1: ").arg(missing)),
            qPrintable(m_log->detail(id, EventKind::Error)));
        QCOMPARE(m_log->info(id).state, ConnectionState::Connected); // no FIN for a file never sent
        m_workbench->close(id);
        PeerProcess::waitForExit(peer, TimeoutMs);
        QVERIFY(peer.readAllStandardOutput().contains("DONE bytes=0 "));
    }

    // The file's last byte goes before the FIN, however slowly the peer reads.
    void shutdownAfterTheFileSendsFinAfterItsLastByte()
    {
        const QString path = m_dir->filePath(QStringLiteral("small.bin"));
        QString sha;
        PatternFile::write(path, (qint64(5) << 20) + 7, &sha);
        if (QTest::currentTestFailed())
            return;
        QProcess peer;
        ConnectionId id = 0;
        connectToReader(peer, { QString::number(qint64(2) << 20) }, &id);
        if (QTest::currentTestFailed())
            return;
        m_workbench->sendFile(id, path, true);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += peer.readAllStandardOutput(), output.contains("DONE bytes="))
                || peer.state() == QProcess::NotRunning,
            TimeoutMs);
        QVERIFY2(
            output.contains(
                QStringLiteral("DONE bytes=%1 sha256=%2 ").arg((5 << 20) + 7).arg(sha).toLatin1()),
            output.constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_log->has(id, EventKind::Closed), TimeoutMs);
        const QList<QByteArray> notes = m_log->payloads(id, EventKind::Note);
        QVERIFY2(notes.join('\n').contains("the file small.bin is sent: 5242887 bytes"),
            notes.join('\n').constData());
        PeerProcess::waitForExit(peer, TimeoutMs);
    }
};

QTEST_GUILESS_MAIN(tst_FileSend)
#include "tst_filesend.moc"
