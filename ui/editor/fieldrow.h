#pragma once

#include "models/editor/editsession.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QUndoStack;

namespace Stackdeck {

// One field of a form bound to (service, path) of an EditSession: shows the effective value, where it
// is shared (anchor), and inline messages (a refused edit, validator findings for the path).
// An empty service binds a top-level path.
class FieldRow final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Text, Choice, Secret, List };

    FieldRow(EditSession *session, QUndoStack *undo, const QString &service, const QStringList &path, Kind kind,
             QWidget *parent = nullptr);

    void setChoices(const QStringList &choices);   // Choice: the values offered ("" = unset)
    void setAsString(bool asString) { m_asString = asString; }
    void setPlaceholder(const QString &text);

    QWidget *editor() const;
    QString service() const { return m_service; }
    QStringList path() const { return m_path; }
    QString dottedPath() const { return m_path.join(QLatin1Char('.')); }
    QString findingPath() const;                    // services.<service>.<path>, as the validator names it
    QString currentText() const;
    QString message() const;                        // the inline message shown, "" when none
    QString note() const;                           // the "shared with" note, "" when none

    // Re-reads the value and findings; an editor with focus or holding a refused edit keeps its text.
    void refresh();
    // Writes the editor's text through the session; false (message shown, text kept) when refused.
    bool commit();

signals:
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList listItems() const;
    FieldValue currentValue() const;
    Status writeList(const QStringList &items);
    void setEditorText(const QString &text);
    void showMessages();

    QPointer<EditSession> m_session;
    QUndoStack *m_undo;
    QString m_service;
    QStringList m_path;
    Kind m_kind;
    bool m_asString = false;
    bool m_refused = false;
    QString m_error;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QLabel *m_note;
    QLabel *m_message;
    QTimer *m_debounce;
};

} // namespace Stackdeck
