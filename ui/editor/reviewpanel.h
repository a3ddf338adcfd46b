#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Stackdeck {

class DiffView;
class EditSession;

// "Review changes": the diff of every file the session would write, and Save. Saving refuses inline on
// errors or on files changed on disk, and then offers to reload them and re-apply the edits.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(EditSession *session, QWidget *parent = nullptr);

    // Shows the session's current changes.
    void refresh();
    // Writes the changes; false (with the reason shown) when refused.
    bool save();
    bool reloadKeepingEdits();
    QString message() const;
    DiffView *diffView() const { return m_diff; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *reloadButton() const { return m_reload; }

signals:
    void saved();

private:
    QPointer<EditSession> m_session;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_reload;
    DiffView *m_diff;
};

} // namespace Stackdeck
