// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation: it is embedded and loads, widgets show it, Qt's own strings come
// with it, and the .ts file has no unfinished entry.
#include "applanguage.h"
#include "endpointaddress.h"
#include "exportformat.h"
#include "lessonloader.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "session.h"
#include "welcomedialog.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null if none.
QChar mnemonic(const QString &text)
{
    const QString plain = QString(text).replace(QStringLiteral("&&"), QString());
    const qsizetype at = plain.indexOf(QLatin1Char('&'));
    return at < 0 || at + 1 >= plain.size() ? QChar() : plain.at(at + 1).toLower();
}

} // namespace

class tst_Translation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/socketlab_de.qm")));
        QVERIFY(AppLanguage::install(*qApp, QStringLiteral("de")));
    }

    void widgetsShowGerman()
    {
        QTemporaryDir config;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
        QTemporaryDir dir;
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(session.startRecording(dir.filePath(QStringLiteral("t.socketlab")), &error),
            qPrintable(error));
        Workbench workbench(session);
        MainWindow window(workbench);
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions())
            titles << menu->text();
        QVERIFY2(
            titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        // tst_menus checks the English mnemonics; the German ones must not clash either.
        QSet<QChar> titleKeys;
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY2(!titleKeys.contains(mnemonic(menu->text())), qPrintable(menu->text()));
            titleKeys.insert(mnemonic(menu->text()));
        }
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            Q_EMIT menu->aboutToShow();
            QSet<QChar> keys;
            for (QAction *action : menu->actions()) {
                const QChar key = mnemonic(action->text());
                if (key.isNull())
                    continue;
                QVERIFY2(!keys.contains(key),
                    qPrintable(menu->title() + QStringLiteral(": ") + action->text()));
                keys.insert(key);
            }
        }
        QCOMPARE(window.sendPanel()->sendButton()->text(), QStringLiteral("Senden"));
        QCOMPARE(window.sendPanel()->abortButton()->toolTip(),
            QStringLiteral("Abbrechen: sofort mit einem TCP-RST schließen; die Gegenseite sieht "
                           "„Verbindung zurückgesetzt“"));
        WelcomeDialog welcome;
        QCOMPARE(welcome.windowTitle(), QStringLiteral("Willkommen bei SocketLab"));
    }

    // Core messages shown in the window: lupdate must file each under the context the code
    // asks for at run time (free functions and helper classes in .cpp files once missed it).
    void coreMessagesShowGerman()
    {
        QCOMPARE(parsePort(QStringLiteral("70000")).error,
            QStringLiteral("Port 70000 liegt außerhalb des Bereichs (0 bis 65535)"));
        QCOMPARE(
            exportFormatDescription(ExportFormat::Pcapng), QStringLiteral("pcapng für Wireshark"));
        QString error;
        QVERIFY(!LessonLoader::parse(QByteArrayLiteral("[]"), QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("erwartet wird ein Objekt, gefunden: ein Array")),
            qPrintable(error));
    }

    // The shipped lessons speak German (issue 13 item 11): each text the learner reads is
    // translated, and with its {role.field} templates intact (a translation that lost one would
    // not be used, and the English text would show instead).
    void lessonsSpeakGerman()
    {
        const LessonLoader::Catalogue catalogue = LessonLoader::loadDirectory();
        QVERIFY(catalogue.problems.isEmpty());
        QVERIFY(catalogue.lessons.size() >= 7);
        QStringList english;
        for (const Lesson &lesson : catalogue.lessons) {
            QFile file(LessonLoader::builtInDirectory() + QLatin1Char('/') + lesson.fileName);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject source = QJsonDocument::fromJson(file.readAll()).object();
            const auto check = [&](const QString &shown, const QJsonValue &original) {
                if (!original.toString().isEmpty() && shown == original.toString())
                    english << lesson.id + QStringLiteral(": ") + shown;
            };
            check(lesson.title, source.value(QStringLiteral("title")));
            check(lesson.summary, source.value(QStringLiteral("summary")));
            const QJsonArray steps = source.value(QStringLiteral("steps")).toArray();
            QCOMPARE(steps.size(), lesson.steps.size());
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const QJsonObject step = steps.at(i).toObject();
                check(lesson.steps.at(i).title, step.value(QStringLiteral("title")));
                check(lesson.steps.at(i).text, step.value(QStringLiteral("text")));
                check(lesson.steps.at(i).lookAt, step.value(QStringLiteral("lookAt")));
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
        QCOMPARE(eventKindLabel(EventKind::EndOfStream), QStringLiteral("Ende des Datenstroms"));
    }

    // Any language SocketLab does not have falls back to English with proper plurals.
    void otherLanguagesGetEnglishPlurals()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/socketlab_en.qm")));
        QCOMPARE(english.translate("StatusLine", "%n connection(s)", nullptr, 1), QStringLiteral("%n connection"));
        QCOMPARE(english.translate("StatusLine", "%n connection(s)", nullptr, 2), QStringLiteral("%n connections"));
    }

    void qtsOwnStringsAreGerman()
    {
        QCOMPARE(
            QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void everyEntryIsTranslated()
    {
        const QDir dir(QStringLiteral(SOCKETLAB_TS_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("*.ts") });
        QVERIFY(files.contains(QStringLiteral("socketlab_de.ts")));
        QVERIFY(files.contains(QStringLiteral("socketlab_en.ts")));
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            // <message [numerus="yes"]><source>…</source><translation [type="unfinished"]>text or
            // <numerusform>s</translation></message>
            QXmlStreamReader xml(&file);
            QStringList untranslated;
            int messages = 0;
            QString source;
            bool plural = false;
            // English is the source language: its file only needs the plural forms.
            const bool pluralsOnly = name == QLatin1String("socketlab_en.ts");
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("message")) {
                    ++messages;
                    plural = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
                }
                else if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                    const QString text
                        = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                        continue;
                    if (pluralsOnly && !plural)
                        continue;
                    if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                        untranslated << source;
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(name + QStringLiteral(": ") + xml.errorString()));
            QVERIFY(messages > 100);
            QVERIFY2(untranslated.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 untranslated: %3")
                               .arg(name)
                               .arg(untranslated.size())
                               .arg(untranslated.mid(0, 10).join(QStringLiteral(" | ")))));
        }
    }
};

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
