#include "models/docker/composetarget.h"

#include "models/core/yamlreader.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Stackdeck {

QString ComposeTarget::normaliseProjectName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (alnum || (!out.isEmpty() && (c == u'_' || c == u'-')))
            out.append(c);
    }
    return out;
}

QString ComposeTarget::resolvedProjectName() const
{
    if (!projectName.isEmpty())
        return normaliseProjectName(projectName);
    for (const QString &file : files) {
        const auto doc = YamlReader::readFile(file);
        if (doc.ok() && doc->root && doc->root->isMap()) {
            const QString name = doc->root->text(u"name");
            if (!name.isEmpty())
                return normaliseProjectName(name);
        }
    }
    return normaliseProjectName(QFileInfo(resolvedProjectDirectory()).fileName());
}

QString ComposeTarget::resolvedProjectDirectory() const
{
    if (!projectDirectory.isEmpty())
        return QDir(projectDirectory).absolutePath();
    if (files.isEmpty())
        return QDir::currentPath();
    return QFileInfo(files.constFirst()).absoluteDir().absolutePath();
}

} // namespace Stackdeck
