// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// One measurement per process: the orchestrator starts this executable with
// "--run NAME --key value ...", and the measurement prints one RESULT line. A fresh process for
// each keeps them apart: resident memory, the heap, caches and the start-up time are its own.
namespace Scenarios {

using Parameters = QHash<QString, QString>; // "--bytes 100" -> {"bytes": "100"}

QStringList names();
bool needsWidgets(const QString &name); // QApplication rather than QCoreApplication
Parameters parse(const QStringList &arguments); // the arguments after the name
// Runs a measurement inside the application object the caller created; the exit status.
int run(const QString &name, const Parameters &parameters);

} // namespace Scenarios
