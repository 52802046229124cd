// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Turns what a user types in the send field into bytes.
//
// Text mode: UTF-8 text with the escapes \r \n \t \\ \0 and \xNN (exactly two hex digits).
// Any other backslash sequence, or a lone trailing backslash, is an error.
// Hex mode: pairs of hex digits, upper or lower case; spaces, tabs, newlines, ':' and '-'
// may separate bytes but not split a pair; an optional "0x" prefix per byte is accepted.
struct ParsedPayload
{
    QByteArray bytes;
    QString error;           // empty when the input is valid; a one-line, translated reason
    int errorPosition = -1;  // index in the input text where the problem starts

    bool ok() const { return error.isEmpty(); }
};

enum class LineEnding { None, Lf, CrLf };

ParsedPayload parseEscapedText(const QString &text);
ParsedPayload parseHexText(const QString &text);
QByteArray lineEndingBytes(LineEnding ending);
