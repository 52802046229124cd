// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

// The byte log table. It follows new rows while the user is at the bottom, stops following
// when they scroll up, and follows again once they scroll back to the bottom.
class ByteLogView : public QTableView
{
    Q_OBJECT

public:
    explicit ByteLogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);

    // The selected rows, as the columns show them, tab-separated, one line per row.
    QString selectedRowsText() const;
    void copyRowsAsText();
    // The bytes of the selected data rows, in order, as hex pairs.
    void copyBytesAsHex();

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumnsToFont();
    void fitColumnsToWidth();

    bool m_following = true;
    bool m_scrollingProgrammatically = false;
};
