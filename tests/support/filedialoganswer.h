// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QObject>
#include <QTest>
#include <QTimer>

// Answers the next file dialog as a user does: goes to the folder of path, types its file name
// and presses Enter (or Escape, for an empty path). Keeps the dialog's title to check. Start it
// before the action that opens the dialog. (The folder is set, not typed: a typed path opens
// the completer's popup, which takes the Enter.)
class FileDialogAnswer : public QObject
{
public:
    explicit FileDialogAnswer(const QString &path)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, path] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name
                = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name || answered)
                return;
            answered = true;
            title = dialog->windowTitle();
            if (path.isEmpty()) {
                QTest::keyClick(dialog, Qt::Key_Escape);
                return;
            }
            dialog->setDirectory(QFileInfo(path).absolutePath());
            name->selectAll();
            QTest::keyClicks(name, QFileInfo(path).fileName());
            QTest::keyClick(name, Qt::Key_Return);
        });
        m_timer.start(50);
    }

    bool answered = false;
    QString title;

private:
    QTimer m_timer;
};
