// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionladder.h"

#include <QWidget>

class QTimer;

// The ladder diagram of the current connection (ConnectionLadder): its two ends as vertical
// lines, one row per rung downward with its time on the left, each rung an arrow from the end
// that sent it, labelled. A click on a rung emits eventClicked() with its log index, for the
// window to select that row. Lives in a scroll area: it is as tall as its rungs.
class LadderView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 250;

    explicit LadderView(const Session &session, QWidget *parent = nullptr);

    const ConnectionLadder &ladder() const { return m_ladder; }
    void setConnection(ConnectionId id);
    // Reads new events now (the timer does it while visible).
    void refresh();
    // The rung at a point of the widget, or -1.
    int rungAt(const QPoint &point) const;
    // The middle of a rung's arrow, in widget coordinates.
    QPoint rungCentre(int rung) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void eventClicked(qint64 event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int lineX(ConnectionLadder::End end) const;

    const Session &m_session;
    ConnectionLadder m_ladder;
    QTimer *m_timer = nullptr;
    int m_selected = -1;
};
