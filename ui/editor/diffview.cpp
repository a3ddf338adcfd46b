#include "ui/editor/diffview.h"

#include "models/compose/envfile.h"
#include "models/core/secretname.h"

#include "models/edit/linediff.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {

const QColor removedColor(0xff, 0xdd, 0xdd);
const QColor addedColor(0xdd, 0xf7, 0xdd);
const QColor fillerColor(0xf0, 0xf0, 0xf0);

QPlainTextEdit *makePane(QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setUndoRedoEnabled(false);
    return pane;
}

// Appends one shown row; the first row reuses the document's empty first block.
void appendRow(QPlainTextEdit *pane, const QString &text, int kind)
{
    QTextCursor cursor(pane->document());
    cursor.movePosition(QTextCursor::End);
    const bool first = pane->document()->isEmpty() && pane->document()->blockCount() == 1
        && pane->property("rows").toInt() == 0;
    if (!first)
        cursor.insertBlock();
    pane->setProperty("rows", pane->property("rows").toInt() + 1);
    if (kind != DiffView::SameRow && !pane->property("firstChange").isValid())
        pane->setProperty("firstChange", pane->document()->blockCount() - 1);
    QTextBlockFormat format;
    if (kind == DiffView::RemovedRow)
        format.setBackground(removedColor);
    else if (kind == DiffView::AddedRow)
        format.setBackground(addedColor);
    else if (kind == DiffView::FillerRow)
        format.setBackground(fillerColor);
    cursor.setBlockFormat(format);
    cursor.insertText(text);
    cursor.block().setUserState(kind);
}

// `NAME: value`, `- NAME=value`, `"NAME": value` in a compose or values file.
QString maskSecretKeys(const QString &line)
{
    static const QRegularExpression entry(
        QStringLiteral("^(\\s*(?:-\\s*)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*[:=]\\s*)(\\S.*)$"));
    const QRegularExpressionMatch m = entry.match(line);
    if (!m.hasMatch() || !isSecretName(m.captured(2)))
        return line;
    const QString value = m.captured(3).trimmed();
    // References and nested blocks show no secret; a literal value is hidden even when it is being removed.
    if (value.startsWith(u"${"_s) || value.startsWith(u"\"${"_s) || value == u"|"_s || value == u">"_s)
        return line;
    return m.captured(1) + u"********"_s;
}

QString lineText(const QByteArray &line, bool secret)
{
    QByteArray bytes = line;
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return secret ? QString::fromUtf8(DiffView::maskEnv(bytes)) : maskSecretKeys(QString::fromUtf8(bytes));
}

QString number(int n)
{
    return n > 0 ? QString::number(n).rightJustified(4) + u' ' : u"     "_s;
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent), m_unified(new QCheckBox(tr("Unified"), this)), m_empty(new QLabel(this)),
      m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_empty, 1);
    bar->addWidget(m_unified);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    connect(m_unified, &QCheckBox::toggled, this,
            [this](bool on) { setMode(on ? Mode::Unified : Mode::SideBySide); });
    rebuild();
}

QByteArray DiffView::maskEnv(const QByteArray &text)
{
    return EnvFile::masked(text);
}

void DiffView::setFiles(const QList<File> &files)
{
    m_files = files;
    rebuild();
}

void DiffView::setChanges(const QList<EditSession::FileChange> &changes)
{
    QList<File> files;
    for (const EditSession::FileChange &change : changes)
        files.append({change.displayName, change.before, change.after, change.secret});
    setFiles(files);
}

void DiffView::setUnifiedDiff(const QString &diff)
{
    // Rebuilds before/after texts of each file from its hunks: enough to show what changed.
    QList<File> files;
    for (const QString &line : diff.split(u'\n')) {
        if (line.startsWith(u"--- "_s))
            continue;
        if (line.startsWith(u"+++ "_s)) {
            File file;
            file.name = line.mid(4);
            if (file.name.startsWith(u"b/"_s))
                file.name = file.name.mid(2);
            file.secret = file.name.section(u'/', -1).startsWith(u".env"_s) || file.name.endsWith(u".env"_s);
            files.append(file);
            continue;
        }
        if (files.isEmpty() || line.startsWith(u"@@"_s))
            continue;
        const QByteArray text = line.mid(1).toUtf8() + '\n';
        if (line.startsWith(u'+'))
            files.last().after += text;
        else if (line.startsWith(u'-'))
            files.last().before += text;
        else if (line.startsWith(u' ')) {
            files.last().before += text;
            files.last().after += text;
        }
    }
    setFiles(files);
}

void DiffView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_unified->setChecked(mode == Mode::Unified);
    rebuild();
}

QStringList DiffView::fileNames() const
{
    QStringList names;
    for (const File &file : m_files)
        names.append(file.name);
    return names;
}

void DiffView::rebuild()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    m_panes.clear();
    for (const File &file : m_files)
        m_tabs->addTab(buildPage(file), file.name);
    // Open each file at its first change, a few lines of context above it.
    for (const QList<QPlainTextEdit *> &panes : std::as_const(m_panes)) {
        for (QPlainTextEdit *pane : panes) {
            const int first = pane->property("firstChange").toInt();
            QTimer::singleShot(0, pane, [pane, first]() {
                pane->verticalScrollBar()->setValue(qMax(0, first - 3));
            });
        }
    }
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
    m_empty->setText(m_files.isEmpty() ? tr("No changes.") : tr("%n file(s) changed", nullptr, int(m_files.size())));
}

QWidget *DiffView::buildPage(const File &file)
{
    const QList<LineDiff::Line> lines = LineDiff::compare(file.before, file.after);
    if (m_mode == Mode::Unified) {
        QPlainTextEdit *pane = makePane(m_tabs);
        for (const LineDiff::Line &line : lines) {
            const int kind = line.kind == LineDiff::Line::Kind::Added ? AddedRow
                : line.kind == LineDiff::Line::Kind::Removed           ? RemovedRow
                                                                       : SameRow;
            const QChar sign = kind == AddedRow ? u'+' : kind == RemovedRow ? u'-' : u' ';
            appendRow(pane, number(line.oldLine) + number(line.newLine) + sign + u' ' + lineText(line.text, file.secret),
                      kind);
        }
        m_panes.append(QList<QPlainTextEdit *>{pane});
        return pane;
    }
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    QPlainTextEdit *left = makePane(splitter);
    QPlainTextEdit *right = makePane(splitter);
    // A run of removed lines sits beside the run of added lines that replaces it; the shorter side is padded.
    QList<LineDiff::Line> removed;
    QList<LineDiff::Line> added;
    const auto flush = [&]() {
        for (qsizetype i = 0; i < qMax(removed.size(), added.size()); ++i) {
            if (i < removed.size())
                appendRow(left, number(removed[i].oldLine) + lineText(removed[i].text, file.secret), RemovedRow);
            else
                appendRow(left, QString(), FillerRow);
            if (i < added.size())
                appendRow(right, number(added[i].newLine) + lineText(added[i].text, file.secret), AddedRow);
            else
                appendRow(right, QString(), FillerRow);
        }
        removed.clear();
        added.clear();
    };
    for (const LineDiff::Line &line : lines) {
        if (line.kind == LineDiff::Line::Kind::Removed) {
            removed.append(line);
        } else if (line.kind == LineDiff::Line::Kind::Added) {
            added.append(line);
        } else {
            flush();
            appendRow(left, number(line.oldLine) + lineText(line.text, file.secret), SameRow);
            appendRow(right, number(line.newLine) + lineText(line.text, file.secret), SameRow);
        }
    }
    flush();
    // Both sides scroll together.
    connect(left->verticalScrollBar(), &QScrollBar::valueChanged, right->verticalScrollBar(), &QScrollBar::setValue);
    connect(right->verticalScrollBar(), &QScrollBar::valueChanged, left->verticalScrollBar(), &QScrollBar::setValue);
    m_panes.append(QList<QPlainTextEdit *>{left, right});
    return splitter;
}

int DiffView::rowCount(int file, RowKind kind) const
{
    if (file < 0 || file >= m_panes.size())
        return 0;
    int count = 0;
    for (const QPlainTextEdit *pane : m_panes[file]) {
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next())
            if (pane->property("rows").toInt() > 0 && block.userState() == kind)
                ++count;
    }
    return count;
}

QString DiffView::shownText(int file) const
{
    if (file < 0 || file >= m_panes.size())
        return {};
    QStringList texts;
    for (const QPlainTextEdit *pane : m_panes[file])
        texts.append(pane->toPlainText());
    return texts.join(u'\n');
}

} // namespace Stackdeck
