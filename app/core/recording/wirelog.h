// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

// The packets captured for SocketLab's sockets (the wire), beside the TrafficLog of what the
// application read and wrote. Append-only; one writer thread (network thread, or the loader
// when a session is reopened), readers on any thread by index. The frames are short (headers and
// at most 128 payload bytes by default), so they are kept in memory as well as in the journal.
// It also holds the capture's statistics and, when there is no capture, why.
class WireLog : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void append(const WirePacket &packet);
    qint64 count() const;
    WirePacket at(qint64 index) const;
    QList<WirePacket> range(qint64 first, qint64 count) const;

    void setStatistics(const CaptureStatistics &statistics);
    CaptureStatistics statistics() const;
    // Whether a capture was asked for (Workbench::startCapture): packets are expected unless
    // problem() says why not.
    void setCapturing(bool capturing);
    bool isCapturing() const;
    // Why nothing is captured (dumpcap missing, not permitted, ended), empty while it works.
    void setProblem(const QString &problem);
    QString problem() const;

Q_SIGNALS:
    void appended(qint64 first, qint64 last);   // emitted on the writer's thread
    void problemChanged(const QString &problem);
    void statisticsChanged();

private:
    mutable QMutex m_mutex;
    QList<WirePacket> m_packets;
    CaptureStatistics m_statistics;
    QString m_problem;
    bool m_capturing = false;
};
