// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailmessage.h"

namespace {

// The line from `from` to its LF, without the line end; -1 as `next` when no LF follows.
QByteArrayView lineAt(const QByteArray &bytes, qsizetype from, qsizetype *next)
{
    const qsizetype end = bytes.indexOf('\n', from);
    *next = end < 0 ? -1 : end + 1;
    if (end < 0)
        return {};
    QByteArrayView line(bytes.constData() + from, end - from);
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

std::optional<QByteArray> smtpMessage(const QByteArray &received)
{
    qsizetype at = 0;
    qsizetype start = -1; // where the message begins, once the DATA line is found
    while (at >= 0 && at < received.size()) {
        qsizetype next = 0;
        const QByteArrayView line = lineAt(received, at, &next);
        if (next < 0)
            return std::nullopt; // an incomplete line: more is to come
        if (start < 0) {
            // Commands are case-insensitive: mail clients send "data" too.
            if (line.compare("DATA", Qt::CaseInsensitive) == 0)
                start = next;
        } else if (line == ".") {
            return received.mid(start, at - start);
        }
        at = next;
    }
    return std::nullopt;
}
