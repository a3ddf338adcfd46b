#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace Stackdeck {

class ResourceGauge;

// The stack against the machine: CPU and memory in use now, and the memory the services declare.
class ResourceTotals final : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceTotals(QWidget *parent = nullptr);

    void setMachine(int cpus, qint64 memoryBytes);
    // Sums over running services; nullopt = no engine to ask.
    void setUsage(std::optional<double> cpuCores, std::optional<qint64> memoryUsed);
    // Sum of declared memory limits (× replicas) and how many services declare none.
    void setDeclared(qint64 memoryLimits, int servicesWithoutLimit);

    ResourceGauge *cpuGauge() const { return m_cpu; }
    ResourceGauge *memoryGauge() const { return m_memory; }
    ResourceGauge *declaredGauge() const { return m_declared; }

private:
    void refresh();

    int m_cpus = 1;
    qint64 m_machineMemory = 0;
    std::optional<double> m_cpuCores;
    std::optional<qint64> m_memoryUsed;
    qint64 m_declaredMemory = 0;
    int m_withoutLimit = 0;
    ResourceGauge *m_cpu = nullptr;
    ResourceGauge *m_memory = nullptr;
    ResourceGauge *m_declared = nullptr;
    QLabel *m_cpuCaption = nullptr;
    QLabel *m_memoryCaption = nullptr;
    QLabel *m_declaredCaption = nullptr;
};

} // namespace Stackdeck
