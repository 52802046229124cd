// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncolours.h"

#include <QPalette>

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

QColor forConnection(ConnectionId id, const QPalette &palette)
{
    if (id == 0)
        return palette.color(QPalette::Text);
    return adapt(QColor(Hues[(id - 1) % Hues.size()]), palette);
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
