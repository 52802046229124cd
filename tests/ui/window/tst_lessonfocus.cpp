// SPDX-License-Identifier: GPL-3.0-or-later
// "Look at …" made visible: the panes a lesson step names are shown (even when hidden), brought
// to the front and outlined for a moment, and the step's connection becomes the current one.
#include "docklayout.h"
#include "lessonfocus.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QPushButton>
#include <QTest>

class tst_LessonFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsShowAndOutlineWhatTheyName()
    {
        WindowFixture f;
        f.start();
        auto *focus = f.window->findChild<LessonFocus *>();
        QVERIFY(focus);
        QDockWidget *sockets = f.window->dockLayout()->dock(DockLayout::Pane::Sockets);
        QDockWidget *packet = f.window->dockLayout()->dock(DockLayout::Pane::Packet);
        sockets->hide();
        const bool chartWasVisible = f.window->dockLayout()->dock(DockLayout::Pane::Chart)->isVisible();
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->openLesson(QStringLiteral("hello"));
        // Step 1: "The log row 'listening' …, and … in the socket tree."
        QTRY_VERIFY(sockets->isVisible());
        QVERIFY(focus->outlinedPanes().contains(sockets));
        QVERIFY(focus->outlinedPanes().contains(f.window->logView()));
        QVERIFY(!focus->outlinedPanes().contains(packet));

        LessonPanel *panel = f.window->lessonPanel();
        LessonRunner *runner = panel->runner();
        for (int step = 0; step < 2; ++step) {
            QTest::mouseClick(panel->doItButton(), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(runner->status(step), LessonRunner::StepStatus::Done, 15000);
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        }
        // Step 3 is about the client and the accepted socket, and names the packet view.
        packet->hide();
        QTest::mouseClick(panel->backButton(), Qt::LeftButton);
        QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
        QTRY_VERIFY(packet->isVisible());
        QTRY_VERIFY(focus->outlinedPanes().contains(packet));
        QCOMPARE(f.window->currentConnection(), runner->idOf(QStringLiteral("accepted")));
        // The outline goes after a moment; the pane stays.
        QTRY_VERIFY_WITH_TIMEOUT(!focus->outlinedPanes().contains(packet),
            LessonFocus::OutlineMs * 3);
        QVERIFY(packet->isVisible());

        // Another lesson: the panes this one showed go away again (they squeezed the next
        // lesson's explanation on a projector); the ones the user had open stay.
        f.window->lessonPanel()->openLesson(QStringLiteral("datagrams"));
        QTRY_VERIFY(!packet->isVisible());
        QVERIFY(!sockets->isVisible());   // the user had hidden it; step 1 showed it
        QVERIFY(f.window->dockLayout()->dock(DockLayout::Pane::Chart)->isVisible() == chartWasVisible);
    }
};

QTEST_MAIN(tst_LessonFocus)
#include "tst_lessonfocus.moc"
