#include "ui/gauges/resourcetotals.h"

#include "ui/gauges/gaugepalette.h"
#include "ui/gauges/gaugethresholds.h"
#include "ui/gauges/resourcegauge.h"

#include <QGridLayout>
#include <QLabel>

namespace Stackdeck {

namespace {

QLabel *makeCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont font = label->font();
    font.setPointSizeF(qMax(7.0, font.pointSizeF() * 0.9));
    label->setFont(font);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, GaugePalette::mutedText(pal));
    label->setPalette(pal);
    return label;
}

} // namespace

ResourceTotals::ResourceTotals(QWidget *parent)
    : QWidget(parent), m_cpu(new ResourceGauge(ResourceGauge::Unit::Cores, this)),
      m_memory(new ResourceGauge(ResourceGauge::Unit::Bytes, this)),
      m_declared(new ResourceGauge(ResourceGauge::Unit::Bytes, this)), m_cpuCaption(makeCaption(this)),
      m_memoryCaption(makeCaption(this)), m_declaredCaption(makeCaption(this))
{
    m_cpu->setObjectName(QStringLiteral("totalCpuGauge"));
    m_memory->setObjectName(QStringLiteral("totalMemoryGauge"));
    m_declared->setObjectName(QStringLiteral("declaredMemoryGauge"));
    // Declared limits may approach the machine; only going past it is worth a colour.
    m_declared->setWarningAbove(GaugeThresholds::machineOvercommit);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(1);
    layout->addWidget(m_cpuCaption, 0, 0);
    layout->addWidget(m_memoryCaption, 0, 1);
    layout->addWidget(m_declaredCaption, 0, 2);
    layout->addWidget(m_cpu, 1, 0);
    layout->addWidget(m_memory, 1, 1);
    layout->addWidget(m_declared, 1, 2);
    layout->setColumnStretch(0, 4);
    layout->setColumnStretch(1, 5);
    layout->setColumnStretch(2, 5);
    refresh();
}

void ResourceTotals::setMachine(int cpus, qint64 memoryBytes)
{
    m_cpus = qMax(1, cpus);
    m_machineMemory = qMax<qint64>(0, memoryBytes);
    refresh();
}

void ResourceTotals::setUsage(std::optional<double> cpuCores, std::optional<qint64> memoryUsed)
{
    if (m_cpuCores == cpuCores && m_memoryUsed == memoryUsed)
        return;
    m_cpuCores = cpuCores;
    m_memoryUsed = memoryUsed;
    refresh();
}

void ResourceTotals::setDeclared(qint64 memoryLimits, int servicesWithoutLimit)
{
    if (m_declaredMemory == memoryLimits && m_withoutLimit == servicesWithoutLimit)
        return;
    m_declaredMemory = memoryLimits;
    m_withoutLimit = servicesWithoutLimit;
    refresh();
}

void ResourceTotals::refresh()
{
    m_cpuCaption->setText(m_cpus == 1 ? tr("Stack CPU, 1 core") : tr("Stack CPU, %1 cores").arg(m_cpus));
    m_memoryCaption->setText(tr("Stack memory, of the machine"));
    m_declaredCaption->setText(m_withoutLimit > 0 ? tr("Declared limits (%1 unlimited)").arg(m_withoutLimit)
                                                  : tr("Declared memory limits"));
    if (m_cpuCores)
        m_cpu->setValue(*m_cpuCores, m_cpus);
    else
        m_cpu->setOff(tr("no engine"));
    if (m_memoryUsed)
        m_memory->setValue(double(*m_memoryUsed), double(m_machineMemory));
    else
        m_memory->setOff(tr("no engine"));
    m_declared->setValue(double(m_declaredMemory), double(m_machineMemory));
    const bool over = m_machineMemory > 0
                      && double(m_declaredMemory) > double(m_machineMemory) * GaugeThresholds::machineOvercommit;
    m_declared->setAlert(over ? tr("overcommitted") : QString(), ResourceGauge::Level::Warning);
    for (QLabel *caption : {m_cpuCaption, m_memoryCaption, m_declaredCaption})
        caption->setToolTip(caption->text());
}

} // namespace Stackdeck
