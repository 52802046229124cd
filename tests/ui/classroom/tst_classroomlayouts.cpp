// SPDX-License-Identifier: GPL-3.0-or-later
// The layouts for a room, in the real window: offered when classroom mode starts, each showing
// its panes large, remembered for the next time, the user's own arrangement kept, and every
// dock back to its size when classroom mode ends.
#include "appsettings.h"
#include "classroomlayouts.h"
#include "classroommode.h"
#include "qcustomplotinclude.h"
#include "throughputchart.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QTabBar>
#include <QTest>

class tst_ClassroomLayouts : public QObject
{
    Q_OBJECT

private:
    static QDockWidget *dock(const WindowFixture &f, const char *name)
    {
        return f.window->findChild<QDockWidget *>(QLatin1String(name));
    }
    // Shown and not behind another tab.
    static bool seen(const QWidget *widget)
    {
        return widget->isVisible() && !widget->visibleRegion().isEmpty();
    }
    static ClassroomLayouts *layouts(const WindowFixture &f)
    {
        return f.window->findChild<ClassroomLayouts *>();
    }
    static void enterClassroom(const WindowFixture &f)
    {
        f.window->classroomMode()->classroomAction()->trigger();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
    }

private Q_SLOTS:
    void init()
    {
        AppSettings settings;
        settings.clearWindowLayout();
        settings.setClassroom(false);
        settings.setZoomLevel(0);
        settings.setClassroomPreset(QString());
        settings.setClassroomLayout({});
    }

    void presetsShowTheirPanesAndLeavingRestoresEverySize()
    {
        WindowFixture f;
        f.start();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 2);
        QHash<QString, QRect> before;
        for (QDockWidget *d : f.window->findChildren<QDockWidget *>())
            before.insert(d->objectName(), seen(d) ? d->geometry() : QRect());
        QVERIFY(!layouts(f)->chooser()->isVisible());

        enterClassroom(f);
        QVERIFY(layouts(f)->chooser()->isVisible()); // offered
        QTest::mouseClick(
            layouts(f)->chooserButton(ClassroomLayouts::Preset::Traffic), Qt::LeftButton);
        QTRY_VERIFY(!layouts(f)->chooser()->isVisible());
        QVERIFY(dock(f, "chartDock")->isVisible());
        for (const char *hidden : { "socketsDock", "sendDock", "packetDock", "connectionInfoDock" })
            QVERIFY2(!dock(f, hidden)->isVisible(), hidden);
        QTRY_VERIFY2(dock(f, "chartDock")->height() > f.window->height() / 2,
            qPrintable(QStringLiteral("chart %1 px of %2")
                           .arg(dock(f, "chartDock")->height())
                           .arg(f.window->height())));

        layouts(f)->apply(ClassroomLayouts::Preset::Inspect);
        QVERIFY(dock(f, "packetDock")->isVisible());
        QVERIFY(dock(f, "ladderDock")->isVisible());
        QVERIFY(!dock(f, "chartDock")->isVisible());

        f.window->classroomMode()->classroomAction()->trigger(); // leave
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        // Every pane seen before is seen again at its size.
        for (QDockWidget *d : f.window->findChildren<QDockWidget *>()) {
            const QRect was = before.value(d->objectName());
            if (was.isNull())
                continue;
            const QRect now = seen(d) ? d->geometry() : QRect();
            QVERIFY2(qAbs(was.width() - now.width()) <= 2 && qAbs(was.height() - now.height()) <= 2,
                qPrintable(QStringLiteral("%1 was %2x%3, is %4x%5")
                               .arg(d->objectName())
                               .arg(was.width())
                               .arg(was.height())
                               .arg(now.width())
                               .arg(now.height())));
        }
    }

    // The Lesson layout gives the lesson half the window's width, also when ClassroomMode arranges
    // its docks after the layout was chosen (it did, after fitting the window to the screen, and
    // the lesson kept the 3/10 it gives the connection info's side).
    void lessonHasHalfTheWidthWhateverArrangesLast()
    {
        WindowFixture f;
        f.start();
        f.window->classroomMode()->classroomAction()->trigger();
        QTest::mouseClick(layouts(f)->chooserButton(ClassroomLayouts::Preset::Lesson), Qt::LeftButton);
        f.window->classroomMode()->setZoomLevel(ClassroomMode::ClassroomZoom + 1);
        QTest::qWait(ClassroomMode::LayoutSettleMs * 6);
        QDockWidget *lesson = dock(f, "lessonDock");
        QVERIFY(lesson->isVisible());
        const double share = double(lesson->width()) / f.window->width();
        QVERIFY2(share > 0.45 && share < 0.55,
            qPrintable(QStringLiteral("lesson %1 px of %2").arg(lesson->width()).arg(f.window->width())));
    }

    // A tab the user had in front (the ladder, before the chart it shares a place with) is in
    // front again after classroom mode, and the chart's text is back to its size.
    void leavingRestoresTheFrontTabAndTheChartFont()
    {
        WindowFixture f;
        f.start();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 2);
        QTabBar *tabs = nullptr;
        int ladderTab = -1;
        for (QTabBar *bar : f.window->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isVisible() && bar->tabText(i) == QLatin1String("Ladder")) {
                    tabs = bar;
                    ladderTab = i;
                }
            }
        }
        QVERIFY(tabs);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ladderTab).center());
        QTRY_VERIFY(seen(dock(f, "ladderDock")));
        QVERIFY(!seen(dock(f, "chartDock")));
        QCPAxis *time = f.window->chart()->plot()->xAxis;
        const double normalSize = time->tickLabelFont().pointSizeF();
        QCOMPARE(normalSize, QApplication::font().pointSizeF());

        enterClassroom(f);
        QTest::mouseClick(
            layouts(f)->chooserButton(ClassroomLayouts::Preset::Traffic), Qt::LeftButton);
        QTRY_VERIFY(seen(dock(f, "chartDock")));
        QVERIFY2(time->tickLabelFont().pointSizeF() > normalSize * 1.4,
            qPrintable(QString::number(time->tickLabelFont().pointSizeF())));

        f.window->classroomMode()->classroomAction()->trigger(); // leave
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        QVERIFY(seen(dock(f, "ladderDock")));
        QVERIFY(!seen(dock(f, "chartDock")));
        QCOMPARE(time->tickLabelFont().pointSizeF(), normalSize);
        QCOMPARE(time->labelFont().pointSizeF(), normalSize);
        QCOMPARE(f.window->chart()->plot()->legend->font().pointSizeF(), normalSize);
    }

    void choiceIsRemembered()
    {
        {
            WindowFixture f;
            f.start();
            enterClassroom(f);
            layouts(f)->apply(ClassroomLayouts::Preset::Inspect);
            f.window->classroomMode()->classroomAction()->trigger(); // leave
        }
        {
            WindowFixture f;
            f.start();
            QCOMPARE(layouts(f)->preset(), ClassroomLayouts::Preset::Inspect);
            enterClassroom(f);
            QTRY_VERIFY(dock(f, "ladderDock")->isVisible());
            QVERIFY(!dock(f, "chartDock")->isVisible());
            f.window->classroomMode()->classroomAction()->trigger(); // leave
        }
    }
};

QTEST_MAIN(tst_ClassroomLayouts)
#include "tst_classroomlayouts.moc"
