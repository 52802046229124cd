// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// The entry functions of the fuzz targets. Each libFuzzer executable (SOCKETLAB_FUZZ) calls one
// from LLVMFuzzerTestOneInput; tst_fuzzregressions calls them all over the kept corpora in the
// normal build, so every input that once crashed is replayed by the test suite.
// Each returns 0; a bug shows as a crash, a sanitizer report or a failed Q_ASSERT-like check.
int fuzzSessionFile(const uint8_t *data, size_t size);
int fuzzPayloadParser(const uint8_t *data, size_t size);
int fuzzLessonLoader(const uint8_t *data, size_t size);
