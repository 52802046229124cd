// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Workbench;

// Runs a workbench without a window until SIGINT or SIGTERM, until the duration elapses, or
// until every socket has ended (like netcat after its connection closes), or until finish().
// Exit code: 0, or 1 when a listener could not bind or a connection never connected, or when
// the recording could not be written at the end (a full disk); finish() sets its own. A recording that stops and resumes is said on stderr.
class HeadlessRun : public QObject
{
    Q_OBJECT

public:
    // durationMs < 0: no time limit.
    HeadlessRun(Workbench &workbench, qint64 durationMs, QObject *parent = nullptr);

    int exec();
    // Ends the run with this exit code (a --script that completed or failed), whatever the sockets say.
    void finish(int exitCode);

private:
    void checkWhetherDone();
    void reportRecordingProblem(const QString &problem);
    void stop();

    Workbench &m_workbench;
    bool m_stopping = false;
    bool m_recordingStopped = false;
    int m_exitCode = -1;   // set by finish()
};
