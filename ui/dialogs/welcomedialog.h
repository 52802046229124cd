// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QCommandLinkButton;

// The page shown on first start (and from Help → Welcome): what SocketLab is, and three ways
// in: a one-click echo demo, the lessons, or a recorded session. It only asks; the main window
// does what was chosen.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    QCommandLinkButton *echoDemoButton() const { return m_echoDemo; }
    QCommandLinkButton *lessonsButton() const { return m_lessons; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *emptyButton() const { return m_empty; }
    QCheckBox *showAtStartBox() const { return m_showAtStart; }

Q_SIGNALS:
    void echoDemoRequested();
    void lessonsRequested();
    void openSessionRequested();

private:
    QCommandLinkButton *m_echoDemo = nullptr;
    QCommandLinkButton *m_lessons = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_empty = nullptr;
    QCheckBox *m_showAtStart = nullptr;
};
