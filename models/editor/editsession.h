#pragma once

#include "models/compose/composeproject.h"
#include "models/core/finding.h"
#include "models/core/result.h"
#include "models/editor/fieldvalue.h"
#include "models/edit/documentedit.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Stackdeck {

// The files of one compose project while a person edits them: every form edit and every text edit
// goes through here, is patched into the file's text at the node (only those lines change), then the
// project is re-loaded and validated from the unsaved texts. Nothing touches the disk before save().
class EditSession final : public QObject
{
    Q_OBJECT
public:
    // All texts of the session at one moment: what undo/redo swaps back and forth.
    using Texts = QMap<QString, QByteArray>; // absolute path -> bytes ("" = the file does not exist yet)

    struct FileChange
    {
        QString file;          // absolute path
        QString displayName;   // relative to the project folder
        QByteArray before;     // as loaded (empty for a new file)
        QByteArray after;      // as it would be written
        bool secret = false;   // .env-style: shown masked, written 0600
    };

    explicit EditSession(QObject *parent = nullptr);

    // Reads the project's files (compose files and its .env / --env-file files) and loads it.
    Status open(const ComposeLoadOptions &options);
    ComposeLoadOptions options() const { return m_options; }
    QString projectDir() const { return m_project.projectDir; }
    QString envFile() const;   // the .env the session writes secrets to (the first env file, else <dir>/.env)

    // The project loaded from the current texts, and its load + validation findings.
    const ComposeProject &project() const { return m_project; }
    const Findings &findings() const { return m_findings; }
    bool hasErrors() const;
    // Set when the current texts cannot be loaded at all (invalid YAML): file:line:column and what to do.
    // project() then still holds the last loadable version, so forms keep showing values.
    QString loadError() const { return m_loadError; }

    QStringList files() const;             // compose files then env files, absolute
    QByteArray loadedText(const QString &file) const;
    QByteArray text(const QString &file) const;
    Texts texts() const { return m_texts; }
    bool isModified() const;
    QList<FileChange> changes() const;     // only files whose text differs from the loaded bytes

    // The effective value of `path` under services.<service> (e.g. {"deploy","resources","limits","memory"})
    // and where an edit of it lands: the service's own mapping, or the anchor it merges.
    FieldValue value(const QString &service, const QStringList &path) const;
    // Same for a top-level path ({"networks","backend","driver"}).
    FieldValue topValue(const QStringList &path) const;

    // Sets or removes a value; on success the texts change, the project reloads and changed() fires.
    // Errors (the value cannot be placed exactly, or the path runs through an alias) change nothing.
    Status setValue(const QString &service, const QStringList &path, const QString &value, bool asString = false);
    Status removeValue(const QString &service, const QStringList &path);
    Status setTopValue(const QStringList &path, const QString &value, bool asString = false);
    Status removeTopValue(const QStringList &path);
    // Low level: edits applied in order to one file.
    Status applyEdits(const QString &file, const QList<DocumentEdit> &edits);
    // Replaces a whole list (ports, expose, cap_drop, command, ...), keeping its block or flow style;
    // an absent list is written in flow style, an empty `values` removes the key.
    // setValue on index == size appends; removeValue of a list's only item removes the key.
    // environment written as a list ("- NAME=value"): setValue/removeValue({"environment","NAME"}) edit the item.
    Status setList(const QString &service, const QStringList &path, const QStringList &values);

    // A secret environment value: `NAME=value` goes to envFile() (0600 when saved) and the service's
    // environment entry becomes "${NAME}". The compose text never holds the value.
    Status setSecret(const QString &service, const QString &variable, const QString &secretValue);
    // Whether a variable name looks like a secret (PASSWORD, SECRET, TOKEN, KEY, ...).
    static bool isSecretName(const QString &name);

    // Services: add (from an image), duplicate (copy of the mapping under a new name), remove.
    Status addService(const QString &name, const QString &image);
    Status duplicateService(const QString &from, const QString &name);
    // Places that name `service` (depends_on, links, extends, network_mode: service:...): path + location.
    QList<Finding> referencesTo(const QString &service) const;
    // Removes the service and, when `withReferences`, every reference referencesTo() finds.
    Status removeService(const QString &service, bool withReferences);

    // Replaces a file's whole text (the YAML view). Invalid YAML is kept (the edit is never lost),
    // reported through loadError() and findings; the project keeps its last loadable state.
    void setText(const QString &file, const QByteArray &text);
    // Undo/redo: puts every text back to a snapshot taken with texts().
    void restore(const Texts &texts);

    // Writes the changed files atomically (SafeWriter: history copy, mode kept, env files 0600).
    // Refuses with an Error when the project has errors, or when a file changed on disk since it was
    // loaded (Error::hint says so; call reloadKeepingEdits()).
    Status save(const QString &summary);
    // Files whose bytes on disk differ from what was loaded.
    QStringList changedOnDisk() const;
    // Re-reads the files from disk and re-applies this session's edits (the recorded DocumentEdits and
    // secrets, in order); text edits that no longer apply are reported and the disk version is kept.
    Status reloadKeepingEdits();
    // One line per edit made since open/save, for history and the apply summary.
    QStringList editLog() const { return m_editLog; }

signals:
    // The texts (and so project(), findings()) changed.
    void changed();
    // After save(): the written files.
    void saved(const QStringList &files);

private:
    struct Op
    {
        QString description;
        std::function<Status()> replay;
    };
    // Marks one public edit: only the outermost call is recorded for the log and reloadKeepingEdits().
    struct OpScope
    {
        explicit OpScope(EditSession *s) : session(s) { ++session->m_depth; }
        // changed() fires once, when the outermost operation ends: listeners that rebuild widgets
        // (and free the strings the caller passed in) never run while an operation still uses them.
        ~OpScope()
        {
            if (--session->m_depth == 0 && session->m_pendingChanged) {
                session->m_pendingChanged = false;
                emit session->changed();
            }
        }
        OpScope(const OpScope &) = delete;
        OpScope &operator=(const OpScope &) = delete;
        EditSession *session;
    };

    void reload();
    // m_loaded and m_texts := the compose files and the env files that exist, as on disk.
    void readFromDisk();
    // Bytes on disk, or an empty array when the file does not exist (`exists` tells them apart).
    static QByteArray readFile(const QString &path, bool *exists);
    // Emits changed() now, or when the running operation ends.
    void notifyChanged();
    void record(const QString &description, std::function<Status()> replay);
    // Patches one file (alias uses of anchors on the path kept), reloads and emits changed().
    Status patchFile(const QString &file, const DocumentEdit &edit);
    Status replaceText(const QString &file, const QByteArray &text);
    Status setListAt(const QString &file, const QStringList &rawPath, const QStringList &values);
    Status setEnvironmentListItem(const QString &service, const QString &name, const QString *value);
    QString serviceFile(const QString &service) const;
    bool hasService(const QString &service) const; // written in one of the compose files
    Status noSuchService(const QString &service) const;

    ComposeLoadOptions m_options;
    ComposeProject m_project;
    Findings m_findings;
    QString m_loadError;
    Texts m_loaded;
    Texts m_texts;
    QStringList m_editLog;
    QList<Op> m_ops;
    QStringList m_composeFiles;
    QStringList m_envFiles;
    bool m_pendingChanged = false;
    int m_depth = 0;
};

} // namespace Stackdeck
