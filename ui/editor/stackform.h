#pragma once

#include "models/editor/editsession.h"

#include <QPointer>

#include <functional>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace Stackdeck {

// The stack as a whole: its services (add, duplicate, remove with their references), top-level networks
// (with driver) and volumes. Everything inline; every change is one undoable session edit.
class StackForm final : public QWidget
{
    Q_OBJECT
public:
    StackForm(EditSession *session, QUndoStack *undo, QWidget *parent = nullptr);

    QListWidget *serviceList() const { return m_services; }
    QListWidget *networkList() const { return m_networks; }
    QListWidget *volumeList() const { return m_volumes; }
    QString message() const;

    Status addService(const QString &name, const QString &image);
    Status duplicateService(const QString &from, const QString &name);
    Status removeService(const QString &name, bool withReferences);
    Status addNetwork(const QString &name, const QString &driver);
    Status removeNetwork(const QString &name);
    Status addVolume(const QString &name);
    Status removeVolume(const QString &name);

    void refresh();

signals:
    void serviceActivated(const QString &name);

private:
    Status run(const QString &what, const std::function<Status()> &edit);
    void showResult(const Status &status);
    void updateRemoveInfo();
    QStringList topNames(const QString &key) const;

    QPointer<EditSession> m_session;
    QUndoStack *m_undo;
    QListWidget *m_services;
    QLineEdit *m_newName;
    QLineEdit *m_newImage;
    QLineEdit *m_duplicateName;
    QLabel *m_references;
    QCheckBox *m_alsoReferences;
    QPushButton *m_remove;
    QListWidget *m_networks;
    QLineEdit *m_networkName;
    QLineEdit *m_networkDriver;
    QListWidget *m_volumes;
    QLineEdit *m_volumeName;
    QLabel *m_message;
};

} // namespace Stackdeck
