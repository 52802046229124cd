// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// An icon from the desktop's icon theme by its freedesktop name ("document-open"), or, where
// the theme has none (or there is no theme, as on a bare X server), SocketLab's own drawing
// of it from :/icons/actions/NAME.svg.
QIcon themedIcon(const QString &name);
