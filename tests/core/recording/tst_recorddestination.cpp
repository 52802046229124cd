// SPDX-License-Identifier: GPL-3.0-or-later
// `--record FILE` never destroys what FILE already is: the real socketlab, run headless through
// QProcess, refuses a file that is not a session, a symbolic link and an existing session, each
// with its reason on stderr and the file (and what a link points to) left as it was; it records
// into an empty file. A session in which nothing happened is removed at the end only when
// SocketLab named the file itself. Exporting a damaged session to `socketlab` writes its valid
// records and an end record, not the damage.
#include "journal.h"
#include "session.h"
#include "sessionloader.h"

#include "filecontents.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int TimeoutMs = 30000;

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

Run runSocketlab(const QStringList &arguments, const QString &dataHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);   // the default sessions folder
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOCKETLAB_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}


} // namespace

class tst_RecordDestination : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    // A short headless run that records something: a listener.
    Run record(const QString &journal) const
    {
        return runSocketlab({QStringLiteral("--headless"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--duration"), QStringLiteral("0.2"), QStringLiteral("--record"), journal},
                            path(QStringLiteral("data")));
    }
    QString recordedSession(const QString &name) const
    {
        const QString journal = path(name);
        const Run run = record(journal);
        if (run.exitCode != 0)
            qFatal("recording %s failed: %s", qPrintable(journal), run.err.constData());
        return journal;
    }

private Q_SLOTS:
    void refusesWhatItWouldOverwrite_data();
    void refusesWhatItWouldOverwrite();
    void recordsIntoAnEmptyFile();
    void emptySessionIsRemovedOnlyWhereSocketLabNamedIt();
    void exportOfADamagedSessionLeavesTheDamageBehind();
};

void tst_RecordDestination::refusesWhatItWouldOverwrite_data()
{
    QTest::addColumn<QString>("journal");
    QTest::addColumn<QString>("untouched");   // the file whose bytes must stay (a link's target)
    QTest::addColumn<QString>("reason");

    const QString notes = write(QStringLiteral("notes.txt"), "my notes, not a session\n");
    QTest::newRow("not a session") << notes << notes << QStringLiteral("is not a SocketLab session");
    const QString link = path(QStringLiteral("link.socketlab"));
    QVERIFY(QFile::link(notes, link));
    QTest::newRow("symbolic link") << link << notes << QStringLiteral("is a symbolic link");
    const QString dangling = path(QStringLiteral("dangling.socketlab"));
    QVERIFY(QFile::link(path(QStringLiteral("nowhere")), dangling));
    QTest::newRow("dangling symbolic link") << dangling << dangling << QStringLiteral("is a symbolic link");
    const QString session = recordedSession(QStringLiteral("old.socketlab"));
    QTest::newRow("a session") << session << session << QStringLiteral("is a recorded session");
    const QString headerOnly = write(QStringLiteral("header.socketlab"), fileContents(session).left(Journal::HeaderSize));
    QTest::newRow("a session of a header only") << headerOnly << headerOnly << QStringLiteral("is a recorded session");
}

void tst_RecordDestination::refusesWhatItWouldOverwrite()
{
    QFETCH(QString, journal);
    QFETCH(QString, untouched);
    QFETCH(QString, reason);
    const QByteArray before = fileContents(untouched);
    const bool wasLink = QFileInfo(journal).isSymLink();

    const Run run = record(journal);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason.toUtf8()) && run.err.contains(journal.toUtf8()), run.err.constData());
    QCOMPARE(fileContents(untouched), before);
    QCOMPARE(QFileInfo(journal).isSymLink(), wasLink);
    QVERIFY(!QFile::exists(journal + QStringLiteral(".lock")));
}

void tst_RecordDestination::recordsIntoAnEmptyFile()
{
    const QString empty = write(QStringLiteral("touched.socketlab"), {});
    const Run run = record(empty);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    Session session(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(session, empty, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.closedCleanly);
    QVERIFY(outcome.events > 0);
}

// The window, started and closed (SIGTERM closes it the normal way) with nothing done: only a
// headless run always has a socket, so only a window can leave an empty session.
void tst_RecordDestination::emptySessionIsRemovedOnlyWhereSocketLabNamedIt()
{
    const QString dataHome = path(QStringLiteral("idle-data"));
    const QString sessions = dataHome + QStringLiteral("/SocketLab/sessions");
    const QString named = path(QStringLiteral("named-but-empty.socketlab"));
    const auto startAndClose = [&](const QStringList &arguments, const QString &journalDirectory) {
        QProcess window;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome);   // first start: a welcome page
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(SOCKETLAB_BINARY), arguments);
        QVERIFY(window.waitForStarted(TimeoutMs));
        // The journal exists once the window records.
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(journalDirectory).entryList({QStringLiteral("*.socketlab.lock")}).isEmpty(),
                                 TimeoutMs);
        window.terminate();
        QVERIFY(window.waitForFinished(TimeoutMs));
        QVERIFY2(window.exitStatus() == QProcess::NormalExit && window.exitCode() == 0,
                 window.readAllStandardError().constData());
    };

    startAndClose({}, sessions);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QDir(sessions).entryList(QDir::Files), QStringList());

    startAndClose({QStringLiteral("--record"), named}, m_dir.path());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFileInfo(named).isFile());
    QCOMPARE(fileContents(named).left(Journal::Magic.size()), Journal::Magic);

    // Something happened (a listener): kept, in SocketLab's own folder too.
    startAndClose({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, sessions);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QDir(sessions).entryList({QStringLiteral("*.socketlab")}, QDir::Files).size(), 1);
}

void tst_RecordDestination::exportOfADamagedSessionLeavesTheDamageBehind()
{
    const QByteArray good = fileContents(recordedSession(QStringLiteral("whole.socketlab")));
    // Without its end record and cut inside the last event, then garbage: a killed recording
    // whose file was later appended to.
    const QByteArray damaged = good.left(good.size() - 17 - 5) + QByteArray(300, '\xee');
    const QString damagedPath = write(QStringLiteral("damaged.socketlab"), damaged);
    Session original(std::make_unique<SessionClock>());
    SessionLoader::Outcome before;
    QString error;
    QVERIFY2(SessionLoader::load(original, damagedPath, &before, &error), qPrintable(error));
    QVERIFY(!before.complete);

    const QString copy = path(QStringLiteral("copy.socketlab"));
    const Run run = runSocketlab({QStringLiteral("--open"), damagedPath, QStringLiteral("--export"),
                                  QStringLiteral("socketlab:") + copy},
                                 path(QStringLiteral("data")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray copied = fileContents(copy);
    QCOMPARE(copied.left(qsizetype(before.goodBytes)), damaged.left(qsizetype(before.goodBytes)));
    QCOMPARE(copied.size(), qsizetype(before.goodBytes) + 17);   // and one end record

    Session reopened(std::make_unique<SessionClock>());
    SessionLoader::Outcome after;
    QVERIFY2(SessionLoader::load(reopened, copy, &after, &error), qPrintable(error));
    QVERIFY2(after.complete, qPrintable(after.problem));
    QVERIFY(after.closedCleanly);
    QCOMPARE(after.events, before.events);
}

QTEST_GUILESS_MAIN(tst_RecordDestination)

#include "tst_recorddestination.moc"
