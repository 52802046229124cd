// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Runs every scenario of issue 4, each baseline beside SocketLab in the same run, each
// measurement in a process of its own, and prints the table of figures with their ratios and
// targets.
class Orchestrator
{
public:
    struct Settings
    {
        bool quick = false;
        QString directory; // where recordings and journals are written
        QStringList only; // scenario groups to run; empty: all
        double udpSeconds = 3; // how long the UDP sender floods (issue 16 asks for 10)
    };

    explicit Orchestrator(const Settings &settings);

    int run(); // 0 when every target is met

private:
    enum class Verdict { Pass, Fail, Info };
    struct Row
    {
        QString number;
        QString scenario;
        QString baseline;
        QString socketLab;
        QString ratio;
        QString target;
        Verdict verdict = Verdict::Info;
    };

    bool selected(const QString &group) const;
    QJsonObject measure(const QString &scenario, const QStringList &arguments, int timeoutMs);
    void addRow(const Row &row) { m_rows << row; }
    void detail(const QString &text);
    void printMachine();
    void printTable();

    void ingest();
    void closing();
    void memory();
    void manyConnections();
    void bigLog();
    void startup();
    void slowDisk();
    void peers(); // orchestratorpeers.cpp
    void responders(); // orchestratorresponders.cpp
    void udp(); // orchestratorudp.cpp
    void capture(); // orchestratorcapture.cpp

    Settings m_settings;
    QList<Row> m_rows;
    QStringList m_details;
    QList<double> m_commandLatencies; // ms, from every windowed flood
};
