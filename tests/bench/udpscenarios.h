// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenarios.h"

#include <QString>

// The UDP flood of issue 16: 64-byte datagrams from a fast sender in another process (this
// executable, --udp-sender: sendmmsg() in batches, as fast as the kernel takes them) for some
// seconds, into a bare recvmmsg() sink that discards, into SocketLab headless (recording), and
// into SocketLab with its window shown. Each prints one RESULT line with what the sender sent,
// what was recorded (or read) and what the kernel said it dropped; see Orchestrator::udp().
namespace UdpScenarios {

// --seconds S --size BYTES
int runBareSink(const Scenarios::Parameters &parameters);
int runLab(const Scenarios::Parameters &parameters, bool withWindow);

// The sender's role: "SENT n" on stdout when done.
int runSender(const QString &host, quint16 port, double seconds, int size);

} // namespace UdpScenarios
