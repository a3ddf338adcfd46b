#include "models/validate/rulecontext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Stackdeck {

namespace {

// "docker-compose.prod.yml", "compose.production.yaml", "prod-compose.yml"; not "product.yml".
bool productionName(const QString &file)
{
    static const QRegularExpression prod(QStringLiteral("(^|[^a-z])prod(uction)?([^a-z]|$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return prod.match(QFileInfo(file).fileName()).hasMatch();
}

} // namespace

RuleContext::RuleContext(const ComposeProject &project, const ValidationOptions &options, Findings &out)
    : m_project(project), m_options(options), m_out(out), m_root(project.effective)
{
    if (m_root && m_root->isMap()) {
        const YamlNodePtr services = m_root->get(u"services");
        if (services && services->isMap())
            m_services = services.get();
    }
    m_projectProduction = options.production;
    for (const QString &file : project.files)
        m_projectProduction = m_projectProduction || productionName(file);
}

const YamlNode *RuleContext::section(QStringView name) const
{
    if (!m_root || !m_root->isMap())
        return nullptr;
    const YamlNodePtr node = m_root->get(name);
    return node && node->isMap() ? node.get() : nullptr;
}

bool RuleContext::isProduction(const SourceLocation &where) const
{
    return m_projectProduction || productionName(where.file);
}

void RuleContext::add(Severity severity, const SourceLocation &where, const QString &path, const QString &ruleId,
                      const QString &message, const QString &suggestion) const
{
    m_out.append(Finding{severity, where, path, ruleId, message, suggestion});
}

} // namespace Stackdeck
