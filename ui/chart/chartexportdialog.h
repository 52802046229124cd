// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "throughputchart.h"

#include <QDialog>

class QRadioButton;
class QSpinBox;

// Asks how to save the throughput chart: its size (1600×900 unless changed) and whether it
// shows the time range on screen or the whole session (the 60 s on screen are often empty).
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DefaultWidth = 1600;
    static constexpr int DefaultHeight = 900;

    explicit ChartExportDialog(QWidget *parent = nullptr);

    QSize chosenSize() const;
    ThroughputChart::SavedRange chosenRange() const;

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QRadioButton *wholeSessionButton() const { return m_wholeSession; }
    QRadioButton *shownButton() const { return m_shown; }

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QRadioButton *m_shown = nullptr;
    QRadioButton *m_wholeSession = nullptr;
};
