// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexchunks.h"

#include "connectioncolours.h"
#include "hexlayout.h"

#include <algorithm>
#include <iterator>

void HexChunks::reset(qint64 size)
{
    m_size = size;
    m_starts.clear();
    m_labels.clear();
    if (size > 0) {
        m_starts.append(0);
        m_labels.append(QString());
    }
}

void HexChunks::setBoundaries(const QList<qint64> &offsets, const QStringList &labels)
{
    struct Start
    {
        qint64 offset;
        QString label;
    };
    QList<Start> starts;
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        if (offsets.at(i) >= 0 && offsets.at(i) < m_size)
            starts.append({ offsets.at(i), labels.value(i) });
    }
    std::stable_sort(starts.begin(), starts.end(),
        [](const Start &a, const Start &b) { return a.offset < b.offset; });

    m_starts.clear();
    m_labels.clear();
    if (m_size == 0)
        return;
    if (starts.isEmpty() || starts.first().offset != 0) {
        m_starts.append(0);
        m_labels.append(QString());
    }
    for (const Start &start : std::as_const(starts)) {
        if (!m_starts.isEmpty() && m_starts.last() == start.offset)
            continue;
        m_starts.append(start.offset);
        m_labels.append(start.label);
    }
}

int HexChunks::at(qint64 offset) const
{
    if (offset < 0 || offset >= m_size || m_starts.isEmpty())
        return -1;
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(std::distance(m_starts.cbegin(), after)) - 1;
}

HexRange HexChunks::range(int chunk) const
{
    if (chunk < 0 || chunk >= count())
        return {};
    const qint64 start = m_starts.at(chunk);
    const qint64 end = chunk + 1 < count() ? m_starts.at(chunk + 1) : m_size;
    return { start, end - start };
}

bool HexChunks::isBoundary(qint64 offset) const
{
    return offset > 0 && std::binary_search(m_starts.cbegin(), m_starts.cend(), offset);
}

QString HexChunks::toolTip(qint64 offset, const QByteArray &data) const
{
    const int chunk = at(offset);
    if (chunk < 0 || offset >= data.size())
        return QString();

    QStringList lines;
    const QString label = m_labels.value(chunk);
    if (count() > 1 || !label.isEmpty()) {
        const HexRange range = this->range(chunk);
        lines << (label.isEmpty()
                ? tr("Chunk %1 of %2").arg(chunk + 1).arg(count())
                : tr("Chunk %1 of %2: %3").arg(chunk + 1).arg(count()).arg(label));
        lines
            << tr("Byte %L1 of %L2 in this chunk").arg(offset - range.start + 1).arg(range.length);
    }
    lines << tr("Offset %L1 (0x%2)").arg(offset).arg(offset, 0, 16);
    const char byte = data.at(offset);
    const QString value
        = tr("Value 0x%1 = %2").arg(uchar(byte), 2, 16, QLatin1Char('0')).arg(uchar(byte));
    lines << (HexLayout::isPrintable(byte) ? tr("%1 = '%2'").arg(value, QChar(QLatin1Char(byte)))
                                           : value);
    return lines.join(QLatin1Char('\n'));
}

QColor HexChunks::colour(int chunk, const QColor &base) const
{
    if (chunk < 0)
        return QColor();
    if (!m_colours.isEmpty())
        return m_colours.at(chunk % m_colours.size());
    // Hues far apart, none of them the usual blue of the selection; the lightness depends on
    // the base colour so the markers stand out in light and dark themes alike.
    static constexpr int Hues[] = { 30, 150, 280, 350, 190, 55, 320, 110 };
    const bool dark = base.lightness() < 128;
    return ConnectionColours::readableOn(
        QColor::fromHsl(Hues[chunk % int(std::size(Hues))], dark ? 170 : 200, dark ? 150 : 115),
        base);
}

QColor HexChunks::tint(int chunk, const QColor &base) const
{
    const bool dark = base.lightness() < 128;
    return mix(base, colour(chunk, base), dark ? 0.22 : 0.13);
}

QColor HexChunks::mix(const QColor &from, const QColor &to, qreal amount)
{
    const auto blend = [amount](qreal a, qreal b) { return a + (b - a) * amount; };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())),
        float(blend(from.greenF(), to.greenF())), float(blend(from.blueF(), to.blueF())));
}
