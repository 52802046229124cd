// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointpanel.h"

#include "ownresponders.h"
#include "respondereditor.h"
#include "responderloader.h"
#include "appsettings.h"
#include "endpointaddress.h"
#include "flowlayout.h"
#include "session.h"
#include "workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #D55E00;"));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool bindsEverywhere(const QHostAddress &address)
{
    return address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 || address == QHostAddress::Any;
}

constexpr int FailurePollMs = 100;
constexpr int FailurePolls = 50;   // the system answers a bind() or a Unix connect() at once

// A combo box that can be narrower than its longest entry: the dock is as wide as a projector
// leaves it, and the open list shows the entries whole.
QComboBox *narrowComboBox()
{
    auto *box = new QComboBox;
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

// The form of one kind of socket, its title the calls it makes. The title is a label that wraps,
// not the group box's own (which is never narrower than its text); long rows put the field under
// its label, so the form follows the dock's width instead of scrolling sideways.
QFormLayout *socketForm(QGroupBox *box, const QString &title)
{
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *heading = new QLabel(title);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    form->addRow(heading);
    return form;
}

// The echo box and the form's button, on one line while there is room, the button on a line of
// its own when not.
FlowLayout *buttonRow(QCheckBox *echo, QPushButton *button)
{
    auto *row = new FlowLayout;
    row->addWidget(echo, true);
    row->addWidget(button);
    return row;
}

QComboBox *kindField()
{
    auto *kind = narrowComboBox();
    kind->addItem(QObject::tr("TCP (network)"), int(EndpointKind::Tcp));
    kind->addItem(QObject::tr("UDP (datagrams)"), int(EndpointKind::Udp));
    kind->addItem(QObject::tr("Unix domain (this computer)"), int(EndpointKind::Unix));
    kind->setToolTip(QObject::tr("TCP: an IP address and a port, reachable over the network. UDP: the same "
                                 "addresses, but datagrams: each keeps its boundaries, none is resent, and "
                                 "there is no connection to accept. Unix domain: a socket file (or an "
                                 "@abstract name) that only processes on this computer can reach; the file's "
                                 "permissions say who may connect."));
    return kind;
}

QLineEdit *pathField(const QString &text)
{
    auto *path = new QLineEdit(text);
    path->setToolTip(QObject::tr("A socket file path such as /tmp/lab.sock, or an abstract name such as @lab "
                                 "(Linux: no file, gone with the socket)"));
    return path;
}

EndpointKind kindOf(const QComboBox *field)
{
    return EndpointKind(field->currentData().toInt());
}

} // namespace

EndpointPanel::EndpointPanel(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildListenForm());
    layout->addWidget(buildConnectForm());
    restoreRecent();
    showKindRows();
    validateListen();
    validateConnect();
}

QString EndpointPanel::defaultSocketPath()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString directory = !runtime.isEmpty() && QDir(runtime).exists() ? runtime : QDir::tempPath();
    return QDir(directory).filePath(QStringLiteral("socketlab.sock"));
}

void EndpointPanel::showKindRows()
{
    const bool unixListen = kindOf(m_listenKind) == EndpointKind::Unix;
    m_listenForm->setRowVisible(m_bindAddress, !unixListen);
    m_listenForm->setRowVisible(m_listenPort, !unixListen);
    m_listenForm->setRowVisible(m_listenPath, unixListen);
    const bool unixConnect = kindOf(m_connectKind) == EndpointKind::Unix;
    m_connectForm->setRowVisible(m_host, !unixConnect);
    m_connectForm->setRowVisible(m_connectPort, !unixConnect);
    m_connectForm->setRowVisible(m_connectPath, unixConnect);
}

QWidget *EndpointPanel::buildListenForm()
{
    auto *box = new QGroupBox;
    QFormLayout *form = socketForm(box, tr("Listen: socket(), bind(), listen()"));
    m_listenForm = form;
    m_listenKind = kindField();
    m_listenPath = pathField(defaultSocketPath());

    m_bindAddress = narrowComboBox(); // an IPv6 address of this machine is long
    m_bindAddress->setEditable(true);
    m_bindAddress->setToolTip(tr("The local address to bind. 127.0.0.1 and ::1 (loopback) are reachable "
                                 "only from this computer; 0.0.0.0 and :: accept connections from the "
                                 "whole network."));
    QStringList addresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0"),
                          QStringLiteral("::")};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        const QString text = address.toString();
        if (!addresses.contains(text) && !address.isLinkLocal())
            addresses << text;
    }
    m_bindAddress->addItems(addresses);

    m_listenPort = new QLineEdit(QStringLiteral("0"));
    m_listenPort->setToolTip(tr("0 lets the system choose a free port; the chosen port is shown in the "
                                "socket list."));
    m_listenEcho = new QCheckBox(tr("Echo what arrives"));
    m_listenEcho->setToolTip(tr("Send every received byte straight back, like an echo server."));
    QWidget *answerWith = responderRow();
    m_listenButton = new QPushButton(tr("Listen"));
    m_listenButton->setToolTip(tr("listen(): the socket waits for connections; each one accepted appears "
                                  "under it in the socket list"));
    m_listenMessage = messageLabel();

    form->addRow(tr("Kind"), m_listenKind);
    form->addRow(tr("Address"), m_bindAddress);
    form->addRow(tr("Port"), m_listenPort);
    form->addRow(tr("Socket file"), m_listenPath);
    form->addRow(tr("Answer with"), answerWith);
    form->addRow(buttonRow(m_listenEcho, m_listenButton));
    form->addRow(m_listenMessage);

    connect(m_bindAddress, &QComboBox::currentTextChanged, this, &EndpointPanel::validateListen);
    connect(m_listenPort, &QLineEdit::textChanged, this, &EndpointPanel::validateListen);
    connect(m_listenPort, &QLineEdit::returnPressed, this, &EndpointPanel::listen);
    connect(m_listenPath, &QLineEdit::textChanged, this, &EndpointPanel::validateListen);
    connect(m_listenPath, &QLineEdit::returnPressed, this, &EndpointPanel::listen);
    connect(m_listenKind, &QComboBox::currentIndexChanged, this, [this] {
        showKindRows();
        validateListen();
    });
    connect(m_listenButton, &QPushButton::clicked, this, &EndpointPanel::listen);
    return box;
}

// The shipped responders (docs/responders.md), then the user's own, each with its description
// as a tooltip: an accepted connection, or a UDP peer, is answered by its rules. "Edit…" opens
// the responder editor on the one chosen.
QWidget *EndpointPanel::responderRow()
{
    m_listenResponder = narrowComboBox();
    m_listenResponder->setToolTip(tr("A responder answers each connection the listener accepts (each peer of a "
                                     "UDP socket) by its rules, like a small server: http, smtp, echo-upper, "
                                     "line-counter, or one of your own"));
    listResponders(QString());
    m_editResponders = new QPushButton(tr("Edit…"));
    m_editResponders->setToolTip(tr("Open the responder editor: see a responder's rules, test them on sample "
                                    "input, and save your own"));
    connect(m_editResponders, &QPushButton::clicked, this, &EndpointPanel::editResponders);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_listenResponder, 1);
    layout->addWidget(m_editResponders);
    return row;
}

void EndpointPanel::listResponders(const QString &select)
{
    QComboBox *field = m_listenResponder;
    field->clear();
    field->addItem(tr("Nothing (or echo)"), QString());
    field->setItemData(0, tr("No responder: what arrives is only recorded (and echoed when Echo is on)"),
                       Qt::ToolTipRole);
    const auto add = [field](const QString &label, const QString &name) {
        QString ignored;
        const auto responder = ResponderLoader::find(name, &ignored);
        field->addItem(label, name);
        field->setItemData(field->count() - 1, responder ? responder->description : ignored, Qt::ToolTipRole);
    };
    const QStringList shipped = ResponderLoader::builtInNames();
    for (const QString &name : shipped)
        add(tr("responder %1").arg(name), name);
    for (const QString &name : OwnResponders::names()) {
        if (!shipped.contains(name))
            add(tr("%1 (yours)").arg(name), name);
    }
    field->setCurrentIndex(qMax(0, field->findData(select)));
}

void EndpointPanel::editResponders()
{
    if (!m_responderEditor) {
        m_responderEditor = new ResponderEditor(m_workbench, this);
        // A responder just saved is most likely the one to listen with next.
        connect(m_responderEditor, &ResponderEditor::saved, this, &EndpointPanel::listResponders);
        connect(m_responderEditor, &ResponderEditor::deleted, this, [this] {
            listResponders(m_listenResponder->currentData().toString());
        });
    }
    const QString chosen = m_listenResponder->currentData().toString();
    m_responderEditor->open(chosen.isEmpty() ? QStringLiteral("http") : chosen);
}

bool EndpointPanel::chooseResponder(Workbench::ListenOptions *options)
{
    const QString name = m_listenResponder->currentData().toString();
    if (name.isEmpty())
        return true;
    QString error;
    options->responder = ResponderLoader::find(name, &error);
    if (!options->responder)
        m_listenMessage->setText(error);
    return options->responder != nullptr;
}

QWidget *EndpointPanel::buildConnectForm()
{
    auto *box = new QGroupBox;
    QFormLayout *form = socketForm(box, tr("Connect: socket(), connect()"));
    m_connectForm = form;
    m_connectKind = kindField();
    m_connectPath = pathField(defaultSocketPath());
    m_host = new QLineEdit(QStringLiteral("localhost"));
    m_host->setToolTip(tr("A host name (looked up first), an IPv4 address or an IPv6 address."));
    m_connectPort = new QLineEdit;
    m_connectPort->setPlaceholderText(tr("1 to 65535"));
    m_connectEcho = new QCheckBox(tr("Echo what arrives"));
    m_connectEcho->setToolTip(tr("Send every received byte straight back, like an echo server."));
    m_connectButton = new QPushButton(tr("Connect"));
    m_connectButton->setToolTip(tr("connect(): the TCP handshake (SYN, SYN-ACK, ACK); 'connection refused' "
                                   "means nothing listens on that port"));
    m_connectMessage = messageLabel();

    form->addRow(tr("Kind"), m_connectKind);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_connectPort);
    form->addRow(tr("Socket file"), m_connectPath);
    form->addRow(buttonRow(m_connectEcho, m_connectButton));
    form->addRow(m_connectMessage);

    connect(m_host, &QLineEdit::textChanged, this, &EndpointPanel::validateConnect);
    connect(m_connectPort, &QLineEdit::textChanged, this, &EndpointPanel::validateConnect);
    connect(m_host, &QLineEdit::returnPressed, this, &EndpointPanel::connectToHost);
    connect(m_connectPort, &QLineEdit::returnPressed, this, &EndpointPanel::connectToHost);
    connect(m_connectButton, &QPushButton::clicked, this, &EndpointPanel::connectToHost);
    connect(m_connectPath, &QLineEdit::textChanged, this, &EndpointPanel::validateConnect);
    connect(m_connectPath, &QLineEdit::returnPressed, this, &EndpointPanel::connectToHost);
    connect(m_connectKind, &QComboBox::currentIndexChanged, this, [this] {
        showKindRows();
        validateConnect();
    });
    return box;
}

bool EndpointPanel::validateListen()
{
    if (kindOf(m_listenKind) == EndpointKind::Unix) {
        const ParsedEndpoint path = parseUnixAddress(m_listenPath->text());
        showMessage(m_listenMessage, path.error);
        m_listenButton->setEnabled(path.ok());
        return path.ok();
    }
    const ParsedEndpoint host = parseHost(m_bindAddress->currentText());
    const ParsedEndpoint port = parsePort(m_listenPort->text());
    QString message;
    if (!host.ok())
        message = host.error;
    else if (host.address.isNull())
        message = tr("Bind to an IP address of this computer, not a name");
    else if (!port.ok())
        message = port.error;
    else if (bindsEverywhere(host.address))
        message = tr("Warning: %1 accepts connections from every network this computer is on.")
                      .arg(host.address.toString());
    const bool ok = host.ok() && !host.address.isNull() && port.ok();
    showMessage(m_listenMessage, message);
    m_listenButton->setEnabled(ok);
    return ok;
}

bool EndpointPanel::validateConnect()
{
    if (kindOf(m_connectKind) == EndpointKind::Unix) {
        const ParsedEndpoint path = parseUnixAddress(m_connectPath->text());
        showMessage(m_connectMessage, path.error);
        m_connectButton->setEnabled(path.ok());
        return path.ok();
    }
    const ParsedEndpoint host = parseHost(m_host->text());
    ParsedEndpoint port = parsePort(m_connectPort->text());
    if (port.ok() && port.port == 0)
        port.error = tr("Port 0 cannot be connected to: enter the server's port");
    QString message;
    if (!host.ok())
        message = host.error;
    else if (!port.ok() && !m_connectPort->text().isEmpty())
        message = port.error;
    showMessage(m_connectMessage, message);
    const bool ok = host.ok() && port.ok();
    m_connectButton->setEnabled(ok);
    return ok;
}

void EndpointPanel::listen()
{
    if (!validateListen())
        return;
    if (kindOf(m_listenKind) == EndpointKind::Unix) {
        Workbench::ListenOptions options
            = Workbench::ListenOptions::at(parseUnixAddress(m_listenPath->text()), m_listenEcho->isChecked());
        if (chooseResponder(&options))
            reportFailure(m_workbench.listen(options), m_listenMessage);
        return;
    }
    const ParsedEndpoint host = parseHost(m_bindAddress->currentText());
    const quint16 port = parsePort(m_listenPort->text()).port;
    Workbench::ListenOptions options{host.address, port, m_listenEcho->isChecked()};
    options.kind = kindOf(m_listenKind);   // TCP or UDP: the same address fields
    if (!chooseResponder(&options))
        return;
    reportFailure(m_workbench.listen(options), m_listenMessage);
    AppSettings settings;
    settings.addRecentBindAddress(m_bindAddress->currentText());
    settings.setListenPort(port);
    settings.setListenEcho(m_listenEcho->isChecked());
}

void EndpointPanel::connectToHost()
{
    if (!validateConnect())
        return;
    if (kindOf(m_connectKind) == EndpointKind::Unix) {
        reportFailure(m_workbench.connectTo(Workbench::ConnectOptions::to(parseUnixAddress(m_connectPath->text()),
                                                                          m_connectEcho->isChecked())),
                      m_connectMessage);
        return;
    }
    const quint16 port = parsePort(m_connectPort->text()).port;
    Workbench::ConnectOptions options{parseHost(m_host->text()).host, port, m_connectEcho->isChecked(), 0};
    options.kind = kindOf(m_connectKind);   // TCP or UDP: the same address fields
    reportFailure(m_workbench.connectTo(options), m_connectMessage);
    AppSettings settings;
    settings.addRecentHost(m_host->text());
    settings.setConnectPort(port);
    settings.setConnectEcho(m_connectEcho->isChecked());
    m_hostCompletions->setStringList(settings.recentHosts());
}

// The fields start as they were last used; the recent hosts are offered as completions.
void EndpointPanel::restoreRecent()
{
    const AppSettings settings;
    const QStringList addresses = settings.recentBindAddresses();
    for (const QString &address : addresses) {
        if (m_bindAddress->findText(address) < 0)
            m_bindAddress->addItem(address);
    }
    if (!addresses.isEmpty())
        m_bindAddress->setCurrentText(addresses.constFirst());
    m_listenPort->setText(QString::number(settings.listenPort()));
    m_listenEcho->setChecked(settings.listenEcho());

    const QStringList hosts = settings.recentHosts();
    m_hostCompletions = new QStringListModel(hosts, this);
    auto *completer = new QCompleter(m_hostCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_host->setCompleter(completer);
    m_host->setText(hosts.constFirst());
    if (settings.connectPort() > 0)
        m_connectPort->setText(QString::number(settings.connectPort()));
    m_connectEcho->setChecked(settings.connectEcho());
}

void EndpointPanel::reportFailure(ConnectionId id, QLabel *message)
{
    auto *poll = new QTimer(this);
    poll->setInterval(FailurePollMs);
    auto polls = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, id, message, poll, polls] {
        const auto info = m_workbench.session().connections().find(id);
        // Failed and ended: a host name's first address may fail while the next one connects.
        const bool failed = info && info->state == ConnectionState::Failed && info->closedNs >= 0;
        if (failed)
            showMessage(message, info->lastError);
        if (failed || (info && info->state != ConnectionState::Opening && info->state != ConnectionState::LookingUp
                       && info->state != ConnectionState::Connecting)
            || ++*polls >= FailurePolls)
            poll->deleteLater();
    });
    poll->start();
}
