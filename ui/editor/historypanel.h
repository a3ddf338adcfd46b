#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Stackdeck {

class DiffView;

// The applied versions of a project (time, summary, whether it came up): pick two to see their diff,
// or one to restore and apply.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setProjectDir(const QString &projectDir);
    // Re-reads the versions (after an apply).
    void refresh();
    int versionCount() const;
    QStringList versionIds() const;      // oldest first, as listed
    // Diffs two versions ("" = the files on disk now) into the diff view.
    void compare(const QString &fromId, const QString &toId);
    QTreeWidget *list() const { return m_list; }
    DiffView *diffView() const { return m_diff; }

signals:
    // The user asked to restore a version's files and apply them.
    void restoreRequested(const QString &id);

private:
    QStringList selectedIds() const;
    void updateButtons();

    QString m_projectDir;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QPushButton *m_restore;
    QLabel *m_message;
    DiffView *m_diff;
};

} // namespace Stackdeck
