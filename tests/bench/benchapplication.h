// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QHash>
#include <QList>
#include <QString>

// The application object of the windowed measurements. It times every event the GUI thread
// handles at the top of its loop, so that a late heartbeat can be traced to what held the
// thread: frame paints (UpdateRequest), timers, queued calls, by receiver.
class BenchApplication : public QApplication
{
    Q_OBJECT

public:
    BenchApplication(int &argc, char **argv);

    static BenchApplication *instance();

    bool notify(QObject *receiver, QEvent *event) override;

    void startRecording(); // forgets what was timed before
    void stopRecording();
    // Total and worst handling time per kind of event ("UpdateRequest MainWindow", "Timer
    // QTimer in ThroughputChart", ...), the worst first, as text lines. Each line also gives
    // the CPU time the thread spent: less than the total means the thread waited for a core.
    QStringList summary(int lines) const;
    QList<double> frameMs() const { return m_frameMs; } // each paint of the main window
    QList<double> frameCpuMs() const { return m_frameCpuMs; } // the CPU time of each

private:
    struct Cost
    {
        int count = 0;
        double totalMs = 0;
        double cpuMs = 0;
        double worstMs = 0;
    };

    bool m_recording = false;
    int m_depth = 0;
    QHash<QString, Cost> m_costs;
    QList<double> m_frameMs;
    QList<double> m_frameCpuMs;
};
