#pragma once

#include "models/core/sourcelocation.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace Stackdeck {

// Maps byte offsets of one text to 1-based line and character column (internal to the reader).
// Copies share the line table; each copy keeps its own cursor, so threads use one copy each.
class YamlLineIndex final
{
public:
    YamlLineIndex(const QByteArray &text, const QString &file);

    SourceLocation at(qsizetype offset) const;

private:
    const QByteArray *m_text;
    QString m_file;
    std::shared_ptr<const std::vector<qsizetype>> m_starts;
    mutable qsizetype m_lastLine = -1;
    mutable qsizetype m_lastOffset = 0;
    mutable int m_lastColumn = 1;
};

} // namespace Stackdeck
