#include "models/compose/composeloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <time.h>

using namespace Stackdeck;

// Prints load time for a generated 1,000-service compose file and `docker-compose config -q` on the
// same file as a ratio. Never asserts on time.
class BenchComposeLoader final : public QObject
{
    Q_OBJECT

private:
    // CPU time of this thread: the figure that survives a machine shared with other builds.
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    static QByteArray generate(int services)
    {
        QByteArray out =
            "x-logging: &logging\n"
            "  driver: json-file\n"
            "  options:\n"
            "    max-size: \"10m\"\n"
            "    max-file: \"3\"\n"
            "x-common: &common\n"
            "  restart: unless-stopped\n"
            "  logging: *logging\n"
            "  networks: [backend]\n"
            "services:\n";
        for (int i = 0; i < services; ++i) {
            const QByteArray n = QByteArray::number(i);
            out += "  svc-" + n + ":\n"
                   "    <<: *common\n"
                   "    image: \"registry.local/svc-" + n + ":${TAG:-1.0.0}\"\n"
                   "    user: \"1000:1000\"\n"
                   "    ports:\n"
                   "      - \"" + QByteArray::number(10000 + i) + ":8000\"\n"
                   "    expose: [\"9000\"]\n"
                   "    environment:\n"
                   "      SERVICE_NAME: svc-" + n + "\n"
                   "      LOG_LEVEL: ${LOG_LEVEL:-info}\n"
                   "      DATABASE_URL: postgresql://app:${DB_PASSWORD:-x}@db:5432/app\n"
                   "    volumes:\n"
                   "      - ./data/" + n + ":/data:ro\n"
                   "    healthcheck:\n"
                   "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n"
                   "      interval: 30s\n"
                   "      retries: 3\n"
                   "    deploy:\n"
                   "      resources:\n"
                   "        limits: {cpus: '0.5', memory: 256M}\n"
                   "        reservations: {cpus: '0.25', memory: 128M}\n";
            if (i > 0)
                out += "    depends_on:\n"
                       "      svc-" + QByteArray::number(i - 1) + ":\n"
                       "        condition: service_healthy\n";
        }
        out += "networks:\n  backend: {}\n";
        return out;
    }

private slots:
    void load1000()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("stackdeck.compose.debug=false"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compose.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(generate(1000));
        f.close();

        ComposeLoadOptions options;
        options.files = {path};
        options.useProcessEnvironment = false;
        QList<qint64> times;
        QList<double> cpu;
        int services = 0;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            const Result<ComposeProject> p = ComposeLoader::load(options);
            times.append(t.nsecsElapsed());
            cpu.append(threadCpuMs() - cpuStart);
            QVERIFY(p.ok());
            services = int(p->services.size());
        }
        QCOMPARE(services, 1000);
        std::sort(times.begin(), times.end());
        std::sort(cpu.begin(), cpu.end());
        const double ours = double(times[times.size() / 2]) / 1e6;
        qInfo("ComposeLoader::load, 1,000 services (%lld KB): median %.1f ms wall, %.1f ms CPU of %lld runs (min %.1f ms wall)",
              qlonglong(QFileInfo(path).size() / 1024), ours, cpu[cpu.size() / 2], qlonglong(times.size()), double(times.first()) / 1e6);

        QProcess v1;
        v1.setWorkingDirectory(dir.path());
        QElapsedTimer t;
        t.start();
        v1.start(QStringLiteral("/usr/bin/docker-compose"), {QStringLiteral("-f"), path, QStringLiteral("config"), QStringLiteral("-q")});
        if (!v1.waitForStarted(5000))
            QSKIP("docker-compose (v1) is not installed: no reference figure");
        v1.waitForFinished(300000);
        const double theirs = double(t.nsecsElapsed()) / 1e6;
        qInfo("docker-compose config -q on the same file: %.0f ms (exit %d); ratio %.0fx", theirs, v1.exitCode(), theirs / ours);
    }
};

QTEST_GUILESS_MAIN(BenchComposeLoader)
#include "bench_composeloader.moc"
