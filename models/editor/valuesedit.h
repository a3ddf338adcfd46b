#pragma once

#include "models/core/result.h"
#include "models/editor/valueskey.h"
#include "models/helm/valueexplanation.h"
#include "models/helm/valueslayer.h"
#include "models/helm/valuesstack.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// The values files of one Helm release while a person edits them: base, one environment, presets.
// Edits patch one layer's text at the key (only those lines change); explain() answers from the
// unsaved texts. Nothing touches the disk before save().
class ValuesEditSession final : public QObject
{
    Q_OBJECT
public:
    using Texts = QMap<QString, QByteArray>; // absolute path -> bytes ("" = the file does not exist yet)

    struct Layer
    {
        ValuesLayer::Kind kind = ValuesLayer::Kind::Base;
        QString name;        // "prod", "gpu"; empty for the base
        QString label;       // "base", "environment prod", "preset gpu"
        QString file;        // absolute path
        QString displayName; // chart-relative, as messages show it
        bool exists = true;  // false: the file is created on the first edit
    };

    struct FileChange
    {
        QString file;        // absolute path
        QString displayName; // chart-relative
        QByteArray before;   // as loaded (empty for a new file)
        QByteArray after;    // as it would be written
        bool newFile = false;
    };

    explicit ValuesEditSession(QObject *parent = nullptr);

    // Reads base, environment and preset files. A missing environment file is created on the first edit.
    // Re-opening the same chart with another selection keeps the unsaved texts of every file.
    Status open(const QString &chartDir, const QString &environment = {}, const QStringList &presets = {});
    QString chartDir() const { return m_chartDir; }
    QString environment() const { return m_environment; }
    QStringList presets() const { return m_presets; }
    QStringList availableEnvironments() const;
    QStringList availablePresets() const;

    QList<Layer> layers() const { return m_layers; }
    // Index of the environment layer (or of preset `name`), -1 when not in the stack.
    int environmentLayer() const;
    int presetLayer(const QString &name) const;

    // The stack built from the current texts (the last loadable one when a text cannot be read).
    const ValuesStack &stack() const { return m_stack; }
    ValueExplanation explain(const QString &key) const;
    QString loadError() const { return m_loadError; }

    // Whether `value` may be written to `key` in layer `layer`: the Error names that layer's
    // file:line:column and what to write instead.
    Status checkValue(const QString &key, const QString &value, int layer) const;
    // Patches layer `layer`'s text ("a.b.c", missing keys are created); changed() fires on success.
    Status setValue(const QString &key, const QString &value, int layer);
    Status removeValue(const QString &key, int layer);

    QByteArray text(const QString &file) const { return m_texts.value(file); }
    QByteArray loadedText(const QString &file) const { return m_loaded.value(file); }
    Texts texts() const { return m_texts; }
    // Undo/redo: puts every text back to a snapshot taken with texts().
    void restore(const Texts &texts);
    bool isModified() const;
    QList<FileChange> changes() const;
    QStringList editLog() const { return m_editLog; }

    // Writes the changed files (SafeWriter: atomic, history copy); refuses, writing nothing, when any
    // of them changed on disk since it was loaded.
    Status save(const QString &summary);
    QStringList changedOnDisk() const;

signals:
    void changed();
    void saved(const QStringList &files);

private:
    void rebuild();
    QString displayName(const QString &file) const;
    SourceLocation locationIn(int layer, const QStringList &path) const;
    bool wantsString(const QString &key, const QStringList &path) const;

    QString m_chartDir;
    QString m_environment;
    QStringList m_presets;
    QList<Layer> m_layers;
    ValuesStack m_stack;
    QString m_loadError;
    Texts m_loaded;
    Texts m_texts;
    QMap<QString, bool> m_existed; // file -> it was on disk when loaded
    QStringList m_editLog;
};

} // namespace Stackdeck
