// SPDX-License-Identifier: GPL-3.0-or-later
// The send panel's File mode as a user drives it: File chosen with the keyboard, a path typed,
// Enter; the progress bar moves while a python peer reads slowly, and Cancel file stops the file
// (the log says how far it went, and the peer has exactly that much). "Send file…" with the file
// dialog answered sends a whole file, which the peer receives byte for byte (SHA-256).
#include "filesendbar.h"
#include "patternfile.h"
#include "peerprocess.h"
#include "sendpanel.h"

#include "filedialoganswer.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

constexpr int TimeoutMs = 30000;

// Starts slow_reader.py with args; *port is where it listens.
void startPeer(QProcess &peer, const QStringList &args, quint16 *port)
{
    QString python;
    PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
    if (QTest::currentTestFailed())
        return;
    peer.start(python, QStringList { PeerProcess::script("slow_reader.py") } + args);
    PeerProcess::readPort(peer, port, TimeoutMs);
}

// The peer's last line, "DONE bytes=N sha256=HEX reads=R", once it has read to the end.
QByteArray peerResult(QProcess &peer)
{
    QByteArray output;
    QTest::qWaitFor(
        [&] {
            output += peer.readAllStandardOutput();
            return output.contains("DONE bytes=") || peer.state() == QProcess::NotRunning;
        },
        TimeoutMs);
    return output.mid(output.indexOf("DONE bytes=")).trimmed();
}

} // namespace

class tst_SendFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fileModeShowsProgressAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lecture.bin"));
        constexpr qint64 Size = qint64(48) << 20;
        QString sha;
        PatternFile::write(path, Size, &sha);
        QProcess peer;
        quint16 port = 0;
        // Slow throughout: 16 KiB reads a millisecond apart.
        startPeer(peer,
            { QString::number(qint64(1) << 40), QStringLiteral("16384"), QStringLiteral("1") },
            &port);
        if (QTest::currentTestFailed())
            return;
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        f.clickConnection(client);
        SendPanel *send = f.window->sendPanel();
        FileSendBar *bar = send->fileSendBar();
        QVERIFY(!bar->isVisible());

        // File mode, chosen with the keyboard, and the path typed.
        send->modeBox()->setFocus();
        QTest::keyClick(send->modeBox(), Qt::Key_Down);
        QTest::keyClick(send->modeBox(), Qt::Key_Down);
        QCOMPARE(send->modeBox()->currentText(), QStringLiteral("File"));
        QVERIFY2(!send->repeatBox()->isEnabled(), "a file is sent once: no repeats");
        send->inputField()->setFocus();
        QTest::keyClicks(send->inputField(), dir.filePath(QStringLiteral("nonesuch.bin")));
        QTest::keyClick(send->inputField(), Qt::Key_Return);
        QCOMPARE(send->messageLabel()->text(),
            QStringLiteral("No such file: %1").arg(dir.filePath(QStringLiteral("nonesuch.bin"))));
        QTest::keyClick(send->inputField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(send->inputField(), path);
        QTest::keyClick(send->inputField(), Qt::Key_Return);
        QVERIFY2(send->messageLabel()->text().isEmpty(), qPrintable(send->messageLabel()->text()));

        // The bar shows how far the file is, and it moves as the peer reads.
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(bar->progressBar()->value() > 0, TimeoutMs);
        QVERIFY2(bar->progressBar()->text().endsWith(QStringLiteral(" of 48.00 MiB")),
            qPrintable(bar->progressBar()->text()));
        QVERIFY2(!send->sendButton()->isEnabled() && !send->sendFileButton()->isEnabled(),
            "one file at a time on a connection");
        QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), TimeoutMs);
        QVERIFY(send->sendButton()->isEnabled());

        static const QRegularExpression cancelled(
            QStringLiteral("sending the file lecture\\.bin cancelled after (\\d+) of %1 bytes")
                .arg(Size));
        QString notes;
        for (qint64 i = 0; i < f.session.log().count(); ++i) {
            const TrafficEvent &event = f.session.log().event(i);
            if (event.connection == client && event.kind == EventKind::Note)
                notes += f.session.log().detailText(event) + QLatin1Char('\n');
        }
        const QRegularExpressionMatch match = cancelled.match(notes);
        QVERIFY2(match.hasMatch(), qPrintable(notes));
        const qint64 sent = match.captured(1).toLongLong();
        QVERIFY(sent > 0 && sent < Size);

        // Close (FIN): the peer has exactly the bytes sent before the cancel.
        QTest::mouseClick(send->closeButton(), Qt::LeftButton);
        const QByteArray done = peerResult(peer);
        QVERIFY2(done.startsWith(QStringLiteral("DONE bytes=%1 sha256=%2")
                                     .arg(sent)
                                     .arg(PatternFile::sha256OfPrefix(path, sent))
                                     .toLatin1()),
            done.constData());
    }

    void sendFileButtonSendsTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.bin"));
        constexpr qint64 Size = (qint64(9) << 20) + 99;
        QString sha;
        PatternFile::write(path, Size, &sha);
        QProcess peer;
        quint16 port = 0;
        startPeer(peer, { QString::number(qint64(1) << 20) }, &port);
        if (QTest::currentTestFailed())
            return;
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        f.clickConnection(client);
        SendPanel *send = f.window->sendPanel();

        FileDialogAnswer answer(path);
        QTest::mouseClick(send->sendFileButton(), Qt::LeftButton);
        QVERIFY(answer.answered);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.session.connections().find(client)->bytesOut, quint64(Size), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!send->fileSendBar()->isVisible(), TimeoutMs);
        QTest::mouseClick(send->closeButton(), Qt::LeftButton);
        const QByteArray done = peerResult(peer);
        QVERIFY2(done.startsWith(
                     QStringLiteral("DONE bytes=%1 sha256=%2").arg(Size).arg(sha).toLatin1()),
            done.constData());
    }
};

QTEST_MAIN(tst_SendFile)
#include "tst_sendfile.moc"
