// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixedpitchfont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>

namespace FixedPitchFont {

namespace {

// Narrowest and widest letter, a digit and punctuation: a proportional font differs in these.
constexpr QLatin1StringView Probes("iW0.");
// Advances are fractions of a pixel; a fixed-pitch font's are identical, a proportional font's
// differ by whole pixels.
constexpr qreal SameAdvance = 0.01;

QFont styled(QFont font)
{
    // A character the family lacks comes from another monospace font where there is one.
    font.setStyleHint(QFont::Monospace);
    font.setKerning(false);
    return font;
}

} // namespace

bool advancesAlike(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal first = metrics.horizontalAdvance(QLatin1Char(Probes.front()));
    for (const char probe : Probes) {
        if (qAbs(metrics.horizontalAdvance(QLatin1Char(probe)) - first) > SameAdvance)
            return false;
    }
    return first > 0;
}

QString firstFixed(const QList<QFont> &candidates)
{
    for (const QFont &candidate : candidates) {
        if (advancesAlike(candidate))
            return QFontInfo(candidate).family();
    }
    return {};
}

QList<QFont> candidates()
{
    QList<QFont> fonts { QFontDatabase::systemFont(QFontDatabase::FixedFont) };
    QStringList known;
    for (const char *family : KnownFamilies)
        known << QString::fromLatin1(family);
    // Only installed families: fontconfig would substitute a missing one with some other font.
    for (const QString &family : QFontDatabase::families()) {
        if (known.contains(family, Qt::CaseInsensitive))
            continue;
        if (QFontDatabase::isFixedPitch(family))
            known << family;
    }
    for (const QString &family : std::as_const(known)) {
        if (QFontDatabase::hasFamily(family))
            fonts << styled(QFont(family));
    }
    return fonts;
}

QString family()
{
    static const QString chosen = [] {
        const QString fixed = firstFixed(candidates());
        // No installed font measures fixed (not seen on a real machine): the system's choice is
        // still the best guess.
        return fixed.isEmpty()
            ? QFontInfo(QFontDatabase::systemFont(QFontDatabase::FixedFont)).family()
            : fixed;
    }();
    return chosen;
}

QFont font(qreal pointSize)
{
    QFont fixed = styled(QFont(family()));
    fixed.setPointSizeF(pointSize > 0
            ? pointSize
            : QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF());
    return fixed;
}

QString html(const QString &plainText)
{
    return QStringLiteral("<span style=\"font-family:'%1'\">%2</span>")
        .arg(family().toHtmlEscaped(), plainText.toHtmlEscaped());
}

} // namespace FixedPitchFont
