#pragma once

#include <QWidget>

#include <optional>

namespace Stackdeck {

// A painted bar of a value against its limit, figures written on it; neutral without a limit, badged on alert.
class ResourceGauge final : public QWidget
{
    Q_OBJECT
public:
    enum class Unit : quint8 { Cores, Bytes };
    enum class Level : quint8 { Off, Unlimited, Normal, Warning, Critical };
    Q_ENUM(Level)

    explicit ResourceGauge(Unit unit, QWidget *parent = nullptr);

    Unit unit() const { return m_unit; }
    // Cores or bytes; a limit <= 0 means no limit.
    void setValue(double value, double limit);
    // No figures (not running, no engine): the bar shows only this text.
    void setOff(const QString &text);
    // A short label such as "OOM killed" in a badge; an empty label clears it.
    void setAlert(const QString &label, Level level = Level::Critical);
    // Share of the limit above which the bar turns to warning; nullopt = never (the default for cores).
    void setWarningAbove(std::optional<double> fraction);
    // "CPU", "Memory": painted in front of the figures when set.
    void setCaption(const QString &caption);

    QString text() const { return m_text; }
    QString alert() const { return m_alert; }
    QString caption() const { return m_caption; }
    Level level() const;
    bool isOff() const { return m_off; }
    bool hasLimit() const { return m_limit > 0; }
    double value() const { return m_value; }
    double limit() const { return m_limit; }
    double fraction() const; // of the limit; 0 without one or when off

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QColor fillColour() const;

    Unit m_unit;
    double m_value = 0.0;
    double m_limit = 0.0;
    bool m_off = true;
    QString m_text;
    QString m_caption;
    QString m_alert;
    Level m_alertLevel = Level::Critical;
    std::optional<double> m_warningAbove;
};

} // namespace Stackdeck
