#include "ui/common/syntaxsupport.h"

#include "ui/common/yamlhighlighter.h"

#include <QFileInfo>
#include <QTextDocument>

#ifdef STACKDECK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Stackdeck::SyntaxSupport {

namespace {

[[maybe_unused]] bool isLog(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".log"), Qt::CaseInsensitive);
}

[[maybe_unused]] bool isYamlLike(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString base = QFileInfo(fileName).fileName();
    return suffix == u"yaml" || suffix == u"yml" || base == u".env" || base.startsWith(QStringLiteral(".env."))
        || base.endsWith(QStringLiteral(".env"));
}

#ifdef STACKDECK_HAVE_KSYNTAXHIGHLIGHTING
// One repository for the process: loading the definitions costs ~20 ms.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

} // namespace

QString engineName()
{
#ifdef STACKDECK_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}

bool attach(QTextDocument *document, const QString &fileName)
{
    if (!document)
        return false;
#ifdef STACKDECK_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Definition def = repository().definitionForFileName(fileName);
    // KF6 has no .env definition; INI Files comes closest.
    if (!def.isValid() && isYamlLike(fileName))
        def = repository().definitionForName(QStringLiteral("INI Files"));
    if (def.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(def);
        return true;
    }
    return false;
#else
    if (isLog(fileName)) {
        new YamlHighlighter(document, YamlHighlighter::Mode::Log);
        return true;
    }
    if (isYamlLike(fileName)) {
        new YamlHighlighter(document, YamlHighlighter::Mode::Yaml);
        return true;
    }
    return false;
#endif
}

} // namespace Stackdeck::SyntaxSupport
