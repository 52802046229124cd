// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesendbar.h"

#include "connectioninfo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace {

// The bar counts in thousandths: a file's size does not fit QProgressBar's int.
constexpr int Steps = 1000;

} // namespace

FileSendBar::FileSendBar(QWidget *parent)
    : QWidget(parent)
{
    m_label = new QLabel(tr("Sending a file:"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, Steps);
    m_cancel = new QPushButton(tr("Cancel file"));
    m_cancel->setToolTip(
        tr("Stop sending the file: nothing more of it is read or written; what the "
           "kernel already has still reaches the peer"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &FileSendBar::cancelClicked);
    setVisible(false);
}

void FileSendBar::show(const ConnectionInfo *info)
{
    const bool sending = info && info->fileSendTotal >= 0;
    setVisible(sending);
    if (!sending)
        return;
    const qint64 total = info->fileSendTotal;
    const qint64 done = info->fileSendDone;
    m_progress->setValue(total > 0 ? int(done * Steps / total) : Steps);
    const QLocale locale;
    m_progress->setFormat(
        tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    m_progress->setToolTip(tr("%1 of %2 bytes handed to the socket").arg(done).arg(total));
}
