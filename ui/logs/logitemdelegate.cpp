#include "ui/logs/logitemdelegate.h"

#include "models/live/loglevelparser.h"
#include "models/live/logmodel.h"
#include "ui/logs/logpalette.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
constexpr int Pad = 6;
}

LogItemDelegate::LogItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize LogItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(400, option.fontMetrics.height() + 4);
}

QString LogItemDelegate::plainText(const QModelIndex &index, bool timestamps)
{
    QString out;
    if (timestamps)
        out += index.data(LogModel::TimestampRole).toDateTime().toUTC().toString(Qt::ISODateWithMs) + u' ';
    out += index.data(LogModel::ServiceRole).toString() + u" | ";
    out += index.data(LogModel::TextRole).toString();
    return out;
}

void LogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QFontMetrics &fm = option.fontMetrics;
    const bool selected = option.state & QStyle::State_Selected;
    const auto level = LogLevel(index.data(LogModel::LevelRole).toInt());
    if (selected) {
        painter->fillRect(option.rect, option.palette.highlight());
    } else if (const QColor tint = LogPalette::levelTint(level); tint.isValid()) {
        painter->fillRect(option.rect, tint);
    }
    const QColor textColor = (selected ? option.palette.highlightedText() : option.palette.text()).color();
    const int baseline = option.rect.top() + (option.rect.height() + fm.ascent() - fm.descent()) / 2;
    int x = option.rect.left() + Pad;

    if (m_timestamps) {
        const QString ts = index.data(LogModel::TimestampRole).toDateTime().toString(u"HH:mm:ss.zzz"_s);
        painter->setPen(selected ? textColor : option.palette.color(QPalette::PlaceholderText));
        painter->drawText(x, baseline, ts);
        x += fm.horizontalAdvance(u"00:00:00.000"_s) + Pad * 2;
    }

    const QString service = index.data(LogModel::ServiceRole).toString();
    const int serviceWidth = fm.horizontalAdvance(u'M') * (m_serviceChars + 1); // one spare: elision rounds
    painter->fillRect(QRect(x, option.rect.top() + 2, 3, option.rect.height() - 4),
                      LogPalette::serviceColor(service));
    painter->setPen(selected ? textColor : LogPalette::serviceColor(service).darker(130));
    painter->drawText(x + 7, baseline, fm.elidedText(service, Qt::ElideRight, serviceWidth));
    x += serviceWidth + 7 + Pad * 2;

    const QString levelName = LogLevelParser::name(level);
    if (!levelName.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(selected ? textColor : LogPalette::levelColor(level));
        painter->drawText(x, baseline, levelName);
        painter->setFont(option.font);
    }
    x += QFontMetrics([&] { QFont f = option.font; f.setBold(true); return f; }()).horizontalAdvance(u"ERROR"_s) + Pad * 2;

    const QString text = index.data(LogModel::TextRole).toString();
    const int available = option.rect.right() - Pad - x;
    const QString shown = fm.elidedText(text, Qt::ElideRight, available);
    if (!m_highlight.pattern().isEmpty() && m_highlight.isValid()) {
        // Highlight every match in the visible part of the text.
        auto it = m_highlight.globalMatch(shown);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            const int left = x + fm.horizontalAdvance(shown.left(m.capturedStart()));
            const int width = fm.horizontalAdvance(m.captured());
            painter->fillRect(QRect(left, option.rect.top() + 1, width, option.rect.height() - 2),
                              LogPalette::findHighlight());
        }
    }
    painter->setPen(textColor);
    painter->drawText(x, baseline, shown);
    painter->restore();
}

} // namespace Stackdeck
