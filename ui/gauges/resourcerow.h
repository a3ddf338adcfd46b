#pragma once

#include "ui/gauges/servicereading.h"

#include <QWidget>

class QLabel;

namespace Stackdeck {

class ResourceGauge;

// One service: name, CPU and memory gauges, and a warning line under them while something is wrong.
class ResourceRow final : public QWidget
{
    Q_OBJECT
public:
    // Shared with the panel's column header so the columns line up.
    static constexpr int cpuStretch = 4;
    static constexpr int memoryStretch = 5;
    static constexpr int leftMargin = 8;
    static constexpr int rightMargin = 6;
    static constexpr int spacing = 8;

    explicit ResourceRow(const QString &service, QWidget *parent = nullptr);

    QString service() const { return m_service; }
    void setReading(const ServiceReading &reading);
    const ServiceReading &reading() const { return m_reading; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    void setNameWidth(int width);
    // "OOM killed · restart loop, 4 restarts"; empty when all is well.
    QString warningText() const { return m_warningText; }
    bool hasCriticalWarning() const;

    ResourceGauge *cpuGauge() const { return m_cpu; }
    ResourceGauge *memoryGauge() const { return m_memory; }

signals:
    void clicked(const QString &service);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateWarning();
    void elideTexts();

    QString m_service;
    QString m_warningText;
    ServiceReading m_reading;
    bool m_hasReading = false;
    bool m_selected = false;
    QLabel *m_name = nullptr;
    ResourceGauge *m_cpu = nullptr;
    ResourceGauge *m_memory = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace Stackdeck
