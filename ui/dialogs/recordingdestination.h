// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

class QWidget;

// Starts a window's recording at the path the user named (--record), asking first where
// recording would replace something: a file that is not a session, or a symbolic link (the link
// is then replaced, never what it points to). A session is never recorded over, and nothing is
// asked for it: the answer is the reason. Headless runs refuse all three (Journal::create).
namespace RecordingDestination {

bool startRecording(Session &session, const QString &path, Session::PathChoice choice, QWidget *parent,
                    QString *error);

} // namespace RecordingDestination
