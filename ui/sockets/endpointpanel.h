// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class Workbench;

// The two forms that create sockets: a listener (bind address, port, echo) and a client
// (host, port, echo). Fields are checked as they are typed; a problem is shown under the field
// and the button stays disabled until it is fixed. The fields remember their last use.
class EndpointPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointPanel(Workbench &workbench, QWidget *parent = nullptr);

    QComboBox *bindAddressField() const { return m_bindAddress; }
    QLineEdit *listenPortField() const { return m_listenPort; }
    QCheckBox *listenEchoBox() const { return m_listenEcho; }
    QPushButton *listenButton() const { return m_listenButton; }
    QLineEdit *hostField() const { return m_host; }
    QLineEdit *connectPortField() const { return m_connectPort; }
    QCheckBox *connectEchoBox() const { return m_connectEcho; }
    QPushButton *connectButton() const { return m_connectButton; }
    QLabel *listenMessage() const { return m_listenMessage; }
    QLabel *connectMessage() const { return m_connectMessage; }

private:
    QWidget *buildListenForm();
    QWidget *buildConnectForm();
    bool validateListen();
    bool validateConnect();
    void listen();
    void connectToHost();
    void restoreRecent();

    Workbench &m_workbench;
    QComboBox *m_bindAddress = nullptr;
    QLineEdit *m_listenPort = nullptr;
    QCheckBox *m_listenEcho = nullptr;
    QPushButton *m_listenButton = nullptr;
    QLabel *m_listenMessage = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_connectPort = nullptr;
    QCheckBox *m_connectEcho = nullptr;
    QPushButton *m_connectButton = nullptr;
    QLabel *m_connectMessage = nullptr;
    QStringListModel *m_hostCompletions = nullptr;
};
