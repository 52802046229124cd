// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// Multicast needs a route for the group and an interface that carries it, which the machine's
// own network may lack (a container's loopback has no MULTICAST flag). A test that needs them
// runs itself again in a network namespace it creates (unshare -n), after the shell commands in
// setup (ip link ..., ip route ...), and passes when the run inside passed. Where the machine
// forbids that, the test fails and says why: never a silent skip.
//
//     if (!NetworkNamespace::inside(this, setup))
//         return;   // this was the outer run: it checked the inner one
//     ... the test's work, inside the namespace
namespace NetworkNamespace {

inline bool inside(const QObject *test, const QString &setup)
{
    if (!qEnvironmentVariableIsEmpty("SOCKETLAB_IN_NETNS"))
        return true;
    QString unshare;
    PeerProcess::findProgram(QStringLiteral("unshare"), QStringLiteral("util-linux"), &unshare);
    if (QTest::currentTestFailed())
        return false;
    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOCKETLAB_IN_NETNS"), QStringLiteral("1"));
    run.setProcessEnvironment(environment);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(unshare, {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                        setup + QStringLiteral(" && exec \"$0\" ") + function, QCoreApplication::applicationFilePath()});
    [&] {
        QVERIFY(run.waitForFinished(60000));
        const QString output = QString::fromLocal8Bit(run.readAll());
        QVERIFY2(run.exitCode() == 0,
                 qPrintable(QStringLiteral("in a new network namespace (unshare -n needs CAP_SYS_ADMIN or user "
                                           "namespaces; ip tuntap needs /dev/net/tun): exit %1:\n%2")
                                .arg(run.exitCode())
                                .arg(output)));
        const QString passed = QStringLiteral("PASS   : %1::%2").arg(QLatin1String(test->metaObject()->className()), function);
        QVERIFY2(output.contains(passed), qPrintable(output));
    }();
    return false;
}

} // namespace NetworkNamespace
