// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTimer;

// A timer on the GUI thread that should fire every IntervalMs: how late each tick comes is how
// long the GUI thread was busy with something else (painting, models, a slow slot). A user
// feels those delays as a window that stutters or does not react.
class Heartbeat : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 10;

    explicit Heartbeat(QObject *parent = nullptr);

    void start(); // forgets earlier delays
    void stop();

    // Delays in ms beyond the interval, one per tick since start().
    QList<double> delays() const { return m_delaysMs; }
    double percentile(double fraction) const;
    double maximum() const;
    int ticks() const { return int(m_delaysMs.size()); }

private:
    void tick();

    QTimer *m_timer = nullptr;
    qint64 m_lastNs = 0;
    QList<double> m_delaysMs;
};
