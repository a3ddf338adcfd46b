#include "ui/editor/fieldrow.h"

#include "ui/editor/sessioncommand.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
constexpr int MaxListItems = 500; // a guard against walking a broken list forever
}

FieldRow::FieldRow(EditSession *session, QUndoStack *undo, const QString &service, const QStringList &path, Kind kind,
                   QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_service(service)
    , m_path(path)
    , m_kind(kind)
    , m_note(new QLabel(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    switch (kind) {
    case Kind::Text:
    case Kind::Secret:
        m_line = new QLineEdit(this);
        if (kind == Kind::Secret)
            m_line->setEchoMode(QLineEdit::Password);
        connect(m_line, &QLineEdit::editingFinished, this, [this] { commit(); });
        connect(m_line, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
        layout->addWidget(m_line);
        break;
    case Kind::Choice:
        m_combo = new QComboBox(this);
        m_combo->setEditable(false);
        connect(m_combo, &QComboBox::activated, this, [this] { commit(); });
        layout->addWidget(m_combo);
        break;
    case Kind::List:
        m_list = new QPlainTextEdit(this);
        m_list->setTabChangesFocus(true);
        m_list->setMaximumHeight(90);
        m_list->installEventFilter(this);
        layout->addWidget(m_list);
        break;
    }
    editor()->setObjectName(dottedPath());
    editor()->setAccessibleName(dottedPath());
    // One line: a wrapped note under a narrow combo box overlapped the next row.
    m_note->setWordWrap(false);
    m_note->setStyleSheet(u"color: palette(mid);"_s);
    m_note->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    // Validate as the person types, without committing every keystroke of a burst.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_kind == Kind::Text)
            commit();
    });
    refresh();
}

void FieldRow::setChoices(const QStringList &choices)
{
    if (!m_combo)
        return;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItems(choices);
    refresh();
}

void FieldRow::setPlaceholder(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else if (m_list)
        m_list->setPlaceholderText(text);
}

QWidget *FieldRow::editor() const
{
    if (m_line)
        return m_line;
    if (m_combo)
        return m_combo;
    return m_list;
}

QString FieldRow::findingPath() const
{
    if (m_service.isEmpty())
        return dottedPath();
    return u"services."_s + m_service + u'.' + dottedPath();
}

QString FieldRow::currentText() const
{
    if (m_line)
        return m_line->text();
    if (m_combo)
        return m_combo->currentText();
    return m_list->toPlainText();
}

QString FieldRow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString FieldRow::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

FieldValue FieldRow::currentValue() const
{
    if (!m_session)
        return {};
    return m_service.isEmpty() ? m_session->topValue(m_path) : m_session->value(m_service, m_path);
}

QStringList FieldRow::listItems() const
{
    QStringList items;
    if (!m_session)
        return items;
    for (int i = 0; i < MaxListItems; ++i) {
        const QStringList itemPath = m_path + QStringList{QString::number(i)};
        const FieldValue item = m_service.isEmpty() ? m_session->topValue(itemPath) : m_session->value(m_service, itemPath);
        if (!item.isSet)
            break;
        items << item.value;
    }
    return items;
}

void FieldRow::setEditorText(const QString &text)
{
    if (m_line) {
        if (m_line->text() != text)
            m_line->setText(text);
    } else if (m_combo) {
        const QSignalBlocker block(m_combo);
        int index = m_combo->findText(text);
        if (index < 0) {
            m_combo->addItem(text); // a value written outside the offered ones is still shown
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    } else if (m_list->toPlainText() != text) {
        m_list->setPlainText(text);
    }
}

void FieldRow::refresh()
{
    if (!m_session)
        return;
    const FieldValue value = currentValue();
    const bool keep = m_refused || (editor()->hasFocus() && m_kind != Kind::Choice);
    if (!keep) {
        if (m_kind == Kind::List)
            setEditorText(listItems().join(u'\n'));
        else if (m_kind == Kind::Secret) {
            // The value itself never sits in a widget: nothing to read off the screen, a screenshot or a clipboard.
            setEditorText(QString());
            m_line->setPlaceholderText(value.resolved.isEmpty() ? tr("not set: type a value")
                                                                : tr("set (hidden): type to replace"));
        }
        else
            setEditorText(value.value);
    }
    QString note;
    if (!value.anchor.isEmpty()) {
        note = value.sharedWith.isEmpty() ? tr("written in the anchor &%1").arg(value.anchor)
            : value.sharedWith.size() <= 3
            ? tr("shared with %1 via &%2").arg(value.sharedWith.join(u", "_s), value.anchor)
            : tr("shared with %n other service(s) via &%1", nullptr, int(value.sharedWith.size())).arg(value.anchor);
        m_note->setToolTip(value.sharedWith.join(u", "_s));
    }
    if (m_kind == Kind::Secret)
        note = (note.isEmpty() ? QString() : note + u"; "_s) + tr("kept in %1 only").arg(m_session->envFile());
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    showMessages();
}

void FieldRow::showMessages()
{
    QStringList lines;
    QString colour = u"#b58900"_s;
    if (!m_error.isEmpty()) {
        lines << m_error;
        colour = u"#c62828"_s;
    }
    const QString own = findingPath();
    for (const Finding &finding : m_session->findings()) {
        if (finding.path != own && !finding.path.startsWith(own + u'.'))
            continue;
        if (finding.severity == Severity::Error)
            colour = u"#c62828"_s;
        QString line = finding.message;
        if (!finding.suggestion.isEmpty())
            line += u' ' + finding.suggestion;
        lines << line;
    }
    m_message->setText(lines.join(u'\n'));
    m_message->setStyleSheet(u"color: %1;"_s.arg(colour));
    m_message->setVisible(!lines.isEmpty());
}

Status FieldRow::writeList(const QStringList &items)
{
    const QStringList old = listItems();
    auto setItem = [this](int i, const QString &text) {
        const QStringList p = m_path + QStringList{QString::number(i)};
        return m_service.isEmpty() ? m_session->setTopValue(p, text, true) : m_session->setValue(m_service, p, text, true);
    };
    for (int i = 0; i < items.size(); ++i) {
        if (i < old.size() && old.at(i) == items.at(i))
            continue;
        if (Status s = setItem(i, items.at(i)); !s)
            return s;
    }
    for (int i = int(old.size()) - 1; i >= int(items.size()); --i) {
        const QStringList p = m_path + QStringList{QString::number(i)};
        Status s = m_service.isEmpty() ? m_session->removeTopValue(p) : m_session->removeValue(m_service, p);
        if (!s)
            return s;
    }
    if (items.isEmpty() && !old.isEmpty())
        return m_service.isEmpty() ? m_session->removeTopValue(m_path) : m_session->removeValue(m_service, m_path);
    return success();
}

bool FieldRow::commit()
{
    m_debounce->stop();
    if (!m_session)
        return false;
    const FieldValue value = currentValue();
    const QString text = m_kind == Kind::List ? currentText() : currentText().trimmed();
    const EditSession::Texts before = m_session->texts();
    Status status = success();
    if (m_kind == Kind::List) {
        QStringList items;
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                items << line.trimmed();
        }
        if (items == listItems()) {
            m_refused = false;
            m_error.clear();
            showMessages();
            return true;
        }
        status = writeList(items);
        if (!status && m_session->texts() != before)
            m_session->restore(before); // a list is written whole or not at all
    } else if (m_kind == Kind::Secret) {
        if (text.isEmpty() || text == value.resolved)
            return true;
        status = m_session->setSecret(m_service, m_path.constLast(), text);
    } else {
        if (text == value.value && (value.isSet || text.isEmpty())) {
            m_refused = false;
            m_error.clear();
            showMessages();
            return true;
        }
        if (text.isEmpty())
            status = m_service.isEmpty() ? m_session->removeTopValue(m_path) : m_session->removeValue(m_service, m_path);
        else
            status = m_service.isEmpty() ? m_session->setTopValue(m_path, text, m_asString)
                                         : m_session->setValue(m_service, m_path, text, m_asString);
    }
    if (!status) {
        m_refused = true;
        m_error = status.error().toString();
        if (!status.error().hint.isEmpty() && !m_error.contains(status.error().hint))
            m_error += u' ' + status.error().hint;
        showMessages();
        return false;
    }
    m_refused = false;
    m_error.clear();
    if (m_undo && m_session->texts() != before) {
        const int mergeId = int(qHash(findingPath()) & 0x3fffffff);
        m_undo->push(new SessionCommand(m_session, before, tr("Set %1").arg(dottedPath()), mergeId));
    }
    refresh();
    emit committed();
    return true;
}

bool FieldRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

} // namespace Stackdeck
