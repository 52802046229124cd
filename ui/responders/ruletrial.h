// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
struct Responder;

// "Test the rules": a sample of what a peer might send, run through the core's ResponderEngine
// on a pretend connection (no socket), and what would come back: the rule that answered each
// time (the log's note) and the exact bytes of every reply, waits, closes and aborts.
class RuleTrial : public QWidget
{
    Q_OBJECT

public:
    // responder(): the rules as the editor has them now, or null with the problem in *error.
    using Source = std::function<std::shared_ptr<const Responder>(QString *error)>;
    explicit RuleTrial(Source responder, QWidget *parent = nullptr);

    QPlainTextEdit *sampleField() const { return m_sample; }
    QComboBox *lineEndingField() const { return m_lineEnding; }
    QPushButton *testButton() const { return m_test; }
    QPlainTextEdit *resultView() const { return m_result; }

    void run();

private:
    QByteArray sampleBytes(QString *error) const;

    Source m_responder;
    QPlainTextEdit *m_sample = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_result = nullptr;
};
