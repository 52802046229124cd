// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QList>
#include <QMutex>
#include <QThread>

#include <atomic>

// Reads a pcap or pcapng stream from a pipe with libpcap (pcap_fopen_offline: libpcap parses the
// file format, SocketLab never does) on its own thread, because every libpcap read blocks until
// dumpcap writes. Packets wait in a queue; packetsAvailable() is emitted when the queue stops
// being empty, so a flood costs one queued signal per batch the consumer takes, not per packet.
// The stream ends at dumpcap's end (end of file: finished with no problem) or at bytes libpcap
// cannot read (garbage, a truncated packet: finished with libpcap's words).
class PcapPipeReader : public QThread
{
    Q_OBJECT

public:
    // Takes ownership of the descriptor (the pipe's read end).
    explicit PcapPipeReader(int descriptor, QObject *parent = nullptr);
    ~PcapPipeReader() override;   // waits for the thread: close the write end (stop dumpcap) first

    QList<CapturedPacket> takePackets();
    QString problem() const;   // after finished(): why the stream ended early, empty at a clean end

Q_SIGNALS:
    // The stream's file header was read: dumpcap has opened the interface and set the filter
    // (it writes the header only then), so from now on packets are captured.
    void opened();
    void packetsAvailable();

protected:
    void run() override;

private:
    int m_descriptor = -1;
    mutable QMutex m_mutex;   // guards m_queue and m_problem
    QList<CapturedPacket> m_queue;
    QString m_problem;
};
