#include "models/editor/appliedhistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Records, lists, diffs and restores applied versions of a project in a temporary folder.
class TestAppliedHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordAndList();
    void envFilesStayPrivate();
    void diffBetweenVersions();
    void diffMasksEnvValues();
    void restoreWritesPreviousBytes();
    void latestSkipsFailed();
    void rejectsOutsideFiles();
    void unknownIdIsAnError();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QByteArray read(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QByteArray kComposeV1 = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 3g\n";
static const QByteArray kComposeV2 = "services:\n  web:\n    image: nginx:1.27\n    mem_limit: 4g\n";
static const QByteArray kEnvV1 = "# settings\nDB_PASSWORD=first-secret-value\nLOG_LEVEL=info\n";
static const QByteArray kEnvV2 = "# settings\nDB_PASSWORD=second-secret-value\nLOG_LEVEL=info\n";

static constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

void TestAppliedHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestAppliedHistory::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
    return path;
}

QByteArray TestAppliedHistory::read(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAppliedHistory::recordAndList()
{
    AppliedHistory history(m_dir->path());
    QVERIFY(history.versions().isEmpty());
    const QStringList files{write(u"compose.yaml"_s, kComposeV1), write(u"conf/extra.yaml"_s, "x: 1\n")};
    const auto first = history.record(files, u"create web"_s);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    write(u"compose.yaml"_s, kComposeV2);
    const auto second = history.record(files, u"recreate web"_s, false);
    QVERIFY(second.ok());
    QVERIFY(first->id != second->id);
    QVERIFY(first->id.contains(u'T') && first->id.contains(u"Z-"_s));

    const QList<AppliedVersion> versions = history.versions();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].id, first->id);
    QCOMPARE(versions[0].summary, u"create web"_s);
    QVERIFY(versions[0].ok);
    QCOMPARE(versions[1].ok, false);
    QCOMPARE(versions[0].time.timeSpec(), Qt::UTC);
    QCOMPARE(versions[0].files.keys(), (QStringList{u"compose.yaml"_s, u"conf/extra.yaml"_s}));

    const auto loaded = history.load(first->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->files.value(u"compose.yaml"_s), kComposeV1);
    QCOMPARE(loaded->files.value(u"conf/extra.yaml"_s), QByteArray("x: 1\n"));
    QVERIFY(history.directory().startsWith(m_dir->path()));
    QVERIFY(QFileInfo(history.directory() + u'/' + first->id + u"/meta.json"_s).exists());
    QCOMPARE(QFileInfo(history.directory()).permissions() & kGroupOrOther, QFileDevice::Permissions());
}

void TestAppliedHistory::envFilesStayPrivate()
{
    AppliedHistory history(m_dir->path());
    const QString env = write(u".env"_s, kEnvV1);
    QFile::setPermissions(env, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const auto version = history.record({write(u"compose.yaml"_s, kComposeV1), env}, u"v1"_s);
    QVERIFY(version.ok());
    const QString kept = history.directory() + u'/' + version->id + u"/files/.env"_s;
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(QFileInfo(kept).permissions() & kGroupOrOther, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(history.directory() + u'/' + version->id).permissions() & kGroupOrOther, QFileDevice::Permissions());

    write(u".env"_s, kEnvV2);
    const auto restored = history.restore(version->id);
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
    QCOMPARE(read(u".env"_s), kEnvV1);
    QCOMPARE(QFileInfo(env).permissions() & kGroupOrOther, QFileDevice::Permissions());
    QVERIFY(QFileInfo(env).permissions() & QFileDevice::ReadOwner);
}

void TestAppliedHistory::diffBetweenVersions()
{
    AppliedHistory history(m_dir->path());
    const QString compose = write(u"compose.yaml"_s, kComposeV1);
    const auto v1 = history.record({compose}, u"v1"_s);
    write(u"compose.yaml"_s, kComposeV2);
    const auto v2 = history.record({compose}, u"v2"_s);
    QVERIFY(v1.ok() && v2.ok());

    const auto diff = history.diff(v1->id, v2->id);
    QVERIFY(diff.ok());
    QVERIFY2(diff->contains(u"-    mem_limit: 3g"_s), qPrintable(*diff));
    QVERIFY(diff->contains(u"+    mem_limit: 4g"_s));
    QVERIFY(diff->contains(u"compose.yaml"_s));
    QVERIFY(!diff->contains(u"image"_s) || diff->contains(u" image"_s)); // context only, never a change line
    QVERIFY(!diff->contains(u"-    image"_s));

    QCOMPARE(history.diff(v2->id, v2->id).value(), QString());
    // "" = the files on disk now (still v2).
    QCOMPARE(history.diff(v2->id, QString()).value(), QString());
    write(u"compose.yaml"_s, kComposeV1);
    QVERIFY(history.diff(v2->id, QString())->contains(u"+    mem_limit: 3g"_s));
}

void TestAppliedHistory::diffMasksEnvValues()
{
    AppliedHistory history(m_dir->path());
    const QString env = write(u".env"_s, kEnvV1);
    const auto v1 = history.record({env}, u"v1"_s);
    write(u".env"_s, kEnvV2);
    const auto v2 = history.record({env}, u"v2"_s);
    const auto diff = history.diff(v1->id, v2->id);
    QVERIFY(diff.ok());
    QVERIFY2(!diff->contains(u"secret-value"_s), qPrintable(*diff));
    QVERIFY(diff->contains(u"DB_PASSWORD=********"_s));
    QVERIFY(diff->contains(u"(changed)"_s));
    QVERIFY(!diff->contains(u"LOG_LEVEL=info"_s));
}

void TestAppliedHistory::restoreWritesPreviousBytes()
{
    AppliedHistory history(m_dir->path());
    const QString compose = write(u"compose.yaml"_s, kComposeV1);
    const QString extra = write(u"sub/extra.yaml"_s, "a: 1\n");
    const auto v1 = history.record({compose, extra}, u"v1"_s);
    write(u"compose.yaml"_s, kComposeV2);
    QFile::remove(extra);
    const auto paths = history.restore(v1->id);
    QVERIFY2(paths.ok(), qPrintable(paths.ok() ? QString() : paths.error().toString()));
    QCOMPARE(paths->size(), 2);
    QCOMPARE(read(u"compose.yaml"_s), kComposeV1);
    QCOMPARE(read(u"sub/extra.yaml"_s), QByteArray("a: 1\n"));
    // The replaced bytes were kept in the edit history, so restoring loses nothing.
    bool keptV2 = false;
    for (const QFileInfo &info : QDir(m_dir->filePath(u".stackdeck/history"_s)).entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly) && file.readAll() == kComposeV2)
            keptV2 = true;
    }
    QVERIFY(keptV2);
}

void TestAppliedHistory::latestSkipsFailed()
{
    AppliedHistory history(m_dir->path());
    QVERIFY(!history.latest().ok());
    const QString compose = write(u"compose.yaml"_s, kComposeV1);
    const auto good = history.record({compose}, u"good"_s, true);
    write(u"compose.yaml"_s, kComposeV2);
    const auto bad = history.record({compose}, u"bad"_s, false);
    QCOMPARE(history.latest(true)->id, good->id);
    QCOMPARE(history.latest(true)->files.value(u"compose.yaml"_s), kComposeV1);
    QCOMPARE(history.latest(false)->id, bad->id);
}

void TestAppliedHistory::rejectsOutsideFiles()
{
    QTemporaryDir other;
    QFile outside(other.filePath(u"compose.yaml"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write(kComposeV1);
    outside.close();
    AppliedHistory history(m_dir->path());
    const auto result = history.record({outside.fileName()}, u"x"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(u"outside"_s));
    QVERIFY(history.versions().isEmpty());
}

void TestAppliedHistory::unknownIdIsAnError()
{
    AppliedHistory history(m_dir->path());
    QVERIFY(!history.load(u"nope"_s).ok());
    QVERIFY(!history.load(u"../x"_s).ok());
    QVERIFY(!history.restore(u"nope"_s).ok());
    QVERIFY(!history.diff(u"nope"_s, QString()).ok());
}

QTEST_GUILESS_MAIN(TestAppliedHistory)
#include "tst_appliedhistory.moc"
