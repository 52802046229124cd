// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenarios.h"

// The measurements of issue 13 with peers in other processes (python): bursts of connects
// against SocketLab's echo listener and against a python selectors echo server, and clients that
// send to an echo listener without reading. Each prints one RESULT line; see Orchestrator::peers().
namespace PeerScenarios {

// --server socketlab|python --mode burst|sequential --count N --backlog N
int runConnects(const Scenarios::Parameters &parameters);
// --clients N --bytes B
int runNoReader(const Scenarios::Parameters &parameters);

} // namespace PeerScenarios
