// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"

#include <QColor>

class QIcon;
class QPalette;

// The one place a connection's colour comes from, so the tree, the log, the packet view and
// the chart agree. The hues are the Okabe-Ito set, which stays distinguishable for the common
// kinds of colour blindness; they are lightened on dark palettes so text stays readable.
namespace ConnectionColours {

QColor forConnection(ConnectionId id, const QPalette &palette);
// The colour repeats after six connections; the shape (seven of them) does not repeat with it,
// so 42 connections in a row differ in colour or shape, which does not depend on colour vision.
QIcon markerFor(ConnectionId id, const QPalette &palette);
QColor forDirection(Direction direction, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace ConnectionColours
