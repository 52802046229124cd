// SPDX-License-Identifier: GPL-3.0-or-later
#include "escapedtext.h"

#include <QStringDecoder>

namespace {

QString escapeControl(char32_t c)
{
    switch (c) {
    case U'\r': return QStringLiteral("\\r");
    case U'\t': return QStringLiteral("\\t");
    case U'\0': return QStringLiteral("\\0");
    default: return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
}

bool isControl(char32_t c)
{
    return (c < 0x20 && c != U'\n') || c == 0x7f;
}

} // namespace

QString EscapedText::forEditing(const QString &stored)
{
    QString shown;
    shown.reserve(stored.size());
    for (const QChar c : stored)
        shown += isControl(c.unicode()) ? escapeControl(c.unicode()) : QString(c);
    return shown;
}

QString EscapedText::ofBytes(const QByteArray &bytes)
{
    QString shown;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const uchar byte = uchar(bytes.at(i));
        if (byte == '\n') {
            shown += QStringLiteral("\\n\n");
            ++i;
            continue;
        }
        if (byte < 0x80) {
            shown += isControl(byte) ? escapeControl(byte) : QString(QLatin1Char(char(byte)));
            ++i;
            continue;
        }
        // One UTF-8 sequence as a character, or its first byte as an escape.
        const qsizetype length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString character = decoder(bytes.mid(i, length));
        if (length > 1 && !decoder.hasError() && character.size() >= 1
            && !character.contains(QChar::ReplacementCharacter)) {
            shown += character;
            i += length;
        } else {
            shown += escapeControl(byte);
            ++i;
        }
    }
    return shown;
}
