#include "e2ehelpers.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScreen>
#include <QTextEdit>
#include <QWidget>
#include <QWindow>

namespace Stackdeck::E2e {

int run(const QString &program, const QStringList &arguments, QString *out, const QString &dir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void composeDown(const QString &project)
{
    run(QStringLiteral("bash"), {QStringLiteral(STACKDECK_SOURCE_DIR "/tests/demo/down.sh"), project});
}

int demoUp(const QString &project, const QString &dir, QString *out)
{
    return run(QStringLiteral("bash"), {QStringLiteral(STACKDECK_SOURCE_DIR "/tests/demo/up.sh"), project, dir}, out);
}

QMap<QString, QString> readEnv(const QString &path)
{
    QMap<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith('#'))
            values.insert(QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return values;
}

QStringList readableTexts(QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        texts << w->toolTip() << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            texts << rich->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int col = 0; col < model->columnCount(); ++col) {
                    const QModelIndex index = model->index(row, col);
                    texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return texts;
}

QString screenshot(QWidget *widget, const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + QStringLiteral(".png");
    QScreen *screen = widget->screen();
    const QPoint origin = widget->mapToGlobal(QPoint(0, 0));
    // The top-level window is taken with its frame-less client area exactly as the X server has it.
    const QPixmap shot = screen->grabWindow(0, origin.x(), origin.y(), widget->width(), widget->height());
    return shot.save(path) ? path : QString();
}

} // namespace Stackdeck::E2e
