// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calldiagram.h"

#include <QFont>
#include <QStringList>
#include <QWidget>

#include <utility>

class LessonPanel;
class QTimer;

// The call diagram of the lesson being shown: the server's calls in the left column, the
// client's in the right, one row per call as in a textbook, each lit once it happened with its
// real arguments and result, and the handshake, data, FIN and RST arrows between the two (for
// UDP: the datagram calls, and datagrams each way). It
// follows the sockets of the lesson's current step (CallDiagram::followLessonStep) and reads new
// events on a timer, only while visible.
class CallDiagramView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 250;

    CallDiagramView(const Session &session, const LessonPanel &lessons, QWidget *parent = nullptr);

    // The smallest font a call's text is set in to fit its box, against the view's: at zoom +2 on
    // 1280×720 the longest call, "socket(AF_INET, SOCK_STREAM, 0) → L1", needs 0.6 to stay whole.
    static constexpr double SmallestFontFactor = 0.6;

    const CallDiagram &diagram() const { return m_diagram; }
    // The call's text as drawn in its box (elided only when even the smallest font is too big).
    QString shownText(CallDiagram::Side side, CallDiagram::Call call) const;
    // A column's title as drawn: "Server L1 (AF_INET)", shorter where the column is narrow.
    QString shownTitle(CallDiagram::Side side) const;
    // The boxes of one side as drawn, top to bottom: each box's shownText().
    QStringList shownTexts(CallDiagram::Side side) const;
    // Follows the lesson and reads new events now (the timer does it four times a second).
    void refresh();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Rows of the picture: socket, bind, listen, accept/connect, data, data, [shutdown], close;
    // for UDP: socket, bind/[connect], datagram, datagram, close.
    int rowOf(CallDiagram::Call call, CallDiagram::Side side) const;
    int rowCount() const;
    int rowHeight() const;
    QRect box(CallDiagram::Side side, int row) const;
    struct FittedText
    {
        QFont font;
        QString text;
    };
    // "bind(L1, 127.0.0.1:9000) → 0": what was called, with what, and what it returned.
    QString callText(CallDiagram::Side side, CallDiagram::Call call) const;
    static QRect textRect(const QRect &box);
    FittedText fitText(CallDiagram::Side side, CallDiagram::Call call) const;
    FittedText fitTitle(CallDiagram::Side side) const;
    void paintCall(QPainter &painter, CallDiagram::Side side, CallDiagram::Call call) const;
    void paintStreamArrows(QPainter &painter) const;
    void paintDatagramArrows(QPainter &painter) const;
    void paintArrow(
        QPainter &painter, CallDiagram::Arrow arrow, int row, bool toServer, int offset) const;
    // What an arrow says above its line, and below it.
    std::pair<QString, QString> arrowLabel(
        CallDiagram::Arrow arrow, const CallDiagram::ArrowState &state, int width) const;
    void paintArrowText(QPainter &painter, const QRect &rect, const QString &text) const;

    const Session &m_session;
    const LessonPanel &m_lessons;
    CallDiagram m_diagram;
    QTimer *m_timer = nullptr;
    qint64 m_seenEvents = -1;
    ConnectionId m_seenClient = 0;
    ConnectionId m_seenListener = 0;
};
