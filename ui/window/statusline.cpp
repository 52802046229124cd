// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusline.h"

#include "byteformat.h"
#include "session.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

#include <climits>

StatusLine::StatusLine(QStatusBar *bar, const Session &session, bool readOnly, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_session(session)
    , m_readOnly(readOnly)
{
    m_time = new QLabel;
    m_time->setToolTip(tr("Time since the session started"));
    m_connections = new QLabel;
    m_connections->setToolTip(
        tr("Connections made or accepted in this session, and how many are still open"));
    m_traffic = new QLabel;
    m_traffic->setToolTip(tr("Bytes received and sent by every connection, and events in the log"));
    m_recording = new QLabel;
    m_recording->setToolTip(tr("The file this session is recorded to"));
    bar->addWidget(m_time);
    bar->addWidget(m_connections);
    bar->addWidget(m_traffic);
    m_message = new QLabel;
    m_message->setMinimumWidth(1); // a long path is cut rather than widening the window
    m_message->hide();
    bar->addWidget(m_message, 1);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    connect(m_messageTimer, &QTimer::timeout, m_message, [this] {
        m_message->clear();
        m_message->hide();
    });
    bar->addPermanentWidget(m_recording);
    // A long journal path (and larger text when zoomed) must not make the window wider than the
    // screen: the label may be cut instead.
    m_recording->setMinimumWidth(1);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &StatusLine::refresh);
    m_timer->start(IntervalMs);
    refresh();
}

void StatusLine::setRecordingText(const QString &text)
{
    m_recording->setText(text);
}

QString StatusLine::recordingText() const
{
    return m_recording->text();
}

void StatusLine::showMessage(const QString &text, int timeoutMs)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->show();
    m_messageTimer->start(timeoutMs);
}

QString StatusLine::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StatusLine::refresh()
{
    const quint64 version = m_session.connections().version();
    if (version != m_seenTableVersion) {
        m_seenTableVersion = version;
        Q_EMIT connectionsChanged();
    }
    quint64 in = 0, out = 0;
    int open = 0, connections = 0;
    for (const ConnectionInfo &info : m_session.connections().snapshot()) {
        in += info.bytesIn;
        out += info.bytesOut;
        open += info.isFinished() ? 0 : 1;
        connections += info.isListener() ? 0 : 1;
    }
    const qint64 seconds = m_session.clock().nowNs() / 1000000000;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const QString bytesIn = formatByteCount(double(in));
    const QString bytesOut = formatByteCount(double(out));
    const QString path = m_session.journalPath();
    m_time->setText(tr("Session %1").arg(clock));
    m_connections->setText(tr("%n connection(s)", nullptr, connections));
    m_traffic->setText(
        (m_readOnly ? tr("%1 in, %2 out, %n socket(s) open at the end, ", nullptr, open)
                    : tr("%1 in, %2 out, %n socket(s) open, ", nullptr, open))
            .arg(bytesIn, bytesOut)
        + tr("%n event(s)", nullptr, int(qMin<qint64>(m_session.log().count(), INT_MAX))));
    // The file's name, whole; its folder in the tooltip: a long path was cut at the window's edge.
    if (!m_readOnly) {
        m_recording->setText(tr("Recording to %1").arg(QFileInfo(path).fileName()));
        m_recording->setToolTip(tr("The file this session is recorded to: %1").arg(path));
    }
    // On a projector at a large zoom the whole line does not fit: each part says less (the
    // numbers and the file's name stay, the words are in the tooltips) rather than being cut.
    int needed = 0;
    for (QLabel *label : { m_time, m_connections, m_traffic, m_recording })
        needed += label->sizeHint().width() + SpacingPx;
    if (needed > m_bar->width()) {
        m_time->setText(clock);
        m_traffic->setText(tr("%1 in, %2 out").arg(bytesIn, bytesOut));
        if (!m_readOnly)
            m_recording->setText(tr("● %1").arg(QFileInfo(path).fileName()));
    }
}
