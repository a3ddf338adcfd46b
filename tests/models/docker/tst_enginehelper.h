#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Shared by the engine tests: talks to the real engine through the docker CLI for set-up and checks.
namespace EngineTestHelper {

inline constexpr char imageName[] = "stackdeck/busybox:test";

// Runs `docker args...`; returns the exit code (-1 when docker could not start), output in `out`.
int docker(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 60000);
// Empty when the engine answers, else why not (for QSKIP).
QString engineMissing();
// Builds stackdeck/busybox:test from /usr/bin/busybox with `docker import` unless present; empty or an error.
QString ensureImage();
// "stackdeck-test-<tag>-<pid>-<random>": unique per run so parallel runs never meet.
QString uniqueProject(const QString &tag);
// `docker run -d` with compose labels; returns the container id or an empty string.
QString runService(const QString &project, const QString &service, int number, const QStringList &runArgs,
                   const QStringList &command, bool oneOff = false);
// Removes every container (and its anonymous volumes) labelled with the project.
void removeProject(const QString &project);
// Removes projects left by killed runs of this test (their pid is gone), so crashes do not pile up containers.
void removeStaleProjects(const QString &tag);
// initTestCase's set-up: checks the engine, builds the image, clears stale runs and names this run's project.
// Returns why the engine cannot be used (for QSKIP), or empty.
QString prepareProject(const QString &tag, QString *project);

} // namespace EngineTestHelper
