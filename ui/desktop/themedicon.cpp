// SPDX-License-Identifier: GPL-3.0-or-later
#include "themedicon.h"

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}
