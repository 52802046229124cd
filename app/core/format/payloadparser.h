// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Turns what a user types in the send field into bytes.
//
// Text mode: the text is sent as UTF-8, with the escapes \r \n \t \\ \0 and \xNN (exactly
// two hex digits, so "\x414" is "A4"; \0 is always one NUL, never an octal number).
// Any other backslash sequence, or a lone trailing backslash, is an error.
// Hex mode: pairs of hex digits, upper or lower case; spaces, tabs, newlines, ':' and '-'
// may separate bytes but not split a pair; an optional "0x" prefix may start each byte or run
// of bytes ("0x41 0x42" and "0x4142" are both "AB").
// Empty input is valid and gives no bytes.
struct ParsedPayload
{
    QByteArray bytes; // empty when there is an error: nothing half-parsed is sent
    QString error; // empty when the input is valid; a one-line, translated reason
                   // that counts characters from 1 ("at position 5")
    int errorPosition = -1; // 0-based index in the input text where the problem starts
                            // (the backslash of a bad escape, the lone digit of an odd pair)
    // The only problem is that the text stops in the middle of an escape, a pair or a 0x
    // prefix: typing on can make it valid. While typing that is no error yet; Send says it.
    bool incomplete = false;

    bool ok() const { return error.isEmpty(); }
};

enum class LineEnding { None, Lf, CrLf };

ParsedPayload parseEscapedText(const QString &text);
ParsedPayload parseHexText(const QString &text);
QByteArray lineEndingBytes(LineEnding ending);
