// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trafficevent.h"
#include "workbench.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class ResponderEditor;
class QStringListModel;

// The two forms that create sockets: a listener (kind; bind address and port, or a Unix socket
// file; echo, or a shipped or own responder that answers, with its editor a click away) and a client (kind; host and port, or a socket
// file; echo). Fields are checked as they are typed; a problem is shown under the field and the
// button stays disabled until it is fixed. What the system then refuses (a port in use, a socket
// file that is a regular file, permission denied) is shown there too, as well as in the log. The
// TCP fields remember their last use.
class EndpointPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointPanel(Workbench &workbench, QWidget *parent = nullptr);

    QComboBox *bindAddressField() const { return m_bindAddress; }
    QLineEdit *listenPortField() const { return m_listenPort; }
    QCheckBox *listenEchoBox() const { return m_listenEcho; }
    QComboBox *listenResponderField() const { return m_listenResponder; }
    QPushButton *editRespondersButton() const { return m_editResponders; }
    QPushButton *listenButton() const { return m_listenButton; }
    QLineEdit *hostField() const { return m_host; }
    QLineEdit *connectPortField() const { return m_connectPort; }
    QCheckBox *connectEchoBox() const { return m_connectEcho; }
    QPushButton *connectButton() const { return m_connectButton; }
    QLabel *listenMessage() const { return m_listenMessage; }
    QLabel *connectMessage() const { return m_connectMessage; }
    QComboBox *listenKindField() const { return m_listenKind; }
    QLineEdit *listenPathField() const { return m_listenPath; }
    QComboBox *connectKindField() const { return m_connectKind; }
    QLineEdit *connectPathField() const { return m_connectPath; }

    // The responder editor (one for the window), showing the responder chosen in the form.
    void editResponders();
    ResponderEditor *responderEditor() const { return m_responderEditor; }

    // Where a Unix listener goes unless the user says otherwise: the user's runtime directory.
    static QString defaultSocketPath();

private:
    QWidget *buildListenForm();
    QWidget *buildConnectForm();
    bool validateListen();
    QWidget *responderRow();
    void listResponders(const QString &select);
    // The chosen responder into options; false, with the reason under the form, when it cannot load.
    bool chooseResponder(Workbench::ListenOptions *options);
    bool validateConnect();
    void listen();
    void connectToHost();
    void restoreRecent();
    void showKindRows();
    // Polls the new socket's state for a while and shows the system's refusal under the form.
    void reportFailure(ConnectionId id, QLabel *message);

    Workbench &m_workbench;
    QFormLayout *m_listenForm = nullptr;
    QComboBox *m_listenKind = nullptr;
    QLineEdit *m_listenPath = nullptr;
    QFormLayout *m_connectForm = nullptr;
    QComboBox *m_connectKind = nullptr;
    QLineEdit *m_connectPath = nullptr;
    QComboBox *m_bindAddress = nullptr;
    QLineEdit *m_listenPort = nullptr;
    QCheckBox *m_listenEcho = nullptr;
    QComboBox *m_listenResponder = nullptr;   // a shipped or own responder's name, or none
    QPushButton *m_editResponders = nullptr;
    ResponderEditor *m_responderEditor = nullptr;   // made when first opened
    QPushButton *m_listenButton = nullptr;
    QLabel *m_listenMessage = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_connectPort = nullptr;
    QCheckBox *m_connectEcho = nullptr;
    QPushButton *m_connectButton = nullptr;
    QLabel *m_connectMessage = nullptr;
    QStringListModel *m_hostCompletions = nullptr;
};
