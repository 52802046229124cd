// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <cstdio>

class Session;
struct TrafficEvent;

// Headless output: one line per event, as the log announces them.
//
//   TIME(s)     CONNECTION  EVENT     LENGTH  PREVIEW
//   0.000125    L1          listening      -  socket(), bind(127.0.0.1:4000), listen()
//   1.204577    L1.1        received       7  hello\r\n
//
// Fields are separated by two or more spaces; the preview is escaped (escapeBytes) so a line
// never breaks, and cut after PreviewBytes bytes.
class EventPrinter : public QObject
{
    Q_OBJECT

public:
    static constexpr int PreviewBytes = 64;

    EventPrinter(const Session &session, FILE *out, QObject *parent = nullptr);

    QString formatLine(const TrafficEvent &event) const;
    void printUpTo(qint64 last);   // prints whatever has not been printed yet, through last

private:
    const Session &m_session;
    FILE *m_out = nullptr;
    qint64 m_next = 0;
};
