// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentlink.h"

#include <QObject>

class LogPane;
class Session;
class WirePane;

// The link between the log and the wire (SegmentLink): selecting read() or write() rows in the
// log marks, in the Wire pane, the segments that carried their bytes; selecting segments marks
// the log rows their bytes belong to. Marks, not selections: neither view's selection moves, so
// the packet view and the layers keep showing what the user chose.
class WireLinking : public QObject
{
    Q_OBJECT

public:
    WireLinking(const Session &session, LogPane &log, WirePane &wire, QObject *parent = nullptr);

private:
    void logSelectionChanged();
    void packetsSelected(const QList<qint64> &packets);

    const Session &m_session;
    LogPane &m_log;
    WirePane &m_wire;
    SegmentLink m_link;
};
