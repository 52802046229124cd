// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"

#include <QObject>
#include <QStringList>

class PcapPipeReader;
class QProcess;

// One run of Wireshark's capture helper, dumpcap, as a child process: SocketLab never captures
// itself and never needs to run as root; dumpcap has the capture rights (on Debian, setcap for
// the `wireshark` group). Like Wireshark's capture_sync.c it is told the interface (-i), the
// capture filter (-f) and the snap length (-s); unlike Wireshark, which has dumpcap write a file
// and report through a sync pipe, it writes pcapng to its standard output (-w -), which is a
// pipe of our own read by a PcapPipeReader, and its human messages to standard error:
//
//   (the pcapng file header on standard output)          -> ready(): the filter is set
//   Capturing on 'Loopback: lo'                          (printed even when it may not capture)
//   Packets received/dropped on interface 'Loopback: lo': 8/0 (pcap:0/dumpcap:0/...) -> statistics
//   anything else before ready: dumpcap's own error lines, shown as they are
class DumpcapProcess : public QObject
{
    Q_OBJECT

public:
    // The system's dumpcap: the first executable one of these, never a path from a file.
    static const QStringList SystemLocations;
    static QString findProgram(const QStringList &locations = SystemLocations);

    explicit DumpcapProcess(const QString &program, QObject *parent = nullptr);
    ~DumpcapProcess() override;   // stops dumpcap and waits for the reader

    void start(const QString &interface, const QString &filter, int snapLength);
    // Asks dumpcap to end (SIGTERM): it flushes, reports its statistics and exits; ended() follows.
    void stop();
    bool isReady() const { return m_ready; }
    bool hasEnded() const { return m_ended; }

    QList<CapturedPacket> takePackets();
    CaptureStatistics statistics() const { return m_statistics; }
    QStringList messages() const { return m_messages; }   // dumpcap's stderr lines

Q_SIGNALS:
    void ready();
    void packetsAvailable();
    // dumpcap exited and its stream is read to the end. problem is empty for an ordinary end
    // (after stop()); otherwise it says what went wrong, with dumpcap's own lines.
    void ended(const QString &problem);

private:
    void readErrorLines();
    void finishIfDone();

    QString m_program;
    QProcess *m_process = nullptr;
    PcapPipeReader *m_reader = nullptr;
    QByteArray m_errorBuffer;
    QStringList m_messages;
    CaptureStatistics m_statistics;
    bool m_ready = false;
    bool m_stopping = false;
    bool m_processDone = false;
    bool m_readerDone = false;
    bool m_ended = false;
    QString m_exitProblem;
};
