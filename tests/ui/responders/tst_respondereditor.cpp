// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointpanel.h"
#include "ownresponders.h"
#include "respondereditor.h"
#include "responderloader.h"
#include "ruleform.h"
#include "ruletrial.h"
#include "payloadparser.h"

#include "menuclicks.h"
#include "peerprocess.h"
#include "sessionreader.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

constexpr int TimeoutMs = 20000;

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

// Up and Down on a closed combo box, as a user picks an entry with the keyboard.
void chooseByKeys(QComboBox *box, const QString &data)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData().toString() != data
         && box->currentData().toStringList().value(0) != data;
         ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

void clickRule(ResponderEditor *editor, const QString &name)
{
    QListWidget *list = editor->ruleList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().section(QLatin1Char(' '), 0, 0) == name) {
            list->scrollToItem(list->item(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                list->visualItemRect(list->item(row)).center());
            return;
        }
    }
}

QStringList ruleNames(ResponderEditor *editor)
{
    QStringList names;
    for (int row = 0; row < editor->ruleList()->count(); ++row)
        names << editor->ruleList()->item(row)->text().section(QLatin1Char(' '), 0, 0);
    return names;
}

// The question the next modal message box asks, answered with button by a click (the box runs
// its own event loop: the click comes from a timer).
void answerWith(QMessageBox::StandardButton button, QString *question)
{
    QTimer::singleShot(0, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *question = box->text();
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray curlBody(quint16 port)
{
    QString curl;
    PeerProcess::findProgram(QStringLiteral("curl"), QStringLiteral("curl"), &curl);
    QProcess client;
    client.start(curl,
        { QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("20"),
            QStringLiteral("http://127.0.0.1:%1/").arg(port) });
    PeerProcess::waitForExit(client, TimeoutMs);
    return client.readAllStandardOutput();
}

} // namespace

class tst_ResponderEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(OwnResponders::directory()).removeRecursively();
    }

    // Opened from the menu as from the Listen form; a shipped responder's rules on sample input:
    // the rules that answered and the exact bytes of the reply.
    void testARuleShowsTheReply()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(MenuClicks::choose(f.window.get(), { "Socket", "Responders…" }));
        ResponderEditor *editor = f.window->endpointPanel()->responderEditor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->responderField()->currentData().toStringList().value(0),
            QStringLiteral("http"));
        QCOMPARE(editor->nameField()->text(), QStringLiteral("my-http"));
        // A description longer than its field shows its start (it showed its end).
        QVERIFY(editor->descriptionField()->text().size() > 40);
        QCOMPARE(editor->descriptionField()->cursorPosition(), 0);

        RuleTrial *trial = editor->trial();
        trial->sampleField()->setFocus();
        QTest::keyClicks(trial->sampleField(), QStringLiteral("GET / HTTP/1.1"));
        QTest::keyClick(trial->sampleField(), Qt::Key_Return);
        QTest::keyClicks(trial->sampleField(), QStringLiteral("Host: example"));
        QTest::keyClick(trial->sampleField(), Qt::Key_Return);
        QTest::mouseClick(trial->testButton(), Qt::LeftButton);
        const QString result = trial->resultView()->toPlainText();
        for (const QString &expected :
            { QStringLiteral(
                  "responder my-http: rule \"get-page-1.1\" answered (state request → page)"),
                QStringLiteral(
                    "responder my-http: rule \"page-answer\" answered (state page → request)"),
                QStringLiteral(
                    "HTTP/1.1 200 OK\\r\\n\nContent-Type: text/html; charset=utf-8\\r\\n\n"),
                QStringLiteral("X-SocketLab-Connection: L1.1\\r\\n\n\\r\\n\n<!DOCTYPE html>\\n\n"),
                QStringLiteral("The connection is now in state request.") })
            QVERIFY2(result.contains(expected), qPrintable(result));
        // The byte count is the reply's exact length: the head, then the body it announces.
        const QByteArray body
            = "<!DOCTYPE html>\n<html><head><meta "
              "charset=\"utf-8\"><title>SocketLab</title></head>\n"
              "<body><h1>Hello from SocketLab</h1>\n<p>The http responder sent this page; the "
              "X-SocketLab-Connection header names the connection.</p></body></html>\n";
        QVERIFY2(result.contains(QStringLiteral("Content-Length: %1\\r\\n").arg(body.size())),
            qPrintable(result));

        // Without the empty line the request is not complete: nothing answers yet.
        typeInto(trial->sampleField(), QStringLiteral("GET / HTTP/1.1"));
        QTest::mouseClick(trial->testButton(), Qt::LeftButton);
        QVERIFY2(!trial->resultView()->toPlainText().contains(QStringLiteral("page-answer")),
            qPrintable(trial->resultView()->toPlainText()));
        QVERIFY2(trial->resultView()->toPlainText().contains(QStringLiteral("now in state page.")),
            qPrintable(trial->resultView()->toPlainText()));

        // The Listen form's Edit… shows the one chosen there.
        editor->close();
        EndpointPanel *panel = f.window->endpointPanel();
        chooseByKeys(panel->listenResponderField(), QStringLiteral("smtp"));
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->responderField()->currentData().toStringList().value(0),
            QStringLiteral("smtp"));
        QCOMPARE(ruleNames(editor).value(0), QStringLiteral("greeting"));
    }

    // A rule added, named and filled in by keys, moved down and up: the first matching rule
    // answers, so its place decides. Saved as an own responder, it is listed by name and found as
    // --responder is.
    void addMoveAndSave()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = panel->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        chooseByKeys(editor->responderField(), QStringLiteral("line-counter"));
        QCOMPARE(ruleNames(editor),
            (QStringList { QStringLiteral("greeting"), QStringLiteral("count") }));
        typeInto(editor->nameField(), QStringLiteral("shouter"));

        clickRule(editor, QStringLiteral("greeting"));
        QTest::mouseClick(editor->addRuleButton(), Qt::LeftButton);
        RuleForm *form = editor->ruleForm();
        QCOMPARE(form->nameField()->text(), QStringLiteral("rule-3"));
        typeInto(form->nameField(), QStringLiteral("shout"));
        chooseByKeys(form->matchField(), QStringLiteral("prefix"));
        typeInto(form->patternField(), QStringLiteral("shout "));
        QCOMPARE(form->actionList()->count(), 1);
        typeInto(form->actionTextField(), QStringLiteral("${input:upper}!\\n"));
        QCOMPARE(ruleNames(editor),
            (QStringList {
                QStringLiteral("greeting"), QStringLiteral("shout"), QStringLiteral("count") }));

        RuleTrial *trial = editor->trial();
        chooseByKeys(trial->lineEndingField(), QString::number(int(LineEnding::Lf)));
        typeInto(trial->sampleField(), QStringLiteral("shout hello"));
        QTest::mouseClick(trial->testButton(), Qt::LeftButton);
        QVERIFY2(trial->resultView()->toPlainText().contains(QStringLiteral(
                     "rule \"shout\" answered\nsends (length 13):\nSHOUT HELLO!\\n")),
            qPrintable(trial->resultView()->toPlainText()));

        QTest::mouseClick(editor->ruleDownButton(), Qt::LeftButton);
        QCOMPARE(ruleNames(editor),
            (QStringList {
                QStringLiteral("greeting"), QStringLiteral("count"), QStringLiteral("shout") }));
        QTest::mouseClick(trial->testButton(), Qt::LeftButton);
        QVERIFY2(
            trial->resultView()->toPlainText().contains(QStringLiteral("rule \"count\" answered")),
            qPrintable(trial->resultView()->toPlainText()));
        QVERIFY(!trial->resultView()->toPlainText().contains(QStringLiteral("SHOUT")));
        QTest::mouseClick(editor->ruleUpButton(), Qt::LeftButton);
        QCOMPARE(ruleNames(editor),
            (QStringList {
                QStringLiteral("greeting"), QStringLiteral("shout"), QStringLiteral("count") }));

        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));
        QString error;
        const auto saved = ResponderLoader::find(QStringLiteral("shouter"), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->path, OwnResponders::pathOf(QStringLiteral("shouter")));
        QStringList order;
        for (const ResponderRule &rule : saved->rules)
            order << rule.name;
        QCOMPARE(order,
            (QStringList {
                QStringLiteral("greeting"), QStringLiteral("shout"), QStringLiteral("count") }));
        QCOMPARE(saved->framing, ResponderFraming::Line);
        QVERIFY(OwnResponders::names().contains(QStringLiteral("shouter")));
        // Listed after the shipped ones in the Listen form, and chosen there.
        QComboBox *answerField = panel->listenResponderField();
        QCOMPARE(answerField->currentData().toString(), QStringLiteral("shouter"));
        QVERIFY(answerField->findData(QStringLiteral("shouter"))
            > answerField->findData(QStringLiteral("smtp")));
        QCOMPARE(editor->responderField()->currentData().toStringList(),
            (QStringList { QStringLiteral("shouter"), QStringLiteral("own") }));
    }

    // A bad edit is refused as loading would refuse it: the problem names the file and the JSON
    // path, the rule it is in is selected, the file on disk is what it was, and the edit is still
    // there.
    void badEditIsShownAndNothingBrokenIsSaved()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = panel->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        chooseByKeys(editor->responderField(), QStringLiteral("line-counter"));
        typeInto(editor->nameField(), QStringLiteral("bad-edit"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));
        const QString path = OwnResponders::pathOf(QStringLiteral("bad-edit"));
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        const int last = editor->ruleList()->count() - 1;
        clickRule(editor, ruleNames(editor).constLast());
        RuleForm *form = editor->ruleForm();
        chooseByKeys(form->matchField(), QStringLiteral("regex"));
        typeInto(form->patternField(), QStringLiteral("^(GET"));
        clickRule(editor, ruleNames(editor).constFirst()); // the problem is not in the rule in view
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        const QString problem = editor->problemLabel()->text();
        QVERIFY2(problem.startsWith(
                     QStringLiteral("Not saved: bad-edit.json: rules[%1].text: not a valid regular "
                                    "expression")
                         .arg(last)),
            qPrintable(problem));
        QCOMPARE(editor->ruleList()->currentRow(), last);
        QCOMPARE(form->patternField()->text(), QStringLiteral("^(GET"));
        QCOMPARE(readFile(path), before);
        QTest::mouseClick(editor->trial()->testButton(), Qt::LeftButton);
        QVERIFY2(editor->trial()->resultView()->toPlainText().startsWith(
                     QStringLiteral("Cannot test: bad-edit.json: rules[")),
            qPrintable(editor->trial()->resultView()->toPlainText()));

        // A shipped responder's name is not taken over.
        typeInto(form->patternField(), QStringLiteral("^(GET)"));
        typeInto(editor->nameField(), QStringLiteral("http"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().contains(
                     QStringLiteral("'http' is a shipped responder")),
            qPrintable(editor->problemLabel()->text()));
        QVERIFY(!QFile::exists(OwnResponders::pathOf(QStringLiteral("http"))));
        // Fixed, it saves.
        typeInto(editor->nameField(), QStringLiteral("bad-edit"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));
        QVERIFY(readFile(path).contains("\"^(GET)\""));
    }

    // An edit not saved yet is not dropped by choosing another responder without asking, nor by
    // closing the dialog: Cancel keeps it, Discard shows the other one.
    void unsavedEditIsKept()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = panel->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        chooseByKeys(editor->responderField(), QStringLiteral("echo-upper"));
        typeInto(editor->descriptionField(), QStringLiteral("my notes"));

        QString question;
        answerWith(QMessageBox::Cancel, &question);
        QTest::keyClick(editor->responderField(), Qt::Key_Down);
        QCOMPARE(question, QStringLiteral("Discard your changes to echo-upper, not saved yet?"));
        QCOMPARE(editor->responderField()->currentData().toStringList().value(0),
            QStringLiteral("echo-upper"));
        QCOMPARE(editor->descriptionField()->text(), QStringLiteral("my notes"));

        // Closed and opened again from the Listen form: still there.
        editor->close();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->descriptionField()->text(), QStringLiteral("my notes"));

        question.clear();
        answerWith(QMessageBox::Discard, &question);
        editor->responderField()->setFocus();
        QTest::keyClick(editor->responderField(), Qt::Key_Down);
        QVERIFY(!question.isEmpty());
        QCOMPARE(editor->responderField()->currentData().toStringList().value(0),
            QStringLiteral("http"));
        QVERIFY(
            editor->descriptionField()->text().startsWith(QStringLiteral("A small web server")));
    }

    // An own responder can be deleted, after a question (Cancel keeps it); the Listen form stops
    // offering it. A shipped one cannot: the button is off while one is shown.
    void ownResponderIsDeletedAfterAsking()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = panel->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        chooseByKeys(editor->responderField(), QStringLiteral("echo-upper"));
        QVERIFY(!editor->deleteButton()->isEnabled());
        typeInto(editor->nameField(), QStringLiteral("short-lived"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        const QString path = OwnResponders::pathOf(QStringLiteral("short-lived"));
        QVERIFY(QFile::exists(path));
        QVERIFY(editor->deleteButton()->isEnabled());
        QVERIFY(panel->listenResponderField()->findData(QStringLiteral("short-lived")) >= 0);
        chooseByKeys(panel->listenResponderField(), QStringLiteral("short-lived"));

        QString question;
        answerWith(QMessageBox::Cancel, &question);
        QTest::mouseClick(editor->deleteButton(), Qt::LeftButton);
        QVERIFY2(question.startsWith(QStringLiteral("Delete your responder short-lived?")), qPrintable(question));
        QVERIFY(QFile::exists(path));

        question.clear();
        answerWith(QMessageBox::Yes, &question);
        QTest::mouseClick(editor->deleteButton(), Qt::LeftButton);
        QVERIFY(!question.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(editor->problemLabel()->text(), QStringLiteral("Deleted short-lived."));
        QVERIFY(!OwnResponders::names().contains(QStringLiteral("short-lived")));
        for (int i = 0; i < editor->responderField()->count(); ++i)
            QVERIFY(editor->responderField()->itemData(i).toStringList().value(0) != QStringLiteral("short-lived"));
        QVERIFY(!editor->deleteButton()->isEnabled());   // a shipped one is shown now
        QCOMPARE(panel->listenResponderField()->findData(QStringLiteral("short-lived")), -1);
        QCOMPARE(panel->listenResponderField()->currentData().toString(), QString());
    }

    // The teacher's round trip: the page edited in the dialog, saved, and served by a listener
    // opened from the Listen form to curl; edited again and saved, curl gets the new page, and a
    // connection kept open (Python's http.client) gets it for its next request on the same socket.
    void savedResponderAnswersCurlAndReloads()
    {
        WindowFixture f;
        f.start();
        if (QTest::currentTestFailed())
            return;
        EndpointPanel *panel = f.window->endpointPanel();
        QTest::mouseClick(panel->editRespondersButton(), Qt::LeftButton);
        ResponderEditor *editor = panel->responderEditor();
        QTRY_VERIFY(editor && editor->isVisible());
        chooseByKeys(editor->responderField(), QStringLiteral("http"));
        typeInto(editor->nameField(), QStringLiteral("my-site"));
        clickRule(editor, QStringLiteral("page-answer"));
        RuleForm *form = editor->ruleForm();
        QCOMPARE(form->nameField()->text(), QStringLiteral("page-answer"));
        typeInto(form->bodyField(), QStringLiteral("<p>first page</p>"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));

        QCOMPARE(
            panel->listenResponderField()->currentData().toString(), QStringLiteral("my-site"));
        typeInto(panel->listenPortField(), QStringLiteral("0"));
        QTest::mouseClick(panel->listenButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.find(ConnectionRole::Listener, ConnectionState::Listening), TimeoutMs);
        const ConnectionInfo listener
            = *f.find(ConnectionRole::Listener, ConnectionState::Listening);
        QCOMPARE(curlBody(listener.localPort), QByteArray("<p>first page</p>"));

        QProcess kept;
        kept.start(QStringLiteral("python3"),
            { PeerProcess::script("http_keepalive.py"), QString::number(listener.localPort) });
        QByteArray line;
        PeerProcess::readLine(kept, &line, TimeoutMs);
        QCOMPARE(line, QByteArray("CONNECTED"));
        kept.write("get\n");
        PeerProcess::readLine(kept, &line, TimeoutMs);
        QCOMPARE(QByteArray::fromHex(line.mid(5)), QByteArray("<p>first page</p>"));

        typeInto(form->bodyField(), QStringLiteral("<p>second page</p>"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY2(editor->problemLabel()->text().startsWith(QStringLiteral("Saved as ")),
            qPrintable(editor->problemLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(SessionReader(f.session)
                                     .detail(listener.id, EventKind::Note)
                                     .startsWith(QStringLiteral("responder my-site reloaded")),
            TimeoutMs);
        QCOMPARE(curlBody(listener.localPort), QByteArray("<p>second page</p>"));

        kept.write("get\n");
        PeerProcess::readLine(kept, &line, TimeoutMs);
        QCOMPARE(QByteArray::fromHex(line.mid(5)), QByteArray("<p>second page</p>"));
        kept.closeWriteChannel();
        PeerProcess::waitForExit(kept, TimeoutMs);
        QCOMPARE(kept.exitCode(), 0);
    }
};

QTEST_MAIN(tst_ResponderEditor)
#include "tst_respondereditor.moc"
