// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

// A scroll area for a form that wraps to its width (labels that wrap, FlowLayout rows): it
// scrolls up and down only, and is never narrower than the form's minimum width, so a dock that
// holds it can be made short but not so narrow that a button is cut off at the right.
class VerticalScrollArea : public QScrollArea
{
public:
    explicit VerticalScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
