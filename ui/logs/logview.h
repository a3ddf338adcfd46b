#pragma once

#include <QRegularExpression>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Stackdeck {

class LogFilterBar;
class LogFilterModel;
class LogItemDelegate;
class LogModel;

// The log tail: filter bar, the merged lines (follow or paused), find with highlight, copy and save,
// and how many lines the bounded buffer has dropped.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool following READ isFollowing WRITE setFollowing NOTIFY followingChanged)

public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogModel *model);
    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filterModel; }
    QListView *listView() const { return m_list; }

    bool isFollowing() const { return m_following; }
    void setFollowing(bool on);
    void setTimestampsVisible(bool on);
    // Shows only these services' lines (empty: every service), as the filter bar's menu would.
    void showServices(const QStringList &services);
    // Lists services in the filter menu before their first line arrives (the stack's services).
    void addServices(const QStringList &services);

    void setFindText(const QString &text);
    bool findNext();
    bool findPrevious();

    QString selectedText() const;
    void copySelection();
    // Writes the shown (filtered) lines atomically; on failure returns false and fills *error.
    bool saveTo(const QString &path, QString *error = nullptr);

signals:
    void followingChanged(bool following);

private:
    bool find(bool forward);
    void onRowsArrived();
    void noteServices(int first, int last);
    void updateStatus();
    void saveAs();

    LogModel *m_model = nullptr;
    LogFilterModel *m_filterModel = nullptr;
    LogFilterBar *m_filterBar;
    QListView *m_list;
    LogItemDelegate *m_delegate;
    QLineEdit *m_find;
    QLabel *m_findError;
    QToolButton *m_follow;
    QCheckBox *m_timestamps;
    QLabel *m_status;
    QRegularExpression m_findRegex;
    QSet<QString> m_services;
    int m_serviceChars = 8;
    bool m_following = true;
    bool m_scrollPending = false;
};

} // namespace Stackdeck
