// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rateseries.h"
#include "trafficevent.h"

#include <QSize>
#include <QWidget>

class QCPGraph;
class QCPRange;
class QCustomPlot;
class QTimer;
class QToolButton;
class SessionClock;
class TrafficLog;
class WireLog;

// Received and sent bytes per second, in 100 ms buckets, for the whole session and for the
// selected connection, over a rolling 60 s window that follows the session clock.
//
// Events are counted as they arrive, but the plot is redrawn only by a timer (ReplotIntervalMs),
// only while the widget is visible, and only when the data changed or, while following, the
// clock moved: a busy connection delivers thousands of events a second, and replotting per
// event would cost more than the networking it shows.
//
// Wheel zoom and drag on the time axis, or Pause, stop following "now"; data keeps being
// counted. Live (or un-pausing) returns to the rolling window. The buttons are named
// "pauseButton" and "liveButton" for tests and accessibility tools.
class ThroughputChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 BucketNs = RateSeries::DefaultBucketNs;
    static constexpr qint64 SpanNs = 60'000'000'000; // the rolling window
    static constexpr int ReplotIntervalMs = 50; // 20 Hz
    static constexpr int MaxValueTicks = 4;

    enum Graph { TotalIn, TotalOut, SelectedIn, SelectedOut, PacketsIn, PacketsOut };

    ThroughputChart(const TrafficLog &log, const SessionClock &clock, QWidget *parent = nullptr);
    ~ThroughputChart() override;

    bool isFollowing() const { return m_following; }
    ConnectionId selectedConnection() const { return m_selectedId; }
    const RateSeries &totalSeries() const { return m_total; }
    const RateSeries &selectedSeries() const { return m_selected; }
    // Captured packets per second (counted as "bytes" 1 each), once setWire() was called.
    const RateSeries &packetSeries() const { return m_packets; }

    // Counts the captured packets too: the "Packets/s" button (packetsButton) then shows them on a
    // second value axis, beside the bytes per second of the same moments.
    void setWire(const WireLog &wire);
    void setPacketsShown(bool shown);
    bool packetsShown() const;

    // For inspection (tests, exports): the graph data holds what was plotted last, with keys
    // in seconds since the session start (a bucket's start) and values in bytes per second.
    QCustomPlot *plot() const { return m_plot; }
    // What to save: the time range shown, or the whole session, at a size in pixels (PNG) or
    // points (PDF).
    enum class SavedRange { Shown, WholeSession };
    // Saves the chart: PDF when path ends in .pdf, else PNG; readable by the owner only, as
    // every export. False, with the reason in *error, when it cannot be written.
    bool save(const QString &path, QSize size, SavedRange range, QString *error);
    // From the session start to its end (a reopened session) or now, no longer following.
    void showWholeSession();
    QCPGraph *graph(Graph which) const;

    // A value-axis tick label: "0 B/s", "250 KiB/s", "1.5 MiB/s". Unlike formatByteRate(), no
    // trailing zeros: ticks are round numbers, and "1.00 MiB/s" on every tick is noise.
    static QString rateAxisLabel(double bytesPerSecond);

public Q_SLOTS:
    // Counts one event of the session (non-data events are ignored). The chart already reads
    // the log it was given; this is for events that are not in it.
    void addEvent(const TrafficEvent &event);
    // Id 0 clears the selection. Counts the connection's traffic so far by one pass over the
    // log.
    void setSelectedConnection(ConnectionId id, const QString &name, const QColor &colour);
    void setFollowing(bool following);

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();   // the plot takes the widget's colours, light or dark
    void applyFont(); // ... and its font, which grows with the zoom
    void readLog(qint64 last);
    void readWire();
    void tick();
    void fitValueTicks();
    void refresh(qint64 nowNs);
    void userChangedTimeRange(const QCPRange &range);
    void setTimeRange(double lower, double upper);
    double sessionEndSeconds() const;
    bool write(const QString &path, QSize size, QString *error);

    const TrafficLog &m_log;
    const SessionClock &m_clock;
    RateSeries m_total { BucketNs };
    RateSeries m_selected { BucketNs };
    ConnectionId m_selectedId = 0;
    qint64 m_logRead = 0; // log events [0, m_logRead) are counted
    const WireLog *m_wire = nullptr;
    RateSeries m_packets { BucketNs };
    qint64 m_wireRead = 0; // packets [0, m_wireRead) are counted

    QCustomPlot *m_plot = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_liveButton = nullptr;
    QToolButton *m_packetsButton = nullptr;
    QTimer *m_replotTimer = nullptr;

    bool m_following = true;
    bool m_dirty = true; // data or view changed since the last replot
    bool m_settingRange = false; // our own axis changes are not user zoom or pan
    qint64 m_plottedNowNs = -1; // the clock at the last replot
};
