#include "ui/main/recentprojects.h"

#include <QDir>
#include <QSettings>
#include <QVariantMap>

namespace Stackdeck {

namespace {

const QString settingsKey = QStringLiteral("recentProjects");

QVariantMap toMap(const ComposeLoadOptions &options, const QString &label)
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("workingDir"), options.workingDir},
            {QStringLiteral("files"), options.files},
            {QStringLiteral("projectName"), options.projectName},
            {QStringLiteral("envFiles"), options.envFiles},
            {QStringLiteral("profiles"), options.profiles}};
}

RecentProjects::Entry fromMap(const QVariantMap &map)
{
    RecentProjects::Entry entry;
    entry.label = map.value(QStringLiteral("label")).toString();
    entry.options.workingDir = map.value(QStringLiteral("workingDir")).toString();
    entry.options.files = map.value(QStringLiteral("files")).toStringList();
    entry.options.projectName = map.value(QStringLiteral("projectName")).toString();
    entry.options.envFiles = map.value(QStringLiteral("envFiles")).toStringList();
    entry.options.profiles = map.value(QStringLiteral("profiles")).toStringList();
    return entry;
}

void store(const QList<RecentProjects::Entry> &entries)
{
    QVariantList list;
    for (const RecentProjects::Entry &entry : entries)
        list.append(toMap(entry.options, entry.label));
    QSettings settings;
    settings.setValue(settingsKey, list);
}

} // namespace

QList<RecentProjects::Entry> RecentProjects::load()
{
    QSettings settings;
    QList<Entry> entries;
    const QVariantList list = settings.value(settingsKey).toList();
    for (const QVariant &value : list) {
        Entry entry = fromMap(value.toMap());
        if (!entry.options.workingDir.isEmpty() || !entry.options.files.isEmpty())
            entries.append(entry);
    }
    return entries.mid(0, MaxEntries);
}

bool RecentProjects::sameStack(const ComposeLoadOptions &a, const ComposeLoadOptions &b)
{
    return QDir::cleanPath(a.workingDir) == QDir::cleanPath(b.workingDir) && a.files == b.files
           && a.projectName == b.projectName && a.envFiles == b.envFiles && a.profiles == b.profiles;
}

void RecentProjects::remember(const ComposeLoadOptions &options, const QString &label)
{
    QList<Entry> entries = load();
    entries.removeIf([&](const Entry &e) { return sameStack(e.options, options); });
    entries.prepend(Entry{options, label});
    store(entries.mid(0, MaxEntries));
}

void RecentProjects::forget(const ComposeLoadOptions &options)
{
    QList<Entry> entries = load();
    entries.removeIf([&](const Entry &e) { return sameStack(e.options, options); });
    store(entries);
}

void RecentProjects::clear()
{
    store({});
}

QString RecentProjects::describe(const Entry &entry)
{
    const QString where = entry.options.files.isEmpty() ? entry.options.workingDir : entry.options.files.join(u", ");
    QString shown = QDir::toNativeSeparators(where);
    const QString home = QDir::homePath();
    if (shown.startsWith(home))
        shown = QLatin1Char('~') + shown.mid(home.size());
    return entry.label.isEmpty() ? shown : entry.label + QStringLiteral(" — ") + shown;
}

} // namespace Stackdeck
