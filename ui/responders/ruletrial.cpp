// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruletrial.h"

#include "escapedtext.h"
#include "fixedpitchfont.h"
#include "payloadparser.h"
#include "responderengine.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

RuleTrial::RuleTrial(Source responder, QWidget *parent)
    : QWidget(parent)
    , m_responder(std::move(responder))
{
    m_sample = new QPlainTextEdit;
    m_sample->setFont(FixedPitchFont::font());
    m_sample->setTabChangesFocus(true);
    m_sample->setPlaceholderText(tr("What a peer sends, e.g. GET / HTTP/1.1 and an empty line"));
    m_sample->setFixedHeight(m_sample->fontMetrics().lineSpacing() * 4 + 12);
    m_lineEnding = new QComboBox;
    m_lineEnding->addItem(tr("Each line ends with CRLF (\\r\\n)"), int(LineEnding::CrLf));
    m_lineEnding->addItem(tr("Each line ends with LF (\\n)"), int(LineEnding::Lf));
    m_lineEnding->addItem(tr("Exactly as typed (escapes only)"), int(LineEnding::None));
    m_lineEnding->setToolTip(
        tr("A line break in the sample becomes these bytes, and so does the end of the "
           "last line: a line protocol answers only whole lines"));
    m_test = new QPushButton(tr("Test"));
    m_test->setToolTip(
        tr("Run the rules on the sample as a new connection that sends it, without a socket"));
    m_result = new QPlainTextEdit;
    m_result->setReadOnly(true);
    m_result->setFont(FixedPitchFont::font());
    m_result->setPlaceholderText(tr("Which rule answers, and the exact bytes it sends"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Sample input (escapes \\r \\n \\t \\xNN):")), 0, 0, 1, 2);
    layout->addWidget(m_sample, 1, 0, 1, 2);
    layout->addWidget(m_lineEnding, 2, 0);
    layout->addWidget(m_test, 2, 1);
    layout->addWidget(new QLabel(tr("What would happen:")), 3, 0, 1, 2);
    layout->addWidget(m_result, 4, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(4, 1);
    connect(m_test, &QPushButton::clicked, this, &RuleTrial::run);
}

QByteArray RuleTrial::sampleBytes(QString *error) const
{
    const auto ending = LineEnding(m_lineEnding->currentData().toInt());
    QString text = m_sample->toPlainText();
    QByteArray bytes;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ParsedPayload parsed = parseEscapedText(lines.at(i));
        if (!parsed.ok()) {
            *error = tr("Sample, line %1: %2").arg(i + 1).arg(parsed.error);
            return {};
        }
        bytes += parsed.bytes;
        if (ending == LineEnding::None) {
            if (i + 1 < lines.size())
                bytes += '\n';
        } else {
            bytes += lineEndingBytes(ending);
        }
    }
    return bytes;
}

void RuleTrial::run()
{
    QString error;
    const std::shared_ptr<const Responder> responder = m_responder(&error);
    if (!responder) {
        m_result->setPlainText(tr("Cannot test: %1").arg(error));
        return;
    }
    const QByteArray sample = sampleBytes(&error);
    if (!error.isEmpty()) {
        m_result->setPlainText(error);
        return;
    }
    ResponderEngine engine(responder, QStringLiteral("L1.1"), QStringLiteral("127.0.0.1:50000"));
    QList<ResponderEngine::Answer> answers = engine.connected();
    if (!sample.isEmpty())
        answers += engine.received(sample);
    QStringList shown;
    for (const ResponderEngine::Answer &answer : std::as_const(answers)) {
        if (!answer.note.isEmpty())
            shown << answer.note;
        for (const ResponderEngine::Step &step : answer.steps) {
            switch (step.kind) {
            case ResponderEngine::Step::Kind::Send:
                shown << tr("sends (length %1):").arg(step.bytes.size())
                      << EscapedText::ofBytes(step.bytes);
                break;
            case ResponderEngine::Step::Kind::Wait:
                shown << tr("waits %1 ms").arg(step.waitMs);
                break;
            case ResponderEngine::Step::Kind::Close:
                shown << tr("closes the connection (FIN)");
                break;
            case ResponderEngine::Step::Kind::Abort:
                shown << tr("aborts the connection (RST)");
                break;
            }
        }
    }
    if (shown.isEmpty())
        shown << tr("No rule answered (sample length %1).").arg(sample.size());
    if (!engine.state().isEmpty())
        shown << tr("The connection is now in state %1.").arg(engine.state());
    m_result->setPlainText(shown.join(QLatin1Char('\n')));
}
