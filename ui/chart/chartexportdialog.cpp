// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int MinSide = 200;
constexpr int MaxSide = 10000;

QSpinBox *sideBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(MinSide, MaxSide);
    box->setValue(value);
    return box;
}

} // namespace

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save the throughput chart"));
    m_width = sideBox(DefaultWidth);
    m_width->setObjectName(QStringLiteral("chartWidth"));
    m_height = sideBox(DefaultHeight);
    m_height->setObjectName(QStringLiteral("chartHeight"));
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(m_height);
    size->addWidget(new QLabel(tr("pixels (points in a PDF)")));
    size->addStretch();

    m_shown = new QRadioButton(tr("The &time shown in the chart"));
    m_wholeSession = new QRadioButton(tr("The &whole session"));
    m_wholeSession->setChecked(true);
    auto *range = new QVBoxLayout;
    range->addWidget(m_shown);
    range->addWidget(m_wholeSession);

    auto *form = new QFormLayout;
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, size);
    form->addRow(tr("Time range:"), range);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ChartExportDialog::chosenSize() const
{
    return { m_width->value(), m_height->value() };
}

ThroughputChart::SavedRange ChartExportDialog::chosenRange() const
{
    return m_wholeSession->isChecked() ? ThroughputChart::SavedRange::WholeSession
                                       : ThroughputChart::SavedRange::Shown;
}
