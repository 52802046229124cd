// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputchart.h"

#include "qcustomplotinclude.h"
#include "sessionclock.h"
#include "trafficlog.h"
#include "wirelog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <tuple>

namespace {

constexpr double NsPerSecond = 1e9;
// The time axis can be zoomed between these widths: below a second there are fewer than ten
// buckets to see, and an hour is 36 000 points a graph, still quick to rebuild on a tick.
constexpr double MinVisibleSeconds = 1;
constexpr double MaxVisibleSeconds = 3600;
// With no traffic the value axis still spans something readable, not 0 ... 0.
constexpr double MinTopRate = 1024;
constexpr double TopMargin = 1.15; // the highest point stays below the frame

const QColor TotalInColour(31, 119, 180);
const QColor TotalOutColour(230, 115, 0);
const QColor NoConnectionColour(148, 103, 189);
const QColor PacketsInColour(0, 158, 115);
const QColor PacketsOutColour(204, 121, 167);
// Packets per second: the second axis spans at least this much.
constexpr double MinTopPackets = 10;

qint64 toNs(double seconds)
{
    // Axis ranges are doubles the user can drag anywhere; keep the conversion inside qint64.
    return qint64(qBound(-9e18, seconds * NsPerSecond, 9e18));
}

// The binary unit a rate of this size is shown in: 1, 1024 (KiB/s), 1024² (MiB/s), 1024³.
double rateUnit(double magnitude)
{
    double unit = 1;
    for (int step = 0; step < 3 && magnitude >= unit * 1024; ++step)
        unit *= 1024;
    return unit;
}

// Labels value-axis ticks with byte-rate units (KiB/s, MiB/s: binary, as every size SocketLab
// shows). Ticks are placed at round numbers of the unit the axis top is shown in, so they read
// 256 KiB/s, 512 KiB/s rather than 244.14 KiB/s.
class RateAxisTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        const double unit = rateUnit(qMax(std::abs(range.lower), std::abs(range.upper)));
        return QCPAxisTicker::getTickStep(QCPRange(range.lower / unit, range.upper / unit)) * unit;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return ThroughputChart::rateAxisLabel(tick);
    }
};

} // namespace

ThroughputChart::ThroughputChart(const TrafficLog &log, const SessionClock &clock, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_clock(clock)
    , m_plot(new QCustomPlot(this))
    , m_pauseButton(new QToolButton(this))
    , m_liveButton(new QToolButton(this))
    , m_packetsButton(new QToolButton(this))
    , m_replotTimer(new QTimer(this))
{
    auto *hint = new QLabel(tr("Wheel: zoom time, drag: pan"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Stop following the clock. Traffic is still counted."));
    m_liveButton->setObjectName(QStringLiteral("liveButton"));
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Follow the last %1 seconds again").arg(SpanNs / 1'000'000'000));
    m_liveButton->setEnabled(false);
    m_packetsButton->setObjectName(QStringLiteral("packetsButton"));
    m_packetsButton->setText(tr("Packets/s"));
    m_packetsButton->setCheckable(true);
    m_packetsButton->setToolTip(tr("Also show the captured packets per second, on the right-hand axis"));
    m_packetsButton->hide();   // until there is a wire to count

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(6, 2, 2, 0);
    tools->addWidget(hint);
    tools->addStretch();
    tools->addWidget(m_packetsButton);
    tools->addWidget(m_pauseButton);
    tools->addWidget(m_liveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_plot, 1);
    setMinimumHeight(160);

    m_plot->xAxis->setLabel(tr("Seconds since session start"));
    m_plot->xAxis->setRange(0, SpanNs / NsPerSecond);
    m_plot->yAxis->setTicker(QSharedPointer<RateAxisTicker>::create());
    m_plot->yAxis->ticker()->setTickCount(MaxValueTicks);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ThroughputChart::fitValueTicks);
    m_plot->yAxis->setRange(0, MinTopRate);

    // Only time zooms and pans: the value axis always fits the visible data.
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);

    // The legend gets a row above the plot instead of covering the newest data.
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    // The top axis is hidden: the plot needs no room above it beyond the legend's.
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(0, 8, 0, 0));

    // Indices follow the Graph enum.
    QCPGraph *totalIn = m_plot->addGraph();
    totalIn->setName(tr("Received (all)"));
    totalIn->setPen(QPen(TotalInColour, 1.5));
    totalIn->setBrush(QColor(TotalInColour.red(), TotalInColour.green(), TotalInColour.blue(), 40));
    QCPGraph *totalOut = m_plot->addGraph();
    totalOut->setName(tr("Sent (all)"));
    totalOut->setPen(QPen(TotalOutColour, 1.5));
    for (Graph selected : { SelectedIn, SelectedOut }) {
        QCPGraph *graph = m_plot->addGraph();
        Q_ASSERT(graph == this->graph(selected));
        graph->setVisible(false);
        graph->removeFromLegend();
    }
    // Packets on the right-hand axis: thin lines with dots, unlike every byte graph.
    for (auto [which, name, colour] : { std::tuple(PacketsIn, tr("Packets in"), PacketsInColour),
             std::tuple(PacketsOut, tr("Packets out"), PacketsOutColour) }) {
        QCPGraph *graph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        Q_ASSERT(graph == this->graph(which));
        graph->setName(name);
        graph->setPen(QPen(colour, 1));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
        graph->setVisible(false);
        graph->removeFromLegend();
    }
    m_plot->yAxis2->setLabel(tr("Packets/s"));
    m_plot->yAxis2->setRange(0, MinTopPackets);
    connect(m_packetsButton, &QToolButton::toggled, this, &ThroughputChart::setPacketsShown);

    m_replotTimer->setInterval(ReplotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &ThroughputChart::tick);
    connect(
        m_pauseButton, &QToolButton::toggled, this, [this](bool paused) { setFollowing(!paused); });
    connect(m_liveButton, &QToolButton::clicked, this, [this] { setFollowing(true); });
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
        &ThroughputChart::userChangedTimeRange);
    connect(&m_log, &TrafficLog::appended, this, [this](qint64, qint64 last) { readLog(last); });

    applyPalette();
    applyFont();
    // The log may already hold a session's worth of events.
    readLog(m_log.count() - 1);
}

// As many value labels as fit the plot's height, one and a half label heights apart (at least
// two: zero and a rate): in a small dock four of them overlapped. Called once the layout is
// done, when the height is known but this replot's ticks are already placed: a change lays the
// plot out again before it is drawn.
void ThroughputChart::fitValueTicks()
{
    const int spacing = 3 * QFontMetrics(m_plot->yAxis->tickLabelFont()).height() / 2;
    const int fitting = qBound(2, m_plot->axisRect()->height() / spacing, MaxValueTicks);
    if (fitting == m_plot->yAxis->ticker()->tickCount())
        return;
    m_plot->yAxis->ticker()->setTickCount(fitting);
    for (auto phase : { QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
             QCPLayoutElement::upLayout })
        m_plot->plotLayout()->update(phase);
}

void ThroughputChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        applyFont();
}

// QCustomPlot copies the widget's font into each axis, the legend and each legend entry when it
// makes them, and keeps those copies: a zoom (the application font) would leave the chart's
// text as it was, small on a projector, or large once classroom mode ends.
void ThroughputChart::applyFont()
{
    const QFont text = font();
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis, m_plot->xAxis2, m_plot->yAxis2 }) {
        axis->setLabelFont(text);
        axis->setSelectedLabelFont(text);
        axis->setTickLabelFont(text);
        axis->setSelectedTickLabelFont(text);
    }
    m_plot->legend->setFont(text);
    m_plot->legend->setSelectedFont(text);
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        m_plot->legend->item(i)->setFont(text);
        m_plot->legend->item(i)->setSelectedFont(text);
    }
    // The icon beside each entry is as tall as a line of text.
    const int line = QFontMetrics(text).height();
    m_plot->legend->setIconSize(line * 3 / 2, line * 2 / 3);
    // The last time label ("60") is centred on the plot's right edge: half of it lies beyond.
    m_plot->axisRect()->setMinimumMargins(
        QMargins(0, 0, QFontMetrics(text).horizontalAdvance(QStringLiteral("000")) / 2 + 2, 0));
    m_dirty = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// QCustomPlot paints black on white whatever the palette: give it the palette's own colours so
// the chart reads on a dark desktop as well as on a light one.
void ThroughputChart::applyPalette()
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = pal.color(QPalette::Mid);
    m_plot->setBackground(pal.brush(QPalette::Base));
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis, m_plot->xAxis2, m_plot->yAxis2 }) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 0, Qt::SolidLine));
    }
    m_plot->legend->setTextColor(text);
    m_dirty = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

ThroughputChart::~ThroughputChart() = default;

QCPGraph *ThroughputChart::graph(Graph which) const
{
    return m_plot->graph(int(which));
}

QString ThroughputChart::rateAxisLabel(double bytesPerSecond)
{
    if (!std::isfinite(bytesPerSecond))
        bytesPerSecond = 0;
    // Tick values carry floating-point noise (0.1 * 3 is 0.30000000000000004): compare with a
    // tolerance so that 1023.99999999997 reads as 1 KiB/s, not 1024 B/s.
    constexpr double tolerance = 1e-9;
    const double magnitude = std::abs(bytesPerSecond) * (1 + tolerance);

    const double scale = rateUnit(magnitude);
    const QString format = scale >= 1 << 30 ? tr("%1 GiB/s")
        : scale >= 1 << 20                  ? tr("%1 MiB/s")
        : scale >= 1 << 10                  ? tr("%1 KiB/s")
                                            : tr("%1 B/s");
    const double value = bytesPerSecond / scale;
    int decimals = 0;
    for (double shifted = value; decimals < 3; shifted *= 10, ++decimals) {
        if (std::abs(shifted - std::round(shifted)) <= tolerance * qMax(1.0, std::abs(shifted)))
            break;
    }
    QString number = QString::number(value, 'f', decimals);
    if (number.startsWith(QLatin1Char('-')) && number.toDouble() == 0)
        number.remove(0, 1);
    return format.arg(number);
}

void ThroughputChart::addEvent(const TrafficEvent &event)
{
    const Direction direction = directionOf(event.kind);
    if (direction == Direction::None)
        return;
    m_total.add(event.timeNs, direction, event.payloadLength);
    if (m_selectedId != 0 && event.connection == m_selectedId)
        m_selected.add(event.timeNs, direction, event.payloadLength);

    // A paused view of the past need not be redrawn for traffic that lands outside it.
    const QCPRange visible = m_plot->xAxis->range();
    const double seconds = double(event.timeNs) / NsPerSecond;
    const double bucketSeconds = double(BucketNs) / NsPerSecond;
    if (m_following
        || (seconds >= visible.lower - bucketSeconds && seconds <= visible.upper + bucketSeconds))
        m_dirty = true;
}

void ThroughputChart::setSelectedConnection(
    ConnectionId id, const QString &name, const QColor &colour)
{
    // The same connection again (its name became known): only the legend changes.
    const bool recount = id != m_selectedId;
    m_selectedId = id;
    if (recount)
        m_selected.clear();
    if (recount && id != 0) {
        for (qint64 i = 0; i < m_logRead; ++i) {
            const TrafficEvent &event = m_log.event(i);
            if (event.connection == id)
                m_selected.add(event.timeNs, directionOf(event.kind), event.payloadLength);
        }
    }

    const QString shown = name.isEmpty() ? tr("connection %1").arg(id) : name;
    const QColor penColour = colour.isValid() ? colour : NoConnectionColour;
    // Dashes tell the connection from the totals even when its colour is close to theirs.
    const struct
    {
        Graph graph;
        QString name;
        Qt::PenStyle style;
    } selectedGraphs[] = {
        { SelectedIn, tr("Received: %1").arg(shown), Qt::DashLine },
        { SelectedOut, tr("Sent: %1").arg(shown), Qt::DotLine },
    };
    for (const auto &selected : selectedGraphs) {
        QCPGraph *graph = this->graph(selected.graph);
        graph->setName(selected.name);
        graph->setPen(QPen(penColour, 2, selected.style));
        graph->setVisible(id != 0);
        if (id != 0)
            graph->addToLegend();
        else
            graph->removeFromLegend();
        graph->data()->clear();
    }
    m_dirty = true;
}

void ThroughputChart::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(!following);
    }
    m_liveButton->setEnabled(!following);
    m_dirty = true;
    Q_EMIT followingChanged(following);
}

void ThroughputChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Counting went on while hidden; the first tick draws it.
    m_dirty = true;
    m_replotTimer->start();
}

void ThroughputChart::hideEvent(QHideEvent *event)
{
    m_replotTimer->stop();
    QWidget::hideEvent(event);
}

void ThroughputChart::readLog(qint64 last)
{
    // Reads from where the previous batch ended, so that a repeated or overlapping notification
    // cannot count an event twice.
    const qint64 end = qMin(last + 1, m_log.count());
    for (; m_logRead < end; ++m_logRead)
        addEvent(m_log.event(m_logRead));
}

void ThroughputChart::setWire(const WireLog &wire)
{
    m_wire = &wire;
    m_packetsButton->show();
    // Appended on the network thread: counted here, in order, by index.
    connect(&wire, &WireLog::appended, this, &ThroughputChart::readWire, Qt::QueuedConnection);
    readWire();
}

void ThroughputChart::readWire()
{
    const QList<WirePacket> packets = m_wire->range(m_wireRead, m_wire->count() - m_wireRead);
    for (const WirePacket &packet : packets)
        m_packets.add(packet.timeNs, packet.direction == WireDirection::Out ? Direction::Out : Direction::In, 1);
    m_wireRead += packets.size();
    if (!packets.isEmpty() && packetsShown())
        m_dirty = true;
}

void ThroughputChart::setPacketsShown(bool shown)
{
    {
        const QSignalBlocker blocker(m_packetsButton);
        m_packetsButton->setChecked(shown);
    }
    m_plot->yAxis2->setVisible(shown);
    for (Graph which : { PacketsIn, PacketsOut }) {
        graph(which)->setVisible(shown);
        if (shown)
            graph(which)->addToLegend();
        else
            graph(which)->removeFromLegend();
    }
    m_dirty = true;
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ThroughputChart::packetsShown() const
{
    return m_plot->yAxis2->visible();
}

void ThroughputChart::tick()
{
    if (!isVisible())
        return;
    const qint64 nowNs = m_clock.nowNs();
    if (!m_dirty && !(m_following && nowNs != m_plottedNowNs))
        return;
    refresh(nowNs);
}

void ThroughputChart::refresh(qint64 nowNs)
{
    if (m_following) {
        // The window starts at the session start until a full span has passed, then scrolls.
        const double upper = double(qMax(nowNs, SpanNs)) / NsPerSecond;
        setTimeRange(upper - double(SpanNs) / NsPerSecond, upper);
    }
    const QCPRange visible = m_plot->xAxis->range();

    // One bucket beyond each edge so that the lines run out of the frame instead of ending
    // short of it; the bucket still filling is left out, as in RateSeries::window().
    const qint64 first = m_total.bucketOf(toNs(visible.lower)) - 1;
    const qint64 last
        = qMin(m_total.bucketOf(toNs(visible.upper)) + 1, m_total.bucketOf(nowNs) - 1);

    const auto show = [&](const RateSeries &series, Graph in, Graph out) {
        double top = 0;
        const RateSeries::Rates rates = series.range(first, last);
        QVector<double> keys;
        keys.reserve(rates.startNs.size());
        for (qsizetype i = 0; i < rates.startNs.size(); ++i) {
            const double key = double(rates.startNs.at(i)) / NsPerSecond;
            keys.append(key);
            if (key + double(BucketNs) / NsPerSecond > visible.lower && key < visible.upper)
                top = qMax(top, qMax(rates.inPerSecond.at(i), rates.outPerSecond.at(i)));
        }
        graph(in)->setData(keys, rates.inPerSecond, true);
        graph(out)->setData(keys, rates.outPerSecond, true);
        return top;
    };
    double top = show(m_total, TotalIn, TotalOut);
    if (m_selectedId != 0)
        top = qMax(top, show(m_selected, SelectedIn, SelectedOut));
    if (packetsShown())
        m_plot->yAxis2->setRange(0, qMax(show(m_packets, PacketsIn, PacketsOut) * TopMargin, MinTopPackets));

    m_plot->yAxis->setRange(0, qMax(top * TopMargin, MinTopRate));
    m_plot->replot();
    m_dirty = false;
    m_plottedNowNs = nowNs;
}

void ThroughputChart::setTimeRange(double lower, double upper)
{
    m_settingRange = true;
    m_plot->xAxis->setRange(lower, upper);
    m_settingRange = false;
}

void ThroughputChart::userChangedTimeRange(const QCPRange &range)
{
    if (m_settingRange)
        return;
    // Keep the view where there can be data, at a width that stays cheap to fill.
    double lower = range.lower;
    double upper = range.upper;
    const double width = qBound(MinVisibleSeconds, upper - lower, MaxVisibleSeconds);
    if (width != upper - lower) {
        const double centre = (lower + upper) / 2;
        lower = centre - width / 2;
        upper = centre + width / 2;
    }
    if (lower < 0) {
        upper -= lower;
        lower = 0;
    }
    if (lower != range.lower || upper != range.upper)
        setTimeRange(lower, upper);

    setFollowing(false);
    m_dirty = true; // the newly shown stretch needs its data
}

double ThroughputChart::sessionEndSeconds() const
{
    const qint64 lastEventNs = m_log.count() > 0 ? m_log.event(m_log.count() - 1).timeNs : 0;
    return double(qMax(m_clock.nowNs(), lastEventNs)) / NsPerSecond;
}

void ThroughputChart::showWholeSession()
{
    setFollowing(false);
    setTimeRange(0, qMax(sessionEndSeconds(), MinVisibleSeconds));
    m_dirty = true;
}

bool ThroughputChart::save(const QString &path, QSize size, SavedRange range, QString *error)
{
    if (range == SavedRange::Shown)
        return write(path, size, error);
    // Drawn over the whole session, then back to what the user was looking at.
    const QCPRange shown = m_plot->xAxis->range();
    const bool following = m_following;
    m_following = false;
    setTimeRange(0, qMax(sessionEndSeconds(), MinVisibleSeconds));
    readLog(m_log.count() - 1);
    refresh(m_clock.nowNs());
    const bool ok = write(path, size, error);
    m_following = following;
    setTimeRange(shown.lower, shown.upper);
    m_dirty = true;
    return ok;
}

bool ThroughputChart::write(const QString &path, QSize size, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        // One point per pixel of the chart as it would be drawn at this size.
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("SocketLab"));
        pdf.setResolution(72);
        pdf.setPageLayout(
            QPageLayout(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF()));
        QCPPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("Cannot draw the PDF");
            file.cancelWriting();
            return false;
        }
        painter.setMode(QCPPainter::pmVectorized);
        m_plot->toPainter(&painter, size.width(), size.height());
        painter.end();
    } else if (!m_plot->toPixmap(size.width(), size.height()).save(&file, "PNG")) {
        *error = tr("Cannot encode the PNG image");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
