// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcpstatediagram.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace {

constexpr int Columns = 3;
constexpr int Rows = 7;

bool sameState(TcpState a, TcpState b)
{
    const auto plain
        = [](TcpState s) { return s == TcpState::NewSynReceived ? TcpState::SynReceived : s; };
    return plain(a) == plain(b);
}

} // namespace

TcpStateDiagram::TcpStateDiagram(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(
        tr("The TCP state machine (RFC 793). The filled box is the state the kernel reports; "
           "the thick arrows are the path this connection took."));
}

const QList<TcpStateDiagram::Node> &TcpStateDiagram::nodes()
{
    static const QList<Node> all = {
        { TcpState::Closed, false, 1, 0 }, // 0
        { TcpState::Listen, false, 1, 1 }, // 1
        { TcpState::SynReceived, false, 0, 2 }, // 2
        { TcpState::SynSent, false, 2, 2 }, // 3
        { TcpState::Established, false, 1, 3 }, // 4
        { TcpState::FinWait1, false, 0, 4 }, // 5
        { TcpState::CloseWait, false, 2, 4 }, // 6
        { TcpState::FinWait2, false, 0, 5 }, // 7
        { TcpState::Closing, false, 1, 5 }, // 8
        { TcpState::LastAck, false, 2, 5 }, // 9
        { TcpState::TimeWait, false, 0, 6 }, // 10
        { TcpState::Closed, true, 2, 6 }, // 11
    };
    return all;
}

const QList<TcpStateDiagram::Edge> &TcpStateDiagram::edges()
{
    // The labels are what happens: "event / what TCP sends".
    static const QList<Edge> all = {
        { 0, 1, QT_TR_NOOP("listen()") },
        { 0, 3, QT_TR_NOOP("connect() / SYN") },
        { 1, 2, QT_TR_NOOP("SYN / SYN+ACK") },
        { 3, 2, QT_TR_NOOP("SYN / ACK") },
        { 2, 4, QT_TR_NOOP("ACK") },
        { 3, 4, QT_TR_NOOP("SYN+ACK / ACK") },
        { 4, 5, QT_TR_NOOP("close() / FIN") },
        { 4, 6, QT_TR_NOOP("FIN / ACK") },
        { 5, 7, QT_TR_NOOP("ACK") },
        { 5, 8, QT_TR_NOOP("FIN / ACK") },
        { 7, 10, QT_TR_NOOP("FIN / ACK") },
        { 8, 10, QT_TR_NOOP("ACK") },
        { 6, 9, QT_TR_NOOP("close() / FIN") },
        { 9, 11, QT_TR_NOOP("ACK") },
        { 10, 11, QT_TR_NOOP("2 MSL") },
    };
    return all;
}

void TcpStateDiagram::setState(TcpState state)
{
    if (m_state == state)
        return;
    m_state = state;
    update();
}

void TcpStateDiagram::setPath(const QList<TcpState> &path)
{
    if (m_path == path)
        return;
    m_path = path;
    update();
}

QSize TcpStateDiagram::sizeHint() const
{
    const QFontMetrics metrics(font());
    return { metrics.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) * 4,
        metrics.height() * 3 * Rows };
}

QSize TcpStateDiagram::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return { metrics.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) * 3 + 16,
        int(metrics.height() * 1.8 * Rows) };
}

QRectF TcpStateDiagram::nodeRect(const Node &node) const
{
    const QFontMetrics metrics(font());
    const qreal cellWidth = qreal(width()) / Columns;
    const qreal cellHeight = qreal(height()) / Rows;
    const qreal boxWidth
        = qMin(cellWidth - 8, metrics.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + 16.0);
    const qreal boxHeight = qMin(cellHeight * 0.6, metrics.height() * 1.6);
    const QPointF centre((node.column + 0.5) * cellWidth, (node.row + 0.5) * cellHeight);
    return { centre.x() - boxWidth / 2, centre.y() - boxHeight / 2, boxWidth, boxHeight };
}

int TcpStateDiagram::nodeIndex(TcpState state, bool ending) const
{
    const QList<Node> &all = nodes();
    for (int i = 0; i < all.size(); ++i) {
        if (sameState(all[i].state, state) && all[i].ending == ending)
            return i;
    }
    return -1;
}

QRectF TcpStateDiagram::stateRect(TcpState state, bool ending) const
{
    const int index = nodeIndex(state, ending && state == TcpState::Closed);
    return index < 0 ? QRectF() : nodeRect(nodes()[index]);
}

QRectF TcpStateDiagram::currentStateRect() const
{
    const bool ending = m_state == TcpState::Closed && m_path.contains(TcpState::Established);
    return stateRect(m_state, ending);
}

// An edge is on the path when its two states follow each other there (states the sampling
// missed in between are not guessed).
bool TcpStateDiagram::pathUsesEdge(const Edge &edge) const
{
    const Node &from = nodes()[edge.from];
    const Node &to = nodes()[edge.to];
    for (int i = 1; i < m_path.size(); ++i) {
        if (sameState(m_path[i - 1], from.state) && sameState(m_path[i], to.state)) {
            // The two CLOSED boxes: the start one only leads out, the ending one only in.
            if (from.state == TcpState::Closed && from.ending)
                continue;
            if (to.state == TcpState::Closed && !to.ending)
                continue;
            return true;
        }
    }
    return false;
}

void TcpStateDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor accentText = pal.color(QPalette::HighlightedText);
    painter.fillRect(rect(), pal.color(QPalette::Base));

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);

    // Arrows first, so the boxes cover their ends.
    for (const Edge &edge : edges()) {
        const QRectF from = nodeRect(nodes()[edge.from]);
        const QRectF to = nodeRect(nodes()[edge.to]);
        const bool onPath = pathUsesEdge(edge);
        QLineF line(from.center(), to.center());
        // Clip the line to the box borders.
        const auto clip = [](const QRectF &box, const QLineF &l, bool atStart) {
            const QPointF inside = atStart ? l.p1() : l.p2();
            const QPointF outside = atStart ? l.p2() : l.p1();
            const QLineF sides[] = { { box.topLeft(), box.topRight() },
                { box.topRight(), box.bottomRight() }, { box.bottomRight(), box.bottomLeft() },
                { box.bottomLeft(), box.topLeft() } };
            for (const QLineF &side : sides) {
                QPointF hit;
                if (QLineF(inside, outside).intersects(side, &hit) == QLineF::BoundedIntersection)
                    return hit;
            }
            return inside;
        };
        line = QLineF(clip(from, line, true), clip(to, line, false));
        const QColor colour = onPath ? accent : muted;
        painter.setPen(QPen(colour, onPath ? 3.0 : 1.2));
        painter.drawLine(line);
        // Arrow head.
        const qreal angle = qDegreesToRadians(-line.angle());
        const qreal size = onPath ? 11 : 8;
        const QPointF tip = line.p2();
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size)
             << tip - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
        painter.setBrush(colour);
        painter.drawPolygon(head);

        const QString label = tr(edge.label);
        painter.setFont(small);
        const QRectF labelSize = smallMetrics.boundingRect(label).adjusted(-3, -1, 3, 1);
        // Beside a vertical arrow, not on it: the rows are too close for a label between them.
        const bool vertical = qAbs(line.dx()) < 2;
        // Where the label covers no box: the middle of the arrow, or a bit towards either end.
        // A narrow diagram leaves some labels out rather than hide a state's name.
        QRectF labelRect;
        for (qreal at : { 0.5, 0.35, 0.65 }) {
            QRectF candidate = labelSize;
            candidate.moveCenter(line.pointAt(at));
            if (vertical)
                candidate.moveLeft(line.pointAt(at).x() + 5);
            const bool covers = std::any_of(nodes().cbegin(), nodes().cend(),
                [&](const Node &node) { return nodeRect(node).intersects(candidate); });
            if (!covers && rect().toRectF().contains(candidate)) {
                labelRect = candidate;
                break;
            }
        }
        if (labelRect.isNull())
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Base));
        if (!vertical)
            painter.drawRect(labelRect);
        painter.setPen(onPath ? text : muted);
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }

    painter.setFont(font());
    const QRectF current = currentStateRect();
    for (const Node &node : nodes()) {
        const QRectF box = nodeRect(node);
        const bool isCurrent = !current.isNull() && box == current;
        bool visited = m_path.contains(node.state);
        if (node.state == TcpState::Closed) {
            // The start box when the path begins there; the ending box when CLOSED follows
            // ESTABLISHED.
            const qsizetype established = m_path.indexOf(TcpState::Established);
            visited = node.ending
                ? established >= 0 && m_path.indexOf(TcpState::Closed, established) > established
                : !m_path.isEmpty() && m_path.constFirst() == TcpState::Closed;
        }
        painter.setPen(
            QPen(isCurrent || visited ? accent : text, isCurrent ? 3.0 : (visited ? 2.0 : 1.0)));
        painter.setBrush(isCurrent ? accent : pal.color(QPalette::Base));
        painter.drawRoundedRect(box, 5, 5);
        painter.setPen(isCurrent ? accentText : text);
        painter.drawText(box, Qt::AlignCenter, tcpStateName(node.state));
    }
}
