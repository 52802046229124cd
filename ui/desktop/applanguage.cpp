// SPDX-License-Identifier: GPL-3.0-or-later
#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AppLanguage {

QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = localeFor(code);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(
            locale, QStringLiteral("socketlab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // A language SocketLab does not speak: English, with its plural forms ("1 connection").
    if (own->load(QStringLiteral(":/i18n/socketlab_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return false;
}

} // namespace AppLanguage
