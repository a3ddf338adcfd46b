#pragma once

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Stackdeck {

// Paints a log row in columns (time, service, level, text), with level colours and find highlights.
class LogItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogItemDelegate(QObject *parent = nullptr);

    void setTimestampsVisible(bool on) { m_timestamps = on; }
    bool timestampsVisible() const { return m_timestamps; }
    void setServiceChars(int chars) { m_serviceChars = chars; }
    void setHighlight(const QRegularExpression &regex) { m_highlight = regex; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The row as plain text, the same columns as painted (for copy and save).
    static QString plainText(const QModelIndex &index, bool timestamps);

private:
    bool m_timestamps = true;
    int m_serviceChars = 8;
    QRegularExpression m_highlight;
};

} // namespace Stackdeck
