// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

// The message a mail client delivered in an SMTP dialogue, found in what the server received:
// the bytes after the DATA command's line up to the line that holds a lone '.' (the line end
// before that dot is the message's last). Lines may end in CRLF, as RFC 5321 says, or in a bare
// LF, which the smtp responder takes too. Nothing until the dot has arrived; of several
// messages, the first. The bytes are as they came, dot-stuffing included.
std::optional<QByteArray> smtpMessage(const QByteArray &received);
