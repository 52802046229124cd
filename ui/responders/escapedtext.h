// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Text as the responder editor's fields show it. A responder file stores replies and patterns
// with the send field's escapes (\r \n \t \xNN) or with the characters themselves (JSON's
// "\r\n"); a field shows a carriage return, a tab and other control characters as escapes, and
// keeps a line feed as a line break, so an HTTP head reads as lines ending in \r. What the field
// then holds means the same bytes to ReplyTemplate and is stored as it is.
namespace EscapedText {
QString forEditing(const QString &stored);
// Bytes a responder would send, exactly: printable text as it is, a line feed as \n and a line
// break, every other control byte or invalid UTF-8 as an escape.
QString ofBytes(const QByteArray &bytes);
} // namespace EscapedText
