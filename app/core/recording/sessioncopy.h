// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportformat.h"

// "Save as": copies the session's journal as it stands (every record appended so far, from the
// file and from memory) and, for a session still recording, closes the copy with an end record,
// so it reopens as complete. Any thread; progress counts bytes.
bool copySession(const Session &session, QIODevice &out, const ExportProgress &progress, QString *error);
