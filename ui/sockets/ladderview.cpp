// SPDX-License-Identifier: GPL-3.0-or-later
#include "ladderview.h"

#include "session.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace {

using End = ConnectionLadder::End;

const QColor ArrowColour(0x0072B2);
const QColor ResetColour(0xD55E00);

} // namespace

LadderView::LadderView(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ladder(session)
{
    setObjectName(QStringLiteral("ladder"));
    setToolTip(tr("Each event of this connection and its peer, in time order: click one to "
                  "select its row in the log"));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start(RefreshIntervalMs);
}

void LadderView::setConnection(ConnectionId id)
{
    if (id == m_ladder.connection())
        return;
    m_ladder.follow(id);
    m_selected = -1;
    refresh();
}

void LadderView::refresh()
{
    const qsizetype before = m_ladder.rungs().size();
    const ConnectionId peer = m_ladder.peer();
    m_ladder.update();
    if (m_ladder.rungs().size() != before || m_ladder.peer() != peer)
        updateGeometry();
    update();
}

int LadderView::rowHeight() const
{
    return fontMetrics().height() * 2;
}

int LadderView::headerHeight() const
{
    return fontMetrics().height() * 2;
}

int LadderView::lineX(End end) const
{
    // The times take the left; the two ends share the rest.
    const int timeWidth = fontMetrics().horizontalAdvance(QStringLiteral("000.000000 "));
    const int span = width() - timeWidth;
    return timeWidth + (end == End::Near ? span / 5 : span * 4 / 5);
}

QSize LadderView::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 60,
        headerHeight() + rowHeight() * int(qMax<qsizetype>(m_ladder.rungs().size(), 3)) + 8 };
}

QSize LadderView::minimumSizeHint() const
{
    // As tall as its rungs: the scroll area around it scrolls.
    return { fontMetrics().averageCharWidth() * 40,
        headerHeight() + rowHeight() * int(m_ladder.rungs().size()) + 8 };
}

int LadderView::rungAt(const QPoint &point) const
{
    const int row = (point.y() - headerHeight()) / rowHeight();
    return point.y() >= headerHeight() && row < m_ladder.rungs().size() ? row : -1;
}

QPoint LadderView::rungCentre(int rung) const
{
    return { (lineX(End::Near) + lineX(End::Far)) / 2,
        headerHeight() + rung * rowHeight() + rowHeight() * 3 / 4 };
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    const int rung = rungAt(event->position().toPoint());
    if (rung < 0)
        return QWidget::mousePressEvent(event);
    m_selected = rung;
    update();
    if (m_ladder.rungs().at(rung).source == ConnectionLadder::Source::Event)
        Q_EMIT eventClicked(m_ladder.rungs().at(rung).event);
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (m_ladder.connection() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Select a connection to see its events as a ladder"));
        return;
    }
    const int nearX = lineX(End::Near), farX = lineX(End::Far);
    painter.setPen(palette().color(QPalette::WindowText));
    for (End end : { End::Near, End::Far }) {
        const int x = lineX(end);
        const QRect title(x - 150, 2, 300, metrics.height());
        painter.drawText(title, Qt::AlignCenter,
            metrics.elidedText(m_ladder.endName(end), Qt::ElideMiddle, (farX - nearX) - 8));
        painter.drawLine(x, headerHeight() - 4, x, height());
    }
    const QList<ConnectionLadder::Rung> &rungs = m_ladder.rungs();
    for (int i = 0; i < rungs.size(); ++i) {
        const ConnectionLadder::Rung &rung = rungs.at(i);
        const int top = headerHeight() + i * rowHeight();
        if (i == m_selected)
            painter.fillRect(QRect(0, top, width(), rowHeight()),
                palette().color(QPalette::Highlight).lighter(170));
        const int y = top + rowHeight() * 3 / 4;
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(2, top, nearX - 6, rowHeight()), Qt::AlignLeft | Qt::AlignBottom,
            QString::number(rung.timeNs / 1e9, 'f', 6));
        const QColor colour = rung.reset ? ResetColour : ArrowColour;
        const int fromX = rung.from == End::Near ? nearX : farX;
        const int toX = rung.from == End::Near ? farX : nearX;
        painter.setPen(QPen(colour, 2));
        if (!rung.crosses) {
            painter.setBrush(colour);
            painter.drawEllipse(QPoint(fromX, y), 4, 4);
            painter.setPen(palette().color(QPalette::WindowText));
            const QRect label = rung.from == End::Near
                ? QRect(fromX + 8, top, farX - nearX, rowHeight())
                : QRect(nearX, top, farX - nearX - 8, rowHeight());
            painter.drawText(label,
                (rung.from == End::Near ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom,
                rung.label);
            continue;
        }
        painter.drawLine(fromX, y, toX, y);
        const int direction = toX > fromX ? -1 : 1;
        QPainterPath head;
        head.moveTo(toX, y);
        head.lineTo(toX + direction * 9, y - 4);
        head.lineTo(toX + direction * 9, y + 4);
        head.closeSubpath();
        painter.fillPath(head, colour);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(nearX, top, farX - nearX, rowHeight() * 3 / 4 - 1),
            Qt::AlignCenter | Qt::AlignBottom,
            metrics.elidedText(rung.label, Qt::ElideRight, farX - nearX - 8));
    }
}
