#include "tst_enginehelper.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace EngineTestHelper {

int docker(const QStringList &args, QByteArray *out, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(u"docker"_s, args);
    if (!process.waitForStarted(10000))
        return -1;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString engineMissing()
{
    QByteArray out;
    if (docker({u"version"_s, u"--format"_s, u"{{.Server.APIVersion}}"_s}, &out, 15000) != 0)
        return u"no Docker engine answers (start dockerd; see tests/setup.d)"_s;
    return {};
}

QString ensureImage()
{
    const QString image = QString::fromLatin1(imageName);
    if (docker({u"image"_s, u"inspect"_s, image}) == 0)
        return {};
    if (!QFile::exists(u"/usr/bin/busybox"_s))
        return u"/usr/bin/busybox is missing (install busybox-static)"_s;
    QTemporaryDir dir;
    if (!dir.isValid())
        return u"cannot create a temporary directory"_s;
    const QString root = dir.filePath(u"root"_s);
    QDir().mkpath(root + u"/bin"_s);
    QDir().mkpath(root + u"/tmp"_s);
    if (!QFile::copy(u"/usr/bin/busybox"_s, root + u"/bin/busybox"_s))
        return u"cannot copy /usr/bin/busybox"_s;
    QFile::setPermissions(root + u"/bin/busybox"_s, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    QProcess list;
    list.start(u"/usr/bin/busybox"_s, {u"--list"_s});
    list.waitForFinished(10000);
    const QList<QByteArray> applets = list.readAllStandardOutput().split('\n');
    for (const QByteArray &applet : applets)
        if (!applet.isEmpty() && applet != "busybox")
            QFile::link(u"busybox"_s, root + u"/bin/"_s + QString::fromUtf8(applet));
    const QString tarball = dir.filePath(u"image.tar"_s);
    QProcess tar;
    tar.start(u"tar"_s, {u"-C"_s, root, u"-cf"_s, tarball, u"."_s});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
        return u"tar failed building the test image"_s;
    if (docker({u"import"_s, tarball, image}) != 0)
        return u"docker import failed for %1"_s.arg(image);
    return {};
}

QString uniqueProject(const QString &tag)
{
    return u"stackdeck-test-%1-%2-%3"_s.arg(tag).arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->bounded(100000));
}

QString runService(const QString &project, const QString &service, int number, const QStringList &runArgs,
                   const QStringList &command, bool oneOff)
{
    QStringList args = {u"run"_s, u"-d"_s,
                        u"--label"_s, u"com.docker.compose.project="_s + project,
                        u"--label"_s, u"com.docker.compose.service="_s + service,
                        u"--label"_s, u"com.docker.compose.container-number="_s + QString::number(number),
                        u"--label"_s, oneOff ? u"com.docker.compose.oneoff=True"_s : u"com.docker.compose.oneoff=False"_s,
                        u"--name"_s, u"%1-%2-%3%4"_s.arg(project, service, oneOff ? u"run-"_s : QString()).arg(number)};
    args += runArgs;
    args += QString::fromLatin1(imageName);
    args += command;
    QByteArray out;
    if (docker(args, &out) != 0)
        return {};
    return QString::fromUtf8(out.trimmed());
}

void removeProject(const QString &project)
{
    QByteArray out;
    docker({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project}, &out);
    QStringList ids;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            ids.append(QString::fromUtf8(line.trimmed()));
    if (!ids.isEmpty())
        docker(QStringList{u"rm"_s, u"-f"_s, u"-v"_s} + ids);
}

} // namespace EngineTestHelper

namespace EngineTestHelper {

void removeStaleProjects(const QString &tag)
{
    QByteArray out;
    docker({u"ps"_s, u"-a"_s, u"--format"_s, u"{{.Label \"com.docker.compose.project\"}}"_s}, &out);
    const QString prefix = u"stackdeck-test-%1-"_s.arg(tag);
    QSet<QString> stale;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        const QString project = QString::fromUtf8(line.trimmed());
        if (!project.startsWith(prefix))
            continue;
        const QString pid = project.mid(prefix.size()).section(u'-', 0, 0);
        if (!pid.isEmpty() && !QFile::exists(u"/proc/"_s + pid))
            stale.insert(project);
    }
    for (const QString &project : std::as_const(stale))
        removeProject(project);
}

QString prepareProject(const QString &tag, QString *project)
{
    QString missing = engineMissing();
    if (missing.isEmpty())
        missing = ensureImage();
    if (missing.isEmpty())
        removeStaleProjects(tag);
    *project = uniqueProject(tag);
    return missing;
}

} // namespace EngineTestHelper
