// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedpacket.h"
#include "tcpflowtracker.h"

#include <QObject>

#include <cstdio>

class Session;
struct DecodedPacket;

// Headless --capture: one line per captured packet, on standard output beside the events.
//
//   TIME(s)     CONNECTION  wire  DIR  FLAGS    SEQ  ACK  WINDOW       LENGTH
//   0.001204    C1          wire  out  SYN      seq 0  ack 0  win 65495  len 0
//
// Sequence and acknowledgement numbers are relative, as Wireshark shows them: counted from each
// direction's first sequence number (its SYN's, when the capture saw it). The window is as sent
// (a SYN's is never scaled). Why there is no capture goes to standard error, once.
class WirePrinter : public QObject
{
    Q_OBJECT

public:
    WirePrinter(const Session &session, FILE *out, QObject *parent = nullptr);

    QString formatLine(const WirePacket &packet);
    void printAll();   // whatever has not been printed yet
    void printStatistics(FILE *to) const;

private:
    const Session &m_session;
    FILE *m_out = nullptr;
    qint64 m_next = 0;
    TcpFlowTracker m_flows;
};
