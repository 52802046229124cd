// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloadparser.h"
#include "trafficevent.h"

#include <QStringList>
#include <QWidget>

class FileSendBar;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class Workbench;

// Sends on the current connection and drives its life: text with escapes or hex, a line
// ending, repeats, a file of any size (streamed as the peer reads it, with its progress and a
// Cancel button); close (FIN), abort (RST), pause reading, echo; and for
// a listener, stop listening or close it with its connections. Enter sends; Up and Down recall
// earlier sends, also from previous runs.
//
// On a bound UDP socket each send is one datagram (an empty one too): Send goes to the
// destination field's HOST:PORT (remembered), Reply to the peer of the selected peer row or
// received datagram; Enter replies on a peer row and sends on the socket's row. A file is one
// datagram, refused before sending when it is larger than a datagram carries.
class SendPanel : public QWidget
{
    Q_OBJECT

public:
    enum Mode { TextMode, HexMode, FileMode };   // the mode box's items: File takes a path

    explicit SendPanel(Workbench &workbench, QWidget *parent = nullptr);

    void setConnection(ConnectionId id);   // 0: none
    ConnectionId connection() const { return m_connection; }
    // Reflects the connection's current state in the buttons (called as the table changes).
    void refresh();

    // The bytes the fields describe now, or an error.
    ParsedPayload payload() const;
    // Streams the file at path on the connection (Workbench::sendFile); false, with the reason
    // shown, when it cannot be read.
    bool sendFile(const QString &path);
    // The largest datagram the current UDP target takes (IPv4 or IPv6); 0 when it is no UDP target.
    int datagramLimit() const;

    QLineEdit *inputField() const { return m_input; }
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *lineEndingBox() const { return m_lineEnding; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QSpinBox *intervalBox() const { return m_interval; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *destinationField() const { return m_destination; }
    QPushButton *replyButton() const { return m_reply; }
    QPushButton *sendFileButton() const { return m_sendFile; }
    QPushButton *stopRepeatingButton() const { return m_stopRepeating; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *abortButton() const { return m_abort; }
    QPushButton *pauseButton() const { return m_pause; }
    FileSendBar *fileSendBar() const { return m_fileBar; }
    QLabel *messageLabel() const { return m_message; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remember(const QString &text);
    void recall(int step);   // -1: an older send, +1: a newer one
    void validate();
    void send();
    void reply();
    // sendto() the destination field's address; false (and the reason shown) when it is not one.
    bool sendToDestination(const QByteArray &bytes, int count, int intervalMs);
    bool sendsDatagrams() const;   // the current row is a bound UDP socket or one of its peers
    ConnectionId udpSocket() const;   // that socket's id, 0 when none
    bool isReplyTarget() const;        // the current row is a peer that a reply can go to
    void chooseFile();

    Workbench &m_workbench;
    ConnectionId m_connection = 0;
    QLabel *m_target = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_input = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_reply = nullptr;
    QPushButton *m_sendFile = nullptr;
    QPushButton *m_stopRepeating = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_pause = nullptr;
    QCheckBox *m_echo = nullptr;
    QPushButton *m_stopListening = nullptr;
    FileSendBar *m_fileBar = nullptr;
    QLabel *m_message = nullptr;
    QStringList m_history;   // oldest first, shared with later runs through AppSettings
    int m_historyIndex = 0;  // m_history.size(): not browsing
    QString m_draft;
};
