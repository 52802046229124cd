// SPDX-License-Identifier: GPL-3.0-or-later
// The window, recording onto a disk that fills up: a 512 KiB tmpfs mounted by this test in a
// private mount namespace (made before main(), while the process has one thread, as unshare(2)
// requires). A client floods an echo listener until the journal cannot be written; the banner
// across the window then says so and why, and its "Record elsewhere…" button, clicked, asks
// for a file name (typed into the file dialog) and continues the session there: the banner
// goes away, the held echo goes out, and the new file holds the whole session.
#include "mainwindow.h"
#include "recordingbanner.h"
#include "session.h"
#include "sessionloader.h"
#include "sessionreader.h"
#include "smalldisk.h"
#include "workbench.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int TimeoutMs = 30000;

// Before main(): the namespace must be made while no other thread exists.
const SmallDisk smallDisk = SmallDisk::make("512k");

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 251) & 0xff);
    return bytes;
}

} // namespace

class tst_RecordingBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(smallDisk.problem.isEmpty(), qPrintable(smallDisk.problem));
    }
    void cleanupTestCase()
    {
        smallDisk.remove();
    }
    void fullDiskShowsABannerThatRecordsElsewhere();
};

void tst_RecordingBanner::fullDiskShowsABannerThatRecordsElsewhere()
{
    const QString journal = smallDisk.path + QStringLiteral("/gui.socketlab");
    {
        // Most of the disk is taken: the flood fills the rest in a moment.
        QFile filler(smallDisk.path + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        QCOMPARE(filler.write(QByteArray(400 * 1024, 'f')), qint64(400 * 1024));
    }
    Session session(std::make_unique<SessionClock>());
    QString error;
    QVERIFY2(session.startRecording(journal, &error), qPrintable(error));
    Workbench workbench(session);
    MainWindow window(workbench);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<RecordingBanner *>();
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    const ConnectionId listener = workbench.listen({QHostAddress(QHostAddress::LocalHost), 0, true});
    QTRY_VERIFY(session.connections().find(listener) && session.connections().find(listener)->localPort != 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, session.connections().find(listener)->localPort);
    QVERIFY(client.waitForConnected(TimeoutMs));
    const QByteArray sent = pattern(300 * 1024);
    client.write(sent);
    QByteArray echoed;
    connect(&client, &QTcpSocket::readyRead, this, [&] { echoed += client.readAll(); });

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), TimeoutMs);
    QVERIFY2(banner->text().contains(QStringLiteral("No space left on device")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(journal), qPrintable(banner->text()));
    QVERIFY(echoed.size() < sent.size());

    // Record elsewhere: in the file dialog, go to another disk's folder, type a name, Enter. (The
    // folder is set, not typed: a typed path opens the completer's popup, which takes the Enter.)
    QTemporaryDir elsewhere;
    const QString moved = elsewhere.filePath(QStringLiteral("continued.socketlab"));
    bool typed = false;
    QTimer typist;
    connect(&typist, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || typed)
            return;
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        typed = true;
        dialog->setDirectory(elsewhere.path());
        name->selectAll();
        QTest::keyClicks(name, QFileInfo(moved).fileName());
        QTest::keyClick(name, Qt::Key_Return);
    });
    typist.start(50);
    QTest::mouseClick(banner->recordElsewhereButton(), Qt::LeftButton);
    QVERIFY(typed);

    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), TimeoutMs);
    QCOMPARE(session.journalPath(), moved);
    QVERIFY(!QFile::exists(journal));
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), sent.size(), TimeoutMs);
    QCOMPARE(echoed, sent);

    QVERIFY(session.flush());
    Session reopened(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QVERIFY2(SessionLoader::load(reopened, moved, &outcome, &error), qPrintable(error));
    QVERIFY2(outcome.complete, qPrintable(outcome.problem));
    const SessionReader recorded(reopened);
    ConnectionId accepted = 0;
    for (const ConnectionInfo &info : reopened.connections().snapshot()) {
        if (info.role == ConnectionRole::Accepted)
            accepted = info.id;
    }
    QCOMPARE(recorded.stream(accepted, EventKind::Received), sent);
    QCOMPARE(recorded.stream(accepted, EventKind::Sent), sent);
}

QTEST_MAIN(tst_RecordingBanner)

#include "tst_recordingbanner.moc"
