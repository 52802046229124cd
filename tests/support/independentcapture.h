// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

// A capture SocketLab did not make: dumpcap run by the test (as root) on the loopback interface,
// into a file, to compare SocketLab's packets with.
namespace IndependentCapture {

// Starts dumpcap on lo with the filter and waits until it captures (its file has a header). Fails
// the current test when it cannot.
inline void start(QProcess &dumpcap, const QString &file, int timeoutMs, const QString &filter = QStringLiteral("tcp"))
{
    QString program;
    PeerProcess::findProgram(QStringLiteral("dumpcap"), QStringLiteral("wireshark-common"), &program);
    if (QTest::currentTestFailed())
        return;
    dumpcap.start(program, {QStringLiteral("-i"), QStringLiteral("lo"), QStringLiteral("-f"), filter,
                            QStringLiteral("-q"), QStringLiteral("-w"), file});
    // It writes the file's header once the interface is open and the filter set.
    QTRY_VERIFY2_WITH_TIMEOUT(QFileInfo(file).size() > 0 || dumpcap.state() == QProcess::NotRunning,
                              "the test's dumpcap did not start", timeoutMs);
    QVERIFY2(dumpcap.state() == QProcess::Running,
             qPrintable(QStringLiteral("the test's dumpcap ended (the test must run as root): ")
                        + QString::fromLocal8Bit(dumpcap.readAllStandardError())));
}

// A program we did not write talking to a SocketLab echo listener: echo_client.py sends payload,
// reads it back and closes. Fails the current test unless every byte came back.
inline void echoWithPython(quint16 port, const QByteArray &payload, int timeoutMs)
{
    QProcess client;
    client.start(QStringLiteral("python3"),
                 {PeerProcess::script("echo_client.py"), QStringLiteral("127.0.0.1"), QString::number(port)});
    client.write(payload);
    client.closeWriteChannel();
    QByteArray line;
    PeerProcess::readLine(client, &line, timeoutMs);
    QCOMPARE(line, QByteArray("OK ") + QByteArray::number(payload.size()));
    PeerProcess::waitForExit(client, timeoutMs);
}

// tshark -T fields over a capture file: one row per packet that passes the display filter.
inline QList<QList<QByteArray>> fields(const QString &file, const QString &filter, const QStringList &names,
                                       int timeoutMs)
{
    QString tshark;
    PeerProcess::findProgram(QStringLiteral("tshark"), QStringLiteral("tshark"), &tshark);
    if (QTest::currentTestFailed())
        return {};
    QStringList arguments{QStringLiteral("-r"), file, QStringLiteral("-Y"), filter, QStringLiteral("-T"),
                          QStringLiteral("fields")};
    for (const QString &name : names)
        arguments << QStringLiteral("-e") << name;
    QProcess reader;
    reader.start(tshark, arguments);
    if (!reader.waitForFinished(timeoutMs)) {
        reader.kill();
        reader.waitForFinished();
        return {};
    }
    QList<QList<QByteArray>> rows;
    for (const QByteArray &line : reader.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            rows.append(line.split('\t'));
    }
    return rows;
}

// What tshark's "Follow TCP Stream" shows of stream N: the two sides and the bytes each sent.
struct FollowedStream
{
    bool ok = false;
    QString node0;   // the side that sent the stream's first packet: "127.0.0.1:4000"
    QString node1;
    QByteArray fromNode0;
    QByteArray fromNode1;
};

// tshark -z follow,tcp,raw,N prints, between two lines of '=': Follow, Filter, Node 0, Node 1,
// then one line of hex per segment, indented by a tab when node 1 sent it.
inline FollowedStream follow(const QString &file, int stream, int timeoutMs)
{
    FollowedStream followed;
    QString tshark;
    PeerProcess::findProgram(QStringLiteral("tshark"), QStringLiteral("tshark"), &tshark);
    if (QTest::currentTestFailed())
        return followed;
    QProcess reader;
    reader.start(tshark, {QStringLiteral("-r"), file, QStringLiteral("-q"), QStringLiteral("-z"),
                          QStringLiteral("follow,tcp,raw,%1").arg(stream)});
    if (!reader.waitForFinished(timeoutMs))
        return followed;
    int rules = 0;
    bool inData = false;
    for (const QByteArray &line : reader.readAllStandardOutput().split('\n')) {
        if (line.startsWith("=====")) {
            ++rules;
            inData = false;
        } else if (rules != 1) {
            continue;
        } else if (line.startsWith("Node 0: ")) {
            followed.node0 = QString::fromUtf8(line.mid(8));
            inData = true;
        } else if (line.startsWith("Node 1: ")) {
            followed.node1 = QString::fromUtf8(line.mid(8));
            inData = true;
        } else if (inData && !line.isEmpty()) {
            if (line.startsWith('\t'))
                followed.fromNode1 += QByteArray::fromHex(line.mid(1));
            else
                followed.fromNode0 += QByteArray::fromHex(line);
        }
    }
    followed.ok = rules >= 2 && !followed.node0.isEmpty();
    return followed;
}

} // namespace IndependentCapture
