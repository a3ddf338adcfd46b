#include "models/compose/composeloader.h"
#include "models/validate/validator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Prints parse + validate time for a generated 1,000-service compose file next to `docker-compose config -q`.
class BenchCheckSpeed final : public QObject
{
    Q_OBJECT

private slots:
    void checkThousandServices();
};

namespace {

constexpr int kServices = 1000;
constexpr int kRuns = 5;

// One service shaped like the production stack's (FastAPI/Streamlit/analytics/PostgreSQL/Redis/nginx/
// Prometheus/Grafana/Spark): image, ports, env with ${VAR:-default}, depends_on, healthcheck, limits, logging.
QByteArray service(int i)
{
    static const char *const kinds[][3] = {
        {"api", "ghcr.io/example/fastapi:1.4.2", "8000"},  {"dashboard", "ghcr.io/example/streamlit:1.4.2", "8501"},
        {"analytics", "ghcr.io/example/analytics:1.4.2", "8002"}, {"postgres", "postgres:16-alpine", "5432"},
        {"redis", "redis:7-alpine", "6379"},                {"nginx", "nginx:1.25-alpine", "80"},
        {"prometheus", "prom/prometheus:v2.51.0", "9090"},  {"grafana", "grafana/grafana:10.4.2", "3000"},
        {"spark-worker", "bitnami/spark:3.5", "8081"},
    };
    const auto &k = kinds[i % 9];
    const QByteArray name = QByteArray(k[0]) + '-' + QByteArray::number(i);
    QByteArray s;
    s += "  " + name + ":\n";
    s += "    image: " + QByteArray(k[1]) + "\n";
    s += "    user: \"10001:10001\"\n";
    s += "    restart: unless-stopped\n";
    s += "    ports:\n      - \"127.0.0.1:" + QByteArray::number(20000 + i) + ":" + k[2] + "\"\n";
    s += "    expose:\n      - \"" + QByteArray(k[2]) + "\"\n";
    s += "    environment:\n";
    s += "      APP_ENV: ${APP_ENV:-production}\n";
    s += "      LOG_LEVEL: ${LOG_LEVEL:-info}\n";
    s += "      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD:-}@postgres-3:5432/app\n";
    s += "      REDIS_URL: redis://redis-4:6379/0\n";
    s += "      WORKERS: \"4\"\n";
    if (i >= 9)
        s += "    depends_on:\n      postgres-3:\n        condition: service_healthy\n      redis-4:\n"
             "        condition: service_started\n";
    s += "    networks: [backend, monitoring]\n";
    s += "    volumes:\n      - data-" + QByteArray::number(i % 50) + ":/var/lib/app\n      - ./config/" + k[0]
         + ":/etc/app:ro\n";
    s += "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:" + QByteArray(k[2])
         + "/health\"]\n      interval: 30s\n      timeout: 10s\n      retries: 3\n      start_period: 40s\n";
    s += "    labels:\n      com.example.stack: production\n      com.example.tier: " + QByteArray(k[0]) + "\n";
    s += "    logging: *default-logging\n";
    s += "    deploy:\n      resources:\n        limits:\n          cpus: '0.5'\n          memory: 512M\n"
         "        reservations:\n          cpus: '0.25'\n          memory: 256M\n";
    return s;
}

QByteArray composeFile()
{
    QByteArray text = "# generated: 1,000 services modelled on the production stack\n"
                      "x-logging: &default-logging\n  driver: json-file\n  options:\n    max-size: \"10m\"\n"
                      "    max-file: \"3\"\n\nservices:\n";
    for (int i = 0; i < kServices; ++i)
        text += service(i);
    text += "networks:\n  backend: {}\n  monitoring: {}\nvolumes:\n";
    for (int i = 0; i < 50; ++i)
        text += "  data-" + QByteArray::number(i) + ": {}\n";
    return text;
}

// CPU time in ms: on a shared machine wall time mostly measures the other processes.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &tv) { return tv.tv_sec * 1e3 + tv.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine().split(' ').value(0)) : u"?"_s;
}

} // namespace

void BenchCheckSpeed::checkThousandServices()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"compose.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(composeFile());
    file.close();

    ComposeLoadOptions options;
    options.files = {path};
    options.workingDir = dir.path();
    options.useProcessEnvironment = false; // the same variables in every run
    ValidationOptions validation;
    validation.machineCpus = 1024; // the stack's size is not what is measured
    validation.machineMemoryBytes = qint64(1) << 50;

    qsizetype findings = 0;
    double cpuMs = 0;
    const auto once = [&](double *loadMs, double *validateMs) {
        const double cpuStart = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        const Result<ComposeProject> project = ComposeLoader::load(options);
        *loadMs = timer.nsecsElapsed() / 1e6;
        if (!project) {
            qWarning().noquote() << project.error().toString();
            return false;
        }
        timer.restart();
        findings = Validator::validate(project.value(), validation).size();
        *validateMs = timer.nsecsElapsed() / 1e6;
        cpuMs = processCpuMs() - cpuStart;
        return true;
    };
    double loadMs = 0, validateMs = 0;
    QVERIFY2(once(&loadMs, &validateMs), "the generated file loads"); // warm-up
    QList<double> totals, loads, validates, cpus;
    for (int run = 0; run < kRuns; ++run) {
        QVERIFY(once(&loadMs, &validateMs));
        cpus.append(cpuMs);
        totals.append(loadMs + validateMs);
        loads.append(loadMs);
        validates.append(validateMs);
    }
    const double ours = median(totals);
    qInfo().noquote() << u"generated %1 services, %2 KiB, %3 findings"_s.arg(kServices)
                             .arg(QFileInfo(path).size() / 1024).arg(findings);
    qInfo().noquote() << u"stackdeck load %1 ms + validate %2 ms, CPU %3 ms (medians of %4; load average %5)"_s
                             .arg(median(loads), 0, 'f', 1).arg(median(validates), 0, 'f', 1)
                             .arg(median(cpus), 0, 'f', 1).arg(kRuns).arg(loadAverage());

    const QString dockerCompose = u"/usr/bin/docker-compose"_s;
    if (!QFileInfo(dockerCompose).isExecutable()) {
        qInfo().noquote() << u"check %1 services: stackdeck %2 ms (goal <= 100 ms)"_s.arg(kServices)
                                 .arg(ours, 0, 'f', 1);
        QSKIP("/usr/bin/docker-compose is not installed (Debian package docker-compose): no ratio");
    }
    QProcess process;
    process.setWorkingDirectory(dir.path());
    const double childCpuStart = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(dockerCompose, {u"-f"_s, path, u"config"_s, u"-q"_s});
    QVERIFY(process.waitForFinished(300'000));
    const double theirs = timer.nsecsElapsed() / 1e6;
    const double theirCpu = childrenCpuMs() - childCpuStart;
    if (process.exitCode() != 0)
        qWarning().noquote() << "docker-compose config failed:" << process.readAllStandardError().left(2000);
    QCOMPARE(process.exitCode(), 0); // the comparison only means something when both accept the file
    qInfo().noquote() << u"check %1 services: stackdeck %2 ms, docker-compose config %3 ms, ratio %4x "
                         "(goal <= 100 ms, >= 10x)"_s.arg(kServices)
                             .arg(ours, 0, 'f', 1)
                             .arg(theirs, 0, 'f', 0)
                             .arg(theirs / ours, 0, 'f', 1);
    if (theirCpu > 0)
        qInfo().noquote() << u"CPU time: stackdeck %1 ms, docker-compose config %2 ms, ratio %3x"_s
                                 .arg(median(cpus), 0, 'f', 1)
                                 .arg(theirCpu, 0, 'f', 0)
                                 .arg(theirCpu / median(cpus), 0, 'f', 1);
}

QTEST_GUILESS_MAIN(BenchCheckSpeed)
#include "bench_checkspeed.moc"
