#pragma once

#include "models/editor/valuesedit.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QUndoStack;
class QVBoxLayout;

namespace Stackdeck {

// The Helm values editor: pick environment and presets, edit the common Spark keys, see which layer
// sets each value and what it overrides, and choose the layer file an edit is written to.
class ValuesForm final : public QWidget
{
    Q_OBJECT
public:
    ValuesForm(ValuesEditSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    // The editor of `key` (QLineEdit, QCheckBox or QComboBox), nullptr for keys not in the table.
    QWidget *field(const QString &key) const;
    // "set by environment prod (environments/prod/values.yaml:5)" and "overrides base = 2" lines.
    QString originText(const QString &key) const;
    // The inline validation message under the field, empty when the value is fine.
    QString errorText(const QString &key) const;
    // The form-wide message (a refused environment switch, a failed edit).
    QString message() const;

    QComboBox *environmentPicker() const { return m_environment; }
    QCheckBox *presetBox(const QString &preset) const { return m_presetBoxes.value(preset); }
    QComboBox *targetPicker() const { return m_target; }
    // Index into the session's layers() that edits go to.
    int targetLayer() const;
    void setTargetLayer(int layer);

private:
    struct Field
    {
        ValuesKey spec;
        int index = 0;
        QWidget *row = nullptr;
        QLineEdit *line = nullptr;
        QCheckBox *check = nullptr;
        QComboBox *choice = nullptr;
        QLabel *origin = nullptr;
        QLabel *error = nullptr;
    };

    void buildFields(QVBoxLayout *layout);
    void refresh();
    void refreshSelection();
    void refreshTargets();
    void refreshField(Field &f);
    void reopen();
    void edit(Field &f, const QString &value);
    void showError(Field &f, const QString &text);

    QPointer<ValuesEditSession> m_session;
    QPointer<QUndoStack> m_undo;
    QComboBox *m_environment = nullptr;
    QHash<QString, QCheckBox *> m_presetBoxes;
    QWidget *m_presetRow = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_message = nullptr;
    QList<Field> m_fields;
    QList<QGroupBox *> m_boxes;
    QStringList m_targetLabels;
    QString m_userTarget; // label of the layer the person picked, empty: the environment
    QString m_activeKey;
    bool m_updating = false;
};

} // namespace Stackdeck
