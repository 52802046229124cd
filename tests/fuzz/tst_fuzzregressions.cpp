// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every kept fuzz input (the seed corpora and every input that once crashed a target)
// through the fuzz entry functions in the normal build, so scripts/test guards the fixes
// without clang or libFuzzer.
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

    using Entry = int (*)(const uint8_t *, size_t);

    static void addInputs(const QString &target)
    {
        int count = 0;
        for (const char *kind : { "corpus", "regressions" }) {
            const QDir dir(
                QStringLiteral(SOCKETLAB_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), target));
            const QStringList names = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                const QString path = dir.filePath(name);
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(kind), name)))
                    << path;
                ++count;
            }
        }
        QVERIFY2(count > 0, qPrintable(QStringLiteral("no kept inputs for %1").arg(target)));
    }

    static void replay(Entry entry)
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(
            entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }

private Q_SLOTS:
    void sessionFile_data()
    {
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral("sessionfile"));
    }
    void sessionFile() { replay(fuzzSessionFile); }

    void payloadParser_data()
    {
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral("payloadparser"));
    }
    void payloadParser() { replay(fuzzPayloadParser); }

    void lessonLoader_data()
    {
        QTest::addColumn<QString>("path");
        addInputs(QStringLiteral("lessonloader"));
    }
    void lessonLoader() { replay(fuzzLessonLoader); }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
