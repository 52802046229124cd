// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of both directions selected in the log show one stream with the directions apart, as
// Wireshark's Follow Stream does: each chunk in its direction's colour (the log's), and the
// header says how much went each way. Rows are chosen with Ctrl+click, as a user does.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "connectioncolours.h"
#include "hexview.h"
#include "packetview.h"

#include "windowfixture.h"

#include <QStandardPaths>

namespace {

constexpr int TimeoutMs = 15000;

QList<int> dataRowsOf(const WindowFixture &f, ConnectionId id)
{
    QList<int> rows;
    const ByteLogFilter *filter = f.window->logFilter();
    for (int row = 0; row < filter->rowCount(); ++row) {
        const TrafficEvent &event
            = f.session.log().event(filter->index(row, 0).data(ByteLogModel::EventIndexRole).toLongLong());
        if (event.connection == id && isData(event.kind))
            rows << row;
    }
    return rows;
}

void clickRow(const WindowFixture &f, int row, Qt::KeyboardModifiers modifiers)
{
    ByteLogView *view = f.window->logView();
    const QModelIndex index = f.window->logFilter()->index(row, ByteLogModel::PreviewColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

} // namespace

class tst_StreamDirections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inOutInRowsShowTheDirectionsApart()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        const ConnectionId listener = f.workbench->listen({});
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        const ConnectionId client
            = f.workbench->connectTo({ QStringLiteral("127.0.0.1"), f.session.connections().find(listener)->localPort });
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Accepted, ConnectionState::Connected), TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(f.find(ConnectionRole::Client, ConnectionState::Connected), TimeoutMs);
        const ConnectionId accepted = f.find(ConnectionRole::Accepted, ConnectionState::Connected)->id;
        // The accepted end reads twice, writes once, reads again: in, in, out, in.
        const auto waitForChunks = [&](int count) {
            QTRY_COMPARE_WITH_TIMEOUT(dataRowsOf(f, accepted).size(), count, TimeoutMs);
        };
        f.workbench->send(client, "GET ");
        waitForChunks(1);
        f.workbench->send(client, "/ HTTP/1.0\r\n");
        waitForChunks(2);
        f.workbench->send(accepted, "HTTP/1.0 200 OK\r\n");
        waitForChunks(3);
        f.workbench->send(client, "\r\n");
        waitForChunks(4);

        const QList<int> rows = dataRowsOf(f, accepted);
        clickRow(f, rows.at(0), {});
        for (int i = 1; i < rows.size(); ++i)
            clickRow(f, rows.at(i), Qt::ControlModifier);
        QCOMPARE(f.window->logView()->selectionModel()->selectedRows().size(), 4);

        HexView *hex = f.window->packetView()->hexView();
        QCOMPARE(hex->data(), QByteArrayLiteral("GET / HTTP/1.0\r\nHTTP/1.0 200 OK\r\n\r\n"));
        QCOMPARE(hex->chunkCount(), 4);
        const QColor in = hex->chunkColour(0);
        const QColor out = hex->chunkColour(2);
        QCOMPARE(hex->chunkColour(1), in); // the same direction, the same colour
        QCOMPARE(hex->chunkColour(3), in);
        QVERIFY(in != out);
        // The log's colours for the two directions, as the hex view draws them on its base.
        QCOMPARE(in.hue(), ConnectionColours::forDirection(Direction::In, hex->palette()).hue());
        QCOMPARE(out.hue(), ConnectionColours::forDirection(Direction::Out, hex->palette()).hue());
        const QString header = f.window->packetView()->headerText();
        QVERIFY2(header.contains(QLatin1String("received 18 B")) && header.contains(QLatin1String("sent 17 B")),
            qPrintable(header));
    }
};

QTEST_MAIN(tst_StreamDirections)
#include "tst_streamdirections.moc"
