// SPDX-License-Identifier: GPL-3.0-or-later
// A listener on a privileged port without the rights to bind it: the real binary, run as an
// unprivileged user (setpriv, util-linux, when the test runs as root), says why in the words a
// learner understands and exits 1; the other cases of bad ports and hosts are in
// tst_endpointaddress (fields), tst_mainwindow (messages) and tst_workbench (lookups).
#include "peerprocess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class tst_PrivilegedPort : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindWithoutRightsExplainsWhy()
    {
        QFile start(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
        int firstFree = 1024;
        if (start.open(QIODevice::ReadOnly))
            firstFree = start.readAll().trimmed().toInt();
        if (firstFree <= 1)
            QSKIP("this kernel lets anyone bind every port (ip_unprivileged_port_start is 0)");
        const quint16 port = quint16(firstFree - 1);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The unprivileged user must be able to write its recording there.
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        QStringList command { QStringLiteral(SOCKETLAB_BINARY), QStringLiteral("--headless"),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--record"), dir.filePath(QStringLiteral("privileged.socketlab")) };
        if (::geteuid() == 0) {
            QString setpriv;
            PeerProcess::findProgram(
                QStringLiteral("setpriv"), QStringLiteral("util-linux"), &setpriv);
            if (QTest::currentTestFailed())
                return;
            command = QStringList { setpriv, QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                QStringLiteral("--inh-caps=-all") }
                + command;
        }
        QProcess process;
        process.start(command.takeFirst(), command);
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(out.contains("listen-failed"), out.constData());
        QVERIFY2(out.contains("ports below 1024 need administrator rights"), out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_PrivilegedPort)
#include "tst_privilegedport.moc"
