// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"

#include <QList>
#include <QWidget>

// The TCP state machine of RFC 793 (figure 6), drawn with QPainter: the eleven states, the usual
// transitions with what causes them, the current state filled, and the path of states a
// connection went through drawn along its transitions.
//
// CLOSED appears twice, as in most textbook drawings: at the top where a socket starts, and at
// the bottom where a closed connection ends, so no arrow crosses the whole figure.
class TcpStateDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit TcpStateDiagram(QWidget *parent = nullptr);

    // The state to highlight; Unknown highlights none.
    void setState(TcpState state);
    TcpState state() const { return m_state; }
    // The states the connection went through, oldest first (the last one is usually state()).
    void setPath(const QList<TcpState> &path);
    QList<TcpState> path() const { return m_path; }

    // Where a state's box is drawn, in widget coordinates (the bottom CLOSED when ending is true).
    QRectF stateRect(TcpState state, bool ending = false) const;
    // The box that shows the current state, as painted: the ending CLOSED once the path went
    // through ESTABLISHED.
    QRectF currentStateRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Node
    {
        TcpState state;
        bool ending;
        qreal column; // 0..2
        qreal row; // 0..6
    };
    struct Edge
    {
        int from; // index into nodes()
        int to;
        const char *label;
    };
    static const QList<Node> &nodes();
    static const QList<Edge> &edges();
    int nodeIndex(TcpState state, bool ending) const;
    QRectF nodeRect(const Node &node) const;
    bool pathUsesEdge(const Edge &edge) const;

    TcpState m_state = TcpState::Unknown;
    QList<TcpState> m_path;
};
