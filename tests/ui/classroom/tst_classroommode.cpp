// SPDX-License-Identifier: GPL-3.0-or-later
// Classroom mode in the whole window: zoom by shortcut, remembered by a new window; the switch
// (high contrast, newest chunk highlighted) remembered too; the addresses students connect to
// shown only while a listener is bound beyond loopback.
#include "appsettings.h"
#include "bytelogmodel.h"
#include "classroommode.h"

#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTreeView>

#include <cmath>

namespace {

constexpr int TimeoutMs = 20000;

} // namespace

class tst_ClassroomMode : public QObject
{
    Q_OBJECT

private:
    static double expectedPointSize(int zoom)
    {
        return ClassroomMode::baseFontPointSize() * std::pow(ClassroomMode::ZoomStep, zoom);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a throwaway place, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        AppSettings().clear();
    }

    void cleanup()
    {
        AppSettings().clear();
        QFont font = QApplication::font();
        font.setPointSizeF(ClassroomMode::baseFontPointSize());
        QApplication::setFont(font);
    }

    void zoomIsRememberedByANewWindow()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        ClassroomMode *classroom = f.window->classroomMode();
        QCOMPARE(classroom->zoomLevel(), 0);
        QCOMPARE(QApplication::font().pointSizeF(), expectedPointSize(0));
        f.window->activateWindow();
        QTest::keySequence(f.window.get(), QKeySequence(QKeySequence::ZoomIn));
        QTest::keySequence(f.window.get(), QKeySequence(QKeySequence::ZoomIn));
        QTest::keySequence(f.window.get(), QKeySequence(QKeySequence::ZoomIn));
        QTest::keySequence(f.window.get(), QKeySequence(QKeySequence::ZoomOut));
        QCOMPARE(classroom->zoomLevel(), 2);
        QCOMPARE(QApplication::font().pointSizeF(), expectedPointSize(2));
        // Widgets follow the application font.
        QTRY_COMPARE(f.window->connectionView()->font().pointSizeF(), expectedPointSize(2));
        QCOMPARE(AppSettings().zoomLevel(), 2);

        // A new window (as after a restart, with the application font back to normal) zooms again.
        f.window.reset();
        QFont font = QApplication::font();
        font.setPointSizeF(ClassroomMode::baseFontPointSize());
        QApplication::setFont(font);
        f.showNewWindow();
        QCOMPARE(f.window->classroomMode()->zoomLevel(), 2);
        QCOMPARE(QApplication::font().pointSizeF(), expectedPointSize(2));

        QTest::keySequence(f.window.get(), QKeySequence(tr("Ctrl+0")));
        QCOMPARE(f.window->classroomMode()->zoomLevel(), 0);
        QCOMPARE(QApplication::font().pointSizeF(), expectedPointSize(0));
        for (int i = 0; i < 30; ++i)
            f.window->classroomMode()->zoomOut();
        QCOMPARE(f.window->classroomMode()->zoomLevel(), ClassroomMode::MinZoom);
        QVERIFY(!f.window->classroomMode()->zoomOutAction()->isEnabled());
    }

    void classroomSwitchIsRemembered()
    {
        const QPalette normal = QApplication::palette();
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        ClassroomMode *classroom = f.window->classroomMode();
        classroom->classroomAction()->trigger();
        QVERIFY(classroom->isEnabled());
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::black));
        QVERIFY(classroom->zoomLevel() >= ClassroomMode::ClassroomZoom);
        QVERIFY(f.window->logModel()->highlightsNewest());
        QCOMPARE(AppSettings().classroom(), true);

        f.showNewWindow();
        QVERIFY(f.window->classroomMode()->isEnabled());
        QVERIFY(f.window->classroomMode()->classroomAction()->isChecked());
        QVERIFY(f.window->logModel()->highlightsNewest());

        f.window->classroomMode()->classroomAction()->trigger();
        QVERIFY(!f.window->classroomMode()->isEnabled());
        QCOMPARE(QApplication::palette().color(QPalette::Base), normal.color(QPalette::Base));
        QCOMPARE(f.window->classroomMode()->zoomLevel(), 0);
        QCOMPARE(AppSettings().classroom(), false);
    }

    // F11 is full screen, as in every other program; classroom mode has its own key.
    void f11TogglesFullScreenAndClassroomHasItsOwnKey()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        f.window->activateWindow();
        QTest::keyClick(f.window.get(), Qt::Key_F11);
        QTRY_VERIFY(f.window->isFullScreen());
        QVERIFY(!f.window->classroomMode()->isEnabled());
        QVERIFY(f.window->classroomMode()->fullScreenAction()->isChecked());
        QTest::keyClick(f.window.get(), Qt::Key_F11);
        QTRY_VERIFY(!f.window->isFullScreen());
        QVERIFY(!f.window->classroomMode()->fullScreenAction()->isChecked());

        QTest::keySequence(f.window.get(), f.window->classroomMode()->classroomAction()->shortcut());
        QVERIFY(f.window->classroomMode()->isEnabled());
        QVERIFY(!f.window->isFullScreen());
        QCOMPARE(f.window->classroomMode()->classroomAction()->shortcut(),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    }

    // The newest data row, and only it, has the highlight background.
    void newestChunkIsHighlighted()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        f.window->classroomMode()->setEnabled(true);
        Workbench::ListenOptions listen;
        listen.echo = true;
        f.workbench->listen(listen);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost,
            f.find(ConnectionRole::Listener, ConnectionState::Listening)->localPort);
        QVERIFY(client.waitForConnected(TimeoutMs));
        client.write("first");
        QTRY_COMPARE_WITH_TIMEOUT(client.bytesAvailable(), qint64(5), TimeoutMs);
        ByteLogModel *model = f.window->logModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->newestDataRow() >= 0
                && model->index(model->newestDataRow(), 0).data(ByteLogModel::KindRole).toInt()
                    == int(EventKind::Sent),
            TimeoutMs);
        const int firstNewest = model->newestDataRow();
        QVERIFY(model->index(firstNewest, 0).data(Qt::BackgroundRole).isValid());
        client.write("second");
        QTRY_VERIFY_WITH_TIMEOUT(model->newestDataRow() > firstNewest + 1, TimeoutMs);
        QVERIFY(!model->index(firstNewest, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(model->newestDataRow(), 4).data(Qt::BackgroundRole).isValid());
        f.window->classroomMode()->setEnabled(false);
        QVERIFY(!model->index(model->newestDataRow(), 0).data(Qt::BackgroundRole).isValid());
    }

    // Classroom mode switched by a call (a tour, a restored setting), not the menu: what follows
    // the menu's action follows too. (The Sockets tree stayed wide: the action's signal was
    // blocked.)
    void switchedByACallAsByTheMenu()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        QTreeView *tree = f.window->connectionView();
        QVERIFY(!tree->isColumnHidden(ConnectionTreeModel::LocalColumn));
        f.window->classroomMode()->setEnabled(true);
        QVERIFY(f.window->classroomMode()->classroomAction()->isChecked());
        QVERIFY(tree->isColumnHidden(ConnectionTreeModel::LocalColumn));
        QVERIFY(!tree->isColumnHidden(ConnectionTreeModel::PeerColumn));
        f.window->classroomMode()->setEnabled(false);
        QVERIFY(!f.window->classroomMode()->classroomAction()->isChecked());
        QVERIFY(!tree->isColumnHidden(ConnectionTreeModel::LocalColumn));
    }

    void showsWhereStudentsConnect()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        ClassroomMode *classroom = f.window->classroomMode();
        // Loopback only: nobody else can connect, nothing to show.
        f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        classroom->refreshAddresses();
        QVERIFY(classroom->addressBanner()->isHidden());

        Workbench::ListenOptions everywhere;
        everywhere.address = QHostAddress(QHostAddress::AnyIPv4);
        const ConnectionId listener = f.workbench->listen(everywhere);
        QTRY_VERIFY_WITH_TIMEOUT(f.session.connections().find(listener)
                && f.session.connections().find(listener)->state == ConnectionState::Listening,
            TimeoutMs);
        const quint16 port = f.session.connections().find(listener)->localPort;
        QTRY_VERIFY_WITH_TIMEOUT(classroom->addressBanner()->isVisible(), TimeoutMs);
        const QString text = classroom->addressBanner()->text();
        QList<QHostAddress> v4;
        for (const QHostAddress &address : ClassroomMode::reachableAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol)
                v4 << address;
        }
        if (v4.isEmpty()) {
            QVERIFY2(text.contains(QStringLiteral("no network address")), qPrintable(text));
        } else {
            QVERIFY2(text.startsWith(QStringLiteral("Students connect to ")), qPrintable(text));
            for (const QHostAddress &address : std::as_const(v4))
                QVERIFY2(text.contains(formatEndpoint(address, port)), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("127.0.0.1")));
        }

        // Read from the back of the room: in classroom mode a line of it is a 24th of the
        // window's height, at least, and it is all shown.
        QLabel *banner = classroom->addressBanner();
        const int normalHeight = QFontMetrics(banner->font()).height();
        classroom->classroomAction()->trigger();
        QTest::qWait(ClassroomMode::LayoutSettleMs * 4);
        const int window = f.window->height();
        QVERIFY2(
            QFontInfo(banner->font()).pixelSize() >= window / ClassroomMode::BannerLinesPerWindow,
            qPrintable(QStringLiteral("%1 px text in a %2 px window")
                           .arg(QFontInfo(banner->font()).pixelSize())
                           .arg(window)));
        QVERIFY(QFontMetrics(banner->font()).height() > normalHeight);
        QVERIFY(banner->height() >= banner->heightForWidth(banner->width()));
        classroom->classroomAction()->trigger();
        QCOMPARE(QFontMetrics(banner->font()).height(), normalHeight);

        f.workbench->stopListening(listener);
        QTRY_VERIFY_WITH_TIMEOUT(classroom->addressBanner()->isHidden(), TimeoutMs);
    }
};

QTEST_MAIN(tst_ClassroomMode)
#include "tst_classroommode.moc"
