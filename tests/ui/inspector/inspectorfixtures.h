#pragma once

#include "models/compose/servicespec.h"
#include "models/health/proberesult.h"

#include <QMap>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace Stackdeck {
class ServiceInspector;
}

namespace Stackdeck::InspectorFixtures {

// Secret values in warehouse()'s environment, and a plain one that must stay hidden too.
extern const QString dbPassword;
extern const QString apiToken;
extern const QString urlPassword;
extern const QString plainValue;

// A service using every field the inspector shows, with secrets in the environment and one echoed by its healthcheck.
ServiceSpec warehouse();
ProbeResult probe(HealthState state, const QString &message, int secondsAgo, int latencyMs);

// A label's text as shown: rich text made plain, break opportunities removed.
QString plain(const QString &text);
// Every text a person (or a screen reader, or a screenshot) can get out of the widget tree.
QStringList allTexts(QWidget *root);
bool anyContains(const QStringList &texts, const QString &needle);
// The configuration form as label → shown value (plain, without break opportunities).
QMap<QString, QString> configRows(ServiceInspector *inspector);
QList<QLabel *> portLabels(ServiceInspector *inspector);
QLabel *label(ServiceInspector *inspector, const QString &name);

} // namespace Stackdeck::InspectorFixtures
