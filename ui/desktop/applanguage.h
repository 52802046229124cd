// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

// Loads SocketLab's translation (embedded at :/i18n/socketlab_LANG.qm) and Qt's own (qtbase_LANG
// from Qt's translations directory, for standard dialogs and buttons) for a language code, or
// for the system's languages when code is empty. Any other language gets English, whose .qm
// only holds the plural forms.
namespace AppLanguage {

// The locale the user asked for: code ("de"), or the system's when empty.
QLocale localeFor(const QString &code);
// Installs the translators on app (as their parent); true when SocketLab has that language.
bool install(QCoreApplication &app, const QString &code);

} // namespace AppLanguage
