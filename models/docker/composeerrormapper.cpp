#include "models/docker/composeerrormapper.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stackdeck {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ComposeErrorMapper)
};

// First capture of `re` in any line, scanning from the end (the last report is the final word).
QString findLast(const QStringList &lines, const QRegularExpression &re, int group = 1)
{
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const auto m = re.match(*it);
        if (m.hasMatch())
            return m.captured(group);
    }
    return {};
}

bool anyContains(const QStringList &lines, QStringView needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The line a person should read when nothing more specific matched: the last error-looking line.
QString lastMeaningful(const QStringList &lines)
{
    static const QRegularExpression noise(uR"re(^(\s|Traceback|During handling|\^+$|Creating |Starting |Stopping |Removing |Pulling |Recreating ))re"_s);
    QString fallback;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (line.isEmpty() || noise.match(*it).hasMatch())
            continue;
        if (line.contains(u"error"_s, Qt::CaseInsensitive))
            return line;
        if (fallback.isEmpty())
            fallback = line;
    }
    return fallback;
}

} // namespace

Error ComposeErrorMapper::map(const QStringList &lines, int exitCode, const QString &command)
{
    static const QRegularExpression portAllocated(
        uR"re((?:Bind for (\S+?):(\d+) failed: port is already allocated|listen tcp[46]? (\S+?):(\d+): bind: address already in use))re"_s);
    static const QRegularExpression endpoint(uR"re(endpoint (\S+?)[ (])re"_s);
    static const QRegularExpression pullDenied(uR"re(pull access denied for ([^,\s]+))re"_s);
    static const QRegularExpression noSuchImage(uR"re((?:No such image|manifest for|manifest unknown[^:]*:)\s*:?\s*(\S+))re"_s);
    static const QRegularExpression pullingImage(uR"re(Pulling \S+ \((.+)\)\.\.\.|(\S+) Pulling$)re"_s);
    static const QRegularExpression registryDown(uR"re((?:dial tcp|no such host|i/o timeout|TLS handshake timeout|connection refused).*)re"_s);
    static const QRegularExpression invalidV1(uR"re(The Compose file '(.+)' is invalid because:)re"_s);
    static const QRegularExpression yamlError(uR"re(^(?:yaml\.\w+\.\w+Error: |yaml: )(.*)$)re"_s);
    static const QRegularExpression validatingV2(uR"re(^(?:validating |service ")(.*)$)re"_s);
    static const QRegularExpression fileLine(uR"re(in "(.+)", line (\d+), column (\d+))re"_s);

    Error error;
    const auto has = [&](QStringView needle) { return anyContains(lines, needle); };

    // Engine unreachable and socket permissions come first: every later failure would follow from them.
    if (has(u"permission denied while trying to connect to the Docker daemon") || has(u"PermissionError(13")
        || (has(u"Permission denied") && (has(u"docker.sock") || has(u"fetching server API version")))) {
        error.message = Tr::tr("Permission denied on the Docker engine's socket.");
        error.hint = Tr::tr("Add your user to the docker group (sudo usermod -aG docker $USER, then log in again), "
                        "or point DOCKER_HOST at a rootless engine's socket.");
        return error;
    }
    if (has(u"Cannot connect to the Docker daemon") || has(u"Couldn't connect to Docker daemon")
        || has(u"Error while fetching server API version") || has(u"Is the docker daemon running")) {
        error.message = Tr::tr("Cannot connect to the Docker engine.");
        error.hint = Tr::tr("Start it (sudo systemctl start docker, or dockerd) or set DOCKER_HOST to a running engine.");
        return error;
    }
    if (const QString file = findLast(lines, invalidV1); !file.isEmpty()) {
        QString detail;
        for (qsizetype i = lines.size() - 2; i >= 0 && detail.isEmpty(); --i) {
            if (invalidV1.match(lines.at(i)).hasMatch())
                detail = lines.at(i + 1).trimmed();
        }
        error.message = Tr::tr("The compose file %1 is invalid: %2").arg(file, detail);
        error.hint = Tr::tr("Fix the key it names (stackdeck check shows it with its line), or run config to see the merged file.");
        return error;
    }
    if (const QString detail = findLast(lines, yamlError); !detail.isEmpty()) {
        error.message = Tr::tr("The compose file is not valid YAML: %1").arg(detail);
        const auto m = [&] {
            for (const QString &line : lines) {
                if (auto found = fileLine.match(line); found.hasMatch())
                    return found;
            }
            return QRegularExpressionMatch();
        }();
        if (m.hasMatch())
            error.location = SourceLocation{m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), -1};
        error.hint = Tr::tr("Fix the YAML at the position shown; stackdeck check reports it with its line and column.");
        return error;
    }
    if (const QString detail = findLast(lines, validatingV2, 0); !detail.isEmpty()) {
        error.message = Tr::tr("The compose file is invalid: %1").arg(detail);
        error.hint = Tr::tr("Fix the key it names (stackdeck check shows it with its line).");
        return error;
    }
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const auto m = portAllocated.match(*it);
        if (!m.hasMatch())
            continue;
        const QString port = m.captured(2).isEmpty() ? m.captured(4) : m.captured(2);
        const QString host = m.captured(1).isEmpty() ? m.captured(3) : m.captured(1);
        const QString container = endpoint.match(*it).captured(1);
        error.message = container.isEmpty()
            ? Tr::tr("Port %1 is already in use on the host (%2).").arg(port, host)
            : Tr::tr("Port %1 is already in use on the host (%2), so %3 cannot publish it.").arg(port, host, container);
        error.hint = Tr::tr("Stop the program or container listening on port %1, or change the published port "
                        "in the compose file.").arg(port);
        return error;
    }
    if (QString image = findLast(lines, pullDenied); !image.isEmpty() || has(u"repository does not exist")
        || !findLast(lines, noSuchImage).isEmpty()) {
        if (image.isEmpty())
            image = findLast(lines, noSuchImage);
        error.message = Tr::tr("Image %1 cannot be found.").arg(image);
        error.hint = Tr::tr("Check the image name and tag, run docker login for a private registry, or build the image locally.");
        return error;
    }
    if (const auto pulling = findLast(lines, pullingImage); !pulling.isEmpty() || has(u"registry-1.docker.io")) {
        const QString reason = findLast(lines, registryDown, 0);
        if (!reason.isEmpty()) {
            QString image = pulling;
            if (image.isEmpty())
                image = findLast(lines, pullingImage, 2);
            error.message = image.isEmpty()
                ? Tr::tr("An image is not available locally and its registry cannot be reached (%1).").arg(reason)
                : Tr::tr("Image %1 is not available locally and its registry cannot be reached (%2).").arg(image, reason);
            error.hint = Tr::tr("Check the network and proxy settings, or load the image locally (docker load or docker import).");
            return error;
        }
    }
    const QString last = lastMeaningful(lines);
    error.message = last.isEmpty() ? Tr::tr("%1 failed with exit status %2.").arg(command).arg(exitCode)
                                    : Tr::tr("%1 failed with exit status %2: %3").arg(command).arg(exitCode).arg(last);
    error.hint = Tr::tr("See the command's output for details.");
    return error;
}

} // namespace Stackdeck
