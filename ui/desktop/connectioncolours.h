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
// The background of rows linked to what is selected in another view (a read and its segments):
// a pale teal, unlike the selection and the classroom's amber.
QColor linkedBackground(const QPalette &palette);

// WCAG 2 contrast ratio (1 to 21) of two colours, and the minimum kept here: 3:1, what WCAG
// asks of graphics and large text, which coloured names and markers are.
double contrast(const QColor &a, const QColor &b);
constexpr double MinContrast = 3.0;
// colour, darkened or lightened just enough to reach MinContrast on background.
QColor readableOn(QColor colour, const QColor &background);

} // namespace ConnectionColours
