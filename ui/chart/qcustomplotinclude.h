// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Include this instead of <qcustomplot.h>: that header uses Qt's lower-case keywords, which this
// project turns off (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef emit
#undef slots
#undef signals
