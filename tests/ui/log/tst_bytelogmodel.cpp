// SPDX-License-Identifier: GPL-3.0-or-later
// The byte log and socket tree models: batched appends, what each column shows, filtering.
#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "connectiontreemodel.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_ByteLogModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        ManualClock *clock = new ManualClock;
        Session session{std::unique_ptr<SessionClock>(clock)};

        Fixture()
        {
            QString error;
            QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("s.socketlab")), &error), qPrintable(error));
        }
        void add(ConnectionId id, ConnectionRole role, const QString &name, ConnectionId parent = 0)
        {
            ConnectionInfo info;
            info.id = session.connections().reserveId();
            QCOMPARE(info.id, id);
            info.role = role;
            info.name = name;
            info.parent = parent;
            session.setIdentity(info);
        }
    };

private Q_SLOTS:
    void appendsArriveInOneBatch()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        ByteLogModel model(f.session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        for (int i = 0; i < 1000; ++i)
            f.session.record(1, EventKind::Received, QByteArray::number(i));
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.count(), 1);   // one beginInsertRows for the whole burst
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    }

    void columnsShowTheEvent()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        f.clock->set(1500000000);   // 1.5 s
        f.session.record(1, EventKind::Received, QByteArrayLiteral("GET /\r\n\x00\xff"));
        f.session.recordText(1, EventKind::Error, QStringLiteral("Connection reset by peer"));
        ByteLogModel model(f.session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);

        const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ByteLogModel::TimeColumn), QStringLiteral("1.500000"));
        QCOMPARE(cell(0, ByteLogModel::ConnectionColumn), QStringLiteral("C1"));
        QVERIFY(cell(0, ByteLogModel::DirectionColumn).contains(QStringLiteral("in")));
        QCOMPARE(cell(0, ByteLogModel::LengthColumn), QStringLiteral("9"));
        QCOMPARE(cell(0, ByteLogModel::PreviewColumn), QStringLiteral("GET /\\r\\n\\0\\xff"));
        QCOMPARE(cell(1, ByteLogModel::DirectionColumn), QStringLiteral("error"));
        QCOMPARE(cell(1, ByteLogModel::LengthColumn), QString());
        QCOMPARE(cell(1, ByteLogModel::PreviewColumn), QStringLiteral("Connection reset by peer"));

        model.setTimeFormat(ByteLogModel::TimeFormat::WallClock);
        const QString wall = f.session.clock().startedAt().addMSecs(1500).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        QCOMPARE(cell(0, ByteLogModel::TimeColumn), wall);
    }

    void filterNarrowsRows_data()
    {
        QTest::addColumn<ConnectionId>("connection");
        QTest::addColumn<int>("direction");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expectedEventIndexes");

        using D = ByteLogFilter::DirectionFilter;
        QTest::newRow("everything") << ConnectionId(0) << int(D::Any) << QString() << QList<int>{0, 1, 2, 3, 4, 5};
        QTest::newRow("listener includes its children") << ConnectionId(1) << int(D::Any) << QString() << QList<int>{0, 1, 2, 3};
        QTest::newRow("one accepted connection") << ConnectionId(2) << int(D::Any) << QString() << QList<int>{1, 2, 3};
        QTest::newRow("received only") << ConnectionId(0) << int(D::In) << QString() << QList<int>{2, 5};
        QTest::newRow("sent only") << ConnectionId(0) << int(D::Out) << QString() << QList<int>{3};
        QTest::newRow("data only") << ConnectionId(0) << int(D::DataOnly) << QString() << QList<int>{2, 3, 5};
        QTest::newRow("events only") << ConnectionId(0) << int(D::EventsOnly) << QString() << QList<int>{0, 1, 4};
        QTest::newRow("text in payload, any case") << ConnectionId(0) << int(D::Any) << QStringLiteral("HELLO") << QList<int>{2, 3};
        QTest::newRow("text in detail") << ConnectionId(0) << int(D::Any) << QStringLiteral("refused") << QList<int>{4};
        QTest::newRow("binary bytes as latin-1") << ConnectionId(0) << int(D::Any) << QStringLiteral("\u00ff") << QList<int>{5};
        QTest::newRow("nothing matches") << ConnectionId(0) << int(D::Any) << QStringLiteral("zebra") << QList<int>{};
        QTest::newRow("combined") << ConnectionId(3) << int(D::In) << QStringLiteral("x") << QList<int>{};
    }

    void filterNarrowsRows()
    {
        QFETCH(ConnectionId, connection);
        QFETCH(int, direction);
        QFETCH(QString, text);
        QFETCH(QList<int>, expectedEventIndexes);

        Fixture f;
        f.add(1, ConnectionRole::Listener, QStringLiteral("L1"));
        f.add(2, ConnectionRole::Accepted, QStringLiteral("L1.1"), 1);
        f.add(3, ConnectionRole::Client, QStringLiteral("C1"));
        f.session.recordText(1, EventKind::Listening, QStringLiteral("bind"));          // 0
        f.session.recordText(2, EventKind::Accepted, QStringLiteral("accept"));         // 1
        f.session.record(2, EventKind::Received, QByteArrayLiteral("hello"));           // 2
        f.session.record(2, EventKind::Sent, QByteArrayLiteral("Hello back"));          // 3
        f.session.recordText(3, EventKind::Error, QStringLiteral("Connection refused")); // 4
        f.session.record(3, EventKind::Received, QByteArrayLiteral("\x00\xff"));        // 5

        ByteLogModel model(f.session);
        ByteLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setConnection(connection);
        filter.setDirection(ByteLogFilter::DirectionFilter(direction));
        filter.setText(text);

        QList<int> shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown << filter.index(row, 0).data(ByteLogModel::EventIndexRole).toInt();
        QCOMPARE(shown, expectedEventIndexes);
    }

    void newEventsAreFilteredAsTheyArrive()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        f.add(2, ConnectionRole::Client, QStringLiteral("C2"));
        ByteLogModel model(f.session);
        ByteLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setConnection(2);
        filter.setText(QStringLiteral("PING"));
        QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);

        f.session.record(1, EventKind::Received, "ping");   // 0: another connection
        f.session.record(2, EventKind::Received, "ping");   // 1
        f.session.record(2, EventKind::Sent, "pong");       // 2: other text
        f.session.record(2, EventKind::Sent, "a ping");     // 3
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.index(0, 0).data(ByteLogModel::EventIndexRole).toInt(), 1);
        QCOMPARE(filter.index(1, 0).data(ByteLogModel::EventIndexRole).toInt(), 3);
        QCOMPARE(inserted.count(), 1);   // the batch the log model inserted, filtered, at once
        QCOMPARE(filter.mapFromSource(model.index(2, 0)), QModelIndex());
        QCOMPARE(filter.mapFromSource(model.index(3, 4)), filter.index(1, 4));
        QCOMPARE(filter.headerData(ByteLogModel::LengthColumn, Qt::Horizontal).toString(), QStringLiteral("Length"));

        // Data changed in the log model reaches the rows shown.
        QSignalSpy changed(&filter, &QAbstractItemModel::dataChanged);
        model.setTimeFormat(ByteLogModel::TimeFormat::WallClock);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), filter.index(0, ByteLogModel::TimeColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), filter.index(1, ByteLogModel::TimeColumn));
    }

    // Unfiltered, the filter keeps no list of rows (every row is shown); rows arriving in each
    // state, and the switches between them, map to the right events.
    void rowsArriveUnfilteredFilteredAndCleared()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        f.add(2, ConnectionRole::Client, QStringLiteral("C2"));
        ByteLogModel model(f.session);
        ByteLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shownEvents = [&] {
            QList<int> events;
            for (int row = 0; row < filter.rowCount(); ++row)
                events << filter.index(row, 0).data(ByteLogModel::EventIndexRole).toInt();
            return events;
        };
        for (int i = 0; i < 4; ++i)
            f.session.record(1 + i % 2, EventKind::Received, QByteArray::number(i));
        QTRY_COMPARE(filter.rowCount(), 4);
        QCOMPARE(shownEvents(), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(filter.mapFromSource(model.index(2, 1)), filter.index(2, 1));
        QCOMPARE(filter.mapToSource(filter.index(3, 0)), model.index(3, 0));

        filter.setConnection(2);
        QCOMPARE(shownEvents(), (QList<int>{1, 3}));
        f.session.record(2, EventKind::Sent, "x");   // 4
        f.session.record(1, EventKind::Sent, "y");   // 5
        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(shownEvents(), (QList<int>{1, 3, 4}));
        QCOMPARE(filter.mapFromSource(model.index(5, 0)), QModelIndex());

        filter.setConnection(0);
        QCOMPARE(shownEvents(), (QList<int>{0, 1, 2, 3, 4, 5}));
        f.session.record(1, EventKind::Sent, "z");   // 6
        QTRY_COMPARE(filter.rowCount(), 7);
        QCOMPARE(shownEvents(), (QList<int>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(filter.mapFromSource(model.index(6, 3)), filter.index(6, 3));
        QCOMPARE(filter.mapFromSource(model.index(7, 0)), QModelIndex());
    }

    void refilteringKeepsTheSelectedRowsThatStayShown()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        f.add(2, ConnectionRole::Client, QStringLiteral("C2"));
        for (int i = 0; i < 6; ++i)
            f.session.record(1 + i % 2, EventKind::Received, QByteArray::number(i));
        ByteLogModel model(f.session);
        ByteLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&filter);
        selection.select(filter.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection.select(filter.index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

        filter.setConnection(2);   // events 1, 3, 5: event 3 stays, event 4 goes
        QCOMPARE(filter.rowCount(), 3);
        const QModelIndexList rows = selection.selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(ByteLogModel::EventIndexRole).toInt(), 3);
        QCOMPARE(rows.first().row(), 1);
    }

    // The payload search is a hand-written case-insensitive Latin-1 search: it must find exactly
    // what QString::contains(Qt::CaseInsensitive) finds, for any bytes and any text.
    void textSearchAgreesWithQString()
    {
        Fixture f;
        f.add(1, ConnectionRole::Client, QStringLiteral("C1"));
        // Letters in both cases, bytes whose folding is special (µ ß ÿ K), and any byte at all.
        const QByteArray alphabet = QByteArrayLiteral("abcABC\xb5\xdf\xff\xdfKk\x00\x80 ");
        QRandomGenerator random(7);
        const auto pick = [&](int length, bool anyByte) {
            QByteArray bytes;
            for (int i = 0; i < length; ++i) {
                bytes += anyByte && random.bounded(4) == 0 ? char(random.bounded(256))
                                                           : alphabet.at(random.bounded(int(alphabet.size())));
            }
            return bytes;
        };
        QList<QByteArray> payloads;
        for (int i = 0; i < 300; ++i) {
            payloads << pick(random.bounded(1, 40), true);
            f.session.record(1, EventKind::Received, payloads.last());
        }
        ByteLogModel model(f.session);
        ByteLogFilter filter;
        filter.setSourceModel(&model);
        // Half the rounds type on from the previous text: the filter then narrows the rows shown.
        QString text;
        for (int round = 0; round < 200; ++round) {
            const QByteArray more = pick(random.bounded(1, 3), false);
            text = round % 2 ? text + QString::fromLatin1(more) : QString::fromLatin1(more);
            filter.setText(text);
            QList<int> expected;
            for (int i = 0; i < payloads.size(); ++i) {
                if (QString::fromLatin1(payloads.at(i)).contains(text, Qt::CaseInsensitive))
                    expected << i;
            }
            QList<int> shown;
            for (int row = 0; row < filter.rowCount(); ++row)
                shown << filter.index(row, 0).data(ByteLogModel::EventIndexRole).toInt();
            QVERIFY2(shown == expected, qPrintable(text));
        }
    }

    void treeNestsAcceptedUnderListener()
    {
        Fixture f;
        f.add(1, ConnectionRole::Listener, QStringLiteral("L1"));
        f.add(2, ConnectionRole::Client, QStringLiteral("C1"));
        f.session.recordText(1, EventKind::Listening, QStringLiteral("bind"));
        ConnectionTreeModel model(f.session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);

        f.add(3, ConnectionRole::Accepted, QStringLiteral("L1.1"), 1);
        f.session.recordText(3, EventKind::Accepted, QStringLiteral("accept"));
        f.session.record(3, EventKind::Received, QByteArray(1500, 'x'));
        f.session.record(3, EventKind::Received, QByteArray(500, 'y'));
        model.refresh();

        const QModelIndex listener = model.indexOf(1);
        QCOMPARE(listener.row(), 0);
        QCOMPARE(model.rowCount(listener), 1);
        const QModelIndex child = model.index(0, 0, listener);
        QCOMPARE(child.data(ConnectionTreeModel::ConnectionIdRole).toUInt(), 3u);
        QCOMPARE(model.parent(child), listener);
        QCOMPARE(model.index(0, ConnectionTreeModel::BytesInColumn, listener).data().toString(), QStringLiteral("1.95 KiB"));
        QCOMPARE(model.index(0, ConnectionTreeModel::ChunksInColumn, listener).data().toULongLong(), 2ull);
        QVERIFY(model.index(0, ConnectionTreeModel::PeerColumn).data().toString().contains(QStringLiteral("1 connection")));
        QVERIFY(model.index(0, ConnectionTreeModel::StateColumn, listener).data().toString().contains(QStringLiteral("connected")));
    }
};

QTEST_MAIN(tst_ByteLogModel)
#include "tst_bytelogmodel.moc"
