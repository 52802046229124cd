// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>

#include <sys/resource.h>

// Lowers this process's file size limit (RLIMIT_FSIZE) for a while, with SIGXFSZ ignored, so
// that writes past the limit fail with EFBIG the way writes to a full disk fail with ENOSPC:
// partially, then not at all.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        m_ok = m_ok && ::sigaction(SIGXFSZ, &ignore, &m_savedAction) == 0;
        struct rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { lift(); }
    bool ok() const { return m_ok; }
    void lift()
    {
        if (m_lifted)
            return;
        m_lifted = true;
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        ::sigaction(SIGXFSZ, &m_savedAction, nullptr);
    }

private:
    bool m_ok = false;
    bool m_lifted = false;
    struct rlimit m_saved = {};
    struct sigaction m_savedAction = {};
};
