#pragma once

#include "models/core/finding.h"
#include "models/core/result.h"
#include "models/helm/valueexplanation.h"
#include "models/helm/valueslayer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdeck {

// A Helm release's values: base values.yaml, one environment file and presets, merged in that order
// with Helm's rules. Immutable once built, so it can be handed across threads as a snapshot.
class ValuesStack final
{
public:
    ValuesStack() = default;
    // Layers merge in the order given: the first is the base, later ones override.
    explicit ValuesStack(QList<ValuesLayer> layers);

    // <chart>/values.yaml, <chart>/environments/<env>/values.yaml (when `environment` is not empty),
    // then <chart>/presets/<P>.yaml or <chart>/presets/<P>-values.yaml for each preset, in order.
    static Result<ValuesStack> loadChart(const QString &chartDir, const QString &environment = {},
                                         const QStringList &presets = {});
    // Environment names with a values.yaml under <chart>/environments/, sorted.
    static QStringList availableEnvironments(const QString &chartDir);
    // Preset names under <chart>/presets/ ("gpu" for gpu-values.yaml), sorted.
    static QStringList availablePresets(const QString &chartDir);

    const QList<ValuesLayer> &layers() const { return m_layers; }
    QString chartDir() const { return m_chartDir; }

    // The merged tree; every node keeps the location where the layer that set it wrote it.
    YamlNodePtr effective() const { return m_effective; }
    // The effective value of `key` ("a.b.c", "a.b[0]", "a.b.0"), who set it and what it overrode.
    ValueExplanation explain(const QString &key) const;
    // Non-fatal problems of every layer (duplicate keys, bad merge keys).
    Findings findings() const;

private:
    QString m_chartDir;
    QList<ValuesLayer> m_layers;
    YamlNodePtr m_effective;
};

} // namespace Stackdeck
