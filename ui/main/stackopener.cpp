#include "ui/main/stackopener.h"

#include <QCoreApplication>

#include <algorithm>

#ifdef STACKDECK_HAVE_COMPOSE
#include "models/compose/composeloader.h"
#endif
#ifdef STACKDECK_HAVE_VALIDATE
#include "models/validate/validator.h"
#endif

namespace Stackdeck {

namespace {

// The same finding can come from the loader and from a rule; show it once.
void appendUnique(Findings &into, const Findings &more)
{
    for (const Finding &f : more) {
        const bool seen = std::any_of(into.cbegin(), into.cend(), [&f](const Finding &g) {
            return g.location == f.location && g.ruleId == f.ruleId && g.message == f.message;
        });
        if (!seen)
            into.append(f);
    }
}

} // namespace

LoadedStack StackOpener::open(const ComposeLoadOptions &options)
{
    LoadedStack stack;
#ifdef STACKDECK_HAVE_COMPOSE
    Result<ComposeProject> loaded = ComposeLoader::load(options);
    if (!loaded) {
        stack.error = loaded.error().toString();
        return stack;
    }
    stack.ok = true;
    stack.project = std::move(loaded).value();
    appendUnique(stack.findings, stack.project.findings);
    for (const YamlDocument &doc : std::as_const(stack.project.documents))
        appendUnique(stack.findings, doc.findings);
#ifdef STACKDECK_HAVE_VALIDATE
    appendUnique(stack.findings, Validator::validate(stack.project));
#endif
    std::stable_sort(stack.findings.begin(), stack.findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.location.file, a.location.line, a.location.column)
            < std::tie(b.location.file, b.location.line, b.location.column);
    });
#else
    Q_UNUSED(options)
    stack.error = QCoreApplication::translate("Stackdeck::StackOpener",
                                              "This build has no compose loader (models/compose is missing).");
#endif
    return stack;
}

} // namespace Stackdeck
