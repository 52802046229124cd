// SPDX-License-Identifier: GPL-3.0-or-later
// The ladder of the current connection in the window: it follows the connection chosen in the
// Sockets tree, a click on a rung selects that event's row in the log, and a reopened session
// shows the same ladder.
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectiontreemodel.h"
#include "ladderview.h"
#include "sessionloader.h"
#include "windowfixture.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class tst_LadderView : public QObject
{
    Q_OBJECT

private:
    static constexpr int TimeoutMs = 20000;

    // Clicks the rung with this label; returns its log index (or -1 when there is none).
    static qint64 clickRung(LadderView *view, const QString &label)
    {
        const QList<ConnectionLadder::Rung> &rungs = view->ladder().rungs();
        for (int i = 0; i < rungs.size(); ++i) {
            if (rungs.at(i).label == label) {
                QTest::mouseClick(view, Qt::LeftButton, {}, view->rungCentre(i));
                return rungs.at(i).event;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void followsTheTreeAndSelectsLogRows()
    {
        WindowFixture f;
        f.start();
        const ConnectionId listener
            = f.workbench->listen({ QHostAddress(QHostAddress::LocalHost), 0, true });
        QTRY_VERIFY(f.find(ConnectionRole::Listener, ConnectionState::Listening));
        const quint16 port
            = f.find(ConnectionRole::Listener, ConnectionState::Listening)->localPort;
        const ConnectionId client
            = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), port, false, 0 });
        QTRY_VERIFY(f.find(ConnectionRole::Client, ConnectionState::Connected));
        f.workbench->send(client, QByteArrayLiteral("hello\n"));
        QTRY_COMPARE_WITH_TIMEOUT(
            f.session.connections().find(client)->bytesIn, quint64(6), TimeoutMs);
        Q_UNUSED(listener);

        // Chosen in the Sockets tree, as a user does.
        QTreeView *tree = f.window->connectionView();
        QTRY_VERIFY(f.window->connectionModel()->indexOf(client).isValid());
        const QModelIndex row = f.window->connectionModel()->indexOf(client);
        tree->scrollTo(row);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(row).center());
        LadderView *ladder = f.window->ladder();
        QCOMPARE(ladder->ladder().connection(), client);

        auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("ladderDock"));
        // Behind the chart, not a strip of its own beside it.
        auto *chartDock = f.window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
        QVERIFY(f.window->tabifiedDockWidgets(chartDock).contains(dock));
        dock->show();
        dock->raise();
        QTRY_VERIFY(ladder->isVisible());
        QTRY_VERIFY(
            ladder->ladder().rungs().size() >= 6); // connect, accept, connected, 2 writes, 2 reads
        QVERIFY(ladder->ladder().peer() != 0);

        // The echo's write (on the accepted end): its row becomes the log's selection.
        const qint64 event = clickRung(ladder, QStringLiteral("write 6 B"));
        QVERIFY(event >= 0);
        const QModelIndexList selected = f.window->logView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ByteLogModel::EventIndexRole).toLongLong(), event);

        // The same ladder in the reopened session's window.
        const QStringList labels = [&] {
            QStringList all;
            for (const ConnectionLadder::Rung &rung : ladder->ladder().rungs())
                all << rung.label;
            return all;
        }();
        QVERIFY(f.session.flush());
        QString error;
        std::unique_ptr<MainWindow> reopened(
            MainWindow::openSessionFile(f.session.journalPath(), &error));
        QVERIFY2(reopened, qPrintable(error));
        reopened->setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy loaded(reopened->loader(), &SessionLoader::finished);
        QVERIFY(loaded.wait(TimeoutMs));
        reopened->setCurrentConnection(client);
        reopened->ladder()->refresh();
        QStringList again;
        for (const ConnectionLadder::Rung &rung : reopened->ladder()->ladder().rungs())
            again << rung.label;
        QCOMPARE(again.mid(0, labels.size()), labels);
    }
};

QTEST_MAIN(tst_LadderView)
#include "tst_ladderview.moc"
