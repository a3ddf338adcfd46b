#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QWidget;

namespace Stackdeck::E2e {

// Runs a program to completion (5 min at most); returns its exit code, output in *out.
int run(const QString &program, const QStringList &arguments, QString *out = nullptr, const QString &dir = {});
// tests/demo/down.sh PROJECT: the project's containers, networks and volumes removed.
void composeDown(const QString &project);
// tests/demo/up.sh PROJECT DIR: the demo in DIR up on the stand-in images, every service healthy (exit 0).
int demoUp(const QString &project, const QString &dir, QString *out);
// KEY=VALUE lines of a .env file.
QMap<QString, QString> readEnv(const QString &path);
// Every text a person could read in the widget tree: labels, buttons, editors, item views' cells, tooltips.
QStringList readableTexts(QWidget *root);
// Saves what the X server shows of `widget` (the real window, not a re-render) as PNG into `dir`.
QString screenshot(QWidget *widget, const QString &dir, const QString &name);

} // namespace Stackdeck::E2e
