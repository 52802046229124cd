// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpane.h"

#include "bytelogfilter.h"
#include "bytelogmodel.h"
#include "bytelogview.h"
#include "eventdetaildialog.h"
#include "flowlayout.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

LogPane::LogPane(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new ByteLogModel(session, this);
    m_filter = new ByteLogFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new ByteLogView;
    m_view->setModel(m_filter);

    m_connectionFilter = new QComboBox;
    m_connectionFilter->setToolTip(
        tr("Show one connection (a listener includes the connections it accepted)"));
    m_connectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_directionFilter = new QComboBox;
    m_directionFilter->addItems({ tr("All events"), tr("← Received"), tr("→ Sent"), tr("Data only"),
        tr("Socket events only") });
    m_directionFilter->setToolTip(
        tr("Show received bytes, sent bytes, all data, or only socket events "
           "(listen, accept, connect, close)"));
    m_textFilter = new QLineEdit;
    m_textFilter->setPlaceholderText(tr("Find text in the log…"));
    m_textFilter->setClearButtonEnabled(true);
    // Room for the whole placeholder beside the clear button: a cut "Find text in the..." hides
    // what the field is for.
    m_textFilter->setMinimumWidth(
        m_textFilter->fontMetrics().horizontalAdvance(m_textFilter->placeholderText())
        + 3 * m_textFilter->fontMetrics().height());
    m_wallClock = new QCheckBox(tr("Wall clock"));
    m_wallClock->setToolTip(
        tr("Show the time of day instead of seconds since the session started"));
    m_follow = new QCheckBox(tr("Follow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(
        tr("Keep the newest row in view; scrolling up stops following, scrolling to "
           "the bottom resumes it"));

    connect(m_connectionFilter, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setConnection(m_connectionFilter->currentData().toUInt()); });
    connect(m_directionFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setDirection(ByteLogFilter::DirectionFilter(index)); });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ByteLogFilter::setText);
    connect(m_wallClock, &QCheckBox::toggled, this, [this](bool wall) {
        m_model->setTimeFormat(
            wall ? ByteLogModel::TimeFormat::WallClock : ByteLogModel::TimeFormat::SinceStart);
    });
    m_filterCount = new QLabel;
    m_filterCount->setToolTip(tr("Rows the filters show, of every row in the log"));
    m_filterCount->hide();
    for (const auto signal :
        { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &LogPane::refreshFilterCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogPane::refreshFilterCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LogPane::refreshFilterCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogPane::refreshFilterCount);
    connect(m_view, &QAbstractItemView::activated, this, &LogPane::showEventDetails);

    connect(m_follow, &QCheckBox::clicked, m_view, &ByteLogView::setFollowing);
    connect(m_view, &ByteLogView::followingChanged, m_follow, &QCheckBox::setChecked);

    // The filters wrap to a second line in a narrow window (a projector, zoomed in) rather than
    // make the log wider than the screen leaves it.
    auto *bar = new FlowLayout;
    bar->addWidget(m_connectionFilter);
    bar->addWidget(m_directionFilter);
    bar->addWidget(m_textFilter, true);
    bar->addWidget(m_filterCount);
    bar->addWidget(m_wallClock);
    bar->addWidget(m_follow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    refreshConnections();
}

void LogPane::focusTextFilter()
{
    m_textFilter->setFocus();
    m_textFilter->selectAll();
}

void LogPane::clearFilters()
{
    m_textFilter->clear();
    m_connectionFilter->setCurrentIndex(0);
    m_directionFilter->setCurrentIndex(0);
}

void LogPane::refreshConnections()
{
    const QList<ConnectionInfo> all = m_session.connections().snapshot();
    if (m_connectionFilter->count() == all.size() + 1)
        return; // names never change, so the same count means the same list
    const ConnectionId selected = m_connectionFilter->currentData().toUInt();
    const QSignalBlocker blocker(m_connectionFilter);
    m_connectionFilter->clear();
    m_connectionFilter->addItem(tr("All connections"), 0u);
    for (const ConnectionInfo &info : all)
        m_connectionFilter->addItem(info.name, info.id);
    m_connectionFilter->setCurrentIndex(qMax(0, m_connectionFilter->findData(selected)));
}

void LogPane::refreshFilterCount()
{
    m_filterCount->setVisible(m_filter->isFiltering());
    if (m_filterCount->isHidden())
        return;
    const QLocale locale;
    m_filterCount->setText(
        tr("%1 of %2")
            .arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

void LogPane::showEventDetails(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    if (!m_details) {
        m_details = new EventDetailDialog(m_session, this);
        m_details->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_details->setEvent(row.data(ByteLogModel::EventIndexRole).toLongLong());
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
}
