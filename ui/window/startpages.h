// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;
class QDialog;
class QString;

// What the window shows first, one thing at a time: the lesson asked for on the command line;
// else the question about interrupted sessions, if any; else, on a first start with nothing
// asked for, the welcome page. Returns the dialog it opened (window-modal, deletes itself), or
// null.
QDialog *showStartPages(MainWindow &window, const QString &lesson, bool socketsAskedFor);
