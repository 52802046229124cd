// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenarios.h"

// The http responder under ApacheBench (issue 18): ab -k -n N -c C against SocketLab's shipped
// http responder (headless, recording), or against a bare Qt program that answers the same fixed
// response without recording; with the window, the main window is shown and a heartbeat on the
// GUI thread measures how late it runs. Prints one RESULT line; see Orchestrator::responders().
namespace ResponderScenarios {

// --server socketlab|bare --requests N --concurrency C
int runHttp(const Scenarios::Parameters &parameters, bool withWindow);

} // namespace ResponderScenarios
