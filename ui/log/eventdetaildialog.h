// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QPlainTextEdit;
class Session;

// The whole of one log event, in a window of its own (double-click or Enter on a row): its time,
// connection, kind, endpoints and facts, and its full text, selectable, where the row is cut.
class EventDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // Bytes of a data event shown here, escaped; the packet view shows them all.
    static constexpr int MaxBytes = 64 * 1024;

    explicit EventDetailDialog(const Session &session, QWidget *parent = nullptr);

    void setEvent(qint64 index);
    qint64 event() const { return m_event; }
    // What the dialog shows, as plain text (labels, then the text).
    QString shownText() const;

private:
    const Session &m_session;
    qint64 m_event = -1;
    QFormLayout *m_fields = nullptr;
    QPlainTextEdit *m_text = nullptr;
};
