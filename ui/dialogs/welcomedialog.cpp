// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to SocketLab"));
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/socketlab.svg")).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>Welcome to SocketLab</h2>"));
    auto *intro = new QLabel(
        tr("Open listening and connecting TCP sockets, send bytes through them and watch "
           "every byte, state change and read() as it happens. Everything is recorded, "
           "so a session can be reopened and exported later."));
    intro->setWordWrap(true);

    m_echoDemo = new QCommandLinkButton(tr("&Echo demo"),
        tr("A listener that echoes on 127.0.0.1 and a client already connected "
           "to it: type in the send field and watch the bytes come back."));
    m_lessons = new QCommandLinkButton(tr("&Lessons"),
        tr("Step-by-step lessons: listen() and accept(), byte streams without "
           "message boundaries, FIN and RST, flow control."));
    m_open = new QCommandLinkButton(tr("&Open a recorded session…"),
        tr("Reopen a .socketlab file, read-only, to look at it again or export it."));
    m_empty = new QCommandLinkButton(tr("&Start with an empty workbench"),
        tr("Use the forms on the left to listen or connect."));
    m_showAtStart = new QCheckBox(tr("Show this page at start"));
    m_showAtStart->setChecked(!AppSettings().welcomeShown());

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(intro);
    header->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    for (QWidget *button : { m_echoDemo, m_lessons, m_open, m_empty })
        layout->addWidget(button);
    layout->addWidget(m_showAtStart);
    setMinimumWidth(560);

    connect(m_echoDemo, &QCommandLinkButton::clicked, this, [this] {
        accept();
        Q_EMIT echoDemoRequested();
    });
    connect(m_lessons, &QCommandLinkButton::clicked, this, [this] {
        accept();
        Q_EMIT lessonsRequested();
    });
    connect(m_open, &QCommandLinkButton::clicked, this, [this] {
        accept();
        Q_EMIT openSessionRequested();
    });
    connect(m_empty, &QCommandLinkButton::clicked, this, &QDialog::accept);
    // Whatever way the page is left, the check box decides whether it comes back.
    connect(this, &QDialog::finished, this,
        [this] { AppSettings().setWelcomeShown(!m_showAtStart->isChecked()); });
    m_echoDemo->setFocus();
}
