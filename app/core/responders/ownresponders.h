// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "responder.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

// The user's own responders: NAME.json files in a folder of the user's data (beside the
// sessions folder), written by the responder editor. ResponderLoader::find() finds them by
// name after the shipped ones, so `--responder NAME` and the Listen form see the same list.
class OwnResponders
{
    Q_DECLARE_TR_FUNCTIONS(OwnResponders)

public:
    static QString directory();
    static QStringList names(); // sorted
    static QString pathOf(const QString &name);

    // Checks json exactly as loading does (ResponderLoader::parse, so a problem reads
    // "NAME.json: JSON.PATH: problem") and only then replaces NAME.json atomically: a bad edit
    // never leaves a broken or half-written file. A shipped responder's name is refused (the
    // shipped one would win when looked up by name). Returns the saved responder, read back.
    static std::shared_ptr<const Responder> save(
        const QString &name, const QByteArray &json, QString *error);
    // Removes NAME.json. Listeners answering by it keep the rules they loaded; files it sends
    // (beside it in the folder) stay. False, with *error, when there is no such own responder or
    // the file cannot be removed.
    static bool remove(const QString &name, QString *error);
};
