// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Session;

// Everything the log knows about one event, as labelled lines for a tooltip or the event
// details dialog: the rows of the log cut their text to fit, this never does (a data event's
// bytes stop at maxBytes; the packet view shows them all).
struct EventDescription
{
    Q_DECLARE_TR_FUNCTIONS(EventDescription)

public:
    struct Field
    {
        QString label;
        QString value;
    };
    QList<Field> fields; // time, connection, event, endpoints, facts, length
    QString text; // the event's whole detail text, or its bytes escaped

    static EventDescription of(const Session &session, qint64 index, int maxBytes);
    // "Label: value" lines, then the text.
    QString toPlainText() const;
};
