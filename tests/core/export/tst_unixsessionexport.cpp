// SPDX-License-Identifier: GPL-3.0-or-later
// A session with a TCP and a Unix connection (each a SocketLab client of a SocketLab echo
// listener) reopens from its file with every end's kind, path and peer credentials, and exports:
// text, CSV and JSON Lines show the Unix paths and the peer's pid; pcapng carries the TCP
// connection only, says in its section comment and in a note for the user that it left the Unix
// ones out, and tshark reads it with the TCP bytes intact.
#include "connectioninfo.h"
#include "exportformat.h"
#include "session.h"
#include "sessionloader.h"
#include "workbench.h"

#include "sessionreader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QSet>

#include <memory>

#include <unistd.h>

namespace {

constexpr int TimeoutMs = 15000;

QByteArray exported(const Session &session, ExportFormat format, QStringList *notes = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!exportSession(session, format, buffer, {}, &error, notes))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

} // namespace

class tst_UnixSessionExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reopensWithKindsAndCredentials();
    void textCsvJsonShowPathAndPeer();
    void pcapngLeavesUnixOutAndSaysSo();

private:
    QTemporaryDir m_dir;
    QString m_journal;
    QString m_path;
    std::unique_ptr<Session> m_reopened;
};

// One recorded session, reopened: the cases below read it.
void tst_UnixSessionExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_journal = m_dir.filePath(QStringLiteral("mixed.socketlab"));
    m_path = m_dir.filePath(QStringLiteral("mixed.sock"));
    {
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(m_journal, &error), qPrintable(error));
        Workbench workbench(session);
        SessionReader log(session);
        const ConnectionId tcpListener
            = workbench.listen({ QHostAddress(QHostAddress::LocalHost), 0, true });
        const ConnectionId unixListener
            = workbench.listen(Workbench::ListenOptions::at(parseUnixAddress(m_path), true));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(tcpListener, EventKind::Listening)
                && log.has(unixListener, EventKind::Listening),
            TimeoutMs);
        const ConnectionId tcpClient = workbench.connectTo(
            { QStringLiteral("127.0.0.1"), log.info(tcpListener).localPort, false, 0 });
        const ConnectionId unixClient
            = workbench.connectTo(Workbench::ConnectOptions::to(parseUnixAddress(m_path)));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(tcpClient, EventKind::Connected) && log.has(unixClient, EventKind::Connected),
            TimeoutMs);
        workbench.send(tcpClient, QByteArrayLiteral("over tcp\n"));
        workbench.send(unixClient, QByteArrayLiteral("over unix\n"));
        QTRY_VERIFY_WITH_TIMEOUT(log.stream(tcpClient, EventKind::Received) == "over tcp\n"
                && log.stream(unixClient, EventKind::Received) == "over unix\n",
            TimeoutMs);
        workbench.close(tcpClient);
        workbench.close(unixClient);
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(tcpClient, EventKind::Closed) && log.has(unixClient, EventKind::Closed),
            TimeoutMs);
    }
    m_reopened = std::make_unique<Session>(std::make_unique<SessionClock>());
    SessionLoader::Outcome outcome;
    QString error;
    QVERIFY2(SessionLoader::load(*m_reopened, m_journal, &outcome, &error), qPrintable(error));
    QVERIFY(outcome.complete);
}

void tst_UnixSessionExport::reopensWithKindsAndCredentials()
{
    int unixCount = 0;
    for (const ConnectionInfo &info : m_reopened->connections().snapshot()) {
        if (!info.isUnix()) {
            QCOMPARE(info.kind, EndpointKind::Tcp);
            QVERIFY(info.localPort != 0);
            continue;
        }
        ++unixCount;
        switch (info.role) {
        case ConnectionRole::Listener: QCOMPARE(info.localPath, m_path); break;
        case ConnectionRole::Client:
            QCOMPARE(info.peerPath, m_path);
            QCOMPARE(info.localPath, QString());
            QCOMPARE(info.peerCredentials.pid, QCoreApplication::applicationPid());
            break;
        case ConnectionRole::Accepted:
            QCOMPARE(info.localPath, m_path);
            QCOMPARE(info.peerCredentials.pid, QCoreApplication::applicationPid());
            QCOMPARE(info.peerCredentials.uid, qint64(::getuid()));
            QCOMPARE(
                info.peerCredentials.program, QStringLiteral("tst_unixsession")); // comm: 15 bytes
            QCOMPARE(info.bytesIn, quint64(10));
            break;
        }
    }
    QCOMPARE(unixCount, 3);
}

void tst_UnixSessionExport::textCsvJsonShowPathAndPeer()
{
    const QString peer = QStringLiteral("unnamed (pid %1 tst_unixsession, uid %2)")
                             .arg(QCoreApplication::applicationPid())
                             .arg(::getuid());
    const QString text = QString::fromUtf8(exported(*m_reopened, ExportFormat::Text));
    QVERIFY2(text.contains(QStringLiteral("listener  local %1").arg(m_path)), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("local %1  peer %2").arg(m_path, peer)), qPrintable(text));

    const QString csv = QString::fromUtf8(exported(*m_reopened, ExportFormat::Csv));
    QVERIFY2(csv.contains(QStringLiteral(",received,in,10,%1,\"%2\",,").arg(m_path, peer))
            || csv.contains(QStringLiteral(",received,in,10,%1,%2,,").arg(m_path, peer)),
        qPrintable(csv));

    bool sawUnixData = false;
    for (const QByteArray &line : exported(*m_reopened, ExportFormat::JsonLines).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QVERIFY(!object.isEmpty());
        if (object.value(QStringLiteral("socket")).toString() != QLatin1String("unix")
            || object.value(QStringLiteral("kind")).toString() != QLatin1String("received"))
            continue;
        if (object.value(QStringLiteral("connection"))
                .toString()
                .contains(QLatin1Char('.'))) { // the accepted end
            sawUnixData = true;
            QCOMPARE(object.value(QStringLiteral("local_path")).toString(), m_path);
            QCOMPARE(object.value(QStringLiteral("peer_pid")).toInteger(),
                QCoreApplication::applicationPid());
            QCOMPARE(object.value(QStringLiteral("peer_uid")).toInteger(), qint64(::getuid()));
            QCOMPARE(QByteArray::fromBase64(
                         object.value(QStringLiteral("payload_base64")).toString().toLatin1()),
                QByteArrayLiteral("over unix\n"));
        }
    }
    QVERIFY(sawUnixData);
}

void tst_UnixSessionExport::pcapngLeavesUnixOutAndSaysSo()
{
    QStringList notes;
    const QByteArray pcapng = exported(*m_reopened, ExportFormat::Pcapng, &notes);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.constFirst().contains(QLatin1String("left out of the pcapng file (C2, L2.1)")),
        qPrintable(notes.constFirst()));
    QVERIFY(pcapng.contains("Left out: 2 Unix domain socket connection(s) (C2, L2.1)"));
    for (ExportFormat format : { ExportFormat::Text, ExportFormat::Csv, ExportFormat::JsonLines }) {
        notes = { QStringLiteral("stale") };
        exported(*m_reopened, format, &notes);
        QCOMPARE(notes, QStringList());
    }

    const QString file = m_dir.filePath(QStringLiteral("mixed.pcapng"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(pcapng);
    }
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    QVERIFY2(!tshark.isEmpty(),
        "tshark is not on PATH: install the Debian package 'tshark' (scripts/setup does)");
    QProcess process;
    process.start(tshark,
        { QStringLiteral("-r"), file, QStringLiteral("-T"), QStringLiteral("fields"),
            QStringLiteral("-e"), QStringLiteral("tcp.stream"), QStringLiteral("-e"),
            QStringLiteral("tcp.payload"), QStringLiteral("-o"),
            QStringLiteral("tcp.check_checksum:TRUE") });
    QVERIFY(process.waitForFinished(TimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QSet<QByteArray> streams;
    QByteArray payloads;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 2)
            continue;
        streams.insert(fields.at(0));
        payloads += QByteArray::fromHex(fields.at(1));
    }
    // One TCP connection (exported once, from the client), its bytes there and back.
    QCOMPARE(streams.size(), 1);
    QCOMPARE(payloads, QByteArrayLiteral("over tcp\nover tcp\n"));
}

QTEST_GUILESS_MAIN(tst_UnixSessionExport)

#include "tst_unixsessionexport.moc"
