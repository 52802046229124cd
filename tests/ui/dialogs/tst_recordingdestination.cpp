// SPDX-License-Identifier: GPL-3.0-or-later
// The window's --record path: where recording would replace a file that is not a session, or a
// symbolic link, the user is asked, and the answer decides; a session is refused without a
// question. The message box is answered the way a user does: Escape keeps the file, a click on
// "Replace" replaces it (a link itself, never what it points to).
#include "recordingdestination.h"
#include "session.h"

#include "filecontents.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {


void clickReplace(QMessageBox *box)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QStringLiteral("Replace"))
            QTest::mouseClick(button, Qt::LeftButton);
    }
}

} // namespace

class tst_RecordingDestination : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_question;   // the text of the last message box answered

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    // Starts recording at path, answering the message box (if one comes) with answer.
    bool start(Session &session, const QString &path, const std::function<void(QMessageBox *)> &answer,
               QString *error)
    {
        m_question.clear();
        QTimer answering;
        connect(&answering, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_question = box->text() + QLatin1Char('\n') + box->informativeText();
                answer(box);
            }
        });
        answering.start(20);
        return RecordingDestination::startRecording(session, path, Session::PathChoice::ByUser, nullptr, error);
    }

private Q_SLOTS:
    void escapeKeepsAFileThatIsNotASession()
    {
        const QString notes = write(QStringLiteral("notes.txt"), "my notes\n");
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY(!start(session, notes, [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); }, &error));
        QVERIFY2(m_question.contains(QStringLiteral("is not a SocketLab session")), qPrintable(m_question));
        QVERIFY2(error.contains(QStringLiteral("is not a SocketLab session")), qPrintable(error));
        QCOMPARE(fileContents(notes), QByteArray("my notes\n"));
    }
    void enterKeepsTheFileToo()
    {
        const QString notes = write(QStringLiteral("notes2.txt"), "my notes\n");
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY(!start(session, notes, [](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); }, &error));
        QCOMPARE(fileContents(notes), QByteArray("my notes\n"));
    }
    void replaceRecordsOverAFileThatIsNotASession()
    {
        const QString notes = write(QStringLiteral("notes3.txt"), "my notes\n");
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(start(session, notes,
                       clickReplace,
                       &error),
                 qPrintable(error));
        QVERIFY(session.flush());
        QCOMPARE(fileContents(notes).left(Journal::Magic.size()), Journal::Magic);
    }
    void replaceRecordsInPlaceOfALinkNotThroughIt()
    {
        const QString target = write(QStringLiteral("target.txt"), "what the link points to\n");
        const QString link = m_dir.filePath(QStringLiteral("link.socketlab"));
        QVERIFY(QFile::link(target, link));
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY2(start(session, link,
                       clickReplace,
                       &error),
                 qPrintable(error));
        QVERIFY2(m_question.contains(QStringLiteral("symbolic link")), qPrintable(m_question));
        QVERIFY(session.flush());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(fileContents(link).left(Journal::Magic.size()), Journal::Magic);
        QCOMPARE(fileContents(target), QByteArray("what the link points to\n"));
    }
    void aSessionIsRefusedWithoutAQuestion()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.socketlab"));
        {
            Session recorded(std::make_unique<SessionClock>());
            QString error;
            QVERIFY2(recorded.startRecording(old, &error), qPrintable(error));
            recorded.recordText(0, EventKind::Note, QStringLiteral("something happened"));
        }
        const QByteArray before = fileContents(old);
        Session session(std::make_unique<SessionClock>());
        QString error;
        QVERIFY(!start(session, old, [](QMessageBox *box) { box->accept(); }, &error));
        QCOMPARE(m_question, QString());
        QVERIFY2(error.contains(QStringLiteral("is a recorded session")), qPrintable(error));
        QCOMPARE(fileContents(old), before);
    }
};

QTEST_MAIN(tst_RecordingDestination)

#include "tst_recordingdestination.moc"
