// SPDX-License-Identifier: GPL-3.0-or-later
// Where the docks are: a layout saved by an older SocketLab is not restored over the new
// arrangement, the lesson's panes show only with a lesson, and the lesson never shares a tab with
// the packet view it points at.
#include "appsettings.h"
#include "docklayout.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QMainWindow>

class tst_DockLayout : public QObject
{
    Q_OBJECT

private:
    static QDockWidget *dock(const WindowFixture &f, DockLayout::Pane pane)
    {
        return f.window->dockLayout()->dock(pane);
    }

private Q_SLOTS:
    void init() { AppSettings().clearWindowLayout(); }

    // The ladder was once a strip beside the chart: that layout, saved then, stays in the past.
    void olderSavedLayoutIsNotRestored()
    {
        WindowFixture f;
        f.start();
        QDockWidget *chart = dock(f, DockLayout::Pane::Chart);
        QDockWidget *ladder = dock(f, DockLayout::Pane::Ladder);
        QVERIFY(f.window->tabifiedDockWidgets(chart).contains(ladder));
        // (Split from Send: the chart is in a tab group, and a split from it would be a tab.)
        f.window->splitDockWidget(dock(f, DockLayout::Pane::Send), ladder, Qt::Horizontal);
        ladder->show();
        QVERIFY(!f.window->tabifiedDockWidgets(ladder).contains(chart));
        AppSettings().setWindowState(f.window->saveState()); // as SocketLab saved it before
        f.showNewWindow();
        QVERIFY(f.window->tabifiedDockWidgets(dock(f, DockLayout::Pane::Chart))
                    .contains(dock(f, DockLayout::Pane::Ladder)));
    }

    // What the user arranged in this version is kept.
    void ownLayoutIsRestored()
    {
        WindowFixture f;
        f.start();
        dock(f, DockLayout::Pane::ConnectionInfo)->hide();
        f.window->close(); // saves the layout
        f.showNewWindow();
        QVERIFY(dock(f, DockLayout::Pane::ConnectionInfo)->isHidden());
        QVERIFY(dock(f, DockLayout::Pane::Packet)->isVisible());
    }

    // A layout saved while a lesson was open does not bring its call diagram back without one;
    // opening a lesson shows it, and the lesson beside (not behind) the packet view.
    void lessonPanesShowWithALesson()
    {
        WindowFixture f;
        f.start();
        QDockWidget *calls = dock(f, DockLayout::Pane::Calls);
        QDockWidget *lessons = dock(f, DockLayout::Pane::Lessons);
        QVERIFY(!calls->isVisible());
        QVERIFY(!lessons->isVisible());
        f.window->openLesson(QStringLiteral("hello"));
        QTRY_VERIFY(calls->isVisible());
        QVERIFY(lessons->isVisible());
        QVERIFY(dock(f, DockLayout::Pane::Packet)->isVisible());
        QVERIFY(!f.window->tabifiedDockWidgets(lessons).contains(dock(f, DockLayout::Pane::Packet)));
        // The lesson gets the room of the right side, the packet view keeps some rows.
        QTRY_VERIFY2(lessons->height() > dock(f, DockLayout::Pane::Packet)->height(),
            qPrintable(QStringLiteral("lesson %1 px, packet %2 px")
                           .arg(lessons->height())
                           .arg(dock(f, DockLayout::Pane::Packet)->height())));
        f.window->close();

        f.showNewWindow();
        QVERIFY(!dock(f, DockLayout::Pane::Calls)->isVisible());
        QVERIFY(!dock(f, DockLayout::Pane::Lessons)->isVisible());
    }
};

QTEST_MAIN(tst_DockLayout)
#include "tst_docklayout.moc"
