// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ByteLogFilter;
class ByteLogModel;
class ByteLogView;
class EventDetailDialog;
class QLabel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class Session;

// The byte log with the bar that filters it: one connection, a direction, a text; the time
// as wall clock or since the start; follow the newest row. It only reads the session.
class LogPane : public QWidget
{
    Q_OBJECT

public:
    explicit LogPane(const Session &session, QWidget *parent = nullptr);

    ByteLogModel *model() const { return m_model; }
    ByteLogFilter *filter() const { return m_filter; }
    ByteLogView *view() const { return m_view; }
    QCheckBox *wallClockBox() const { return m_wallClock; }
    QLineEdit *textFilterField() const { return m_textFilter; }
    // "1,204 of 52,880": how many rows the filters let through; hidden while nothing filters.
    QLabel *filterCountLabel() const { return m_filterCount; }

    // Shows the whole event of a log row (the view's row) in the details dialog (Enter or a
    // double-click on a row).
    void showEventDetails(const QModelIndex &row);
    EventDetailDialog *eventDetails() const { return m_details; } // null until first shown

    // Puts the cursor in the text filter, its text selected (View ▸ Find).
    void focusTextFilter();
    // Shows every row again.
    void clearFilters();
    // Lists the session's connections in the connection filter; cheap when nothing changed.
    void refreshConnections();

private:
    void refreshFilterCount();

    const Session &m_session;
    ByteLogModel *m_model = nullptr;
    ByteLogFilter *m_filter = nullptr;
    ByteLogView *m_view = nullptr;
    QComboBox *m_connectionFilter = nullptr;
    QComboBox *m_directionFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QCheckBox *m_wallClock = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_filterCount = nullptr;
    EventDetailDialog *m_details = nullptr;
};
