// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

// The one place the fixed-width font comes from: the log's previews of data, the hex view and
// the socket calls and addresses in lessons are set in it, so that columns of bytes line up.
//
// Chosen by what it measures, not by what fontconfig says. With fonts-noto-mono installed (most
// Debian desktops have it: ghostscript brings it), "monospace" is Noto Sans Mono, which
// fontconfig does not flag as fixed pitch although its characters all advance alike; on another
// desktop "monospace" may name a proportional font. A font is taken when `i`, `W`, `0` and `.`
// advance alike: the system's fixed font first, then the monospace families desktops commonly
// have, then any family the font database calls fixed pitch.
namespace FixedPitchFont {

// The family chosen for this process (measured once: fonts do not change while it runs).
QString family();
// A font of family() `pointSize` points large (the system's fixed font's size when 0), without
// kerning: runs of characters are drawn at the x of their first cell.
QFont font(qreal pointSize = 0);
// `plainText` as rich text set in family(), for labels that mix it with proportional text.
QString html(const QString &plainText);

// Whether `font`, as it is drawn, advances `i`, `W`, `0` and `.` alike.
bool advancesAlike(const QFont &font);
// The family the first of `candidates` that advances alike resolves to; empty when none does.
QString firstFixed(const QList<QFont> &candidates);
// What family() tries, in order: the system's fixed font, the installed KnownFamilies, then
// every other installed family the font database calls fixed pitch.
QList<QFont> candidates();
// Monospace families common on Linux desktops, the ones Debian and Ubuntu install first.
inline const char *const KnownFamilies[]
    = { "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Noto Mono", "Ubuntu Mono",
          "Cousine", "Source Code Pro", "Hack", "Nimbus Mono PS", "FreeMono", "Courier New" };

} // namespace FixedPitchFont
