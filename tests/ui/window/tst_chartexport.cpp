// SPDX-License-Identifier: GPL-3.0-or-later
// Saving the throughput chart (issue 13, item 7), from the menu bar with the mouse, into real
// files: the size asked for (1600×900 unless changed), the whole session or the time shown, and
// the file readable by its owner only, as every export. A reopened session's chart shows the
// whole session, not its last (often empty) 60 s.
#include "chartexportdialog.h"
#include "filecontents.h"
#include "filedialoganswer.h"
#include "handmadesession.h"
#include "mainwindow.h"
#include "menuclicks.h"
#include "qcustomplotinclude.h"
#include "sessionloader.h"
#include "throughputchart.h"

#include <QImage>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;

// Answers the chart export dialog: checks its defaults, then lets change run and presses Enter.
class ChartDialogAnswer : public QObject
{
public:
    explicit ChartDialogAnswer(std::function<void(ChartExportDialog *)> change)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, change] {
            auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
            if (!dialog || answered)
                return;
            answered = true;
            defaults = dialog->chosenSize() == QSize(1600, 900)
                && dialog->chosenRange() == ThroughputChart::SavedRange::WholeSession;
            change(dialog);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        m_timer.start(50);
    }

    bool answered = false;
    bool defaults = false;

private:
    QTimer m_timer;
};

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A session of 300 s with traffic at 5 s and 200 s, closed, then reopened in a window.
    std::unique_ptr<MainWindow> reopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopened.socketlab"));
        {
            HandMadeSession hand(QDateTime::currentDateTimeUtc(), NsPerSecond);
            if (!hand.started())
                return nullptr;
            ConnectionInfo info;
            info.id = hand.session->connections().reserveId();
            info.name = QStringLiteral("C1");
            hand.session->setIdentity(info);
            hand.record(5, info.id, EventKind::Received, QByteArray(50000, 'a'));
            hand.record(200, info.id, EventKind::Sent, QByteArray(80000, 'b'));
            hand.record(300, info.id, EventKind::Note, "the end");
            const QString recorded = hand.session->journalPath();
            hand.session.reset(); // the end record is written
            QFile::remove(path);
            if (!QFile::copy(recorded, path))
                return nullptr;
        }
        QString error;
        std::unique_ptr<MainWindow> window(MainWindow::openSessionFile(path, &error));
        if (!window)
            return nullptr;
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        QSignalSpy finished(window->loader(), &SessionLoader::finished);
        if (finished.count() == 0 && !finished.wait())
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void aReopenedSessionShowsAllOfIt()
    {
        std::unique_ptr<MainWindow> window = reopen();
        QVERIFY(window);
        ThroughputChart *chart = window->chart();
        const QCPRange range = chart->plot()->xAxis->range();
        QCOMPARE(range.lower, 0.0);
        QVERIFY2(range.upper >= 300 && range.upper < 310, qPrintable(QString::number(range.upper)));
        QVERIFY(!chart->isFollowing());
    }

    void pngAtTheSizeAskedFor()
    {
        std::unique_ptr<MainWindow> window = reopen();
        QVERIFY(window);
        const QString path = m_dir.filePath(QStringLiteral("chart.png"));
        ChartDialogAnswer options([](ChartExportDialog *) {});
        FileDialogAnswer file(path);
        QVERIFY(MenuClicks::choose(
            window.get(), { "File", "Export session as", "Throughput chart as PNG…" }));
        QVERIFY(options.answered);
        QVERIFY(options.defaults);
        QVERIFY(file.answered);
        QTRY_VERIFY(QFile::exists(path));
        QCOMPARE(QImage(path).size(), QSize(1600, 900));
        QCOMPARE(fileMode(path), 0600);
    }

    void pdfOfTheTimeShownAtATypedSize()
    {
        std::unique_ptr<MainWindow> window = reopen();
        QVERIFY(window);
        // Zoomed onto a quiet stretch: that, not the whole session, is what gets saved.
        window->chart()->plot()->xAxis->setRange(100, 110);
        const QString shown = m_dir.filePath(QStringLiteral("shown.png"));
        const QString whole = m_dir.filePath(QStringLiteral("whole.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        for (const QString &path : { shown, whole }) {
            ChartDialogAnswer options([&path, &shown](ChartExportDialog *dialog) {
                dialog->widthBox()->setFocus();
                dialog->widthBox()->selectAll();
                QTest::keyClicks(dialog->widthBox(), QStringLiteral("800"));
                if (path == shown)
                    QTest::mouseClick(dialog->shownButton(), Qt::LeftButton);
            });
            FileDialogAnswer file(path);
            QVERIFY(MenuClicks::choose(
                window.get(), { "File", "Export session as", "Throughput chart as PNG…" }));
            QVERIFY(options.answered && file.answered);
            QCOMPARE(QImage(path).size(), QSize(800, 900));
        }
        QVERIFY(QImage(shown) != QImage(whole));
        const QCPRange after = window->chart()->plot()->xAxis->range();
        QCOMPARE(after.lower, 100.0); // the view is left as it was
        QCOMPARE(after.upper, 110.0);

        ChartDialogAnswer options([](ChartExportDialog *) {});
        FileDialogAnswer file(pdf);
        QVERIFY(MenuClicks::choose(
            window.get(), { "File", "Export session as", "Throughput chart as PDF…" }));
        QVERIFY(options.answered && file.answered);
        QVERIFY(fileContents(pdf).startsWith("%PDF-"));
        QCOMPARE(fileMode(pdf), 0600);
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
