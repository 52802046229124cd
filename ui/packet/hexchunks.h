// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hexrange.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Where the chunks of a stream start (one chunk per read() or write()), what each is called,
// and the colour each is drawn in. Offset 0 always starts a chunk of a non-empty stream.
class HexChunks
{
    Q_DECLARE_TR_FUNCTIONS(HexChunks)

public:
    // A stream of size bytes in one chunk (none when size is 0).
    void reset(qint64 size);
    // Chunk starts with an optional label each; offsets outside the stream and repeated
    // offsets are dropped.
    void setBoundaries(const QList<qint64> &offsets, const QStringList &labels);

    QList<qint64> starts() const { return m_starts; } // sorted, 0 first
    int count() const { return int(m_starts.size()); }
    int at(qint64 offset) const; // the chunk holding offset, -1 outside the stream
    HexRange range(int chunk) const;
    bool isBoundary(qint64 offset) const; // a chunk other than the first starts here
    QString label(int chunk) const { return m_labels.value(chunk); }
    // What hovering the byte at offset of data shows: its chunk, offset and value.
    QString toolTip(qint64 offset, const QByteArray &data) const;

    // Chunk i is drawn in colours[i % size]; an empty list picks colours that stand out from
    // the base colour.
    void setColours(const QList<QColor> &colours) { m_colours = colours; }
    QColor colour(int chunk, const QColor &base) const;
    // The faint background of the chunk's bytes.
    QColor tint(int chunk, const QColor &base) const;

    // from blended towards to by amount (0..1).
    static QColor mix(const QColor &from, const QColor &to, qreal amount);

private:
    qint64 m_size = 0;
    QList<qint64> m_starts;
    QStringList m_labels; // parallel to m_starts, may hold empty strings
    QList<QColor> m_colours;
};
