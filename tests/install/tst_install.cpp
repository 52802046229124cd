// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` into a temporary prefix puts in place what a desktop needs, and the
// desktop's own validators accept it; the man page documents every flag of --help.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return { -1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString()) };
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

} // namespace

class tst_Install : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(QStringLiteral("cmake"),
            { QStringLiteral("--install"), QStringLiteral(SOCKETLAB_BUILD_DIR),
                QStringLiteral("--prefix"), m_prefix.path() });
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    }

    void filesAreInPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << "bin/socketlab";
        QTest::newRow("desktop entry") << "share/applications/org.socketlab.SocketLab.desktop";
        QTest::newRow("metainfo") << "share/metainfo/org.socketlab.SocketLab.metainfo.xml";
        QTest::newRow("icon") << "share/icons/hicolor/scalable/apps/socketlab.svg";
        QTest::newRow("man page") << "share/man/man1/socketlab.1";
    }

    void filesAreInPlace()
    {
        QFETCH(QString, path);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile(), qPrintable(installed(path) + QStringLiteral(" is missing")));
        QVERIFY(info.size() > 0);
        if (path.startsWith(QLatin1String("bin/")))
            QVERIFY(info.isExecutable());
    }

    void installedBinaryRuns()
    {
        const Run version
            = run(installed(QStringLiteral("bin/socketlab")), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(
            version.output.startsWith(QLatin1String("SocketLab ")), qPrintable(version.output));
    }

    void desktopFileValidates()
    {
        const QString desktop
            = installed(QStringLiteral("share/applications/org.socketlab.SocketLab.desktop"));
        const Run check = run(QStringLiteral("desktop-file-validate"), { desktop });
        QVERIFY2(check.exitCode == 0 && !check.output.contains(QLatin1String("error")),
            qPrintable(check.output));
        QFile file(desktop);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("\nExec=socketlab")));
        QVERIFY(text.contains(QLatin1String("\nIcon=socketlab\n")));
    }

    void metainfoValidates()
    {
        const QString metainfo
            = installed(QStringLiteral("share/metainfo/org.socketlab.SocketLab.metainfo.xml"));
        const Run check = run(QStringLiteral("appstreamcli"),
            { QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo });
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The launchable names the desktop entry as installed.
        QVERIFY(QString::fromUtf8(file.readAll())
                    .contains(QLatin1String(
                        "<launchable "
                        "type=\"desktop-id\">org.socketlab.SocketLab.desktop</launchable>")));
    }

    // Every long option --help prints is described in the man page, and the page is valid roff
    // as man renders it.
    void manPageDocumentsEveryFlag()
    {
        const Run help
            = run(QStringLiteral(SOCKETLAB_BUILD_DIR "/socketlab"), { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QStringList flags;
        const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*)"));
        for (auto it = option.globalMatch(help.output); it.hasNext();) {
            const QString flag = it.next().captured(1);
            if (!flags.contains(flag))
                flags << flag;
        }
        QVERIFY2(flags.size() >= 8, qPrintable(help.output));
        QFile file(installed(QStringLiteral("share/man/man1/socketlab.1")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.startsWith(QLatin1String(".TH SOCKETLAB 1"))
            || page.contains(QLatin1String("\n.TH SOCKETLAB 1")));
        QStringList undocumented;
        for (const QString &flag : std::as_const(flags)) {
            // Options are set as .B \-\-flag (or \fB\-\-flag\fR) in roff.
            if (!page.contains(QStringLiteral("\\-\\-") + flag))
                undocumented << QStringLiteral("--") + flag;
        }
        QVERIFY2(undocumented.isEmpty(),
            qPrintable(QStringLiteral("not in docs/socketlab.1: ")
                + undocumented.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(tst_Install)
#include "tst_install.moc"
