// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class Workbench;

// --send on the command line: once a connecting socket is connected, each payload goes out in
// order (one datagram each on UDP, one write() each on a stream), and then, unless keepOpen, a
// stream connection shuts down its writing side (FIN, as nc -N does), so a peer that reads to
// the end of the stream answers and closes, and the run ends. --send-file streams a file after
// the payloads, as the peer takes it; the FIN then follows the file's last byte.
class ScriptedSends : public QObject
{
    Q_OBJECT

public:
    ScriptedSends(Workbench &workbench, const QList<QByteArray> &payloads, const QString &filePath, bool keepOpen,
                  QObject *parent = nullptr);

    // A socket to send on once the log says it connected.
    void add(ConnectionId id);

private:
    void scan(qint64 first, qint64 last);

    Workbench &m_workbench;
    QList<QByteArray> m_payloads;
    QString m_filePath;   // empty: no file
    bool m_keepOpen = false;
    QSet<ConnectionId> m_waiting;
    qint64 m_scanned = 0;   // log events already looked at
};
