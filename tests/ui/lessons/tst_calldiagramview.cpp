// SPDX-License-Identifier: GPL-3.0-or-later
// The call diagram in the window: shown beside the lesson when one opens, and lit by "Do it"
// on the real sockets (the states themselves are tst_calldiagram's).
#include "calldiagramview.h"
#include "lessonpanel.h"
#include "lessonrunner.h"
#include "offscreenscreens.h"
#include "windowfixture.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryFile>
#include <QPushButton>
#include <QTest>

class tst_CallDiagramView : public QObject
{
    Q_OBJECT

private:
    // Pixels of the lit boxes' green (the fill of a call that happened).
    static int litPixels(QWidget *view)
    {
        const QImage image = view->grab().toImage();
        int lit = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                lit += image.pixelColor(x, y) == QColor(0xDFF2E6) ? 1 : 0;
        return lit;
    }

private Q_SLOTS:
    void litByDoIt()
    {
        WindowFixture f;
        f.start();
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->openLesson(QStringLiteral("hello"));
        CallDiagramView *view = f.window->callDiagram();
        QTRY_VERIFY(view->isVisible());
        QVERIFY(f.window->lessonPanel()->isVisible()); // beside the lesson, not behind it
        QVERIFY(view->height() >= view->minimumSizeHint().height());
        view->refresh();
        QCOMPARE(litPixels(view), 0);

        QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
        LessonRunner *runner = f.window->lessonPanel()->runner();
        QTRY_COMPARE(runner->status(0), LessonRunner::StepStatus::Done);
        view->refresh();
        QVERIFY(view->diagram().state(CallDiagram::Side::Server, CallDiagram::Call::Listen).lit);
        QVERIFY(litPixels(view) > 0);
        const int afterListen = litPixels(view);

        QTest::mouseClick(f.window->lessonPanel()->nextButton(), Qt::LeftButton);
        QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
        QTRY_COMPARE(runner->status(1), LessonRunner::StepStatus::Done);
        view->refresh();
        QVERIFY(view->diagram().state(CallDiagram::Side::Client, CallDiagram::Call::Connect).lit);
        QVERIFY(view->diagram().state(CallDiagram::Side::Server, CallDiagram::Call::Accept).lit);
        QVERIFY(litPixels(view) > afterListen);
    }

    // Every call that happened shows whole, with its arguments and result, in the size the
    // window gives the diagram beside a lesson: wrapped or in a smaller font, not elided.
    void callsShowTheirArgumentsWhole()
    {
        WindowFixture f;
        f.start();
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->openLesson(QStringLiteral("hello"));
        CallDiagramView *view = f.window->callDiagram();
        QTRY_VERIFY(view->isVisible());
        LessonRunner *runner = f.window->lessonPanel()->runner();
        for (int step = 0; step < 3; ++step) {
            QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
            QTRY_COMPARE(runner->status(step), LessonRunner::StepStatus::Done);
            QTest::mouseClick(f.window->lessonPanel()->nextButton(), Qt::LeftButton);
        }
        view->refresh();
        int lit = 0;
        for (auto side : { CallDiagram::Side::Server, CallDiagram::Side::Client }) {
            for (CallDiagram::Call call : view->diagram().calls(side)) {
                const CallDiagram::CallState state = view->diagram().state(side, call);
                if (!state.lit)
                    continue;
                ++lit;
                const QString shown = view->shownText(side, call);
                QVERIFY2(shown.contains(state.text) && shown.contains(state.result),
                    qPrintable(QStringLiteral("%1 shown as \"%2\" in %3x%4")
                                   .arg(state.text, shown)
                                   .arg(view->width())
                                   .arg(view->height())));
            }
        }
        QVERIFY(lit >= 8); // socket, bind, listen, accept, recv; socket, connect, send
    }

    // A UDP lesson draws the datagram picture: no listen() or accept() box, recvfrom() and
    // sendto() on both sides, each lit call whole with its sizes.
    void udpLessonDrawsDatagrams()
    {
        WindowFixture f;
        f.start();
        f.window->lessonPanel()->setUseSuggestedPorts(false);
        f.window->openLesson(QStringLiteral("datagrams"));
        CallDiagramView *view = f.window->callDiagram();
        QTRY_VERIFY(view->isVisible());
        LessonRunner *runner = f.window->lessonPanel()->runner();
        for (int step = 0; step < 4; ++step) { // bind, pause, three datagrams, three receives
            QTest::mouseClick(f.window->lessonPanel()->doItButton(), Qt::LeftButton);
            QTRY_COMPARE(runner->status(step), LessonRunner::StepStatus::Done);
            QTest::mouseClick(f.window->lessonPanel()->nextButton(), Qt::LeftButton);
        }
        view->refresh();
        QVERIFY(!view->grab().isNull());
        using Side = CallDiagram::Side;
        const QString server = view->shownTexts(Side::Server).join(QLatin1Char('\n'));
        const QString client = view->shownTexts(Side::Client).join(QLatin1Char('\n'));
        for (const QString &side : { server, client }) {
            QVERIFY2(!side.contains(QStringLiteral("listen(")), qPrintable(side));
            QVERIFY2(!side.contains(QStringLiteral("accept(")), qPrintable(side));
            QVERIFY2(side.contains(QStringLiteral("recvfrom(")), qPrintable(side));
            QVERIFY2(side.contains(QStringLiteral("sendto(")), qPrintable(side));
        }
        QCOMPARE(view->shownTexts(Side::Server).size(), 5); // socket bind recvfrom sendto close
        const QString receiver = runner->infoOf(QStringLiteral("receiver"))->name;
        QVERIFY2(server.contains(QStringLiteral("recvfrom(%1, 5) → 5 from").arg(receiver)),
            qPrintable(server));
        QVERIFY2(server.contains(QStringLiteral("(3 calls: 3 + 3 + 5 B)")), qPrintable(server));
        QVERIFY2(client.contains(QStringLiteral("(3 calls: 3 + 3 + 5 B)")), qPrintable(client));
        QCOMPARE(view->diagram().arrow(CallDiagram::Arrow::DataToServer).count, 3);
    }
};

int main(int argc, char **argv)
{
    QTemporaryFile config;
    if (!OffscreenScreens::use(config, OffscreenScreens::Projector))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_CallDiagramView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calldiagramview.moc"
