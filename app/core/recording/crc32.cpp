// SPDX-License-Identifier: GPL-3.0-or-later
#include "crc32.h"

#include <zlib.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SOCKETLAB_CRC32_FOLDING 1
#include <immintrin.h>
#endif

namespace Crc32 {
namespace {

quint32 zlibCrc(quint32 crc, const uchar *data, size_t length)
{
    // zlib takes lengths as uInt: a buffer of 4 GiB or more goes in parts.
    while (length > 0) {
        const auto part = uInt(qMin<size_t>(length, 1u << 30));
        crc = quint32(crc32(crc, data, part));
        data += part;
        length -= part;
    }
    return crc;
}

#ifdef SOCKETLAB_CRC32_FOLDING
// With carry-less multiplication the message is folded many bits at a time, the method of
// Intel's "Fast CRC Computation for Generic Polynomials Using PCLMULQDQ": a 128-bit lane carried
// n bits forward is the XOR of its two 64-bit halves multiplied by x^(n+32) and x^(n-32) mod P.
// The constants are those powers, bit-reflected as zlib's CRC is and shifted left by one
// (x^n mod P computed a bit at a time; tst_crc32 checks every method against zlib). The lanes
// are folded into one at the end, and zlib finishes with that lane and the last bytes.
//
// zlib's crc32(crc, ...) starts from the register ~crc: the same as XORing ~crc into the first
// four bytes and starting from 0, which is where the folding leaves off for zlib to continue.

constexpr qint64 By128Low = 0x1751997d0;    // x^(128+32)
constexpr qint64 By128High = 0xccaa009e;    // x^(128-32)
constexpr qint64 By512Low = 0x154442bd4;    // x^(512+32)
constexpr qint64 By512High = 0x1c6e41596;   // x^(512-32)
constexpr qint64 By1024Low = 0x1e88ef372;   // x^(1024+32)
constexpr qint64 By1024High = 0x14a7fe880;  // x^(1024-32)

__attribute__((target("pclmul,sse2"))) inline __m128i carry128(__m128i lane, __m128i constants)
{
    return _mm_xor_si128(
        _mm_clmulepi64_si128(lane, constants, 0x00), _mm_clmulepi64_si128(lane, constants, 0x11));
}

__attribute__((target("pclmul,sse2"))) inline __m128i load128(const uchar *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}

// Folds `lane` over the remaining 16-byte blocks, then lets zlib finish.
__attribute__((target("pclmul,sse2"))) quint32 finish(__m128i lane, const uchar *data, size_t length)
{
    const __m128i by128 = _mm_set_epi64x(By128High, By128Low);
    for (; length >= 16; data += 16, length -= 16)
        lane = _mm_xor_si128(carry128(lane, by128), load128(data));
    uchar last[16];
    _mm_storeu_si128(reinterpret_cast<__m128i *>(last), lane);
    return zlibCrc(zlibCrc(0xFFFFFFFFu, last, sizeof last), data, length);
}

// The lanes folded into one, taken in the order of the bytes they hold.
__attribute__((target("pclmul,sse2"))) __m128i merge(const __m128i (&lanes)[8], int count)
{
    const __m128i by128 = _mm_set_epi64x(By128High, By128Low);
    __m128i lane = lanes[0];
    for (int i = 1; i < count; ++i)
        lane = _mm_xor_si128(carry128(lane, by128), lanes[i]);
    return lane;
}

__attribute__((target("pclmul,sse2"))) quint32 fold128(quint32 crc, const uchar *data, size_t length)
{
    Q_ASSERT(length >= 64);
    const __m128i by512 = _mm_set_epi64x(By512High, By512Low);
    __m128i lanes[8] = { _mm_xor_si128(load128(data), _mm_cvtsi32_si128(int(~crc))),
        load128(data + 16), load128(data + 32), load128(data + 48) };
    data += 64;
    length -= 64;
    for (; length >= 64; data += 64, length -= 64) {
        lanes[0] = _mm_xor_si128(carry128(lanes[0], by512), load128(data));
        lanes[1] = _mm_xor_si128(carry128(lanes[1], by512), load128(data + 16));
        lanes[2] = _mm_xor_si128(carry128(lanes[2], by512), load128(data + 32));
        lanes[3] = _mm_xor_si128(carry128(lanes[3], by512), load128(data + 48));
    }
    return finish(merge(lanes, 4), data, length);
}

#define SOCKETLAB_FOLD256 __attribute__((target("vpclmulqdq,pclmul,avx2")))

SOCKETLAB_FOLD256 inline __m256i carry256(__m256i lane, __m256i constants)
{
    return _mm256_xor_si256(_mm256_clmulepi64_epi128(lane, constants, 0x00),
        _mm256_clmulepi64_epi128(lane, constants, 0x11));
}

SOCKETLAB_FOLD256 inline __m256i load256(const uchar *at)
{
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(at));
}

// The same with twice the width: on this machine's CPU (AMD EPYC) one VPCLMULQDQ does the work
// of two PCLMULQDQ in the same time, and the multiplications are what limit the speed.
SOCKETLAB_FOLD256 quint32 fold256(quint32 crc, const uchar *data, size_t length)
{
    Q_ASSERT(length >= 128);
    const __m256i by1024
        = _mm256_set_epi64x(By1024High, By1024Low, By1024High, By1024Low);
    __m256i lane0 = _mm256_xor_si256(load256(data), _mm256_set_epi32(0, 0, 0, 0, 0, 0, 0, int(~crc)));
    __m256i lane1 = load256(data + 32);
    __m256i lane2 = load256(data + 64);
    __m256i lane3 = load256(data + 96);
    data += 128;
    length -= 128;
    for (; length >= 128; data += 128, length -= 128) {
        lane0 = _mm256_xor_si256(carry256(lane0, by1024), load256(data));
        lane1 = _mm256_xor_si256(carry256(lane1, by1024), load256(data + 32));
        lane2 = _mm256_xor_si256(carry256(lane2, by1024), load256(data + 64));
        lane3 = _mm256_xor_si256(carry256(lane3, by1024), load256(data + 96));
    }
    const __m128i lanes[8] = { _mm256_castsi256_si128(lane0), _mm256_extracti128_si256(lane0, 1),
        _mm256_castsi256_si128(lane1), _mm256_extracti128_si256(lane1, 1),
        _mm256_castsi256_si128(lane2), _mm256_extracti128_si256(lane2, 1),
        _mm256_castsi256_si128(lane3), _mm256_extracti128_si256(lane3, 1) };
    return finish(merge(lanes, 8), data, length);
}
#endif

Method bestMethod()
{
#ifdef SOCKETLAB_CRC32_FOLDING
    if (__builtin_cpu_supports("vpclmulqdq") && __builtin_cpu_supports("avx2"))
        return Method::Fold256;
    if (__builtin_cpu_supports("pclmul"))
        return Method::Fold128;
#endif
    return Method::Zlib;
}

} // namespace

QList<Method> supportedMethods()
{
    QList<Method> methods { Method::Zlib };
    for (Method method : { Method::Fold128, Method::Fold256 }) {
        if (int(method) <= int(bestMethod()))
            methods << method;
    }
    return methods;
}

quint32 update(Method method, quint32 crc, const char *data, qsizetype length)
{
    Q_ASSERT(length >= 0);
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    const auto size = size_t(length);
#ifdef SOCKETLAB_CRC32_FOLDING
    // Below these lengths setting up the lanes costs more than it saves.
    if (method == Method::Fold256 && size >= 256)
        return fold256(crc, bytes, size);
    if (method >= Method::Fold128 && size >= 64)
        return fold128(crc, bytes, size);
#else
    Q_UNUSED(method);
#endif
    return zlibCrc(crc, bytes, size);
}

quint32 update(quint32 crc, const char *data, qsizetype length)
{
    static const Method best = bestMethod();
    return update(best, crc, data, length);
}

} // namespace Crc32
