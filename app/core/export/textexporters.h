// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ExportRun;

// The three text exports (their layouts are described at the top of textexporters.cpp). Each
// writes the run's events in order, streaming payloads a slice at a time, and returns false
// when the run failed or was cancelled (run.errorString() says which).
bool exportText(ExportRun &run);
bool exportCsv(ExportRun &run);
bool exportJsonLines(ExportRun &run);
