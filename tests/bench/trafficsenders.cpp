// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficsenders.h"

#include "benchsupport.h"

#include <QJsonObject>
#include <QList>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TrafficSenders {

namespace {

constexpr qsizetype FloodBlockSize = (1 << 20) + 4093;
constexpr qsizetype WriteChunk = 256 * 1024; // one write(); less than a block, so never wraps
constexpr int ProgressIntervalMs = 100;
// QTcpServer listens with a backlog of 50: a burst of more connections than that overflows the
// accept queue, the kernel drops the extra SYNs and the clients retry a second later. So no
// more than this many clients wait for their first echo (i.e. to have been accepted) at once.
constexpr int MaxUnanswered = 40;
constexpr int ClientsTimeoutMs = 120000;

bool connectTo(int fd, const QString &host, quint16 port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1)
        return false;
    const int result = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    return result == 0 || errno == EINPROGRESS;
}

} // namespace

QByteArray floodBlock()
{
    static const QByteArray block = [] {
        QByteArray bytes(FloodBlockSize, Qt::Uninitialized);
        quint64 state = 0x9E3779B97F4A7C15ull; // xorshift64: fast, and not compressible
        for (char &byte : bytes) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            byte = char(state >> 56);
        }
        return bytes;
    }();
    return block;
}

QByteArray floodBytes(qint64 from, qsizetype length)
{
    const QByteArray block = floodBlock();
    QByteArray bytes;
    bytes.reserve(length);
    while (bytes.size() < length) {
        const qsizetype at = qsizetype((from + bytes.size()) % block.size());
        bytes.append(block.constData() + at, qMin(block.size() - at, length - bytes.size()));
    }
    return bytes;
}

int runSender(const QString &host, quint16 port, qint64 bytes, bool progress)
{
    std::signal(SIGPIPE, SIG_IGN);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || !connectTo(fd, host, port)) {
        std::fprintf(stderr, "sender: cannot connect to %s:%u: %s\n", qPrintable(host), port,
            std::strerror(errno));
        return 2;
    }
    const QByteArray block = floodBlock();
    const QByteArray doubled = block + block; // any window of WriteChunk bytes is contiguous

    std::atomic<qint64> sent { 0 };
    std::atomic<bool> finished { false };
    std::thread reporter;
    if (progress) {
        // A thread of its own: the writes below block when the reader stops reading, and that
        // is exactly when the measuring process wants to hear how far they got.
        reporter = std::thread([&] {
            while (!finished.load()) {
                std::this_thread::sleep_for(std::chrono::milliseconds(ProgressIntervalMs));
                std::printf("sent %lld\n", static_cast<long long>(sent.load()));
                std::fflush(stdout);
            }
        });
    }
    qint64 position = 0;
    int error = 0;
    while (bytes == 0 || position < bytes) {
        const qsizetype length
            = bytes == 0 ? WriteChunk : qsizetype(qMin<qint64>(WriteChunk, bytes - position));
        const ssize_t n
            = ::write(fd, doubled.constData() + position % block.size(), size_t(length));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        position += n;
        sent.store(position);
    }
    finished.store(true);
    if (reporter.joinable())
        reporter.join();
    ::close(fd);
    std::printf(
        "done %lld %s\n", static_cast<long long>(position), error ? std::strerror(error) : "ok");
    std::fflush(stdout);
    return bytes != 0 && position < bytes ? 1 : 0;
}

QByteArray clientMessage(int client, int message, int size)
{
    QByteArray bytes = QByteArray("client ") + QByteArray::number(client).rightJustified(4, '0')
        + " message " + QByteArray::number(message).rightJustified(3, '0') + ' ';
    bytes.reserve(size);
    for (qsizetype i = bytes.size(); i < size; ++i)
        bytes.append(char('a' + (client * 131 + message * 31 + i) % 26));
    bytes.truncate(size);
    return bytes;
}

int runClients(const QString &host, quint16 port, int clients, int messages, int size)
{
    std::signal(SIGPIPE, SIG_IGN);
    Bench::raiseFileLimit();

    enum class State { Connecting, Sending, Receiving, Done, Failed };
    struct Client
    {
        int fd = -1;
        State state = State::Connecting;
        int message = 0;
        QByteArray outgoing;
        qsizetype sent = 0;
        qsizetype received = 0;
        quint32 events = 0; // what epoll watches for
        bool answered = false; // has had its first echo: the server accepted it
        qint64 sentAtNs = 0;
    };
    std::vector<Client> all(static_cast<size_t>(clients));
    const int poller = epoll_create1(0);
    int started = 0, unanswered = 0, done = 0, failed = 0, mismatches = 0, open = 0, peakOpen = 0;
    qint64 bytesSent = 0, bytesReceived = 0;
    QString firstError;
    QList<double> rttMs;
    rttMs.reserve(qsizetype(clients) * messages);
    std::vector<char> buffer(static_cast<size_t>(size));

    const auto watch = [&](int index, quint32 events) {
        Client &client = all[size_t(index)];
        if (client.events == events)
            return;
        epoll_event event {};
        event.events = events;
        event.data.u32 = quint32(index);
        epoll_ctl(poller, client.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, client.fd, &event);
        client.events = events;
    };
    const auto fail = [&](int index, const QString &why) {
        Client &client = all[size_t(index)];
        if (firstError.isEmpty())
            firstError = QStringLiteral("client %1: %2").arg(index).arg(why);
        ::close(client.fd);
        client.state = State::Failed;
        ++failed;
        --open;
        if (!client.answered)
            --unanswered;
    };
    std::function<void(int)> send;
    const auto startMessage = [&](int index) {
        Client &client = all[size_t(index)];
        client.outgoing = clientMessage(index, client.message, size);
        client.sent = 0;
        client.received = 0;
        client.state = State::Sending;
        client.sentAtNs = Bench::monotonicNs();
        send(index);
    };
    send = [&](int index) {
        Client &client = all[size_t(index)];
        while (client.sent < size) {
            const ssize_t n = ::send(client.fd, client.outgoing.constData() + client.sent,
                size_t(size - client.sent), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) {
                    watch(index, EPOLLOUT);
                    return;
                }
                fail(index, QString::fromLocal8Bit(std::strerror(errno)));
                return;
            }
            client.sent += n;
            bytesSent += n;
        }
        client.state = State::Receiving;
        watch(index, EPOLLIN);
    };
    const auto receive = [&](int index) {
        Client &client = all[size_t(index)];
        for (;;) {
            const ssize_t n = ::recv(client.fd, buffer.data(), size_t(size - client.received), 0);
            if (n == 0) {
                fail(index, QStringLiteral("the server closed the connection"));
                return;
            }
            if (n < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    fail(index, QString::fromLocal8Bit(std::strerror(errno)));
                return;
            }
            bytesReceived += n;
            if (std::memcmp(buffer.data(), client.outgoing.constData() + client.received, size_t(n))
                != 0) {
                ++mismatches;
                fail(index, QStringLiteral("the echo differs from what was sent"));
                return;
            }
            client.received += n;
            if (client.received < size)
                continue;
            rttMs << double(Bench::monotonicNs() - client.sentAtNs) / 1e6;
            if (!client.answered) {
                client.answered = true;
                --unanswered;
            }
            if (++client.message == messages) {
                ::close(client.fd);
                client.state = State::Done;
                ++done;
                --open;
                return;
            }
            startMessage(index);
            return;
        }
    };

    const qint64 startNs = Bench::monotonicNs();
    std::vector<epoll_event> events(256);
    while (done + failed < clients) {
        while (started < clients && unanswered < MaxUnanswered) {
            const int index = started++;
            Client &client = all[size_t(index)];
            client.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ++unanswered;
            ++open;
            peakOpen = qMax(peakOpen, open);
            if (client.fd < 0 || !connectTo(client.fd, host, port)) {
                fail(index, QString::fromLocal8Bit(std::strerror(errno)));
                continue;
            }
            watch(index, EPOLLOUT);
        }
        if ((Bench::monotonicNs() - startNs) / 1000000 > ClientsTimeoutMs) {
            if (firstError.isEmpty())
                firstError = QStringLiteral("timed out");
            break;
        }
        const int ready = epoll_wait(poller, events.data(), int(events.size()), 100);
        for (int i = 0; i < ready; ++i) {
            const int index = int(events[size_t(i)].data.u32);
            Client &client = all[size_t(index)];
            switch (client.state) {
            case State::Connecting: {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(client.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0)
                    fail(index, QString::fromLocal8Bit(std::strerror(error)));
                else
                    startMessage(index);
                break;
            }
            case State::Sending: send(index); break;
            case State::Receiving: receive(index); break;
            case State::Done:
            case State::Failed: break;
            }
        }
    }
    const double elapsedMs = double(Bench::monotonicNs() - startNs) / 1e6;
    ::close(poller);

    QJsonObject result;
    result[QStringLiteral("clients")] = clients;
    result[QStringLiteral("completed")] = done;
    result[QStringLiteral("failed")] = failed;
    result[QStringLiteral("mismatches")] = mismatches;
    result[QStringLiteral("peakOpen")] = peakOpen;
    result[QStringLiteral("elapsedMs")] = elapsedMs;
    result[QStringLiteral("roundTrips")] = rttMs.size();
    result[QStringLiteral("rttP50Ms")] = Bench::percentile(rttMs, 0.5);
    result[QStringLiteral("rttP99Ms")] = Bench::percentile(rttMs, 0.99);
    result[QStringLiteral("bytesSent")] = double(bytesSent);
    result[QStringLiteral("bytesReceived")] = double(bytesReceived);
    result[QStringLiteral("error")] = firstError;
    Bench::printResult(result);
    return done == clients && mismatches == 0 ? 0 : 1;
}

} // namespace TrafficSenders
