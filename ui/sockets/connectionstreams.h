// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "streamexport.h"

#include <QPointer>
#include <QWidget>

struct ConnectionInfo;
class ExportJob;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class Session;
class StreamDigestJob;

// The bytes of the selected connection, in the connection info pane: how many it received and
// sent, each savable to a file byte for byte (ExportJob, through QSaveFile: a full disk leaves no
// half file and says why here), and "SHA-256…", which digests both directions on worker threads
// from the journal, so the two ends of a transfer can be compared by eye with sha256sum. Works the
// same on a live and on a reopened session.
class ConnectionStreams : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStreams(const Session &session, QWidget *parent = nullptr);
    ~ConnectionStreams() override;

    void setConnection(ConnectionId id);
    // The byte counts, as the connection table has them now.
    void refreshCounts();
    // Asks for a file name, then saves what the connection received (or sent) there.
    void save(ConnectionId id, StreamDirection direction);
    void computeDigests();
    // "Save what it received…" and "Save what it sent…" for a connection's context menu.
    void addSaveActions(QMenu *menu, const ConnectionInfo &info);

    QPushButton *saveReceivedButton() const { return m_saveReceived; }
    QPushButton *saveSentButton() const { return m_saveSent; }
    QPushButton *digestButton() const { return m_digest; }
    QLabel *digestLabel() const { return m_digestText; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void showMessage(const QString &text, bool problem);
    void showDigests();
    void startDigest(StreamDirection direction);

    const Session &m_session;
    ConnectionId m_connection = 0;
    QLabel *m_counts = nullptr;
    QPushButton *m_saveReceived = nullptr;
    QPushButton *m_saveSent = nullptr;
    QPushButton *m_digest = nullptr;
    QLabel *m_digestText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPointer<ExportJob> m_save;
    QPointer<StreamDigestJob> m_digests[2]; // by StreamDirection
    QString m_digestLines[2];
};
