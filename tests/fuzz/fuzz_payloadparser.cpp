// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: what a user types in the send field, in text (escape) and hex mode. The first
// byte picks the mode; the rest is taken as UTF-8, as the line edit would hold it.
#include "fuzztargets.h"

#include "payloadparser.h"

#include <QString>

#include <cstdlib>

namespace {

void check(const ParsedPayload &parsed, const QString &text)
{
    // Either bytes or a reason with a position inside the input, never half of each.
    if (parsed.ok()) {
        if (parsed.errorPosition != -1)
            std::abort();
    } else if (!parsed.bytes.isEmpty() || parsed.errorPosition < 0
        || parsed.errorPosition > text.size()) {
        std::abort();
    }
}

} // namespace

int fuzzPayloadParser(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        const ParsedPayload hex = parseHexText(text);
        check(hex, text);
        // Hex output read back as hex gives the same bytes.
        if (hex.ok() && parseHexText(QString::fromLatin1(hex.bytes.toHex(' '))).bytes != hex.bytes)
            std::abort();
    } else {
        check(parseEscapedText(text), text);
    }
    return 0;
}

#ifdef SOCKETLAB_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzPayloadParser(data, size);
}
#endif
