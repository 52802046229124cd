// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetaildialog.h"

#include "eventdescription.h"
#include "fixedpitchfont.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

EventDetailDialog::EventDetailDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Event details"));
    m_fields = new QFormLayout;
    m_text = new QPlainTextEdit;
    m_text->setReadOnly(true);
    m_text->setFont(FixedPitchFont::font());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_fields);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void EventDetailDialog::setEvent(qint64 index)
{
    m_event = index;
    const EventDescription description = EventDescription::of(m_session, index, MaxBytes);
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    for (const EventDescription::Field &field : description.fields) {
        auto *value = new QLabel(field.value);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setTextFormat(Qt::PlainText);
        m_fields->addRow(field.label + QLatin1Char(':'), value);
    }
    m_text->setPlainText(description.text);
}

QString EventDetailDialog::shownText() const
{
    QStringList lines;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto *label
            = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value
            = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        lines << label->text() + QLatin1Char(' ') + value->text();
    }
    lines << m_text->toPlainText();
    return lines.join(QLatin1Char('\n'));
}
