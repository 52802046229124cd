// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadparser.h"

#include <QCoreApplication>

namespace {

// Only ASCII digits and letters count: QChar::isDigit() would also accept e.g. Arabic-Indic
// digits, which have no byte value here.
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isHexSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-';
}

bool isPrefixAt(const QString &text, qsizetype i)
{
    return text.at(i) == u'0' && i + 1 < text.size()
        && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X');
}

// The character at text[i] as a message can show it: itself when visible, else its code point
// (a tab or a non-breaking space would be invisible in a one-line message). A surrogate pair
// is taken whole so an emoji is named as one character.
struct ShownChar
{
    QString text;
    bool visible = false;
};

ShownChar showCharAt(const QString &text, qsizetype i)
{
    char32_t codePoint = text.at(i).unicode();
    qsizetype length = 1;
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        length = 2;
    }
    if (QChar::isPrint(codePoint) && !QChar::isSpace(codePoint))
        return { text.mid(i, length), true };
    const QString hex = QString::number(uint(codePoint), 16).toUpper();
    return { QStringLiteral("U+%1").arg(hex, 4, QLatin1Char('0')), false };
}

// Messages count characters from 1, as people do; errorPosition stays a 0-based index.
ParsedPayload failure(qsizetype position, const QString &error)
{
    ParsedPayload result;
    result.error = error;
    result.errorPosition = int(position);
    return result;
}

} // namespace

ParsedPayload parseEscapedText(const QString &text)
{
    ParsedPayload result;
    // Plain characters are collected and encoded in runs, so a surrogate pair is never split
    // before it reaches toUtf8().
    QString literal;
    const auto flushLiteral = [&] {
        result.bytes += literal.toUtf8();
        literal.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\') {
            literal += text.at(i);
            continue;
        }
        flushLiteral();
        if (i + 1 >= text.size()) {
            ParsedPayload lone = failure(
                i, QCoreApplication::translate("PayloadParser", "Lone backslash at end"));
            lone.incomplete = true;
            return lone;
        }

        const QChar escape = text.at(i + 1);
        switch (escape.unicode()) {
        case u'r': result.bytes += '\r'; break;
        case u'n': result.bytes += '\n'; break;
        case u't': result.bytes += '\t'; break;
        case u'\\': result.bytes += '\\'; break;
        case u'0': result.bytes += '\0'; break;
        case u'x': {
            // Exactly two digits, so "\x414" is "A4" and never an ambiguous longer number.
            const int high = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            const int low = i + 3 < text.size() ? hexValue(text.at(i + 3)) : -1;
            if (high < 0 || low < 0) {
                ParsedPayload partial = failure(i,
                    QCoreApplication::translate(
                        "PayloadParser", "\\x needs two hex digits at position %1")
                        .arg(i + 1));
                // "\x" or "\x4" at the very end: the digits may still be typed.
                partial.incomplete = (i + 2 >= text.size() || (high >= 0 && i + 3 >= text.size()));
                return partial;
            }
            result.bytes += char(high * 16 + low);
            i += 2;
            break;
        }
        default: {
            const ShownChar shown = showCharAt(text, i + 1);
            if (!shown.visible) {
                return failure(i,
                    QCoreApplication::translate(
                        "PayloadParser", "Unknown escape: backslash then %1 at position %2")
                        .arg(shown.text)
                        .arg(i + 1));
            }
            return failure(i,
                QCoreApplication::translate("PayloadParser", "Unknown escape \\%1 at position %2")
                    .arg(shown.text)
                    .arg(i + 1));
        }
        }
        ++i; // the escape letter
    }
    flushLiteral();
    return result;
}

ParsedPayload parseHexText(const QString &text)
{
    ParsedPayload result;
    int high = -1; // first digit of a pair still waiting for its second
    qsizetype highPosition = -1;
    bool afterPrefix = false; // "0x0x41" is refused rather than read as a doubled prefix

    const auto oddDigit = [&] {
        return failure(highPosition,
            QCoreApplication::translate("PayloadParser",
                "Hex digit %1 at position %2 has no partner: a byte needs two digits")
                .arg(text.at(highPosition))
                .arg(highPosition + 1));
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const int value = hexValue(c);
        if (value >= 0) {
            if (high >= 0) {
                result.bytes += char(high * 16 + value);
                high = -1;
                afterPrefix = false;
            } else if (!afterPrefix && isPrefixAt(text, i)) {
                // A prefix only counts where a byte starts: in "10x" the 'x' is an error.
                if (i + 2 >= text.size() || hexValue(text.at(i + 2)) < 0) {
                    ParsedPayload bare = failure(i,
                        QCoreApplication::translate(
                            "PayloadParser", "0x at position %1 is not followed by hex digits")
                            .arg(i + 1));
                    bare.incomplete = i + 2 >= text.size();
                    return bare;
                }
                afterPrefix = true;
                ++i;
            } else {
                high = value;
                highPosition = i;
            }
            continue;
        }
        if (isHexSeparator(c)) {
            if (high >= 0)
                return oddDigit();
            afterPrefix = false;
            continue;
        }
        return failure(i,
            QCoreApplication::translate("PayloadParser", "Not a hex digit: %1 at position %2")
                .arg(showCharAt(text, i).text)
                .arg(i + 1));
    }
    if (high >= 0) {
        ParsedPayload odd = oddDigit();
        odd.incomplete = true; // its partner may be typed next
        return odd;
    }
    return result;
}

QByteArray lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return {};
    case LineEnding::Lf: return QByteArrayLiteral("\n");
    case LineEnding::CrLf: return QByteArrayLiteral("\r\n");
    }
    return {};
}
