#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Stackdeck {

class LogFilter;

// Regex field (its error shown inline), level checkboxes and a service selector driving a LogFilter.
class LogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    // nullptr detaches the bar before its filter goes away.
    void setFilter(LogFilter *filter);
    // Services appear in the selector as their first line arrives; all are shown by default.
    void addService(const QString &service);
    QStringList services() const;
    // Forgets every service (another stack was opened); the next ones are all shown.
    void clearServices();
    // Checks only these services (adding any not seen yet); an empty list checks them all.
    void showOnly(const QStringList &services);

private:
    void updateLevels();
    void updateServices();
    void showError(const QString &error);

    LogFilter *m_filter = nullptr;
    QLineEdit *m_pattern;
    QLabel *m_error;
    QList<QCheckBox *> m_levels;
    QToolButton *m_servicesButton;
    QMenu *m_servicesMenu;
    bool m_pinned = false; // showOnly() chose services: the filter holds even when every listed one is checked
};

} // namespace Stackdeck
