// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tcpkernelinfo.h"

// What the kernel knows of an open Unix domain socket, asked the way `ss -x` asks: a sock_diag
// request (UNIX_DIAG) for the socket's inode returns its state, its peer's inode and its queues
// (for a listener: connections waiting for accept(), and the backlog). Linux only; elsewhere the
// answer says so.
namespace UnixKernelReader {
void readSocket(TcpKernelInfo *info, qintptr descriptor);
} // namespace UnixKernelReader
