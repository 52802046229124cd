// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;
class Session;

// The window's status bar: the session's time, its connections and traffic, where it is
// recorded, and short messages about what just happened. Refreshed a few times a second.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 250;
    // Between two parts of the status bar, and its size grip, when measuring what fits.
    static constexpr int SpacingPx = 12;

    // readOnly: a reopened session, whose counts are those at its end.
    StatusLine(QStatusBar *bar, const Session &session, bool readOnly, QObject *parent = nullptr);

    // Where the session comes from or goes to; a live session says "Recording to …" itself.
    void setRecordingText(const QString &text);
    QString recordingText() const;
    // A message about what just happened, gone after timeoutMs. It has a place of its own
    // after the counts: QStatusBar's own messages hide them, or are drawn over them.
    void showMessage(const QString &text, int timeoutMs);
    QString message() const;
    QLabel *messageLabel() const { return m_message; }

    void refresh();

Q_SIGNALS:
    // The session's table of connections changed: a connection came, went or changed state.
    void connectionsChanged();

private:
    QStatusBar *m_bar = nullptr;
    const Session &m_session;
    bool m_readOnly = false;
    QTimer *m_timer = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_traffic = nullptr;
    QLabel *m_recording = nullptr;
    QLabel *m_connections = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_messageTimer = nullptr;
    quint64 m_seenTableVersion = ~quint64(0);
};
