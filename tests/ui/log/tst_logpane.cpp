// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the whole of a log row (issue 13, item 6): a failed bind's row is cut to the column's
// width ("bind 127.0.0.1:9000 failed: The …"); hovering shows the whole event, and Enter or a
// double-click opens it in a window. And a filter says how many rows it lets through.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "eventdetaildialog.h"
#include "logpane.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTcpServer>

class TestLogPane : public QObject
{
    Q_OBJECT

private:
    // The view's row of the first event of this kind, once it is shown.
    static QModelIndex rowOf(ByteLogView *view, EventKind kind)
    {
        QModelIndex found;
        QTest::qWaitFor([&] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, ByteLogModel::PreviewColumn);
                if (index.data(ByteLogModel::KindRole).toInt() == int(kind)) {
                    found = index;
                    return true;
                }
            }
            return false;
        });
        return found;
    }

private Q_SLOTS:
    void aFailedBindIsReadInFull()
    {
        WindowFixture f;
        f.start();
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        f.workbench->listen({ QHostAddress(QHostAddress::LocalHost), taken.serverPort() });
        ByteLogView *view = f.window->logView();
        const QModelIndex row = rowOf(view, EventKind::ListenFailed);
        QVERIFY(row.isValid());
        const TrafficEvent event
            = f.session.log().event(row.data(ByteLogModel::EventIndexRole).toLongLong());
        const QString detail = f.session.log().detailText(event);
        QVERIFY2(detail.contains(QStringLiteral("failed")), qPrintable(detail));

        // The row is cut; its tooltip, on every column, is not.
        for (int column = 0; column < ByteLogModel::ColumnCount; ++column) {
            const QString tip = row.siblingAtColumn(column).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(detail), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("Connection: L1")), qPrintable(tip));
        }

        // Click the row, press Enter: the details window shows the whole event.
        view->scrollTo(row);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTest::keyClick(view, Qt::Key_Return);
        EventDetailDialog *details = f.window->logPane()->eventDetails();
        QVERIFY(details);
        QTRY_VERIFY(details->isVisible());
        const QString shown = details->shownText();
        QVERIFY2(shown.contains(detail), qPrintable(shown));
        for (const char *expected :
            { "Connection: L1", "Event: listen-failed", "Error code: address-in-use", "Time: " }) {
            QVERIFY2(shown.contains(QString::fromUtf8(expected)),
                qPrintable(QString::fromUtf8(expected) + QStringLiteral(" not in:\n") + shown));
        }
        details->close();

        // A double-click opens it again.
        QVERIFY(details->isHidden());
        const QModelIndex other = row;
        // A real double-click: a click, then the second press arrives as a double-click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(other).center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(other).center());
        QTRY_VERIFY(details->isVisible());
        QCOMPARE(details->event(), other.data(ByteLogModel::EventIndexRole).toLongLong());
    }

    void aFilterCountsItsRows()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir dir;
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("s.socketlab")), &error),
            qPrintable(error));
        ConnectionInfo info;
        info.id = session.connections().reserveId();
        info.name = QStringLiteral("C1");
        session.setIdentity(info);
        for (int i = 0; i < 3000; ++i)
            session.record(info.id, EventKind::Received,
                i % 5 < 2 ? QByteArrayLiteral("needle") : QByteArrayLiteral("hay"));
        LogPane pane(session);
        pane.show();
        QTRY_COMPARE(pane.model()->rowCount(), 3000);
        QVERIFY(pane.filterCountLabel()->isHidden()); // nothing filtered: nothing to count

        QTest::keyClicks(pane.textFilterField(), QStringLiteral("needle"));
        QTRY_COMPARE(pane.filter()->rowCount(), 1200);
        QVERIFY(pane.filterCountLabel()->isVisible());
        QCOMPARE(pane.filterCountLabel()->text(), QStringLiteral("1,200 of 3,000"));

        // New rows count as they come; the numbers follow the locale.
        session.record(info.id, EventKind::Received, QByteArrayLiteral("needle"));
        QTRY_COMPARE(pane.filterCountLabel()->text(), QStringLiteral("1,201 of 3,001"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        session.record(info.id, EventKind::Received, QByteArrayLiteral("hay"));
        QTRY_COMPARE(pane.filterCountLabel()->text(), QStringLiteral("1.201 of 3.002"));

        pane.textFilterField()->selectAll();
        QTest::keyClick(pane.textFilterField(), Qt::Key_Backspace);
        QTRY_VERIFY(pane.filterCountLabel()->isHidden());
    }
};

QTEST_MAIN(TestLogPane)
#include "tst_logpane.moc"
