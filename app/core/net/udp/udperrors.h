// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The system's reason for a failed socket call, with the errno name a learner can look up:
// "sendto(): Message too long (EMSGSIZE)". Some codes get a sentence on what they mean for UDP.
namespace UdpErrors {

QString errnoName(int code);   // "EMSGSIZE"; the number when unknown
QString describe(const char *call, int code);
// The explanation added for codes that mean something particular on a UDP socket, or empty.
QString meaning(int code);

} // namespace UdpErrors
