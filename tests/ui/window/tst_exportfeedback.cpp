// SPDX-License-Identifier: GPL-3.0-or-later
// What the window says after saving or exporting, chosen from the menu bar with the mouse and
// written to real files (issue 13, item 6): "Save session as" is a save, not an export, in its
// dialog and in its message, and the message has a place of its own in the status bar instead
// of hiding the session's counts or being drawn over them.
#include "filecontents.h"
#include "filedialoganswer.h"
#include "menuclicks.h"
#include "statusline.h"
#include "windowfixture.h"

#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>

class TestExportFeedback : public QObject
{
    Q_OBJECT

private:
    // The status bar's other labels are still shown, and none shares a pixel with the message.
    static void checkCountsBesideTheMessage(MainWindow &window)
    {
        QStatusBar *bar = window.statusBar();
        QCOMPARE(bar->currentMessage(), QString()); // QStatusBar's own would hide the counts
        const QLabel *message = window.statusLine()->messageLabel();
        QVERIFY(message->isVisible());
        int counts = 0;
        for (const QLabel *label : bar->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
            if (label == message || label->text().isEmpty())
                continue;
            ++counts;
            QVERIFY2(label->isVisible(), qPrintable(label->text()));
            QVERIFY2(!label->geometry().intersects(message->geometry()),
                qPrintable(label->text() + QStringLiteral(" under the message")));
        }
        QVERIFY(counts >= 3); // time, connections, traffic (and where it is recorded)
    }

private Q_SLOTS:
    void saveSessionAsSaysSaved()
    {
        WindowFixture f;
        f.start();
        const QString path = f.dir.filePath(QStringLiteral("kept.socketlab"));
        QSignalSpy finished(f.window.get(), &MainWindow::exportFinished);
        FileDialogAnswer answer(path);
        QVERIFY(MenuClicks::choose(f.window.get(), { "File", "Save session as…" }));
        QVERIFY(answer.answered);
        QCOMPARE(answer.title, QStringLiteral("Save the session as"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(
            f.window->statusLine()->message(), QStringLiteral("Saved the session to %1").arg(path));
        QCOMPARE(f.window->bannerText(), QString());
        checkCountsBesideTheMessage(*f.window);
        QCOMPARE(fileMode(path), 0600);
    }

    void exportSaysExported()
    {
        WindowFixture f;
        f.start();
        const QString path = f.dir.filePath(QStringLiteral("events.csv"));
        QSignalSpy finished(f.window.get(), &MainWindow::exportFinished);
        FileDialogAnswer answer(path);
        QVERIFY(MenuClicks::choose(
            f.window.get(), { "File", "Export session as", "CSV, one row per event…" }));
        QVERIFY(answer.answered);
        QCOMPARE(answer.title, QStringLiteral("Export the session"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(f.window->statusLine()->message(), QStringLiteral("Exported to %1").arg(path));
        checkCountsBesideTheMessage(*f.window);
        QVERIFY(QFileInfo(path).size() > 0);
    }
};

QTEST_MAIN(TestExportFeedback)
#include "tst_exportfeedback.moc"
