// SPDX-License-Identifier: GPL-3.0-or-later
// What SocketLab remembers: every setting round-trips through the ini file, damaged or
// out-of-range values give the defaults, and a main window closed and built again comes back
// with its layout, endpoints, send history and zoom. QSettings is redirected to a temporary
// directory: the user's settings are never touched.
#include "appsettings.h"
#include "endpointpanel.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "session.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_AppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QString iniPath() const { return AppSettings::defaultPath(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QVERIFY2(iniPath().startsWith(m_config.path()), qPrintable(iniPath()));
    }

    void init() { AppSettings().clear(); }

    void defaults()
    {
        const AppSettings settings;
        QVERIFY(!settings.wasReset());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.windowState().isEmpty());
        QCOMPARE(settings.recentBindAddresses(), QStringList());
        QCOMPARE(settings.listenPort(), quint16(0));
        QCOMPARE(settings.recentHosts(), QStringList { QStringLiteral("localhost") });
        QCOMPARE(settings.connectPort(), -1);
        QCOMPARE(settings.exportFormat(), ExportFormat::Pcapng);
        QCOMPARE(settings.exportFolder(), QString());
        QCOMPARE(settings.zoomLevel(), 0);
        QCOMPARE(settings.classroom(), false);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.welcomeShown(), false);
        QCOMPARE(settings.sendHistory(), QStringList());
    }

    void roundTrip()
    {
        {
            AppSettings settings;
            settings.setWindowGeometry(QByteArray("geometry\0bytes", 14));
            settings.setWindowState(QByteArray::fromHex("000000ff00"));
            settings.addRecentBindAddress(QStringLiteral("127.0.0.1"));
            settings.addRecentBindAddress(QStringLiteral("::1"));
            settings.addRecentBindAddress(QStringLiteral("127.0.0.1")); // moves to the front
            settings.setListenPort(7000);
            settings.setListenEcho(true);
            settings.addRecentHost(QStringLiteral("example.org"));
            settings.setConnectPort(443);
            settings.setConnectEcho(true);
            settings.addRecentSession(m_config.filePath(QStringLiteral("a.socketlab")));
            settings.addToSendHistory(QStringLiteral("first"));
            settings.addToSendHistory(QStringLiteral("second"));
            settings.setExportFormat(ExportFormat::Csv);
            settings.setExportFolder(m_config.path());
            settings.setZoomLevel(3);
            settings.setClassroom(true);
            settings.setLanguage(QStringLiteral("de"));
            settings.setWelcomeShown(true);
            settings.sync();
        }
        // Read back from the file by a fresh QSettings, as a new process would.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("view/zoom")).toInt(), 3);
        const AppSettings settings;
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry\0bytes", 14));
        QCOMPARE(settings.windowState(), QByteArray::fromHex("000000ff00"));
        QCOMPARE(settings.recentBindAddresses(),
            (QStringList { QStringLiteral("127.0.0.1"), QStringLiteral("::1") }));
        QCOMPARE(settings.listenPort(), quint16(7000));
        QCOMPARE(settings.listenEcho(), true);
        QCOMPARE(settings.recentHosts(), QStringList { QStringLiteral("example.org") });
        QCOMPARE(settings.connectPort(), 443);
        QCOMPARE(settings.connectEcho(), true);
        QCOMPARE(settings.recentSessions(),
            QStringList { m_config.filePath(QStringLiteral("a.socketlab")) });
        QCOMPARE(settings.sendHistory(),
            (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
        QCOMPARE(settings.exportFormat(), ExportFormat::Csv);
        QCOMPARE(settings.exportFolder(), m_config.path());
        QCOMPARE(settings.zoomLevel(), 3);
        QCOMPARE(settings.classroom(), true);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.welcomeShown(), true);
    }

    // As another process (or an editor) wrote it: a one-element list is a plain string there.
    void listsReadFromAnIniWrittenElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("written.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[endpoints]\nhosts=example.org\nbindAddresses=::1, 127.0.0.1\n"
                   "[send]\nhistory=only one\n[view]\nzoom=5\nclassroom=true\n");
        file.close();
        const AppSettings settings(path);
        QVERIFY(!settings.wasReset());
        QCOMPARE(settings.recentHosts(), QStringList{QStringLiteral("example.org")});
        QCOMPARE(settings.recentBindAddresses(), (QStringList{QStringLiteral("::1"), QStringLiteral("127.0.0.1")}));
        QCOMPARE(settings.sendHistory(), QStringList{QStringLiteral("only one")});
        QCOMPARE(settings.zoomLevel(), 5);
        QCOMPARE(settings.classroom(), true);
    }

    void listsAreBounded()
    {
        AppSettings settings;
        for (int i = 0; i < 200; ++i) {
            settings.addToSendHistory(QString::number(i));
            settings.addRecentHost(QStringLiteral("host%1").arg(i));
        }
        QCOMPARE(settings.sendHistory().size(), AppSettings::MaxSendHistory);
        QCOMPARE(settings.sendHistory().constLast(), QStringLiteral("199"));
        QCOMPARE(settings.recentHosts().size(), AppSettings::MaxRecentEndpoints);
        QCOMPARE(settings.recentHosts().constFirst(), QStringLiteral("host199"));
    }

    void badValuesGiveDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("zoom too large") << "view/zoom"
                                        << "99";
        QTest::newRow("zoom not a number") << "view/zoom"
                                           << "big";
        QTest::newRow("zoom too small") << "view/zoom"
                                       << "-9";
        QTest::newRow("port too large") << "endpoints/listenPort"
                                        << "70000";
        QTest::newRow("port letters") << "endpoints/connectPort"
                                      << "http";
        QTest::newRow("bool not a bool") << "view/classroom"
                                         << "maybe";
        QTest::newRow("language path") << "ui/language"
                                       << "../../etc/passwd";
        QTest::newRow("export format unknown") << "export/format"
                                               << "docx";
        QTest::newRow("export format session") << "export/format"
                                               << "socketlab";
        QTest::newRow("export folder missing") << "export/folder"
                                               << "/nonexistent/folder";
    }

    void badValuesGiveDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(key, value);
        }
        const AppSettings settings;
        QCOMPARE(settings.zoomLevel(), 0);
        QCOMPARE(settings.listenPort(), quint16(0));
        QCOMPARE(settings.connectPort(), -1);
        QCOMPARE(settings.classroom(), false);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.exportFormat(), ExportFormat::Pcapng);
        QCOMPARE(settings.exportFolder(), QString());
    }

    // Garbage bytes in the ini: the file is moved aside and everything is a default.
    void corruptFileFallsBackToDefaults()
    {
        {
            AppSettings settings;
            settings.setZoomLevel(2);
            settings.setListenPort(9000);
            settings.sync();
        }
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 131 + 7) % 256));
        garbage.append("\n[window]\ngeometry=@ByteArray(\xff\xfe\x01)\nstate="
                       "\x01\x02\x03\n\xc3\x28 no equals sign\n");
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
        file.close();

        const AppSettings settings;
        QVERIFY(settings.wasReset());
        QCOMPARE(settings.zoomLevel(), 0);
        QCOMPARE(settings.listenPort(), quint16(0));
        QVERIFY(settings.windowState().isEmpty());
        QVERIFY2(QFile::exists(iniPath() + QStringLiteral(".corrupt")),
            "the damaged file is kept aside");

        // A window starts on such a file, with the default layout and fields.
        QFile again(iniPath());
        QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
        again.write(garbage);
        again.close();
        QTemporaryDir dir;
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("c.socketlab")), &error),
            qPrintable(error));
        Workbench workbench(session);
        MainWindow window(workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.endpointPanel()->listenPortField()->text(), QStringLiteral("0"));
        QCOMPARE(window.endpointPanel()->hostField()->text(), QStringLiteral("localhost"));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("packetDock"))->isVisible());
    }

    // Change the layout, the endpoints, the send history and the zoom; close the window; a new
    // window finds them all.
    void windowRestartRestoresEverything()
    {
        QTemporaryDir dir;
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("r.socketlab")), &error),
            qPrintable(error));
        Workbench workbench(session);
        quint16 listenerPort = 0;
        {
            MainWindow window(workbench);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *chart = window.findChild<QDockWidget *>(QStringLiteral("chartDock"));
            auto *packet = window.findChild<QDockWidget *>(QStringLiteral("packetDock"));
            window.addDockWidget(Qt::LeftDockWidgetArea, chart);
            packet->hide();

            EndpointPanel *endpoints = window.endpointPanel();
            endpoints->bindAddressField()->setCurrentText(QStringLiteral("::1"));
            endpoints->listenPortField()->setText(QStringLiteral("0"));
            endpoints->listenEchoBox()->setChecked(true);
            QTest::mouseClick(endpoints->listenButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!session.connections().snapshot().isEmpty()
                    && session.connections().snapshot().constFirst().localPort != 0,
                20000);
            listenerPort = session.connections().snapshot().constFirst().localPort;
            endpoints->hostField()->setText(QStringLiteral("::1"));
            endpoints->connectPortField()->setText(QString::number(listenerPort));
            QTest::mouseClick(endpoints->connectButton(), Qt::LeftButton);
            ConnectionId client = 0;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const ConnectionInfo &info : session.connections().snapshot()) {
                        if (info.role == ConnectionRole::Client
                            && info.state == ConnectionState::Connected)
                            client = info.id;
                    }
                    return client != 0;
                }(),
                20000);
            window.setCurrentConnection(client);
            SendPanel *send = window.sendPanel();
            QTRY_VERIFY_WITH_TIMEOUT(send->inputField()->isEnabled(), 10000);
            for (const char *text : { "first line", "second line" }) {
                send->inputField()->setText(QString::fromLatin1(text));
                QTRY_VERIFY_WITH_TIMEOUT(send->sendButton()->isEnabled(), 10000);
                QTest::keyClick(send->inputField(), Qt::Key_Return);
            }
            QTRY_COMPARE_WITH_TIMEOUT(
                session.connections().find(client)->bytesOut, quint64(21), 20000);
            // Classroom mode's zoom is kept through the same settings.
            AppSettings().setZoomLevel(4);
            window.close();
        }

        MainWindow window(workbench);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *chart = window.findChild<QDockWidget *>(QStringLiteral("chartDock"));
        auto *packet = window.findChild<QDockWidget *>(QStringLiteral("packetDock"));
        QCOMPARE(window.dockWidgetArea(chart), Qt::LeftDockWidgetArea);
        QVERIFY(packet->isHidden());
        EndpointPanel *endpoints = window.endpointPanel();
        QCOMPARE(endpoints->bindAddressField()->currentText(), QStringLiteral("::1"));
        QCOMPARE(endpoints->listenEchoBox()->isChecked(), true);
        QCOMPARE(endpoints->hostField()->text(), QStringLiteral("::1"));
        QCOMPARE(endpoints->connectPortField()->text(), QString::number(listenerPort));
        QCOMPARE(AppSettings().zoomLevel(), 4);

        // Up and Down walk the send history; past the newest comes back what was being typed.
        QLineEdit *input = window.sendPanel()->inputField();
        input->setEnabled(true);
        input->setText(QStringLiteral("draft"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("second line"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("first line"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("first line"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("second line"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("draft"));

        // Reset layout puts the docks back and forgets the saved layout.
        window.resetLayout();
        QCOMPARE(window.dockWidgetArea(chart), Qt::BottomDockWidgetArea);
        QVERIFY(packet->isVisible());
        QVERIFY(AppSettings().windowState().isEmpty());
    }

    void recentSessionsFollowOpenedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recent.socketlab"));
        {
            Session session(std::make_unique<SessionClock>());
            QString error;
            QVERIFY2(session.startRecording(path, &error), qPrintable(error));
        }
        QString error;
        MainWindow *window = MainWindow::openSessionFile(path, &error);
        QVERIFY2(window, qPrintable(error));
        QCOMPARE(AppSettings().recentSessions(), QStringList { path });
        window->close(); // deletes itself
    }
};

QTEST_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
