// SPDX-License-Identifier: GPL-3.0-or-later
// A connection's bytes in the connection info pane, as a user reaches them: "SHA-256…" clicked
// shows the digests of what it received and sent, equal to what python peers computed at the
// other end; "Save what it received…" from the Sockets tree's context menu and "Save sent…" in
// the pane, answered in the file dialog, write files byte for byte equal to what the peers sent
// and got (checked with sha256sum); a save onto a full disk (a small tmpfs) says why in the
// pane and leaves no file; a reopened session digests the same.
#include "connectioninfopane.h"
#include "connectionstreams.h"
#include "connectiontreemodel.h"
#include "mainwindow.h"

#include "filedialoganswer.h"
#include "patternfile.h"
#include "peerprocess.h"
#include "smalldisk.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

namespace {

constexpr int TimeoutMs = 30000;
// The empty stream's SHA-256.
const QString EmptySha
    = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

// Before main(): the namespace must be made while no other thread exists.
const SmallDisk smallDisk = SmallDisk::make("256k");

QString sha256sum(const QString &path)
{
    QString program;
    PeerProcess::findProgram(QStringLiteral("sha256sum"), QStringLiteral("coreutils"), &program);
    QProcess process;
    process.start(program, { path });
    process.waitForFinished(TimeoutMs);
    return QString::fromLatin1(process.readAllStandardOutput().split(' ').value(0));
}

QByteArray lineStartingWith(QProcess &process, const QByteArray &start)
{
    QByteArray output;
    QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains(start) || process.state() == QProcess::NotRunning;
        },
        TimeoutMs);
    output = output.mid(output.indexOf(start));
    return output.left(output.indexOf('\n')).trimmed();
}

} // namespace

class tst_ConnectionStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(smallDisk.problem.isEmpty(), qPrintable(smallDisk.problem));
    }
    void cleanupTestCase() { smallDisk.remove(); }

    void savesAndDigestsWhatEachEndSaw()
    {
        QString python;
        PeerProcess::findProgram(QStringLiteral("python3"), QStringLiteral("python3"), &python);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("original.bin"));
        constexpr qint64 Size = (qint64(5) << 20) + 3;
        QString originalSha;
        PatternFile::write(original, Size, &originalSha);

        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        // Received: flood_sender.py sends to a listener.
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        QProcess flood;
        flood.start(python,
            { PeerProcess::script("flood_sender.py"), QStringLiteral("127.0.0.1"),
                QString::number(f.session.connections().find(listener)->localPort),
                QString::number(3 << 20) });
        const QList<QByteArray> sent = lineStartingWith(flood, "SENT ").split(' ');
        QCOMPARE(sent.value(1), QByteArray::number(3 << 20));
        const QString floodSha = QString::fromLatin1(sent.value(2));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Accepted, ConnectionState::Closed), TimeoutMs);
        const ConnectionInfo accepted = *f.find(ConnectionRole::Accepted, ConnectionState::Closed);
        QCOMPARE(accepted.bytesIn, quint64(3 << 20));
        // Sent: a file to slow_reader.py, which digests what it reads.
        QProcess reader;
        reader.start(python, { PeerProcess::script("slow_reader.py"), QStringLiteral("0") });
        quint16 port = 0;
        PeerProcess::readPort(reader, &port, TimeoutMs);
        if (QTest::currentTestFailed())
            return;
        const ConnectionId client = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port });
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        f.workbench->sendFile(client, original, true);
        const QByteArray done = lineStartingWith(reader, "DONE bytes=");
        QVERIFY2(
            done.startsWith(
                QStringLiteral("DONE bytes=%1 sha256=%2").arg(Size).arg(originalSha).toLatin1()),
            done.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            f.session.connections().find(client)->bytesOut == quint64(Size), TimeoutMs);

        // SHA-256… on the accepted connection: what flood_sender.py sent, and nothing sent back.
        ConnectionStreams *streams = f.window->connectionInfoPane()->streams();
        f.clickConnection(accepted.id);
        QCOMPARE(f.window->connectionInfoPane()->connection(), accepted.id);
        QTest::mouseClick(streams->digestButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(streams->digestLabel()->text(),
            QStringLiteral("SHA-256 received: %1  (%2 bytes)\nSHA-256 sent: %3  (0 bytes)")
                .arg(floodSha)
                .arg(3 << 20)
                .arg(EmptySha),
            TimeoutMs);

        // Its context menu saves what it received.
        {
            QTreeView *tree = f.window->connectionView();
            const QRect row = tree->visualRect(f.window->connectionModel()->indexOf(accepted.id));
            Q_EMIT tree->customContextMenuRequested(row.center());
            auto *menu = f.window->findChild<QMenu *>();
            QVERIFY(menu);
            QAction *save = menu->findChild<QAction *>(QStringLiteral("saveReceived"));
            QVERIFY(save && save->isEnabled());
            const QString path = dir.filePath(QStringLiteral("received.bin"));
            FileDialogAnswer answer(path);
            save->trigger();
            QVERIFY(answer.answered);
            delete menu;
            QTRY_COMPARE_WITH_TIMEOUT(streams->messageLabel()->text(),
                QStringLiteral("Saved the %1 bytes %2 received to %3")
                    .arg(3 << 20)
                    .arg(accepted.name, path),
                TimeoutMs);
            QCOMPARE(sha256sum(path), floodSha);
        }

        // The client: SHA-256… shows what slow_reader.py read; Save sent… writes the file again.
        f.clickConnection(client);
        QTest::mouseClick(streams->digestButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            streams->digestLabel()->text().endsWith(
                QStringLiteral("SHA-256 sent: %1  (%2 bytes)").arg(originalSha).arg(Size)),
            qPrintable(streams->digestLabel()->text()), TimeoutMs);
        {
            const QString path = dir.filePath(QStringLiteral("sent.bin"));
            FileDialogAnswer answer(path);
            QTest::mouseClick(streams->saveSentButton(), Qt::LeftButton);
            QVERIFY(answer.answered);
            QTRY_VERIFY2_WITH_TIMEOUT(
                streams->messageLabel()->text().startsWith(QStringLiteral("Saved the ")),
                qPrintable(streams->messageLabel()->text()), TimeoutMs);
            QCOMPARE(sha256sum(path), originalSha);
        }
        // Onto a full disk: the reason, where the user looks, and no half file.
        {
            const QString path = smallDisk.path + QStringLiteral("/sent.bin");
            FileDialogAnswer answer(path);
            QTest::mouseClick(streams->saveSentButton(), Qt::LeftButton);
            QVERIFY(answer.answered);
            QTRY_VERIFY2_WITH_TIMEOUT(
                streams->messageLabel()->text().contains(QStringLiteral("No space left on device")),
                qPrintable(streams->messageLabel()->text()), TimeoutMs);
            QVERIFY2(streams->messageLabel()->text().contains(path),
                qPrintable(streams->messageLabel()->text()));
            QVERIFY(!QFile::exists(path));
        }

        // The session reopened from its file digests the same.
        QVERIFY(f.session.flush());
        QString error;
        std::unique_ptr<MainWindow> reopened(
            MainWindow::openSessionFile(f.session.journalPath(), &error));
        QVERIFY2(reopened, qPrintable(error));
        reopened->setAttribute(Qt::WA_DeleteOnClose, false);
        reopened->show();
        QTRY_VERIFY_WITH_TIMEOUT(
            reopened->connectionModel()->indexOf(accepted.id).isValid(), TimeoutMs);
        reopened->connectionView()->setCurrentIndex(
            reopened->connectionModel()->indexOf(accepted.id));
        ConnectionStreams *again = reopened->connectionInfoPane()->streams();
        QTest::mouseClick(again->digestButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            again->digestLabel()->text().startsWith(
                QStringLiteral("SHA-256 received: %1  (%2 bytes)").arg(floodSha).arg(3 << 20)),
            qPrintable(again->digestLabel()->text()), TimeoutMs);
        PeerProcess::waitForExit(reader, TimeoutMs);
        PeerProcess::waitForExit(flood, TimeoutMs);
    }
};

QTEST_MAIN(tst_ConnectionStreams)
#include "tst_connectionstreams.moc"
