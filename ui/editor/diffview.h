#pragma once

#include "models/editor/editsession.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Stackdeck {

// The difference of one or more files before and after a change: side by side or unified, added and
// removed lines highlighted, one tab per changed file; .env-style files show "NAME=********".
class DiffView final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode : quint8 { SideBySide, Unified };
    // How a shown line is marked (QTextBlock::userState of the panes' blocks).
    enum RowKind { SameRow = 0, RemovedRow = 1, AddedRow = 2, FillerRow = 3 };

    struct File
    {
        QString name;
        QByteArray before;
        QByteArray after;
        bool secret = false;
    };

    explicit DiffView(QWidget *parent = nullptr);

    void setFiles(const QList<File> &files);
    void setChanges(const QList<EditSession::FileChange> &changes);
    // Parses a unified diff ("--- a/x" "+++ b/x" "@@") as AppliedHistory::diff returns it.
    void setUnifiedDiff(const QString &diff);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    int fileCount() const { return m_files.size(); }
    QStringList fileNames() const;
    // Rows of `kind` shown for a file in the current mode (counted from the panes' blocks).
    int rowCount(int file, RowKind kind) const;
    // All text shown for a file (both panes in side-by-side), for tests and the secret scan.
    QString shownText(int file) const;
    QTabWidget *tabs() const { return m_tabs; }

    // "NAME=value" lines become "NAME=********"; comments and blank lines stay.
    static QByteArray maskEnv(const QByteArray &text);

private:
    void rebuild();
    QWidget *buildPage(const File &file);

    QList<File> m_files;
    QList<QList<QPlainTextEdit *>> m_panes; // per file: [unified] or [left, right]
    Mode m_mode = Mode::SideBySide;
    QCheckBox *m_unified;
    QLabel *m_empty;
    QTabWidget *m_tabs;
};

} // namespace Stackdeck
