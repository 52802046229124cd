// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new line when the next one does not fit, like
// words in a paragraph: a row of buttons in a narrow dock wraps instead of forcing the dock (or
// a scroll area) wider. Its minimum width is that of its widest item; its height follows its
// width (heightForWidth), so a QScrollArea or a dock gives it the lines it needs. An item added
// with stretch takes the rest of its line.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // Adds widget; a stretching widget (an input field) grows to the end of its line.
    void addWidget(QWidget *widget, bool stretch = false);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    QList<bool> m_stretch; // per item
};
