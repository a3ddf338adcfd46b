#pragma once

#include "models/compose/composeproject.h"
#include "models/core/finding.h"
#include "models/core/yamlnode.h"
#include "models/validate/validator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Stackdeck {

// What every rule family sees: the effective tree, the options, and where to put findings.
class RuleContext final
{
public:
    RuleContext(const ComposeProject &project, const ValidationOptions &options, Findings &out);

    const ComposeProject &project() const { return m_project; }
    const ValidationOptions &options() const { return m_options; }
    const YamlNodePtr &root() const { return m_root; }
    // The effective `services` mapping, or nullptr when absent or not a mapping.
    const YamlNode *services() const { return m_services; }
    // Top-level section (networks, volumes, secrets, configs) when it is a mapping.
    const YamlNode *section(QStringView name) const;
    // Production: the option, or a file named like *.prod.yml / production (not "product").
    bool isProduction(const SourceLocation &where) const;

    void add(Severity severity, const SourceLocation &where, const QString &path, const QString &ruleId,
             const QString &message, const QString &suggestion) const;

private:
    const ComposeProject &m_project;
    const ValidationOptions &m_options;
    Findings &m_out;
    YamlNodePtr m_root;
    const YamlNode *m_services = nullptr;
    bool m_projectProduction = false;
};

// Helpers shared by the rule families.
namespace Rules {
// "services.web" + "ports" -> "services.web.ports"; indices as numbers.
inline QString join(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
inline QString join(const QString &path, qsizetype index) { return path + QLatin1Char('.') + QString::number(index); }
// The scalar as the user wrote it, before interpolation.
inline const QString &written(const YamlNode &node) { return node.raw.isEmpty() ? node.value : node.raw; }
// "${VAR}" with VAR unset: the loader already warned, so the rules do not report the empty value again.
inline bool emptyFromVariable(const YamlNode &node) { return node.isScalar() && node.value.isEmpty() && !node.raw.isEmpty(); }
// Findings translate under one context, for the runtime and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackdeck::Validator)
};
} // namespace Rules

} // namespace Stackdeck
