// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncolours.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

#include <array>
#include <cmath>

namespace ConnectionColours {

namespace {

// Okabe & Ito, "Color Universal Design" (2008); yellow is left out: unreadable on white.
constexpr std::array<QRgb, 6> Hues = {0xE69F00, 0x0072B2, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9};

QColor adapt(QColor colour, const QPalette &palette)
{
    colour = isDark(palette) ? colour.lighter(135) : colour.darker(110);
    return readableOn(colour, palette.color(QPalette::Base));
}

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(QColor colour, const QColor &background)
{
    // Darker on a light background, lighter on a dark one, a step at a time so the hue stays.
    const bool darkBackground = background.lightness() < 128;
    for (int step = 0; step < 20 && contrast(colour, background) < MinContrast; ++step) {
        const QColor next = darkBackground ? colour.lighter(112) : colour.darker(112);
        if (next == colour)
            break;
        colour = next;
    }
    return colour;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor linkedBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1F4E5A) : QColor(0xC8EEF5);
}

QColor forConnection(ConnectionId id, const QPalette &palette)
{
    if (id == 0)
        return palette.color(QPalette::Text);
    return adapt(QColor(Hues[(id - 1) % Hues.size()]), palette);
}

QIcon markerFor(ConnectionId id, const QPalette &palette)
{
    // Icons are cached: the tree asks for them on every repaint.
    // Never destroyed: pixmaps must not outlive the application object at exit.
    static auto &cache = *new QHash<QPair<ConnectionId, QRgb>, QIcon>;
    const QColor colour = forConnection(id, palette);
    const auto key = qMakePair(id, colour.rgb());
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    constexpr int Size = 32;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Text), 1.5));
    painter.setBrush(colour);
    const QRectF box(4, 4, Size - 8, Size - 8);
    QPainterPath path;
    switch (id == 0 ? 0 : (id - 1) % 7) {
    case 0: path.addRect(box); break;
    case 1: path.addEllipse(box); break;
    case 2:
        path.addPolygon(QPolygonF(
            { QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft() }));
        break;
    case 3:
        path.addPolygon(QPolygonF(
            { QPointF(box.center().x(), box.top()), QPointF(box.right(), box.center().y()),
                QPointF(box.center().x(), box.bottom()), QPointF(box.left(), box.center().y()) }));
        break;
    case 4:
        path.addPolygon(
            QPolygonF({ box.topLeft(), box.topRight(), QPointF(box.center().x(), box.bottom()) }));
        break;
    case 5: {
        const qreal third = box.width() / 3;
        path.addRect(box.adjusted(third, 0, -third, 0));
        path.addRect(box.adjusted(0, third, 0, -third));
        path.setFillRule(Qt::WindingFill);
        path = path.simplified();
        break;
    }
    default: { // a hexagon
        QPolygonF hexagon;
        for (int i = 0; i < 6; ++i) {
            const qreal angle = qDegreesToRadians(60.0 * i);
            hexagon << box.center() + QPointF(std::cos(angle), std::sin(angle)) * box.width() / 2;
        }
        path.addPolygon(hexagon);
        break;
    }
    }
    path.closeSubpath();
    painter.drawPath(path);
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

QColor forDirection(Direction direction, const QPalette &palette)
{
    switch (direction) {
    case Direction::In: return adapt(QColor(0x0072B2), palette);   // blue: bytes coming in
    case Direction::Out: return adapt(QColor(0xD55E00), palette);  // vermillion: bytes going out
    case Direction::None: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace ConnectionColours
