// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a projector's 1280×720 screen: it fits, in normal and classroom mode, and a
// geometry saved on a larger screen is brought back onto this one. The offscreen platform is
// given that one screen (its default is 800×600) before the application starts.
#include "appsettings.h"
#include "classroommode.h"
#include "connectiontreemodel.h"
#include "endpointpanel.h"
#include "hexview.h"
#include "packetview.h"
#include "sendpanel.h"
#include "qcustomplotinclude.h"
#include "throughputchart.h"
#include "offscreenscreens.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeView>

class tst_ScreenFit : public QObject
{
    Q_OBJECT

private:
    static constexpr QSize ScreenSize { 1280, 720 };

    // The window's frame lies on the screen, the status bar shows whole, and the chart has
    // room for its axis title below its plot.
    static void verifyFits(MainWindow *window, const char *when)
    {
        const QRect screen = window->screen()->availableGeometry();
        QCOMPARE(screen.size(), ScreenSize);
        QVERIFY2(screen.contains(window->frameGeometry()),
            qPrintable(QStringLiteral("%1: frame %2x%3%4%5 is not within the %6x%7 screen")
                           .arg(QLatin1String(when))
                           .arg(window->frameGeometry().width())
                           .arg(window->frameGeometry().height())
                           .arg(window->frameGeometry().x() >= 0 ? QStringLiteral("+") : QString())
                           .arg(window->frameGeometry().x())
                           .arg(screen.width())
                           .arg(screen.height())));
        QStatusBar *status = window->statusBar();
        QVERIFY2(status->isVisible(), when);
        const QRect statusOnScreen(status->mapToGlobal(QPoint(0, 0)), status->size());
        QVERIFY2(screen.contains(statusOnScreen), when);

        ThroughputChart *chart = window->chart();
        QVERIFY2(chart->isVisible(), when);
        QCustomPlot *plot = chart->plot();
        plot->replot();
        const QRect chartOnScreen(chart->mapToGlobal(QPoint(0, 0)), chart->size());
        QVERIFY2(screen.contains(chartOnScreen), when);
        // The axis title sits in the bottom margin of the axis rect: the margin must be all
        // there, and the plot must keep some height of its own.
        const QRect outer = plot->axisRect()->outerRect();
        QVERIFY2(outer.bottom() < plot->height(),
            qPrintable(QStringLiteral("%1: the time axis ends at %2, the plot is %3 px tall")
                           .arg(QLatin1String(when))
                           .arg(outer.bottom())
                           .arg(plot->height())));
        // (At classroom zoom +1 on 1280×720 the plot keeps 47 px: a strip, but whole.)
        QVERIFY2(plot->axisRect()->height() >= 40,
            qPrintable(QStringLiteral("%1: the plot area is %2 px tall")
                           .arg(QLatin1String(when))
                           .arg(plot->axisRect()->height())));
        const int titleBottom = plot->axisRect()->bottom() + plot->xAxis->offset()
            + plot->xAxis->tickLengthOut() + plot->xAxis->tickLabelPadding()
            + plot->xAxis->labelPadding() + QFontMetrics(plot->xAxis->labelFont()).height()
            + QFontMetrics(plot->xAxis->tickLabelFont()).height();
        QVERIFY2(titleBottom <= plot->height(),
            qPrintable(QStringLiteral("%1: the axis title needs %2 px, the plot is %3 px tall")
                           .arg(QLatin1String(when))
                           .arg(titleBottom)
                           .arg(plot->height())));
    }

    // The button is on screen in its dock without scrolling sideways: inside the visible part of
    // the scroll area that holds its form (left and right), and that area has nothing to its
    // right to scroll to.
    static void verifyInView(QPushButton *button, const char *when)
    {
        QScrollArea *area = nullptr;
        for (QWidget *parent = button->parentWidget(); parent && !area;
             parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY2(area, qPrintable(button->text()));
        QVERIFY2(button->isVisible(), qPrintable(button->text()));
        const QRect inViewport(
            button->mapTo(area->viewport(), QPoint(0, 0)), button->size());
        const QString where = QStringLiteral("%1: %2 at x %3..%4, the viewport is %5 px wide, "
                                             "sideways scrolling %6 px")
                                  .arg(QLatin1String(when), button->text())
                                  .arg(inViewport.left())
                                  .arg(inViewport.right())
                                  .arg(area->viewport()->width())
                                  .arg(area->horizontalScrollBar()->maximum());
        QVERIFY2(inViewport.left() >= 0 && inViewport.right() < area->viewport()->width(),
            qPrintable(where));
        QVERIFY2(area->horizontalScrollBar()->maximum() == 0, qPrintable(where));
    }

private Q_SLOTS:
    void init()
    {
        AppSettings settings;
        settings.clearWindowLayout();
        settings.setClassroom(false);
        settings.setZoomLevel(0);
    }

    void opensWithinTheScreen()
    {
        WindowFixture f;
        f.start();
        QTRY_VERIFY(f.window->isVisible());
        QTest::qWait(ClassroomMode::LayoutSettleMs * 2);
        verifyFits(f.window.get(), "normal");
    }

    void classroomModeFitsTheScreen()
    {
        WindowFixture f;
        f.start();
        f.window->classroomMode()->classroomAction()->trigger();
        QVERIFY(f.window->classroomMode()->isEnabled());
        // The larger font is laid out, then the docks arranged (ClassroomMode::settleLayout).
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        verifyFits(f.window.get(), "classroom");
        f.window->classroomMode()->zoomIn();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        verifyFits(f.window.get(), "classroom, zoomed in");
    }

    // Listen, Connect and Send stay in their docks' view: the forms wrap (fields under their
    // labels, buttons on a line of their own) instead of scrolling sideways.
    void formButtonsAreInView_data()
    {
        QTest::addColumn<bool>("classroom");
        QTest::addColumn<int>("extraZoom");
        QTest::newRow("normal") << false << 0;
        QTest::newRow("classroom") << true << 0;
        QTest::newRow("classroom, zoomed in") << true << 1;
    }

    void formButtonsAreInView()
    {
        QFETCH(bool, classroom);
        QFETCH(int, extraZoom);
        WindowFixture f;
        f.start();
        if (classroom)
            f.window->classroomMode()->classroomAction()->trigger();
        for (int i = 0; i < extraZoom; ++i)
            f.window->classroomMode()->zoomIn();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        const QByteArray when = QTest::currentDataTag();
        verifyInView(f.window->endpointPanel()->listenButton(), when);
        verifyInView(f.window->endpointPanel()->connectButton(), when);
        verifyInView(f.window->sendPanel()->sendButton(), when);
    }

    // The Sockets tree stays in view under the Listen and Connect forms: on the projector the
    // forms alone are taller than their dock, and the tree of what is open got what was left,
    // nothing (a header line at the bottom, the rows behind the dock's scroll bar). Each part
    // scrolls on its own now; the tree shows its header and whole rows for a listener, a client
    // and the connection it accepted.
    void socketTreeStaysInView_data()
    {
        QTest::addColumn<bool>("classroom");
        QTest::newRow("normal") << false;
        QTest::newRow("classroom") << true;
    }

    void socketTreeStaysInView()
    {
        QFETCH(bool, classroom);
        WindowFixture f;
        f.start();
        if (classroom)
            f.window->classroomMode()->classroomAction()->trigger();
        Workbench::ListenOptions listen;
        listen.echo = true;
        const ConnectionId listener = f.workbench->listen(listen);
        QTRY_VERIFY(f.session.connections().find(listener)
                    && f.session.connections().find(listener)->state == ConnectionState::Listening);
        Workbench::ConnectOptions connect;
        connect.host = QStringLiteral("127.0.0.1");
        connect.port = f.session.connections().find(listener)->localPort;
        const ConnectionId client = f.workbench->connectTo(connect);
        QTRY_COMPARE(f.window->connectionModel()->rowCount(f.window->connectionModel()->indexOf(listener)), 1);
        QTRY_VERIFY(f.window->connectionModel()->indexOf(client).isValid());
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);

        QTreeView *tree = f.window->connectionView();
        auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("socketsDock"));
        QVERIFY(dock && dock->isVisible() && tree->isVisible());
        // The tree lies within its dock, not in a part scrolled away.
        const QRect treeInDock(tree->mapTo(dock, QPoint(0, 0)), tree->size());
        QVERIFY2(dock->rect().contains(treeInDock),
                 qPrintable(QStringLiteral("the tree at y %1..%2, the dock is %3 px tall")
                                .arg(treeInDock.top())
                                .arg(treeInDock.bottom())
                                .arg(dock->height())));
        for (const ConnectionId id : {listener, client}) {
            const QRect row = tree->visualRect(f.window->connectionModel()->indexOf(id));
            QVERIFY2(!row.isEmpty() && tree->viewport()->rect().contains(row),
                     qPrintable(QStringLiteral("row of %1 at y %2..%3, the tree's view is %4 px tall")
                                    .arg(id)
                                    .arg(row.top())
                                    .arg(row.bottom())
                                    .arg(tree->viewport()->height())));
        }
        verifyInView(f.window->endpointPanel()->listenButton(), classroom ? "classroom" : "normal");
        if (!classroom)
            return;
        // Compact in classroom mode: name, state, peer and bytes without scrolling sideways (the
        // dock is widened once the columns have their sizes: waited for, under load).
        QHeaderView *header = tree->header();
        QCOMPARE(tree->horizontalScrollBar()->value(), 0);
        const auto overflow = [&] {
            for (int column : { ConnectionTreeModel::NameColumn, ConnectionTreeModel::StateColumn,
                     ConnectionTreeModel::PeerColumn, ConnectionTreeModel::BytesInColumn,
                     ConnectionTreeModel::BytesOutColumn }) {
                const QString name
                    = f.window->connectionModel()->headerData(column, Qt::Horizontal).toString();
                const int right
                    = header->sectionViewportPosition(column) + header->sectionSize(column);
                if (tree->isColumnHidden(column))
                    return QStringLiteral("column %1 hidden").arg(name);
                if (right > tree->viewport()->width())
                    return QStringLiteral("column %1 ends at x %2, the tree's view is %3 px wide")
                        .arg(name)
                        .arg(right)
                        .arg(tree->viewport()->width());
            }
            return QString();
        };
        QTRY_VERIFY2(overflow().isEmpty(), qPrintable(overflow()));
        QCOMPARE(tree->horizontalScrollBar()->maximum(), 0);
        // Out of classroom mode every column is back.
        f.window->classroomMode()->classroomAction()->trigger();
        for (int column = 0; column < ConnectionTreeModel::ColumnCount; ++column)
            QVERIFY(!tree->isColumnHidden(column));
    }

    // At 1280×720 in normal mode the Sockets dock runs down to the send form, no lower than that
    // needs: the Listen form is whole without scrolling, and the forms' scroll area shows most of
    // both forms.
    void socketFormsHaveRoom()
    {
        WindowFixture f;
        f.start();
        QPushButton *listen = f.window->endpointPanel()->listenButton();
        QScrollArea *area = nullptr;
        for (QWidget *parent = listen->parentWidget(); parent && !area;
             parent = parent->parentWidget())
            area = qobject_cast<QScrollArea *>(parent);
        QVERIFY(area);
        // The docks are sized once the window has shown (DockLayout::sizeOnFirstShow): waited for.
        const auto hidden = [&] {
            const QRect inView(listen->mapTo(area->viewport(), QPoint(0, 0)), listen->size());
            return area->viewport()->rect().contains(inView)
                ? QString()
                : QStringLiteral("Listen at y %1..%2, the forms' view is %3 px tall")
                      .arg(inView.top())
                      .arg(inView.bottom())
                      .arg(area->viewport()->height());
        };
        QTRY_VERIFY2(hidden().isEmpty(), qPrintable(hidden()));
        QTRY_VERIFY(100 * area->viewport()->height() / area->widget()->height() >= 70);
        const int shown = 100 * area->viewport()->height() / area->widget()->height();
        qInfo("the Sockets forms: %d px of %d shown (%d%%), the tree %d px (at least %d), the send "
              "dock %d px tall",
            area->viewport()->height(), area->widget()->height(), shown,
            f.window->connectionView()->height(), f.window->connectionView()->minimumHeight(),
            f.window->findChild<QDockWidget *>(QStringLiteral("sendDock"))->height());
        // (65% before the send dock gave up what its form does not need.)
        QVERIFY2(shown >= 70, qPrintable(QString::number(shown)));
    }

    // The packet view at the size the window gives it shows whole rows: the ASCII column, where
    // a learner reads "GET / HTTP/1.1", is never cut off or behind a sideways scroll bar.
    void packetViewShowsWholeRows()
    {
        WindowFixture f;
        f.start();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 2);
        QByteArray request("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: curl/7.88.1\r\n\r\n");
        f.window->packetView()->showChunks({ { request, QStringLiteral("#1"), Direction::In } });
        HexView *hex = f.window->packetView()->hexView();
        QVERIFY(hex->isVisible());
        const auto verifyWholeRow = [&](const char *when) {
            const int lastInRow = std::min<int>(hex->layout().bytesPerRow(), request.size()) - 1;
            const QRect ascii = hex->byteRect(lastInRow, HexView::Pane::Ascii);
            QVERIFY2(!ascii.isEmpty() && hex->viewport()->rect().contains(ascii),
                qPrintable(
                    QStringLiteral("%1: byte %2's ASCII cell at x %3..%4, the view is %5 px wide")
                        .arg(QLatin1String(when))
                        .arg(lastInRow)
                        .arg(ascii.left())
                        .arg(ascii.right())
                        .arg(hex->viewport()->width())));
        };
        verifyWholeRow("normal");
        f.window->classroomMode()->classroomAction()->trigger();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        // Classroom mode hides the packet view: a teacher shows it again from the View menu.
        auto *packetDock = f.window->findChild<QDockWidget *>(QStringLiteral("packetDock"));
        QVERIFY(packetDock);
        if (!packetDock->isVisible())
            packetDock->toggleViewAction()->trigger();
        packetDock->raise();
        QTRY_VERIFY(hex->isVisible());
        verifyWholeRow("classroom");
    }

    // A layout saved on a 1920×1080 screen, then opened on the projector.
    void restoredGeometryIsClampedToTheScreen()
    {
        {
            WindowFixture f;
            f.start();
            f.window->setGeometry(40, 30, 1800, 1000);
            AppSettings().setWindowGeometry(f.window->saveGeometry());
        }
        WindowFixture f;
        f.start();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 2);
        verifyFits(f.window.get(), "restored");
    }
};

int main(int argc, char **argv)
{
    QTemporaryFile config;
    if (!OffscreenScreens::use(config, OffscreenScreens::Projector))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_ScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
