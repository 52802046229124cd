// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldiagramview.h"

#include "lessonpanel.h"
#include "lessonrunner.h"
#include "session.h"

#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace {

using Side = CallDiagram::Side;
using Call = CallDiagram::Call;
using Arrow = CallDiagram::Arrow;

// Colour-blind safe (Okabe-Ito): green for done, vermillion for failed.
const QColor LitFill(0xDFF2E6);
const QColor LitBorder(0x009E73);
const QColor FailedFill(0xFBE3E3);
const QColor FailedBorder(0xD55E00);
const QColor ArrowColour(0x0072B2);

} // namespace

CallDiagramView::CallDiagramView(
    const Session &session, const LessonPanel &lessons, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_lessons(lessons)
    , m_diagram(session)
{
    setObjectName(QStringLiteral("callDiagram"));
    setToolTip(tr("The Berkeley calls of this lesson's server and client, lit as they happen on "
                  "the real sockets"));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start(RefreshIntervalMs);
}

void CallDiagramView::refresh()
{
    if (const LessonRunner *runner = m_lessons.runner())
        m_diagram.followLessonStep(*runner);
    m_diagram.update();
    const qint64 events = m_session.log().count();
    if (events != m_seenEvents || m_diagram.client() != m_seenClient
        || m_diagram.listener() != m_seenListener) {
        m_seenEvents = events;
        m_seenClient = m_diagram.client();
        m_seenListener = m_diagram.listener();
        update();
    }
}

int CallDiagramView::rowHeight() const
{
    return fontMetrics().height() * 2 + 12;
}

int CallDiagramView::rowCount() const
{
    if (m_diagram.datagrams())
        return 6;
    const bool shutdown = m_diagram.state(Side::Server, Call::Shutdown).lit
        || m_diagram.state(Side::Client, Call::Shutdown).lit;
    return shutdown ? 9 : 8; // the title, then the calls
}

int CallDiagramView::rowOf(Call call, Side side) const
{
    if (m_diagram.datagrams()) {
        // One datagram row per direction, so each arrow runs from a sendto() to a recvfrom().
        switch (call) {
        case Call::Socket: return 1;
        case Call::Bind:
        case Call::Connect: return 2;
        case Call::RecvFrom: return side == Side::Server ? 3 : 4;
        case Call::SendTo: return side == Side::Server ? 4 : 3;
        case Call::Close: return 5;
        default: return 0;
        }
    }
    const bool shutdown = rowCount() == 9;
    switch (call) {
    case Call::Socket: return 1;
    case Call::Bind: return 2;
    case Call::Listen: return 3;
    case Call::Accept:
    case Call::Connect: return 4;
    case Call::Recv: return side == Side::Server ? 5 : 6;
    case Call::Send: return side == Side::Server ? 6 : 5;
    case Call::Shutdown: return 7;
    case Call::Close: return shutdown ? 8 : 7;
    case Call::RecvFrom:
    case Call::SendTo: return 0; // not in the stream picture
    }
    return 0;
}

QSize CallDiagramView::sizeHint() const
{
    return { fontMetrics().averageCharWidth() * 80, rowHeight() * 8 + 8 };
}

QSize CallDiagramView::minimumSizeHint() const
{
    // Narrow enough to share a 1280×720 screen, zoomed, with the log: the calls wrap to it.
    return { fontMetrics().averageCharWidth() * 28, (fontMetrics().height() + 6) * 8 };
}

QRect CallDiagramView::box(Side side, int row) const
{
    // Each column takes 41% of the width; the arrows get the middle.
    const int columnWidth = width() * 41 / 100;
    const int x = side == Side::Server ? 4 : width() - columnWidth - 4;
    // Rows share the height there is; short of two lines each, a box shows one.
    const int rows = rowCount();
    const int step = qMax(fontMetrics().height() + 6, (this->height() - 8) / rows);
    const int height = qMin(rowHeight(), step);
    return { x, 4 + row * step + (step - height) / 2, columnWidth, height - 4 };
}

void CallDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    for (Side side : { Side::Server, Side::Client }) {
        const FittedText title = fitTitle(side);
        painter.setFont(title.font);
        painter.drawText(box(side, 0), Qt::AlignCenter, title.text);
    }
    painter.setFont(font());
    for (Side side : { Side::Server, Side::Client }) {
        // The process's timeline: a line down the middle of its column.
        const QRect first = box(side, 1);
        const QRect last = box(side, rowCount() - 1);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawLine(first.center().x(), first.top(), last.center().x(), last.bottom());
        for (Call call : m_diagram.calls(side))
            paintCall(painter, side, call);
    }
    if (m_diagram.datagrams())
        paintDatagramArrows(painter);
    else
        paintStreamArrows(painter);
}

void CallDiagramView::paintDatagramArrows(QPainter &painter) const
{
    paintArrow(painter, Arrow::DataToServer, rowOf(Call::SendTo, Side::Client), false, 0);
    paintArrow(painter, Arrow::DataToClient, rowOf(Call::SendTo, Side::Server), true, 0);
    // The ICMP error comes back to the client's next call; below the datagrams to the client
    // if there were any, as its labels take the lines above and below its arrow.
    const int icmpRow = m_diagram.arrow(Arrow::DataToClient).seen
        ? rowOf(Call::Close, Side::Client)
        : rowOf(Call::RecvFrom, Side::Client);
    paintArrow(painter, Arrow::Unreachable, icmpRow, true, 0);
}

void CallDiagramView::paintStreamArrows(QPainter &painter) const
{
    paintArrow(painter, Arrow::Handshake, rowOf(Call::Connect, Side::Client), false, 0);
    paintArrow(painter, Arrow::DataToServer, rowOf(Call::Send, Side::Client), false, 0);
    paintArrow(painter, Arrow::DataToClient, rowOf(Call::Send, Side::Server), true, 0);
    const int close = rowOf(Call::Close, Side::Client);
    const bool halfClosed = m_diagram.state(Side::Client, Call::Shutdown).lit;
    paintArrow(painter, Arrow::FinFromClient, halfClosed ? close - 1 : close, false, -1);
    paintArrow(painter, Arrow::FinFromServer, close, true, halfClosed ? 0 : 1);
    paintArrow(painter, Arrow::Reset, close, !m_diagram.arrow(Arrow::Reset).fromClient, 0);
}

void CallDiagramView::paintCall(QPainter &painter, Side side, Call call) const
{
    const CallDiagram::CallState state = m_diagram.state(side, call);
    const QRect rect = box(side, rowOf(call, side));
    if (state.lit) {
        painter.setPen(QPen(state.failed ? FailedBorder : LitBorder, 2));
        painter.setBrush(state.failed ? FailedFill : LitFill);
    } else {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(palette().color(QPalette::Base));
    }
    painter.drawRoundedRect(rect, 4, 4);
    // The lit colours are light whatever the theme: text on them is dark.
    painter.setPen(state.lit ? QColor(0x1A1A1A) : palette().color(QPalette::PlaceholderText));
    const FittedText fitted = fitText(side, call);
    painter.setFont(fitted.font);
    painter.drawText(
        textRect(rect), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, fitted.text);
    painter.setFont(font());
}

QString CallDiagramView::callText(Side side, Call call) const
{
    const CallDiagram::CallState state = m_diagram.state(side, call);
    if (!state.lit)
        return CallDiagram::callName(call) + QStringLiteral("()");
    QString text = state.text + QLatin1Char(' ')
        + (state.result.isEmpty() ? tr("… in progress") : QStringLiteral("→ ") + state.result);
    if (state.count > 1 && state.count == state.firstSizes.size()) {
        // Datagrams: each call's size, as the boundaries are the point (3 + 3 + 5, not 11).
        QStringList sizes;
        for (qint64 size : state.firstSizes)
            sizes << QString::number(size);
        text += tr("  (%1 calls: %2 B)").arg(state.count).arg(sizes.join(QStringLiteral(" + ")));
    } else if (state.count > 1) {
        text += tr("  (%1 calls, %2 B)").arg(state.count).arg(state.bytes);
    }
    return text;
}

QRect CallDiagramView::textRect(const QRect &box)
{
    return box.adjusted(6, 1, -6, -1);
}

// The whole call, arguments and result, wrapped at its spaces to the lines the box has, in a
// smaller font if need be: an elided "socket(AF_IN…EAM, 0)" hides what the diagram is for. Only
// a box too small even for the smallest font elides.
CallDiagramView::FittedText CallDiagramView::fitText(Side side, Call call) const
{
    const QString text = callText(side, call);
    const QRect room = textRect(box(side, rowOf(call, side)));
    QFont fitted = font();
    const double size = fitted.pointSizeF();
    for (double factor = 1.0; factor >= SmallestFontFactor - 0.01; factor -= 0.1) {
        fitted.setPointSizeF(size * factor);
        const QRect needed = QFontMetrics(fitted).boundingRect(
            room, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
        if (needed.width() <= room.width() && needed.height() <= room.height())
            return { fitted, text };
    }
    return { fitted, QFontMetrics(fitted).elidedText(text, Qt::ElideRight, room.width()) };
}

// "Server L1 (AF_INET)" in bold, in a smaller font if need be; where even the smallest is too
// wide (a zoomed projector), without the family, which every box below names again.
CallDiagramView::FittedText CallDiagramView::fitTitle(Side side) const
{
    const bool server = side == Side::Server;
    const auto socket = m_session.connections().find(server ? m_diagram.listener() : m_diagram.client());
    const QString named = !socket ? (server ? tr("Server") : tr("Client"))
                                  : (server ? tr("Server %1") : tr("Client %1")).arg(socket->name);
    const QString full = socket ? tr("%1 (%2)", "a column's title: Server L1 (AF_INET)").arg(named, m_diagram.family()) : named;
    const int width = box(side, 0).width();
    QFont bold = font();
    bold.setBold(true);
    const double size = bold.pointSizeF();
    for (const QString &text : { full, named }) {
        for (double factor = 1.0; factor >= SmallestFontFactor - 0.01; factor -= 0.1) {
            bold.setPointSizeF(size * factor);
            if (QFontMetrics(bold).horizontalAdvance(text) <= width)
                return { bold, text };
        }
    }
    return { bold, QFontMetrics(bold).elidedText(named, Qt::ElideRight, width) };
}

QString CallDiagramView::shownTitle(Side side) const
{
    return fitTitle(side).text;
}

QString CallDiagramView::shownText(Side side, Call call) const
{
    return fitText(side, call).text;
}

QStringList CallDiagramView::shownTexts(Side side) const
{
    QStringList texts;
    for (Call call : m_diagram.calls(side))
        texts << shownText(side, call);
    return texts;
}

void CallDiagramView::paintArrow(
    QPainter &painter, Arrow arrow, int row, bool toClient, int offset) const
{
    const CallDiagram::ArrowState state = m_diagram.arrow(arrow);
    if (!state.seen)
        return;
    const QRect server = box(Side::Server, row);
    const QRect client = box(Side::Client, row);
    const int y = server.center().y() + offset * fontMetrics().height() / 2;
    const QPointF from(toClient ? server.right() + 2 : client.left() - 2, y);
    const QPointF to(toClient ? client.left() - 2 : server.right() + 2, y);
    const QColor colour
        = arrow == Arrow::Reset || arrow == Arrow::Unreachable ? FailedBorder : ArrowColour;
    painter.setPen(QPen(colour, 2));
    painter.drawLine(from, to);
    const double direction = to.x() > from.x() ? -1 : 1;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to.x() + direction * 8, y - 4);
    head.lineTo(to.x() + direction * 8, y + 4);
    head.closeSubpath();
    painter.fillPath(head, colour);
    painter.setPen(colour);
    const int left = int(qMin(from.x(), to.x()));
    const int width = int(qAbs(to.x() - from.x()));
    const auto [above, below] = arrowLabel(arrow, state, width);
    const int line = fontMetrics().height();
    // The handshake's arrow has the first data arrow right below it, whose label is above its
    // line: both lines of a split handshake go above ("ACK" was drawn over "6 B"), where the
    // rows of socket() and bind() have no arrow.
    if (arrow == Arrow::Handshake && !below.isEmpty()) {
        paintArrowText(painter, QRect(left, y - 2 * line - 1, width, line), above);
        paintArrowText(painter, QRect(left, y - line - 1, width, line), below);
    } else {
        paintArrowText(painter, QRect(left, y - line - 1, width, line), above);
        paintArrowText(painter, QRect(left, y + 2, width, line), below);
    }
    painter.setFont(font());
}

// The gap between the columns is narrow: a datagram arrow says its count above the line and its
// bytes below, the ICMP error its protocol above and what it says below, and a handshake too
// long for one line takes two ("SYN, SYN-ACK" over "ACK", both above its arrow).
std::pair<QString, QString> CallDiagramView::arrowLabel(
    Arrow arrow, const CallDiagram::ArrowState &state, int width) const
{
    if (arrow == Arrow::Unreachable)
        return { tr("ICMP"), tr("unreachable") };
    if (m_diagram.datagrams() && (arrow == Arrow::DataToServer || arrow == Arrow::DataToClient))
        return { tr("%n datagram(s)", nullptr, state.count), tr("%1 B").arg(state.bytes) };
    QFont smallest = font();
    smallest.setPointSizeF(smallest.pointSizeF() * SmallestFontFactor);
    const qsizetype split = state.label.lastIndexOf(QStringLiteral(", "));
    if (split > 0 && QFontMetrics(smallest).horizontalAdvance(state.label) > width)
        return { state.label.left(split), state.label.mid(split + 2) };
    return { state.label, QString() };
}

// In the view's font, or a smaller one down to SmallestFontFactor, elided only past that.
void CallDiagramView::paintArrowText(
    QPainter &painter, const QRect &rect, const QString &text) const
{
    if (text.isEmpty())
        return;
    QFont fitted = font();
    const double size = fitted.pointSizeF();
    for (double factor = 1.0; factor >= SmallestFontFactor - 0.01; factor -= 0.1) {
        fitted.setPointSizeF(size * factor);
        if (QFontMetrics(fitted).horizontalAdvance(text) <= rect.width())
            break;
    }
    painter.setFont(fitted);
    painter.drawText(
        rect, Qt::AlignCenter, QFontMetrics(fitted).elidedText(text, Qt::ElideRight, rect.width()));
}
