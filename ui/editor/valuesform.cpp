#include "ui/editor/valuesform.h"

#include "ui/editor/valueseditcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Stackdeck {
namespace {

// Merge ids of this form's commands: typing in one field is one undo step.
constexpr int MergeBase = 0x5600;

QString lineOf(const SourceLocation &l)
{
    return l.line > 0 ? QStringLiteral("%1:%2").arg(l.file).arg(l.line) : l.file;
}

QString scalarText(const YamlNodePtr &node)
{
    if (!node)
        return QString();
    return node->isScalar() ? node->value : node->kindName();
}

QString parentKey(const QString &key)
{
    return key.left(key.lastIndexOf(u'.'));
}

} // namespace

ValuesForm::ValuesForm(ValuesEditSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    top->addRow(tr("Environment:"), m_environment);
    m_presetRow = new QWidget(this);
    auto *presets = new QHBoxLayout(m_presetRow);
    presets->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("Presets:"), m_presetRow);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetLayer"));
    m_target->setToolTip(tr("The values file that edits are written to"));
    top->addRow(tr("Write to:"), m_target);
    // The values files are saved on their own: they are not part of the compose project's review.
    auto *save = new QPushButton(tr("Save values files"), this);
    save->setObjectName(QStringLiteral("saveValues"));
    connect(save, &QPushButton::clicked, this, [this]() {
        if (!m_session)
            return;
        const Status saved = m_session->save(m_session->editLog().join(QStringLiteral("; ")));
        m_message->setText(saved ? tr("Saved.") : saved.error().toString());
        m_message->setVisible(true);
    });
    top->addRow(QString(), save);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_environment->addItem(tr("(none)"), QString());
    for (const QString &env : m_session->availableEnvironments())
        m_environment->addItem(env, env);
    for (const QString &preset : m_session->availablePresets()) {
        auto *box = new QCheckBox(preset, m_presetRow);
        box->setObjectName(QStringLiteral("preset:") + preset);
        presets->addWidget(box);
        m_presetBoxes.insert(preset, box);
        connect(box, &QCheckBox::toggled, this, [this] { reopen(); });
    }
    presets->addStretch();
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] { reopen(); });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating)
            return;
        // A layer the person picked stays picked across environment and preset switches.
        m_userTarget = m_targetLabels.value(index);
        refresh();
    });

    buildFields(layout);
    layout->addStretch();
    connect(m_session, &ValuesEditSession::changed, this, &ValuesForm::refresh);
    refresh();
}

void ValuesForm::buildFields(QVBoxLayout *layout)
{
    QFormLayout *form = nullptr;
    QString section;
    const QList<ValuesKey> &table = ValuesKey::common();
    for (qsizetype i = 0; i < table.size(); ++i) {
        const ValuesKey &spec = table[i];
        if (!form || spec.section != section) {
            section = spec.section;
            auto *box = new QGroupBox(section, this);
            form = new QFormLayout(box);
            layout->addWidget(box);
            m_boxes.append(box);
        }
        Field f;
        f.spec = spec;
        f.index = int(i);
        f.row = new QWidget(this);
        auto *v = new QVBoxLayout(f.row);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        QWidget *editor = nullptr;
        const QString key = spec.key;
        if (spec.type == ValuesKey::Type::Bool) {
            f.check = new QCheckBox(f.row);
            editor = f.check;
            connect(f.check, &QCheckBox::toggled, this, [this, i](bool on) {
                if (!m_updating)
                    edit(m_fields[i], on ? QStringLiteral("true") : QStringLiteral("false"));
            });
        } else if (spec.type == ValuesKey::Type::Choice) {
            f.choice = new QComboBox(f.row);
            f.choice->addItems(spec.choices);
            editor = f.choice;
            connect(f.choice, &QComboBox::textActivated, this, [this, i](const QString &text) {
                if (!m_updating)
                    edit(m_fields[i], text);
            });
        } else {
            f.line = new QLineEdit(f.row);
            editor = f.line;
            connect(f.line, &QLineEdit::textEdited, this, [this, i](const QString &text) { edit(m_fields[i], text); });
            connect(f.line, &QLineEdit::editingFinished, this, [this, i] {
                // Leaving the field shows the effective value again (it may come from a higher layer).
                if (m_fields[i].error->text().isEmpty())
                    refreshField(m_fields[i]);
            });
        }
        editor->setObjectName(QStringLiteral("field:") + key);
        editor->setToolTip(key);
        v->addWidget(editor);
        f.origin = new QLabel(f.row);
        f.origin->setObjectName(QStringLiteral("origin:") + key);
        f.origin->setWordWrap(true);
        v->addWidget(f.origin);
        f.error = new QLabel(f.row);
        f.error->setObjectName(QStringLiteral("error:") + key);
        f.error->setWordWrap(true);
        f.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        f.error->setVisible(false);
        v->addWidget(f.error);
        form->addRow(spec.label, f.row);
        m_fields.append(f);
    }
}

QWidget *ValuesForm::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.spec.key == key)
            return f.line ? static_cast<QWidget *>(f.line) : f.check ? static_cast<QWidget *>(f.check) : f.choice;
    }
    return nullptr;
}

QString ValuesForm::originText(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.spec.key == key)
            return f.origin->text();
    }
    return QString();
}

QString ValuesForm::errorText(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.spec.key == key)
            return f.error->text();
    }
    return QString();
}

QString ValuesForm::message() const
{
    return m_message->text();
}

int ValuesForm::targetLayer() const
{
    return m_target->currentIndex();
}

void ValuesForm::setTargetLayer(int layer)
{
    m_target->setCurrentIndex(layer);
}

void ValuesForm::reopen()
{
    if (m_updating || !m_session)
        return;
    const QString env = m_environment->currentData().toString();
    QStringList presets;
    for (const QString &preset : m_session->availablePresets()) {
        if (QCheckBox *box = m_presetBoxes.value(preset); box && box->isChecked())
            presets.append(preset);
    }
    // Unsaved edits stay in the session per file, so switching never loses them.
    const Status st = m_session->open(m_session->chartDir(), env, presets);
    m_message->setText(st ? QString() : st.error().toString());
    m_message->setVisible(!st);
    if (!st)
        refresh();
}

void ValuesForm::edit(Field &f, const QString &value)
{
    if (!m_session)
        return;
    const int layer = targetLayer();
    if (const Status check = m_session->checkValue(f.spec.key, value, layer); !check) {
        showError(f, check.error().toString());
        return;
    }
    showError(f, QString());
    const ValuesEditSession::Texts before = m_session->texts();
    m_activeKey = f.spec.key;
    const Status st = m_session->setValue(f.spec.key, value, layer);
    m_activeKey.clear();
    if (!st) {
        showError(f, st.error().toString());
        return;
    }
    if (m_undo && m_session->texts() != before)
        m_undo->push(new ValuesEditCommand(m_session, before, tr("Set %1").arg(f.spec.key), MergeBase + f.index));
}

void ValuesForm::showError(Field &f, const QString &text)
{
    f.error->setText(text);
    f.error->setVisible(!text.isEmpty());
}

void ValuesForm::refresh()
{
    if (!m_session)
        return;
    m_updating = true;
    refreshSelection();
    refreshTargets();
    for (Field &f : m_fields)
        refreshField(f);
    for (QGroupBox *box : std::as_const(m_boxes)) {
        bool any = false;
        for (const Field &f : std::as_const(m_fields))
            any = any || (f.spec.section == box->title() && !f.row->isHidden());
        box->setVisible(any);
    }
    m_updating = false;
}

void ValuesForm::refreshSelection()
{
    const int env = m_environment->findData(m_session->environment());
    m_environment->setCurrentIndex(env < 0 ? 0 : env);
    for (auto it = m_presetBoxes.cbegin(); it != m_presetBoxes.cend(); ++it)
        it.value()->setChecked(m_session->presets().contains(it.key()));
}

void ValuesForm::refreshTargets()
{
    const QList<ValuesEditSession::Layer> layers = m_session->layers();
    QStringList labels;
    for (const auto &layer : layers)
        labels.append(layer.label);
    if (labels == m_targetLabels)
        return;
    m_target->clear();
    for (const auto &layer : layers) {
        m_target->addItem(layer.exists ? tr("%1 (%2)").arg(layer.label, layer.displayName)
                                       : tr("%1 (%2, new file)").arg(layer.label, layer.displayName));
    }
    const qsizetype kept = m_userTarget.isEmpty() ? -1 : labels.indexOf(m_userTarget);
    const int env = m_session->environmentLayer();
    m_target->setCurrentIndex(kept >= 0 ? int(kept) : (env >= 0 ? env : 0));
    m_targetLabels = labels;
}

void ValuesForm::refreshField(Field &f)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const ValueExplanation e = m_session->explain(f.spec.key);
    if (f.spec.optional)
        f.row->setHidden(!m_session->explain(parentKey(f.spec.key)).isSet);
    const QString value = e.isSet ? scalarText(e.value) : QString();
    if (f.spec.key != m_activeKey) {
        if (f.line && f.line->text() != value && f.error->text().isEmpty())
            f.line->setText(value);
        if (f.check)
            f.check->setChecked(value == u"true");
        if (f.choice) {
            if (!value.isEmpty() && f.choice->findText(value) < 0)
                f.choice->addItem(value);
            f.choice->setCurrentIndex(value.isEmpty() ? -1 : f.choice->findText(value));
        }
    }
    QStringList lines;
    if (e.isSet) {
        lines.append(tr("set by %1 (%2)").arg(e.setBy.layerLabel, lineOf(e.setBy.location)));
        for (const ValueOrigin &o : e.overridden)
            lines.append(tr("overrides %1 = %2").arg(o.layerLabel, scalarText(o.value)));
        const int target = targetLayer();
        if (target >= 0 && target < e.setBy.layer) {
            const auto layers = m_session->layers();
            lines.append(tr("an edit here goes to %1, which %2 overrides").arg(layers.value(target).label, e.setBy.layerLabel));
        }
    } else {
        lines.append(tr("not set in any layer"));
        for (const ValueOrigin &o : e.deletions)
            lines.append(tr("removed by %1 (%2)").arg(o.layerLabel, lineOf(o.location)));
    }
    f.origin->setText(lines.join(u'\n'));
    m_updating = wasUpdating;
}

} // namespace Stackdeck
