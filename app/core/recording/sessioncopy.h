// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"

// "Save as": copies the session's journal as it stands (every record appended so far, from the
// file and from memory) and, for a session still recording, closes the copy with an end record,
// so it reopens as complete. A reopened session is copied up to its last valid record (a
// damaged or cut tail is left behind) and closed with an end record if it had none. Any thread;
// progress counts bytes.
bool copySession(const Session &session, QIODevice &out, const ExportProgress &progress, QString *error);
