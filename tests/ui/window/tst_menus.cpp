// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard reaches everything: every action of the main menu has a shortcut, or a reason
// not to in the list below; no two actions share a shortcut; every menu opens with
// Alt+its mnemonic, and no two entries of one menu share a mnemonic.
#include "endpointpanel.h"
#include "mainwindow.h"
#include "sendpanel.h"
#include "session.h"
#include "workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Actions that deliberately have no shortcut, by the object name of their menu or their text
// (without the '&'), with the reason.
struct Exemption
{
    const char *where; // "menu:objectName", "action:objectName" or "text:Text"
    const char *reason;
};
const Exemption Exemptions[] = {
    { "menu:recentSessionsMenu",
        "generated from the recent files; reached by Alt+F, R and the number" },
    { "menu:languageMenu", "chosen once, applied at the next start; reached by Alt+V, L" },
    { "menu:exportFormatsMenu",
        "one per format: File → Export… (Ctrl+E) covers them all with the last format" },
    { "action:lessonEntry", "one per lesson, numbered: reached by Alt+L and the lesson's number" },
    { "text:About SocketLab", "rarely used; reached by Alt+H, A" },
    { "text:About Qt", "rarely used; reached by Alt+H, Q" },
};

// The next widget Tab would reach from widget, disabled or hidden ones included.
// As Tab moves: to the next widget that takes focus by Tab and is shown (the Listen and Connect
// forms hide the rows of the kind not chosen).
QWidget *nextFocusable(QWidget *widget)
{
    QWidget *next = widget->nextInFocusChain();
    while (next != widget && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisibleTo(widget->window())))
        next = next->nextInFocusChain();
    return next;
}

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

QString exemptionFor(const QMenu *menu, const QAction *action)
{
    for (const Exemption &exemption : Exemptions) {
        const QString where = QString::fromUtf8(exemption.where);
        for (const QMenu *m = menu; m; m = qobject_cast<const QMenu *>(m->parentWidget())) {
            if (where == QStringLiteral("menu:") + m->objectName())
                return QString::fromUtf8(exemption.reason);
        }
        if (where == QStringLiteral("action:") + action->objectName())
            return QString::fromUtf8(exemption.reason);
        if (where == QStringLiteral("text:") + plain(action->text()))
            return QString::fromUtf8(exemption.reason);
    }
    return {};
}

} // namespace

class tst_Menus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;

    // Every leaf action under menu, with its menu.
    void collect(QMenu *menu, QList<QPair<QMenu *, QAction *>> &out)
    {
        Q_EMIT menu->aboutToShow(); // menus filled on demand fill now
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu())
                collect(action->menu(), out);
            else
                out << qMakePair(menu, action);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        m_session = std::make_unique<Session>(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(m_session->startRecording(m_dir.filePath(QStringLiteral("m.socketlab")), &error),
            qPrintable(error));
        m_workbench = std::make_unique<Workbench>(*m_session);
        m_window = std::make_unique<MainWindow>(*m_workbench);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workbench.reset();
    }

    void everyActionHasAShortcutOrAReason()
    {
        QList<QPair<QMenu *, QAction *>> actions;
        for (QAction *top : m_window->menuBar()->actions()) {
            QVERIFY2(top->menu(), qPrintable(top->text()));
            collect(top->menu(), actions);
        }
        QVERIFY(actions.size() > 20);
        QStringList missing;
        QHash<QString, QString> owners; // shortcut -> action
        for (const auto &[menu, action] : std::as_const(actions)) {
            if (!action->isEnabled() && action->text().isEmpty())
                continue;
            const QList<QKeySequence> shortcuts = action->shortcuts();
            if (shortcuts.isEmpty() && exemptionFor(menu, action).isEmpty() && action->isEnabled())
                missing << plain(menu->title()) + QStringLiteral(" → ") + plain(action->text());
            for (const QKeySequence &shortcut : shortcuts) {
                const QString key = shortcut.toString();
                QVERIFY2(!owners.contains(key),
                    qPrintable(QStringLiteral("%1 is both %2 and %3")
                                   .arg(key, owners.value(key), plain(action->text()))));
                owners.insert(key, plain(action->text()));
            }
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("no shortcut and no reason: ")
                + missing.join(QStringLiteral(", "))));
    }

    // The actions the issue names, found by their shortcut.
    void namedActionsHaveTheirShortcuts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("new listener") << "New listener";
        QTest::newRow("new connection") << "New connection";
        QTest::newRow("send") << "Send";
        QTest::newRow("close") << "Close (FIN)";
        QTest::newRow("abort") << "Abort (RST)";
        QTest::newRow("clear filter") << "Clear filter";
        QTest::newRow("find") << "Find in log";
        QTest::newRow("save") << "Save session as…";
        QTest::newRow("open") << "Open session…";
        QTest::newRow("export") << "Export…";
        QTest::newRow("reset layout") << "Reset layout";
        QTest::newRow("echo demo") << "Echo demo";
        QTest::newRow("next lesson step") << "Next step";
        QTest::newRow("previous lesson step") << "Previous step";
    }

    void namedActionsHaveTheirShortcuts()
    {
        QFETCH(QString, text);
        QList<QPair<QMenu *, QAction *>> actions;
        for (QAction *top : m_window->menuBar()->actions())
            collect(top->menu(), actions);
        for (const auto &pair : std::as_const(actions)) {
            if (plain(pair.second->text()) == text) {
                QVERIFY2(!pair.second->shortcut().isEmpty(), qPrintable(text));
                QVERIFY2(!pair.second->icon().isNull(),
                    qPrintable(text + QStringLiteral(" has no icon")));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no menu entry '%1'").arg(text)));
    }

    void menusHaveDistinctMnemonics()
    {
        QSet<QChar> titles;
        for (QAction *top : m_window->menuBar()->actions()) {
            const QChar key = mnemonic(top->text());
            QVERIFY2(!key.isNull(), qPrintable(top->text() + QStringLiteral(": no mnemonic")));
            QVERIFY2(!titles.contains(key),
                qPrintable(top->text() + QStringLiteral(": mnemonic used twice")));
            titles.insert(key);
        }
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
            Q_EMIT menu->aboutToShow();
            QSet<QChar> keys;
            for (QAction *action : menu->actions()) {
                const QChar key = mnemonic(action->text());
                if (key.isNull())
                    continue;
                QVERIFY2(!keys.contains(key),
                    qPrintable(QStringLiteral("%1: '%2' used twice (%3)")
                                   .arg(plain(menu->title()), QString(key), action->text())));
                keys.insert(key);
            }
        }
    }

    // Tab walks the forms in reading order: listen, then connect; in the send panel, from the
    // text to Send.
    void tabOrderFollowsTheForms()
    {
        EndpointPanel *endpoints = m_window->endpointPanel();
        endpoints->connectPortField()->setText(QStringLiteral("80"));   // enables Connect
        const QList<QWidget *> expected{endpoints->listenKindField(),  endpoints->bindAddressField(),
                                        endpoints->listenPortField(),  endpoints->listenResponderField(),
                                        endpoints->editRespondersButton(), endpoints->listenEchoBox(),
                                        endpoints->listenButton(),     endpoints->connectKindField(),
                                        endpoints->hostField(),        endpoints->connectPortField(),
                                        endpoints->connectEchoBox(),   endpoints->connectButton()};
        for (int i = 0; i + 1 < expected.size(); ++i) {
            QWidget *from = expected.at(i);
            // An editable combo box takes the focus in its line edit, which Tab leaves from.
            if (auto *combo = qobject_cast<QComboBox *>(from); combo && combo->lineEdit())
                from = combo->lineEdit();
            QWidget *next = nextFocusable(from);
            QVERIFY2(next == expected.at(i + 1),
                     qPrintable(QStringLiteral("Tab from %1 goes to %2, not %3")
                                    .arg(QString::fromLatin1(expected.at(i)->metaObject()->className()),
                                         QString::fromLatin1(next->metaObject()->className()),
                                         QString::fromLatin1(expected.at(i + 1)->metaObject()->className()))));
        }
        SendPanel *send = m_window->sendPanel();
        QCOMPARE(nextFocusable(send->inputField()), static_cast<QWidget *>(send->sendButton()));
    }

    // Alt+mnemonic on the window opens each menu of the menu bar, as a keyboard user does.
    void altMnemonicOpensEachMenu()
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            const QChar key = mnemonic(top->text());
            QTest::keyClick(m_window.get(), key.toLatin1(), Qt::AltModifier);
            QTRY_VERIFY2_WITH_TIMEOUT(QApplication::activePopupWidget() == top->menu(),
                qPrintable(QStringLiteral("Alt+%1 did not open %2").arg(key).arg(top->text())),
                5000);
            top->menu()->close();
            QTRY_VERIFY(!QApplication::activePopupWidget());
        }
    }
};

QTEST_MAIN(tst_Menus)
#include "tst_menus.moc"
