// SPDX-License-Identifier: GPL-3.0-or-later
// The window's shortcuts work with the cursor in a text field (issue 13, item 5). On X11 a
// QLineEdit claims Emacs-style keys for itself (Ctrl+E: end of line, Ctrl+K: delete to the end),
// which swallowed Export and New connection while focus stayed in the send field. The offscreen
// platform has no such key bindings, so this test runs on xcb, on a virtual X server (Xvfb):
// there it fails when the fields keep those keys.
#include "endpointpanel.h"
#include "sendpanel.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

class TestFieldShortcuts : public QObject
{
    Q_OBJECT

private:
    // The send field, focused, holding "hello".
    QLineEdit *typeIntoSendField(WindowFixture &f)
    {
        QLineEdit *field = f.window->sendPanel()->inputField();
        f.window->activateWindow();
        field->setFocus();
        if (!QTest::qWaitFor([field] { return field->hasFocus(); }))
            return nullptr;
        QTest::keyClicks(field, QStringLiteral("hello"));
        return field;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The premise: on this platform a line edit really has the keys this test is about.
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY(QKeySequence::keyBindings(QKeySequence::MoveToEndOfLine)
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_E)));
        QVERIFY(QKeySequence::keyBindings(QKeySequence::DeleteEndOfLine)
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
    }

    void ctrlEExportsFromTheSendField()
    {
        WindowFixture f;
        f.start();
        QLineEdit *field = typeIntoSendField(f);
        QVERIFY(field);
        QString title;
        // The export dialog is modal: read its title and close it from inside its event loop.
        QTimer::singleShot(0, this, [&title] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                title = dialog->windowTitle();
                dialog->reject();
            }
        });
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE(title, QStringLiteral("Export the session"));
        QCOMPARE(field->text(), QStringLiteral("hello"));
    }

    void ctrlKGoesToNewConnectionAndKeepsTheText()
    {
        WindowFixture f;
        f.start();
        QLineEdit *field = typeIntoSendField(f);
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_Home);
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier); // in a line edit: delete to the end
        QCOMPARE(field->text(), QStringLiteral("hello"));
        QTRY_VERIFY(f.window->endpointPanel()->connectPortField()->hasFocus());
    }

    void editingKeysStayTheFields()
    {
        WindowFixture f;
        f.start();
        QLineEdit *field = typeIntoSendField(f);
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier); // select all
        QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier); // cut
        QCOMPARE(field->text(), QString());
        QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier); // paste
        QTest::keyClick(field, Qt::Key_Backspace, Qt::ControlModifier); // delete the word
        QCOMPARE(field->text(), QString());
        QVERIFY(field->hasFocus());
    }
};

QTEST_MAIN(TestFieldShortcuts)
#include "tst_fieldshortcuts.moc"
