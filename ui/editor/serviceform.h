#pragma once

#include "models/editor/editsession.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QUndoStack;
class QVBoxLayout;

namespace Stackdeck {

class FieldRow;

// The form of one service: image, command, restart, ports, resources, environment (secrets masked, kept
// in .env), healthcheck, logging, security, depends_on, networks, volumes, profiles. Every field writes
// through the EditSession and shows its refusal or the validator's findings inline.
class ServiceForm final : public QWidget
{
    Q_OBJECT
public:
    ServiceForm(EditSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    void setService(const QString &name);
    QString service() const { return m_service; }

    // The editor widget of a field, by its path under the service ("deploy.resources.limits.memory").
    QWidget *field(const QString &dottedPath) const;
    FieldRow *row(const QString &dottedPath) const;
    // Scrolls to the field and gives it the focus; false when the form has no such field.
    bool focusField(const QString &dottedPath);

private:
    void rebuild();
    void onSessionChanged();
    QString shapeKey() const;
    QFormLayout *addSection(const QString &title);
    FieldRow *addRow(QFormLayout *form, const QString &label, const QStringList &path, int kind);
    void addEnvironment();

    QPointer<EditSession> m_session;
    QUndoStack *m_undo;
    QString m_service;
    QString m_shape;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QHash<QString, FieldRow *> m_rows;
    QLineEdit *m_newEnvName = nullptr;
    QLineEdit *m_newEnvValue = nullptr;
    QLabel *m_envMessage = nullptr;
};

} // namespace Stackdeck
