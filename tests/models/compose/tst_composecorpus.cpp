#include "models/compose/composeloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

using namespace Stackdeck;

// Every third-party compose file in ../shared/corpus loads without a crash; where docker-compose v1
// can read a file, both tools must agree on its set of services.
class TestComposeCorpus final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    int m_loaded = 0, m_failed = 0, m_withErrors = 0, m_compared = 0, m_v1Skipped = 0;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("stackdeck.compose.debug=false"));
        m_dir = QStringLiteral(STACKDECK_SHARED_DIR "/corpus/compose");
        if (!QFileInfo(m_dir).isDir())
            QSKIP("../shared/corpus/compose is absent: the corpus test needs the shared reference material");
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(STACKDECK_SHARED_DIR "/corpus/compose"))
                                      .entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QDir(m_dir).filePath(f);
    }
    void corpus()
    {
        QFETCH(QString, file);
        ComposeLoadOptions options;
        options.files = {file};
        options.workingDir = QFileInfo(file).absolutePath();
        QElapsedTimer timer;
        timer.start();
        const Result<ComposeProject> p = ComposeLoader::load(options);
        const qint64 ms = timer.elapsed();
        if (!p) {
            ++m_failed;
            qInfo("load error: %s", qPrintable(p.error().toString()));
            return; // an Error with a position is an acceptable outcome for a broken file
        }
        ++m_loaded;
        const int errors = countSeverity(p->findings, Severity::Error);
        m_withErrors += errors > 0 ? 1 : 0;
        for (const Finding &f : p->findings) {
            if (f.severity == Severity::Error)
                qInfo("  %s", qPrintable(f.toLine()));
        }
        QSet<QString> ours;
        for (const ServiceSpec &s : p->services)
            ours.insert(s.name);
        for (const QString &s : p->inactiveServices)
            ours.insert(s); // v1 lists services of every profile
        qInfo("%lld services, %d error findings, %lld ms", qlonglong(ours.size()), errors, ms);

        // v1 runs on a temporary copy so missing build folders and env files can be stubbed (they do not change the service set).
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(QFileInfo(file).fileName());
        QFile::copy(file, copy);
        QString stdOut, firstError;
        bool v1ok = false;
        for (int attempt = 0; attempt < 12; ++attempt) {
            QProcess v1;
            v1.setWorkingDirectory(copyDir.path());
            v1.start(QStringLiteral("/usr/bin/docker-compose"), {QStringLiteral("-f"), copy, QStringLiteral("config"), QStringLiteral("--services")});
            if (!v1.waitForStarted(5000)) {
                ++m_v1Skipped;
                qInfo("docker-compose v1 is not installed: comparison skipped");
                return;
            }
            const bool finished = v1.waitForFinished(60000);
            if (!finished)
                v1.kill();
            const QString err = QString::fromUtf8(v1.readAllStandardError());
            if (finished && v1.exitStatus() == QProcess::NormalExit && v1.exitCode() == 0) {
                stdOut = QString::fromUtf8(v1.readAllStandardOutput());
                v1ok = true;
                break;
            }
            static const QRegularExpression buildPath(QStringLiteral("build path (\\S+) either does not exist"));
            static const QRegularExpression envFile(QStringLiteral("Couldn't find env file: (\\S+)"));
            const QRegularExpressionMatch b = buildPath.match(err), e = envFile.match(err);
            const QString missing = b.hasMatch() ? b.captured(1) : e.hasMatch() ? e.captured(1) : QString();
            if (missing.isEmpty() || !QDir::cleanPath(missing).startsWith(copyDir.path() + u'/')) {
                const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
                for (const QString &l : lines) {
                    if (!l.startsWith(QStringLiteral("WARNING")) && !l.contains(QStringLiteral("variable is not set"))) {
                        firstError = l.left(160);
                        break;
                    }
                }
                break;
            }
            if (b.hasMatch()) {
                QDir().mkpath(missing);
            } else {
                QDir().mkpath(QFileInfo(missing).absolutePath());
                QFile stub(missing);
                if (!stub.open(QIODevice::WriteOnly))
                    break;
            }
        }
        if (!v1ok) {
            ++m_v1Skipped;
            qInfo("docker-compose v1 cannot read it (%s): comparison skipped", qPrintable(firstError));
            return;
        }
        QSet<QString> theirs;
        const QStringList lines = stdOut.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &l : lines)
            theirs.insert(l.trimmed());
        ++m_compared;
        if (ours != theirs) {
            const QSet<QString> onlyOurs = QSet<QString>(ours).subtract(theirs);
            const QSet<QString> onlyTheirs = QSet<QString>(theirs).subtract(ours);
            qWarning("only Stackdeck: %s", qPrintable(QStringList(onlyOurs.cbegin(), onlyOurs.cend()).join(u' ')));
            qWarning("only docker-compose: %s", qPrintable(QStringList(onlyTheirs.cbegin(), onlyTheirs.cend()).join(u' ')));
        }
        QCOMPARE(ours, theirs);
    }

    void cleanupTestCase()
    {
        if (m_dir.isEmpty() || !QFileInfo(m_dir).isDir())
            return;
        qInfo("corpus: %d loaded, %d load errors, %d with error findings; compared with docker-compose v1: %d, v1 could not read: %d",
              m_loaded, m_failed, m_withErrors, m_compared, m_v1Skipped);
    }
};

QTEST_GUILESS_MAIN(TestComposeCorpus)
#include "tst_composecorpus.moc"
