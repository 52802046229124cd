// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputchart.h"

#include "journal.h"
#include "qcustomplotinclude.h"
#include "sessionclock.h"
#include "trafficlog.h"
#include "wirelog.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

namespace {

constexpr qint64 Ms = 1'000'000;
constexpr qint64 Second = 1'000'000'000;
constexpr qint64 Bucket = ThroughputChart::BucketNs;
// Long enough for several replot ticks: used only to show that nothing happens.
constexpr int QuietMs = ThroughputChart::ReplotIntervalMs * 6;

struct Traffic
{
    qint64 timeNs = 0;
    EventKind kind = EventKind::Received;
    quint32 bytes = 0;
    ConnectionId connection = 1;
};

using TrafficList = QList<Traffic>;
using Values = QList<double>;

TrafficEvent eventOf(const Traffic &traffic)
{
    TrafficEvent event;
    event.timeNs = traffic.timeNs;
    event.kind = traffic.kind;
    event.payloadLength = traffic.bytes;
    event.connection = traffic.connection;
    return event;
}

Values values(const QCPGraph *graph)
{
    Values result;
    for (const QCPGraphData &point : *graph->data())
        result.append(point.value);
    return result;
}

Values keys(const QCPGraph *graph)
{
    Values result;
    for (const QCPGraphData &point : *graph->data())
        result.append(point.key);
    return result;
}

// The plotted value at a key; NaN when there is no point there.
double valueAt(const QCPGraph *graph, double key)
{
    for (const QCPGraphData &point : *graph->data()) {
        if (point.key == key)
            return point.value;
    }
    return qQNaN();
}

// Bucket start times in seconds, computed the way the chart computes them.
Values bucketKeys(int count)
{
    Values result;
    for (int i = 0; i < count; ++i)
        result.append(double(i * Bucket) / 1e9);
    return result;
}

QStringList legendNames(const QCustomPlot *plot)
{
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
            names.append(item->plottable()->name());
    }
    return names;
}

// A log with no journal file behind it: the chart reads event metadata only, never payloads.
struct Session
{
    Journal journal;
    TrafficLog log { journal };
    ManualClock clock;

    void append(const TrafficList &traffic)
    {
        for (const Traffic &item : traffic)
            log.append(eventOf(item));
    }
};

} // namespace

Q_DECLARE_METATYPE(Traffic)

class tst_ThroughputChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateAxisLabel_data();
    void rateAxisLabel();
    void plotsRates_data();
    void plotsRates();
    void readsEventsAlreadyInTheLog();
    void selectedConnection_data();
    void selectedConnection();
    void followsTheClock_data();
    void followsTheClock();
    void pauseFreezesTimeAxis();
    void zoomAndPanStopFollowing_data();
    void zoomAndPanStopFollowing();
    void replotsOnlyWhenVisibleAndChanged();
    void valueAxisFitsVisibleData();
    void valueLabelsDoNotOverlap_data();
    void valueLabelsDoNotOverlap();
    void packetsPerSecondOnTheSecondAxis();
};

void tst_ThroughputChart::rateAxisLabel_data()
{
    QTest::addColumn<double>("bytesPerSecond");
    QTest::addColumn<QString>("label");

    QTest::newRow("zero") << 0.0 << QStringLiteral("0 B/s");
    QTest::newRow("one byte") << 1.0 << QStringLiteral("1 B/s");
    QTest::newRow("fraction") << 0.5 << QStringLiteral("0.5 B/s");
    QTest::newRow("just below KiB") << 1023.0 << QStringLiteral("1023 B/s");
    QTest::newRow("one KiB") << 1024.0 << QStringLiteral("1 KiB/s");
    QTest::newRow("2.5 KiB") << 2560.0 << QStringLiteral("2.5 KiB/s");
    QTest::newRow("256 KiB") << 262'144.0 << QStringLiteral("256 KiB/s");
    QTest::newRow("one MiB") << 1048576.0 << QStringLiteral("1 MiB/s");
    QTest::newRow("quarter steps") << 1.25 * 1048576 << QStringLiteral("1.25 MiB/s");
    QTest::newRow("half steps") << 1.5 * 1048576 << QStringLiteral("1.5 MiB/s");
    QTest::newRow("GiB") << 3.0 * (1 << 30) << QStringLiteral("3 GiB/s");
    QTest::newRow("beyond GiB stays GiB") << 2500.0 * (1 << 30) << QStringLiteral("2500 GiB/s");
    QTest::newRow("float noise below a step") << 0.1 * 3 * 1048576 << QStringLiteral("307.2 KiB/s");
    QTest::newRow("float noise below a unit") << 1023.99999999997 << QStringLiteral("1 KiB/s");
    QTest::newRow("at most three decimals") << 1234567.0 << QStringLiteral("1.177 MiB/s");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0 B/s");
    QTest::newRow("not a number") << qQNaN() << QStringLiteral("0 B/s");
}

void tst_ThroughputChart::rateAxisLabel()
{
    QFETCH(double, bytesPerSecond);
    QFETCH(QString, label);

    QCOMPARE(ThroughputChart::rateAxisLabel(bytesPerSecond), label);
}

void tst_ThroughputChart::plotsRates_data()
{
    QTest::addColumn<TrafficList>("traffic");
    QTest::addColumn<bool>("throughLog");
    QTest::addColumn<qint64>("nowNs");
    QTest::addColumn<Values>("in");
    QTest::addColumn<Values>("out");

    const TrafficList mixed { { 50 * Ms, EventKind::Received, 1000 },
        { 150 * Ms, EventKind::Sent, 200 } };
    // 1000 bytes in a 100 ms bucket are 10 000 bytes per second.
    QTest::newRow("received and sent, from the log")
        << mixed << true << 300 * Ms << Values { 10'000, 0, 0 } << Values { 0, 2000, 0 };
    QTest::newRow("received and sent, through addEvent")
        << mixed << false << 300 * Ms << Values { 10'000, 0, 0 } << Values { 0, 2000, 0 };
    QTest::newRow("events of a bucket add up")
        << TrafficList { { 10 * Ms, EventKind::Received, 100 },
               { 20 * Ms, EventKind::Received, 100 }, { 30 * Ms, EventKind::Received, 100, 2 } }
        << true << 100 * Ms << Values { 3000 } << Values { 0 };
    QTest::newRow("bucket edge") << TrafficList { { Bucket - 1, EventKind::Received, 1 },
        { Bucket, EventKind::Received, 2 } }
                                 << true << 200 * Ms << Values { 10, 20 } << Values { 0, 0 };
    QTest::newRow("bucket still filling is not plotted")
        << TrafficList { { 50 * Ms, EventKind::Sent, 10 }, { 220 * Ms, EventKind::Sent, 10 } }
        << true << 250 * Ms << Values { 0, 0 } << Values { 100, 0 };
    QTest::newRow("non-data events are not traffic")
        << TrafficList { { 10 * Ms, EventKind::Connected, 30 }, { 20 * Ms, EventKind::Note, 40 },
               { 30 * Ms, EventKind::Error, 50 } }
        << true << 100 * Ms << Values { 0 } << Values { 0 };
    QTest::newRow("nothing plotted at the start")
        << mixed << true << qint64(0) << Values {} << Values {};
}

void tst_ThroughputChart::plotsRates()
{
    QFETCH(TrafficList, traffic);
    QFETCH(bool, throughLog);
    QFETCH(qint64, nowNs);
    QFETCH(Values, in);
    QFETCH(Values, out);

    Session session;
    session.clock.set(nowNs);
    ThroughputChart chart(session.log, session.clock);
    if (throughLog) {
        QSignalSpy appended(&session.log, &TrafficLog::appended);
        session.append(traffic);
        QVERIFY(appended.wait());
    } else {
        for (const Traffic &item : traffic)
            chart.addEvent(eventOf(item));
    }
    QSignalSpy replotted(chart.plot(), &QCustomPlot::afterReplot);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QTRY_COMPARE(values(chart.graph(ThroughputChart::TotalIn)), in);
    QCOMPARE(values(chart.graph(ThroughputChart::TotalOut)), out);
    QCOMPARE(keys(chart.graph(ThroughputChart::TotalIn)), bucketKeys(int(in.size())));
    QCOMPARE(keys(chart.graph(ThroughputChart::TotalOut)), bucketKeys(int(out.size())));
    QVERIFY(replotted.count() > 0);
    QVERIFY(!chart.graph(ThroughputChart::SelectedIn)->visible());
    QVERIFY(!chart.graph(ThroughputChart::SelectedOut)->visible());
}

void tst_ThroughputChart::readsEventsAlreadyInTheLog()
{
    Session session;
    QSignalSpy appended(&session.log, &TrafficLog::appended);
    session.append({ { 10 * Ms, EventKind::Received, 100 }, { 20 * Ms, EventKind::Sent, 7 } });

    // Built before the log has announced its events: it counts them now, and must not count
    // them again when the announcement arrives.
    ThroughputChart chart(session.log, session.clock);
    QCOMPARE(chart.totalSeries().totalBytes(Direction::In), quint64(100));
    QVERIFY(appended.wait());
    QCOMPARE(chart.totalSeries().totalBytes(Direction::In), quint64(100));
    QCOMPARE(chart.totalSeries().totalBytes(Direction::Out), quint64(7));

    session.append({ { 30 * Ms, EventKind::Received, 1 } });
    QVERIFY(appended.wait());
    QCOMPARE(chart.totalSeries().totalBytes(Direction::In), quint64(101));
}

void tst_ThroughputChart::selectedConnection_data()
{
    QTest::addColumn<bool>("selectBeforeTraffic");

    QTest::newRow("selected, then traffic") << true;
    QTest::newRow("traffic, then selected") << false;
}

void tst_ThroughputChart::selectedConnection()
{
    QFETCH(bool, selectBeforeTraffic);

    Session session;
    session.clock.set(300 * Ms);
    ThroughputChart chart(session.log, session.clock);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const QColor colour(0, 150, 80);
    if (selectBeforeTraffic)
        chart.setSelectedConnection(2, QStringLiteral("web"), colour);
    QSignalSpy appended(&session.log, &TrafficLog::appended);
    session.append({ { 10 * Ms, EventKind::Received, 1000, 1 },
        { 20 * Ms, EventKind::Received, 500, 2 }, { 120 * Ms, EventKind::Sent, 40, 2 },
        { 130 * Ms, EventKind::Sent, 60, 1 }, { 210 * Ms, EventKind::Closed, 30, 2 } });
    QVERIFY(appended.wait());
    if (!selectBeforeTraffic)
        chart.setSelectedConnection(2, QStringLiteral("web"), colour);
    QCOMPARE(chart.selectedConnection(), ConnectionId(2));

    QCPGraph *selectedIn = chart.graph(ThroughputChart::SelectedIn);
    QCPGraph *selectedOut = chart.graph(ThroughputChart::SelectedOut);
    QTRY_COMPARE(values(selectedIn), (Values { 5000, 0, 0 }));
    QCOMPARE(values(selectedOut), (Values { 0, 400, 0 }));
    QCOMPARE(values(chart.graph(ThroughputChart::TotalIn)), (Values { 15'000, 0, 0 }));
    QCOMPARE(values(chart.graph(ThroughputChart::TotalOut)), (Values { 0, 1000, 0 }));
    QVERIFY(selectedIn->visible());
    QVERIFY(selectedOut->visible());
    QCOMPARE(selectedIn->pen().color(), colour);
    QCOMPARE(selectedOut->pen().color(), colour);
    QVERIFY(selectedIn->pen().style() != Qt::SolidLine);
    QVERIFY(selectedOut->pen().style() != Qt::SolidLine);
    QVERIFY(selectedIn->pen().style() != selectedOut->pen().style());
    QCOMPARE(legendNames(chart.plot()),
        (QStringList { QStringLiteral("Received (all)"), QStringLiteral("Sent (all)"),
            QStringLiteral("Received: web"), QStringLiteral("Sent: web") }));

    // Another connection replaces the series instead of adding to it.
    chart.setSelectedConnection(1, QStringLiteral("ssh"), colour);
    QTRY_COMPARE(values(selectedIn), (Values { 10'000, 0, 0 }));
    QCOMPARE(values(selectedOut), (Values { 0, 600, 0 }));

    chart.setSelectedConnection(0, QString(), QColor());
    QCOMPARE(chart.selectedConnection(), ConnectionId(0));
    QVERIFY(!selectedIn->visible());
    QVERIFY(!selectedOut->visible());
    QCOMPARE(legendNames(chart.plot()),
        (QStringList { QStringLiteral("Received (all)"), QStringLiteral("Sent (all)") }));
    QCOMPARE(chart.selectedSeries().totalBytes(Direction::In), quint64(0));
}

void tst_ThroughputChart::followsTheClock_data()
{
    QTest::addColumn<qint64>("nowNs");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");

    QTest::newRow("first seconds: window starts at the session start")
        << 10 * Second << 0.0 << 60.0;
    QTest::newRow("exactly one span") << 60 * Second << 0.0 << 60.0;
    QTest::newRow("then it scrolls") << 90 * Second + 500 * Ms << 30.5 << 90.5;
    QTest::newRow("an hour in") << 3600 * Second << 3540.0 << 3600.0;
}

void tst_ThroughputChart::followsTheClock()
{
    QFETCH(qint64, nowNs);
    QFETCH(double, lower);
    QFETCH(double, upper);

    Session session;
    ThroughputChart chart(session.log, session.clock);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.isFollowing());

    session.clock.set(nowNs);
    QTRY_COMPARE(chart.plot()->xAxis->range().upper, upper);
    QCOMPARE(chart.plot()->xAxis->range().lower, lower);
}

void tst_ThroughputChart::pauseFreezesTimeAxis()
{
    Session session;
    session.clock.set(70 * Second);
    ThroughputChart chart(session.log, session.clock);
    QSignalSpy followingChanged(&chart, &ThroughputChart::followingChanged);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(chart.plot()->xAxis->range().lower, 10.0);

    auto *pause = chart.findChild<QToolButton *>(QStringLiteral("pauseButton"));
    auto *live = chart.findChild<QToolButton *>(QStringLiteral("liveButton"));
    QVERIFY(pause);
    QVERIFY(live);
    QVERIFY(!live->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!chart.isFollowing());
    QVERIFY(pause->isChecked());
    QVERIFY(live->isEnabled());
    QCOMPARE(followingChanged.count(), 1);
    QCOMPARE(followingChanged.at(0).at(0).toBool(), false);

    // Time moves on and traffic arrives, one event inside the frozen view and one after it.
    session.clock.set(100 * Second);
    QSignalSpy appended(&session.log, &TrafficLog::appended);
    session.append(
        { { 65 * Second, EventKind::Received, 100 }, { 95 * Second, EventKind::Sent, 50 } });
    QVERIFY(appended.wait());

    const double atSixtyFive = double(650 * Bucket) / 1e9;
    QTRY_COMPARE(valueAt(chart.graph(ThroughputChart::TotalIn), atSixtyFive), 1000.0);
    QCOMPARE(chart.plot()->xAxis->range().lower, 10.0);
    QCOMPARE(chart.plot()->xAxis->range().upper, 70.0);
    QCOMPARE(chart.totalSeries().totalBytes(Direction::Out), quint64(50));

    QTest::mouseClick(live, Qt::LeftButton);
    QVERIFY(chart.isFollowing());
    QVERIFY(!pause->isChecked());
    QVERIFY(!live->isEnabled());
    QTRY_COMPARE(chart.plot()->xAxis->range().upper, 100.0);
    QCOMPARE(chart.plot()->xAxis->range().lower, 40.0);
    const double atNinetyFive = double(950 * Bucket) / 1e9;
    QTRY_COMPARE(valueAt(chart.graph(ThroughputChart::TotalOut), atNinetyFive), 500.0);
    QCOMPARE(followingChanged.count(), 2);
}

void tst_ThroughputChart::zoomAndPanStopFollowing_data()
{
    QTest::addColumn<bool>("wheel");
    QTest::addColumn<double>("expectedWidth"); // negative: narrower than 60 s

    QTest::newRow("wheel zooms in") << true << -1.0;
    QTest::newRow("drag pans") << false << 60.0;
}

void tst_ThroughputChart::zoomAndPanStopFollowing()
{
    QFETCH(bool, wheel);
    QFETCH(double, expectedWidth);

    Session session;
    session.clock.set(120 * Second);
    ThroughputChart chart(session.log, session.clock);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(chart.plot()->xAxis->range().upper, 120.0);

    QCustomPlot *plot = chart.plot();
    const QPoint centre = plot->axisRect()->rect().center();
    if (wheel) {
        QWheelEvent event(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &event);
    } else {
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, centre);
        QTest::mouseMove(plot, centre - QPoint(100, 0));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, centre - QPoint(100, 0));
    }

    QVERIFY(!chart.isFollowing());
    const QCPRange range = plot->xAxis->range();
    if (expectedWidth < 0)
        QVERIFY2(range.size() < 60.0, qPrintable(QString::number(range.size())));
    else
        QCOMPARE(range.size(), expectedWidth);
    QVERIFY(range.upper != 120.0);
    QVERIFY(range.lower >= 0);

    // The moved view stays put as time goes on and traffic arrives in it, until Live.
    session.clock.set(130 * Second);
    const qint64 shownBucket = qint64(range.center() * 10);
    chart.addEvent(eventOf({ shownBucket * Bucket, EventKind::Received, 1 }));
    QTRY_COMPARE(
        valueAt(chart.graph(ThroughputChart::TotalIn), double(shownBucket * Bucket) / 1e9), 10.0);
    QCOMPARE(plot->xAxis->range().lower, range.lower);
    QCOMPARE(plot->xAxis->range().upper, range.upper);

    chart.setFollowing(true);
    QTRY_COMPARE(plot->xAxis->range().upper, 130.0);
    QCOMPARE(plot->xAxis->range().size(), 60.0);
}

void tst_ThroughputChart::replotsOnlyWhenVisibleAndChanged()
{
    Session session;
    session.clock.set(Second);
    ThroughputChart chart(session.log, session.clock);
    // QCustomPlot queues one replot of its own when it is built; let it pass.
    QCoreApplication::processEvents();
    QSignalSpy replotted(chart.plot(), &QCustomPlot::afterReplot);

    // Hidden: events are counted, nothing is drawn.
    chart.addEvent(eventOf({ 50 * Ms, EventKind::Received, 10 }));
    QVERIFY(!replotted.wait(QuietMs));
    QCOMPARE(chart.totalSeries().totalBytes(Direction::In), quint64(10));

    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(values(chart.graph(ThroughputChart::TotalIn)).value(0), 100.0);

    // Following, but the clock stands still and nothing arrives: no replot.
    replotted.clear();
    QVERIFY(!replotted.wait(QuietMs));

    // A new event is drawn, by a single replot however many events came.
    for (int i = 0; i < 100; ++i)
        chart.addEvent(eventOf({ 60 * Ms, EventKind::Received, 1 }));
    QVERIFY(replotted.wait());
    QVERIFY(!replotted.wait(QuietMs));
    QCOMPARE(replotted.count(), 1);
    QCOMPARE(values(chart.graph(ThroughputChart::TotalIn)).value(0), 1100.0);

    // Time moving while following is a change.
    replotted.clear();
    session.clock.advance(Bucket);
    QVERIFY(replotted.wait());
    QCOMPARE(values(chart.graph(ThroughputChart::TotalIn)).size(), 11);

    // Paused, time moving is not.
    chart.setFollowing(false);
    QVERIFY(replotted.wait());
    replotted.clear();
    session.clock.advance(Bucket);
    QVERIFY(!replotted.wait(QuietMs));

    // Nor is traffic outside the paused view; traffic inside it is.
    chart.addEvent(eventOf({ 500 * Second, EventKind::Received, 10 }));
    QVERIFY(!replotted.wait(QuietMs));
    QCOMPARE(chart.totalSeries().totalBytes(Direction::In), quint64(120));
    chart.addEvent(eventOf({ 10 * Ms, EventKind::Received, 10 }));
    QVERIFY(replotted.wait());
    QCOMPARE(values(chart.graph(ThroughputChart::TotalIn)).value(0), 1200.0);

    // Hidden again: nothing is drawn, however much changes.
    chart.hide();
    chart.setFollowing(true);
    session.clock.advance(Second);
    chart.addEvent(eventOf({ 1100 * Ms, EventKind::Sent, 10 }));
    QVERIFY(!replotted.wait(QuietMs));
}

void tst_ThroughputChart::valueAxisFitsVisibleData()
{
    Session session;
    ThroughputChart chart(session.log, session.clock);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // 2 MiB/s for one second: the ticks are round numbers of MiB/s.
    for (qint64 t = 0; t < Second; t += 10 * Ms)
        chart.addEvent(eventOf({ t, EventKind::Received, 20'972 }));
    session.clock.set(2 * Second);
    QTRY_COMPARE(values(chart.graph(ThroughputChart::TotalIn)).value(0), 2'097'200.0);

    QCPAxis *yAxis = chart.plot()->yAxis;
    QVERIFY2(yAxis->range().upper >= 2.0 * 1048576 && yAxis->range().upper < 2.5 * 1048576,
        qPrintable(QString::number(yAxis->range().upper)));
    QCOMPARE(yAxis->range().lower, 0.0);
    const QList<QString> labels = yAxis->tickVectorLabels();
    QVERIFY(!labels.isEmpty());
    QVERIFY2(labels.contains(QStringLiteral("2 MiB/s")), qPrintable(labels.join(u", ")));
    QVERIFY2(labels.contains(QStringLiteral("1 MiB/s")), qPrintable(labels.join(u", ")));
    for (const QString &label : labels)
        QVERIFY2(label.endsWith(QStringLiteral("B/s")), qPrintable(label));

    // Once the burst has scrolled out of view, the axis shrinks back.
    session.clock.set(200 * Second);
    QTRY_COMPARE(yAxis->range().upper, 1024.0);
    QVERIFY2(yAxis->tickVectorLabels().contains(QStringLiteral("1 KiB/s")),
        qPrintable(yAxis->tickVectorLabels().join(u", ")));
}

void tst_ThroughputChart::valueLabelsDoNotOverlap_data()
{
    QTest::addColumn<int>("height");
    QTest::newRow("smallest") << 160;
    QTest::newRow("middle") << 220;
    QTest::newRow("tall") << 600;
}

// Whatever the chart's height, the value axis's labels stand apart, and a tall chart still gets
// several of them.
void tst_ThroughputChart::valueLabelsDoNotOverlap()
{
    QFETCH(int, height);
    Session session;
    ThroughputChart chart(session.log, session.clock);
    chart.resize(600, height);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // 4000 B/s for a second: five labels unless fewer are asked for.
    for (qint64 t = 0; t < Second; t += 10 * Ms)
        chart.addEvent(eventOf({ t, EventKind::Received, 40 }));
    session.clock.set(2 * Second);
    QTRY_COMPARE(values(chart.graph(ThroughputChart::TotalIn)).value(0), 4000.0);

    QCPAxis *yAxis = chart.plot()->yAxis;
    const int labelHeight = QFontMetrics(yAxis->tickLabelFont()).height();
    const auto spacing = [yAxis] {
        const QList<double> ticks = yAxis->tickVector();
        double smallest = qInf();
        for (qsizetype i = 1; i < ticks.size(); ++i)
            smallest = qMin(smallest, qAbs(yAxis->coordToPixel(ticks[i]) - yAxis->coordToPixel(ticks[i - 1])));
        return smallest;
    };
    QTRY_VERIFY2(spacing() >= labelHeight * 1.2,
        qPrintable(QStringLiteral("%1 px between labels %2 px high: %3")
                       .arg(spacing())
                       .arg(labelHeight)
                       .arg(yAxis->tickVectorLabels().join(u", "))));
    if (height >= 600)
        QVERIFY2(yAxis->tickVector().size() >= 4, qPrintable(yAxis->tickVectorLabels().join(u", ")));
}

// Captured packets, counted per bucket beside the bytes, shown on the right-hand axis once the
// Packets/s button is clicked: three packets in the first bucket (two in, one out), one in the second.
void tst_ThroughputChart::packetsPerSecondOnTheSecondAxis()
{
    Session session;
    session.clock.set(3 * Second);
    WireLog wire;
    ThroughputChart chart(session.log, session.clock);
    chart.setWire(wire);
    for (auto [timeNs, direction] : { std::pair(10 * Ms, WireDirection::In), std::pair(20 * Ms, WireDirection::Out),
             std::pair(30 * Ms, WireDirection::In), std::pair(Bucket + 10 * Ms, WireDirection::In) })
        wire.append({ timeNs, 1, direction, {} });
    QTRY_COMPARE(chart.packetSeries().totalBytes(Direction::In), quint64(3));
    QCOMPARE(chart.packetSeries().totalBytes(Direction::Out), quint64(1));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto *button = chart.findChild<QToolButton *>(QStringLiteral("packetsButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!chart.graph(ThroughputChart::PacketsIn)->visible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(chart.packetsShown());
    QVERIFY(chart.plot()->yAxis2->visible());
    QCOMPARE(chart.graph(ThroughputChart::PacketsIn)->valueAxis(), chart.plot()->yAxis2);
    const double perSecond = 1e9 / double(Bucket);
    QTRY_COMPARE(valueAt(chart.graph(ThroughputChart::PacketsIn), 0), 2 * perSecond);
    QCOMPARE(valueAt(chart.graph(ThroughputChart::PacketsOut), 0), perSecond);
    QCOMPARE(valueAt(chart.graph(ThroughputChart::PacketsIn), double(Bucket) / 1e9), perSecond);
    QVERIFY(legendNames(chart.plot()).contains(QStringLiteral("Packets in")));
    // The bytes per second stay on the left axis.
    QCOMPARE(chart.graph(ThroughputChart::TotalIn)->valueAxis(), chart.plot()->yAxis);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!chart.graph(ThroughputChart::PacketsIn)->visible());
    QVERIFY(!legendNames(chart.plot()).contains(QStringLiteral("Packets in")));
}

QTEST_MAIN(tst_ThroughputChart)
#include "tst_throughputchart.moc"
