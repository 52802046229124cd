// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncolours.h"

#include <QPalette>

#include <array>

namespace ConnectionColours {

namespace {

// Okabe & Ito, "Color Universal Design" (2008); yellow is left out: unreadable on white.
constexpr std::array<QRgb, 6> Hues = {0xE69F00, 0x0072B2, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9};

QColor adapt(QColor colour, const QPalette &palette)
{
    return isDark(palette) ? colour.lighter(135) : colour.darker(110);
}

} // namespace

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
