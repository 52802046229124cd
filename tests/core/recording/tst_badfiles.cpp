// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not what they claim: session files truncated, corrupted, from a future version,
// huge, or not files at all (a directory, a FIFO, a device); saves to a full disk or a read-only
// directory; and what SocketLab writes is readable by its owner only. Each refusal says why,
// in the words the window and the command line show, and nothing already written is lost.
#include "exportjob.h"
#include "journal.h"
#include "peerprocess.h"
#include "session.h"
#include "sessionclock.h"
#include "sessionloader.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int TimeoutMs = 30000;
constexpr QFileDevice::Permissions NotOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runSocketlab(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOCKETLAB_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "socketlab did not finish: it hangs on this file";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_BadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_session; // a complete recording: a listener, a connection, 300 kB received
    QByteArray m_sessionBytes;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = path(QStringLiteral("good.socketlab"));
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(m_session, &error), qPrintable(error));
        ConnectionInfo listener;
        listener.id = session.connections().reserveId();
        listener.role = ConnectionRole::Listener;
        listener.name = QStringLiteral("L1");
        session.setIdentity(listener);
        session.recordText(listener.id, EventKind::Listening,
            QStringLiteral("socket(), bind(127.0.0.1:4000), listen()"));
        ConnectionInfo accepted;
        accepted.id = session.connections().reserveId();
        accepted.parent = listener.id;
        accepted.role = ConnectionRole::Accepted;
        accepted.name = QStringLiteral("L1.1");
        session.setIdentity(accepted);
        session.recordText(accepted.id, EventKind::Accepted, QStringLiteral("accept()"));
        for (int i = 0; i < 10; ++i)
            session.record(accepted.id, EventKind::Received, QByteArray(30000, char('a' + i)));
        session.recordText(
            accepted.id, EventKind::Closed, QStringLiteral("peer closed the connection (FIN)"));
        QVERIFY(session.flush());
        QFile file(m_session);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_sessionBytes = file.readAll();
        QVERIFY(m_sessionBytes.size() > 300000);
    }

    // What "File ▸ Open session…" shows in its message box and `socketlab --open` prints.
    void refusedWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("commandLineReason");
        const QString notAFile = QStringLiteral("is not a file, so it cannot be a session");
        QTest::newRow("missing") << path(QStringLiteral("missing.socketlab"))
                                 << QStringLiteral("does not exist")
                                 << QStringLiteral("No such session file");
        QTest::newRow("directory") << m_dir.path() << QStringLiteral("is not a file") << notAFile;
        QTest::newRow("device /dev/zero")
            << QStringLiteral("/dev/zero") << QStringLiteral("is not a file") << notAFile;
        QTest::newRow("device /dev/full")
            << QStringLiteral("/dev/full") << QStringLiteral("is not a file") << notAFile;
        QTest::newRow("empty") << write(QStringLiteral("empty.socketlab"), {})
                               << QStringLiteral("is empty") << QString();
        QTest::newRow("not a session")
            << write(QStringLiteral("notes.socketlab"), "just some text\n")
            << QStringLiteral("not a SocketLab session") << QString();
        QTest::newRow("cut in the header")
            << write(QStringLiteral("cut.socketlab"), m_sessionBytes.left(20))
            << QStringLiteral("cut short inside its 32-byte header") << QString();
        QByteArray future = m_sessionBytes;
        future[8] = char(Journal::FormatVersion + 1); // u16 version at offset 8, little-endian
        future[9] = 0;
        QTest::newRow("future version")
            << write(QStringLiteral("future.socketlab"), future)
            << QStringLiteral("written by a newer SocketLab") << QString();
        QByteArray farFuture = m_sessionBytes;
        for (int i = 16; i < 24; ++i) // i64 start time, ms since 1970: found by fuzz_sessionfile
            farFuture[i] = char(0xee);
        QTest::newRow("start time out of range")
            << write(QStringLiteral("far.socketlab"), farFuture)
            << QStringLiteral("outside the years 1970 to 9999") << QString();
        QByteArray damagedHeader = m_sessionBytes;
        damagedHeader[10] = char(0xff); // header size
        damagedHeader[11] = char(0xff);
        QTest::newRow("damaged header")
            << write(QStringLiteral("header.socketlab"), damagedHeader.left(4000))
            << QStringLiteral("damaged header") << QString();
    }
    void refusedWithAReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        Session session(std::make_unique<SessionClock>());
        SessionLoader loader;
        QString error;
        QVERIFY(!loader.start(session, file, &error));
        QVERIFY2(error.contains(reason) && error.contains(file), qPrintable(error));

        // The command line checks what it can before anything starts (status 2, a bad argument);
        // the rest is the loader's refusal (status 1). Either way one line says why.
        QFETCH(QString, commandLineReason);
        const Run run
            = runSocketlab({ QStringLiteral("--headless"), QStringLiteral("--open"), file });
        QCOMPARE(run.exitCode, commandLineReason.isEmpty() ? 1 : 2);
        const QString expected = commandLineReason.isEmpty() ? reason : commandLineReason;
        QVERIFY2(
            run.err.contains(expected.toUtf8()) && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    }

    // A FIFO would block an open() for reading until a writer comes: refused without opening.
    void fifoIsRefusedWithoutHanging()
    {
        const QString fifo = path(QStringLiteral("pipe.socketlab"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        Session session(std::make_unique<SessionClock>());
        SessionLoader loader;
        QString error;
        QVERIFY(!loader.start(session, fifo, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a file")), qPrintable(error));
        const Run run
            = runSocketlab({ QStringLiteral("--headless"), QStringLiteral("--open"), fifo });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not a file, so it cannot be a session"), run.err.constData());
    }

    // Cut inside a record, or a byte flipped: what comes before is shown, with where it stops.
    void damagedFilesKeepWhatCameBefore_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("truncated mid-record") << m_sessionBytes.left(m_sessionBytes.size() / 2)
                                              << QStringLiteral("the writer stopped mid-record");
        QByteArray flipped = m_sessionBytes;
        flipped[flipped.size() - 100] = char(flipped.at(flipped.size() - 100) ^ 0x55);
        QTest::newRow("corrupted") << flipped << QStringLiteral("Record at byte");
    }
    void damagedFilesKeepWhatCameBefore()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const QString file = write(QStringLiteral("damaged.socketlab"), bytes);
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, file, &outcome, &error), qPrintable(error));
        QVERIFY(!outcome.complete);
        QVERIFY2(outcome.problem.contains(problem), qPrintable(outcome.problem));
        QVERIFY(outcome.events >= 3); // listening, accepted, the first received chunks
        const Run run
            = runSocketlab({ QStringLiteral("--headless"), QStringLiteral("--open"), file });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(problem.toUtf8()) && run.err.contains("events before it are used"),
            run.err.constData());
        QVERIFY2(
            run.out.contains("listening") && run.out.contains("received"), run.out.constData());
    }

    // 4 GiB that are a hole after a valid header: stops at once at the first impossible record,
    // never reads (or allocates) the rest.
    void hugeFileStopsAtTheFirstImpossibleRecord()
    {
        const QString file
            = write(QStringLiteral("huge.socketlab"), m_sessionBytes.left(Journal::HeaderSize));
        QFile huge(file);
        QVERIFY(huge.resize(qint64(4) << 30));
        const Run run
            = runSocketlab({ QStringLiteral("--headless"), QStringLiteral("--open"), file });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("impossible record length 0"), run.err.constData());
        QVERIFY2(run.err.contains("the 0 events before it are used"), run.err.constData());
        huge.remove();
    }

    // /dev/full as the recording: refused at the start, before anything could be lost.
    void recordingToADeviceIsRefused()
    {
        const Run run = runSocketlab({ QStringLiteral("--headless"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--record"),
            QStringLiteral("/dev/full") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains("/dev/full") && run.err.contains("regular file"), run.err.constData());
    }

    // Saving over an old export on a full disk, or into a read-only directory: a message, and
    // the old file is still there, whole. A small tmpfs in a private mount namespace
    // (unshare, util-linux) plays the full disk without needing root.
    void saveToAFullOrReadOnlyDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("mountOptions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("full disk")
            << QStringLiteral("size=64k") << QStringLiteral("No space left on device");
        QTest::newRow("read-only directory")
            << QStringLiteral("size=64k,ro") << QStringLiteral("is not writable");
    }
    void saveToAFullOrReadOnlyDiskKeepsTheOldFile()
    {
        QFETCH(QString, mountOptions);
        QFETCH(QString, reason);
        QString unshare;
        PeerProcess::findProgram(QStringLiteral("unshare"), QStringLiteral("util-linux"), &unshare);
        if (QTest::currentTestFailed())
            return;
        const QString mountPoint = path(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(mountPoint));
        // The old file is written while the disk is still writable; then the disk is remounted
        // with the options under test; then socketlab exports 300 kB over the old file.
        const QString script
            = QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\" || exit 90\n"
                             "printf 'the old export' > \"$1/out.txt\" || exit 91\n"
                             "mount -o remount,%1 \"$1\" || exit 92\n"
                             "\"$2\" --open \"$3\" --export text:\"$1/out.txt\"\n"
                             "echo \"exit=$?\"\n"
                             "cat \"$1/out.txt\"\n")
                  .arg(mountOptions);
        // Root mounts in a private mount namespace; anyone else in a user namespace of their own.
        const QStringList namespaces = ::geteuid() == 0
            ? QStringList { QStringLiteral("--mount") }
            : QStringList { QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                  QStringLiteral("--mount") };
        QProcess probe;
        probe.start(unshare, namespaces + QStringList { QStringLiteral("true") });
        QVERIFY(probe.waitForFinished(TimeoutMs));
        if (probe.exitCode() != 0) {
            // A sandbox that forbids namespaces; tst_journal still covers a full disk (RLIMIT_FSIZE).
            QSKIP(qPrintable(QStringLiteral("this machine forbids private mount namespaces, so no "
                                            "small disk can be made: ")
                + QString::fromLocal8Bit(probe.readAllStandardError()).trimmed()));
        }
        QProcess process;
        process.start(unshare,
            namespaces
                + QStringList { QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                    mountPoint, QStringLiteral(SOCKETLAB_BINARY), m_session });
        QVERIFY(process.waitForFinished(TimeoutMs));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, (out + err).constData());
        QVERIFY2(out == "exit=1\nthe old export", (out + err).constData());
        QVERIFY2(err.contains("--export text:") && err.contains(reason.toUtf8()), err.constData());
    }

    // An export over a device is refused before any work: QSaveFile would rename its temporary
    // file over the device node.
    void exportOverADeviceIsRefused()
    {
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, m_session, &outcome, &error), qPrintable(error));
        ExportJob job(session, ExportFormat::Session, QStringLiteral("/dev/full"));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(TimeoutMs));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("not a regular file")),
            qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists()
            && !QFileInfo(QStringLiteral("/dev/full")).isFile());
    }

    // Sessions can hold secrets: the journal, "Save as" copies and every export are readable
    // by their owner only, whatever the umask.
    void writtenFilesAreOwnerOnly()
    {
        const mode_t oldMask = ::umask(0); // the most permissive umask: nothing hides a bug
        Session session(std::make_unique<SessionClock>());
        SessionLoader::Outcome outcome;
        QString error;
        QVERIFY2(SessionLoader::load(session, m_session, &outcome, &error), qPrintable(error));
        QStringList written;
        for (ExportFormat format : allExportFormats()) {
            const QString file = path(QStringLiteral("private.") + exportFormatSuffix(format));
            write(QFileInfo(file).fileName(), "an older, world-readable file");
            QFile::setPermissions(
                file, QFile::permissions(file) | QFileDevice::ReadOther | QFileDevice::ReadGroup);
            ExportJob job(session, format, file);
            QSignalSpy finished(&job, &ExportJob::finished);
            job.start();
            QVERIFY(finished.wait(TimeoutMs));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
            written << file;
        }
        const QString headlessCopy = path(QStringLiteral("headless.socketlab"));
        const Run run = runSocketlab({ QStringLiteral("--open"), m_session,
            QStringLiteral("--export"), QStringLiteral("socketlab:") + headlessCopy });
        QCOMPARE(run.exitCode, 0);
        written << headlessCopy;
        {
            Session recording(std::make_unique<SessionClock>());
            const QString journal = path(QStringLiteral("recording.socketlab"));
            QVERIFY2(recording.startRecording(journal, &error), qPrintable(error));
            written << journal;
        }
        ::umask(oldMask);
        for (const QString &file : written)
            QVERIFY2((QFile::permissions(file) & NotOwner) == 0,
                qPrintable(QStringLiteral("%1 has mode %2")
                               .arg(file)
                               .arg(int(QFile::permissions(file)), 0, 16)));
    }

    // No file or lesson can make SocketLab run a program: nothing in the application can start
    // one, except DumpcapProcess, which starts only the system's dumpcap from the fixed list of
    // system directories (the wire, --capture). A guard against a future convenience ("open in
    // Wireshark") done the unsafe way.
    void applicationStartsNoProgram()
    {
        int scanned = 0;
        for (const char *directory : { SOCKETLAB_SOURCE_DIR "/app", SOCKETLAB_SOURCE_DIR "/ui" }) {
            QDirIterator it(QString::fromUtf8(directory),
                { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile source(it.next());
                if (QFileInfo(source.fileName()).baseName() == QLatin1String("dumpcapprocess"))
                    continue;
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QByteArray text = source.readAll();
                ++scanned;
                // system( and popen( as calls of their own (::system( too), not QLocale::system().
                for (const char *call : { "\\bQProcess\\b", "(?<!QLocale::)(?<![\\w.>])system\\s*\\(",
                         "(?<![\\w.>])popen\\s*\\(", "\\bexec[lv]", "\\bQDesktopServices\\b" })
                    QVERIFY2(!QRegularExpression(QLatin1String(call)).match(QString::fromUtf8(text)).hasMatch(),
                        qPrintable(source.fileName() + QStringLiteral(": ") + QLatin1String(call)));
            }
        }
        QVERIFY(scanned > 50);
    }
};

QTEST_GUILESS_MAIN(tst_BadFiles)
#include "tst_badfiles.moc"
