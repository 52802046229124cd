// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendpanel.h"

#include "appsettings.h"
#include "closewording.h"
#include "filesendbar.h"
#include "flowlayout.h"
#include "session.h"
#include "udpdestination.h"
#include "udpsocket.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SendPanel::SendPanel(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_target = new QLabel;
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setWordWrap(true); // a long peer address must not make the panel wider than its dock
    m_mode = new QComboBox;
    m_mode->addItems({tr("Text"), tr("Hex"), tr("File")});
    m_mode->setToolTip(tr("Text understands \\r \\n \\t \\\\ \\0 and \\xNN; hex takes pairs like 48 65 6c 6c 6f; "
                          "File takes the path of a file to send, of any size."));
    m_input = new QLineEdit;
    // Short enough for the panel's width beside the buttons; the rest is in the tooltip.
    m_input->setPlaceholderText(tr("What to send, then Enter"));
    m_input->setToolTip(tr("Enter sends; Up and Down recall earlier sends"));
    m_input->installEventFilter(this);
    m_history = AppSettings().sendHistory();
    m_historyIndex = int(m_history.size());
    m_lineEnding = new QComboBox;
    m_lineEnding->addItems({ tr("No line ending"), tr("LF (\\n)"), tr("CRLF (\\r\\n)") });
    m_lineEnding->setToolTip(tr("Appended to every send: LF for Unix-style text protocols, CRLF "
                                "for HTTP, SMTP and Telnet"));
    m_repeat = new QSpinBox;
    m_repeat->setRange(1, 1000000);
    m_repeat->setPrefix(tr("× "));
    m_repeat->setToolTip(tr("How many times to send it"));
    m_interval = new QSpinBox;
    m_interval->setRange(0, 3600000);
    m_interval->setValue(100);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setToolTip(tr("Time between repeats"));
    m_send = new QPushButton(tr("Send"));
    m_send->setToolTip(tr("write(): hand the bytes to the kernel's send buffer"));
    m_destinationLabel = new QLabel(tr("To"));
    m_destination = new QLineEdit(AppSettings().udpDestination());
    m_destination->setPlaceholderText(tr("HOST:PORT, e.g. 127.0.0.1:5000"));
    m_destination->setToolTip(tr("sendto(): where Send puts each datagram from this UDP socket"));
    m_destinationLabel->setBuddy(m_destination);
    m_reply = new QPushButton(tr("Reply"));
    m_reply->setToolTip(tr("sendto() the peer of the selected datagram or peer row"));
    m_sendFile = new QPushButton(tr("Send file…"));
    m_sendFile->setToolTip(tr("Choose a file and send its contents, any size: read and written a chunk "
                              "at a time, as fast as the peer reads"));
    m_stopRepeating = new QPushButton(tr("Stop repeating"));
    m_stopRepeating->setToolTip(tr("Cancel the repeats still to come on this connection"));
    m_close = new QPushButton;
    m_abort = new QPushButton;
    m_pause = new QPushButton(tr("Pause reading"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(
        tr("Stop calling read(): the receive buffer fills, the TCP window closes and "
           "the peer's writes eventually block"));
    m_echo = new QCheckBox(tr("Echo"));
    m_echo->setToolTip(tr("Send every byte received on this connection straight back"));
    m_stopListening = new QPushButton(tr("Stop listening"));
    m_stopListening->setToolTip(tr("Close the listening socket; connections it accepted stay open"));
    m_fileBar = new FileSendBar;
    m_message = new QLabel;
    m_message->setStyleSheet(QStringLiteral("color: #D55E00;"));
    m_message->setWordWrap(true);

    // Rows that wrap like text: in a narrow dock (a projector's 1280×720, zoomed) the buttons go
    // to a line of their own instead of off the right edge.
    m_target->setWordWrap(true);
    auto *destinationRow = new FlowLayout;
    destinationRow->addWidget(m_destinationLabel);
    destinationRow->addWidget(m_destination, true);
    destinationRow->addWidget(m_reply);
    auto *sendRow = new FlowLayout;
    sendRow->addWidget(m_mode);
    sendRow->addWidget(m_input, true);
    sendRow->addWidget(m_send);
    auto *howRow = new FlowLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_lineEnding, m_repeat, m_interval, m_stopRepeating, m_sendFile })
        howRow->addWidget(widget);
    auto *actions = new FlowLayout;
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_close, m_abort, m_pause, m_echo, m_stopListening })
        actions->addWidget(widget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(destinationRow);
    layout->addLayout(sendRow);
    layout->addLayout(howRow);
    layout->addLayout(actions);
    layout->addWidget(m_fileBar);
    layout->addWidget(m_message);
    layout->addStretch(1);

    // Tab goes from where to what to send to Send, then to how to send it, then to the
    // connection's life.
    QWidget *previous = m_destination;
    for (QWidget *next : std::initializer_list<QWidget *> { m_reply, m_mode, m_input, m_send,
             m_lineEnding, m_repeat, m_interval, m_stopRepeating, m_sendFile, m_close, m_abort,
             m_pause, m_echo, m_stopListening }) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_input, &QLineEdit::textChanged, this, &SendPanel::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SendPanel::validate);
    connect(m_destination, &QLineEdit::textChanged, this, &SendPanel::validate);
    connect(m_destination, &QLineEdit::returnPressed, this, &SendPanel::send);
    connect(m_reply, &QPushButton::clicked, this, &SendPanel::reply);
    connect(
        m_input, &QLineEdit::returnPressed, this, [this] { isReplyTarget() ? reply() : send(); });
    connect(m_send, &QPushButton::clicked, this, &SendPanel::send);
    connect(m_sendFile, &QPushButton::clicked, this, &SendPanel::chooseFile);
    connect(m_stopRepeating, &QPushButton::clicked, this,
        [this] { m_workbench.stopRepeating(m_connection); });
    connect(m_close, &QPushButton::clicked, this, [this] { m_workbench.close(m_connection); });
    connect(m_abort, &QPushButton::clicked, this, [this] { m_workbench.abort(m_connection); });
    connect(m_pause, &QPushButton::clicked, this,
            [this](bool paused) { m_workbench.setReadingPaused(m_connection, paused); });
    connect(m_echo, &QCheckBox::clicked, this, [this](bool echo) { m_workbench.setEcho(m_connection, echo); });
    connect(m_stopListening, &QPushButton::clicked, this, [this] { m_workbench.stopListening(m_connection); });
    connect(m_fileBar, &FileSendBar::cancelClicked, this, [this] { m_workbench.cancelFileSend(m_connection); });
    setConnection(0);
}

void SendPanel::setConnection(ConnectionId id)
{
    m_connection = id;
    refresh();
}

void SendPanel::refresh()
{
    const auto info = m_workbench.session().connections().find(m_connection);
    const bool listener = info && info->isListener();
    const bool open = info && !info->isFinished();
    // A UDP peer row sends to its peer (a reply), a connected UDP socket to the one it connected
    // to.
    const bool connected = info && !listener && info->state == ConnectionState::Connected;
    if (!info) {
        m_target->setText(tr("Select a connection in the socket list to send on it."));
    } else if (info->state == ConnectionState::Failed) {
        m_target->setText(
            tr("<b>%1</b> failed: %2").arg(info->name, info->lastError.toHtmlEscaped()));
    } else if (listener && info->state != ConnectionState::Listening) {
        m_target->setText(tr("<b>%1</b> no longer listens on %2; its connections stay open.")
                              .arg(info->name, info->localEndpoint()));
    } else if (listener) {
        m_target->setText(tr("<b>%1</b> listens on %2; select one of its connections to send.")
                              .arg(info->name, info->localEndpoint()));
    } else if (info->role == ConnectionRole::UdpSocket) {
        m_target->setText(
            tr("Datagrams from <b>%1</b> %2 (%3) to the address in To; select a received "
               "datagram to reply")
                .arg(info->name, info->localEndpoint(), connectionStateName(info->state)));
    } else if (info->role == ConnectionRole::UdpPeer && info->peerAddress.isNull()) {
        m_target->setText(
            tr("<b>%1</b> stands for the peers beyond the cap: Send goes to the address in To")
                .arg(info->name));
    } else if (info->role == ConnectionRole::UdpPeer) {
        m_target->setText(tr("Reply goes to the peer <b>%1</b> %2; Send to the address in To")
                              .arg(info->name, info->peerEndpoint()));
    } else {
        m_target->setText(tr("Send on <b>%1</b> %2 → %3 (%4)")
                              .arg(info->name, info->localEndpoint(), info->peerEndpoint(),
                                  connectionStateName(info->state)));
    }
    const ParsedPayload parsed = payload();
    const bool datagrams = sendsDatagrams();
    const auto socket = m_workbench.session().connections().find(udpSocket());
    const bool socketOpen = datagrams && socket && !socket->isFinished();
    const bool fileMode = m_mode->currentIndex() == FileMode;
    const bool sendingFile = info && info->fileSendTotal >= 0;
    const bool typed = fileMode ? !sendingFile : parsed.ok() || parsed.incomplete;
    // Enabled for unfinished input too, so that Send can say what is missing.
    m_send->setEnabled((datagrams ? socketOpen : connected) && typed);
    m_send->setToolTip(datagrams ? tr("sendto(): one datagram to the address in To")
                                 : tr("write(): hand the bytes to the kernel's send buffer"));
    for (QWidget *widget : { static_cast<QWidget *>(m_destinationLabel),
             static_cast<QWidget *>(m_destination), static_cast<QWidget *>(m_reply) })
        widget->setVisible(datagrams);
    m_reply->setEnabled(isReplyTarget() && socketOpen && typed);
    m_input->setEnabled(!listener);
    m_sendFile->setEnabled(datagrams ? socketOpen : connected && !sendingFile);
    m_sendFile->setToolTip(info && info->isUdp()
            ? tr("Send a file's contents as one datagram of up to %1 bytes").arg(datagramLimit())
            : tr("Stream a file's contents, any size, as fast as the peer reads them"));
    for (QWidget *textOnly : {static_cast<QWidget *>(m_lineEnding), static_cast<QWidget *>(m_repeat),
                              static_cast<QWidget *>(m_interval)})
        textOnly->setEnabled(!fileMode);
    m_fileBar->show(info ? &*info : nullptr);
    m_stopRepeating->setEnabled(info && info->repeating);
    m_close->setEnabled(open);
    // Named for what the kind of socket does (a Unix socket has no FIN or RST); TCP until chosen.
    const EndpointKind kind = info ? info->kind : EndpointKind::Tcp;
    const auto withoutMnemonic = [](QString label) { return label.remove(QLatin1Char('&')); };
    m_close->setText(
        listener ? tr("Close listener") : withoutMnemonic(CloseWording::closeLabel(kind)));
    m_close->setToolTip(listener ? tr("Close the listening socket and the connections it accepted")
                                 : CloseWording::closeToolTip(kind));
    m_abort->setText(withoutMnemonic(CloseWording::abortLabel(kind)));
    m_abort->setToolTip(CloseWording::abortToolTip(kind));
    m_abort->setEnabled(open && !listener);
    m_pause->setEnabled(open && !listener);
    m_pause->setChecked(info && info->readingPaused);
    m_echo->setEnabled(open);
    m_echo->setChecked(info && info->echo);
    m_stopListening->setVisible(listener);
    m_stopListening->setEnabled(listener && info->state == ConnectionState::Listening);
}

ParsedPayload SendPanel::payload() const
{
    if (m_mode->currentIndex() == FileMode)
        return {};   // a path, not bytes: sendFile() reads the file
    ParsedPayload parsed = m_mode->currentIndex() == HexMode ? parseHexText(m_input->text())
                                                       : parseEscapedText(m_input->text());
    if (parsed.ok())
        parsed.bytes += lineEndingBytes(LineEnding(m_lineEnding->currentIndex()));
    return parsed;
}

// Checked on every keystroke, so it never touches the field: moving the cursor to the problem
// would scramble what is typed next. Text that stops mid-escape is what typing looks like
// half-way; only Send calls it an error.
void SendPanel::validate()
{
    const ParsedPayload parsed = payload();
    QString problem = parsed.incomplete ? QString() : parsed.error;
    if (problem.isEmpty() && sendsDatagrams() && !m_destination->text().trimmed().isEmpty())
        problem = UdpDestination::parse(m_destination->text()).error;
    m_message->setText(problem);
    refresh();
}

void SendPanel::send()
{
    if (m_mode->currentIndex() == FileMode) {
        if (m_send->isEnabled() && sendFile(m_input->text().trimmed()))
            remember(m_input->text());
        return;
    }
    const ParsedPayload parsed = payload();
    if (!parsed.ok()) {
        m_message->setText(parsed.error); // it names the position; the field stays as typed
        return;
    }
    const auto info = m_workbench.session().connections().find(m_connection);
    // An empty datagram is a datagram; an empty write() is nothing.
    if (parsed.bytes.isEmpty() && !(info && info->isUdp())) {
        m_message->setText(tr("Nothing to send: type some text or choose a line ending"));
        return;
    }
    if (!m_send->isEnabled())
        return;
    if (sendsDatagrams()) {
        if (!sendToDestination(parsed.bytes, m_repeat->value(), m_interval->value()))
            return;
    } else {
        m_workbench.send(m_connection, parsed.bytes, m_repeat->value(), m_interval->value());
    }
    m_message->clear();
    remember(m_input->text());
}

bool SendPanel::sendToDestination(const QByteArray &bytes, int count, int intervalMs)
{
    const UdpDestination to = UdpDestination::parse(m_destination->text());
    if (!to.ok()) {
        m_message->setText(to.error);
        m_destination->setFocus();
        return false;
    }
    m_workbench.sendTo(udpSocket(), to.address, to.port, bytes, count, intervalMs);
    AppSettings().setUdpDestination(m_destination->text().trimmed());
    return true;
}

void SendPanel::reply()
{
    const ParsedPayload parsed = payload();
    if (!parsed.ok()) {
        m_message->setText(parsed.error);
        return;
    }
    if (!m_reply->isEnabled()) {
        m_message->setText(tr("Select a received datagram in the log or a peer row to reply to"));
        return;
    }
    m_workbench.send(m_connection, parsed.bytes, m_repeat->value(), m_interval->value());
    m_message->clear();
    remember(m_input->text());
}

bool SendPanel::sendsDatagrams() const
{
    return udpSocket() != 0;
}

ConnectionId SendPanel::udpSocket() const
{
    const auto info = m_workbench.session().connections().find(m_connection);
    if (!info)
        return 0;
    if (info->role == ConnectionRole::UdpSocket)
        return info->id;
    return info->role == ConnectionRole::UdpPeer ? info->parent : 0;
}

bool SendPanel::isReplyTarget() const
{
    const auto info = m_workbench.session().connections().find(m_connection);
    return info && info->role == ConnectionRole::UdpPeer && !info->peerAddress.isNull();
}

int SendPanel::datagramLimit() const
{
    const auto info = m_workbench.session().connections().find(m_connection);
    if (!info || !info->isUdp())
        return 0;
    QHostAddress to = info->peerAddress;
    if (info->role == ConnectionRole::UdpSocket || !isReplyTarget()) {
        const UdpDestination destination = UdpDestination::parse(m_destination->text());
        to = destination.ok() ? destination.address : info->localAddress;
    }
    return to.protocol() == QAbstractSocket::IPv6Protocol ? UdpSocket::MaxPayloadIPv6
                                                          : UdpSocket::MaxPayloadIPv4;
}

void SendPanel::remember(const QString &text)
{
    if (!text.isEmpty()) {
        m_history.removeAll(text);
        m_history << text;
        while (m_history.size() > AppSettings::MaxSendHistory)
            m_history.removeFirst();
        AppSettings().addToSendHistory(text);
    }
    m_historyIndex = int(m_history.size());
    m_draft.clear();
}

void SendPanel::recall(int step)
{
    const int index = qBound(0, m_historyIndex + step, int(m_history.size()));
    if (index == m_historyIndex)
        return;
    if (m_historyIndex == m_history.size())
        m_draft = m_input->text(); // what was being typed comes back after the newest entry
    m_historyIndex = index;
    m_input->setText(index == m_history.size() ? m_draft : m_history.at(index));
}

bool SendPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            recall(key == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SendPanel::sendFile(const QString &path)
{
    // Checked here too, so the reason shows where the user looks; the core says it in the log.
    const QFileInfo file(path);
    if (path.isEmpty()) {
        m_message->setText(tr("Type the path of the file to send, or choose one with Send file…"));
        return false;
    }
    if (!file.isFile() || !file.isReadable()) {
        m_message->setText(!file.exists() ? tr("No such file: %1").arg(path)
                           : file.isFile() ? tr("Cannot read %1: permission denied").arg(path)
                                           : tr("%1 is not a file").arg(path));
        return false;
    }
    const int limit = datagramLimit();
    if (limit > 0) {
        // A datagram is sent whole or not at all: the file is one datagram.
        if (file.size() > limit) {
            m_message->setText(
                tr("Not sent: %1 is %L2 bytes, and one UDP datagram carries at most %L3 bytes")
                    .arg(path)
                    .arg(file.size())
                    .arg(limit));
            return false;
        }
        QFile contents(path);
        if (!contents.open(QIODevice::ReadOnly)) {
            m_message->setText(tr("Cannot read %1: %2").arg(path, contents.errorString()));
            return false;
        }
        if (sendsDatagrams() && !isReplyTarget()) {
            if (!sendToDestination(contents.readAll(), 1, 0))
                return false;
        } else {
            m_workbench.send(m_connection, contents.readAll());
        }
    } else {
        m_workbench.sendFile(m_connection, file.absoluteFilePath());
    }
    m_message->clear();
    return true;
}

void SendPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file's contents"));
    if (!path.isEmpty())
        sendFile(path);
}
