#include "models/edit/safewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// The safe writer: atomic replace, conflict refusal, history, file modes.
class TestSafeWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesAndKeepsHistory();
    void noOpIsByteIdentical();
    void refusesWhenChangedOnDisk();
    void refusesWhenDeleted();
    void newFile();
    void keepsMode_data();
    void keepsMode();
    void secretFilesAre0600_data();
    void secretFilesAre0600();
    void failedWriteLeavesOldFile();
    void atomicForReaders();
    void historyFailureWritesNothing();
    void writesThroughSymlink();

private:
    QString write(const QString &name, const QByteArray &bytes, int mode = 0644);
    static QByteArray read(const QString &path);
    static int modeOf(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSafeWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestSafeWriter::write(const QString &name, const QByteArray &bytes, int mode)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
    return path;
}

QByteArray TestSafeWriter::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int TestSafeWriter::modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

void TestSafeWriter::writesAndKeepsHistory()
{
    const QByteArray before = "services:\n  web:\n    image: nginx:1.25\n";
    const QByteArray after = "services:\n  web:\n    image: nginx:1.27\n";
    const QString path = write(u"compose.yaml"_s, before);
    const Result<SaveReport> r = SafeWriter::save(path, before, after, SaveOptions{m_dir->path(), u"set services.web.image = nginx:1.27"_s});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QVERIFY(r->changed);
    QCOMPARE(read(path), after);
    QVERIFY(r->historyFile.startsWith(m_dir->filePath(u".stackdeck/history/"_s)));
    QCOMPARE(read(r->historyFile), before);
    const QByteArray index = read(m_dir->filePath(u".stackdeck/history/index.tsv"_s));
    const QList<QByteArray> fields = index.trimmed().split('\t');
    QCOMPARE(fields.size(), 4);
    QVERIFY(fields.at(0).startsWith("20"));
    QCOMPARE(fields.at(1), "compose.yaml");
    QCOMPARE(QString::fromUtf8(fields.at(2)), QFileInfo(r->historyFile).fileName());
    QCOMPARE(fields.at(3), "set services.web.image = nginx:1.27");

    // A second save adds a second entry and keeps the intermediate version.
    const QByteArray third = "services:\n  web:\n    image: nginx:1.28\n";
    const Result<SaveReport> r2 = SafeWriter::save(path, after, third, SaveOptions{m_dir->path(), u"second\tline\n"_s});
    QVERIFY(r2.ok());
    QVERIFY(r2->historyFile != r->historyFile);
    QCOMPARE(read(r2->historyFile), after);
    QCOMPARE(read(m_dir->filePath(u".stackdeck/history/index.tsv"_s)).count('\n'), 2);
}

void TestSafeWriter::noOpIsByteIdentical()
{
    const QByteArray bytes = "a: 1\r\n# no final newline";
    const QString path = write(u"compose.yaml"_s, bytes);
    const Result<SaveReport> r = SafeWriter::save(path, bytes, bytes, SaveOptions{m_dir->path(), u"no-op"_s});
    QVERIFY(r.ok());
    QVERIFY(!r->changed);
    QVERIFY(r->historyFile.isEmpty());
    QCOMPARE(read(path), bytes);
    QVERIFY(!QFile::exists(m_dir->filePath(u".stackdeck/history/index.tsv"_s)));
}

void TestSafeWriter::refusesWhenChangedOnDisk()
{
    const QByteArray loaded = "a: 1\n";
    const QString path = write(u"compose.yaml"_s, "a: 2\n"); // someone edited it after we loaded "a: 1"
    const Result<SaveReport> r = SafeWriter::save(path, loaded, "a: 3\n", SaveOptions{m_dir->path(), QString()});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"changed on disk"_s), qPrintable(r.error().message));
    QVERIFY(r.error().hint.contains(u"reload"_s));
    QCOMPARE(r.error().location.file, path);
    QCOMPARE(read(path), QByteArray("a: 2\n"));
    QVERIFY(!QDir(m_dir->filePath(u".stackdeck"_s)).exists());
}

void TestSafeWriter::refusesWhenDeleted()
{
    const QString path = m_dir->filePath(u"gone.yaml"_s);
    const Result<SaveReport> r = SafeWriter::save(path, "a: 1\n", "a: 2\n", SaveOptions{m_dir->path(), QString()});
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"deleted"_s));
    QVERIFY(!QFile::exists(path));
}

void TestSafeWriter::newFile()
{
    const QString path = m_dir->filePath(u"compose.override.yaml"_s);
    SaveOptions options{m_dir->path(), u"create"_s};
    options.newFile = true;
    const Result<SaveReport> r = SafeWriter::save(path, QByteArray(), "services: {}\n", options);
    QVERIFY(r.ok());
    QCOMPARE(read(path), QByteArray("services: {}\n"));
    // Saving "new" again refuses: the file exists now.
    QVERIFY(!SafeWriter::save(path, QByteArray(), "x: 1\n", options).ok());
}

void TestSafeWriter::keepsMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0664") << 0664;
    QTest::newRow("0600") << 0600;
}

void TestSafeWriter::keepsMode()
{
    QFETCH(int, mode);
    const QString path = write(u"compose.yaml"_s, "a: 1\n", mode);
    QCOMPARE(modeOf(path), mode);
    QVERIFY(SafeWriter::save(path, "a: 1\n", "a: 2\n", SaveOptions{m_dir->path(), QString()}).ok());
    QCOMPARE(read(path), QByteArray("a: 2\n"));
    QCOMPARE(modeOf(path), mode);
}

void TestSafeWriter::secretFilesAre0600_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow(".env") << u".env"_s << true;
    QTest::newRow(".env.production") << u".env.production"_s << true;
    QTest::newRow("prod.env") << u"prod.env"_s << true;
    QTest::newRow("compose.yaml") << u"compose.yaml"_s << false;
    QTest::newRow("environment.yml") << u"environment.yml"_s << false;
}

void TestSafeWriter::secretFilesAre0600()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(SafeWriter::isSecretFile(name), secret);
    const QString path = write(name, "POSTGRES_PASSWORD=old\n", 0644);
    const Result<SaveReport> r = SafeWriter::save(path, "POSTGRES_PASSWORD=old\n", "POSTGRES_PASSWORD=new\n",
                                                  SaveOptions{m_dir->path(), u"rotate"_s});
    QVERIFY(r.ok());
    QCOMPARE(modeOf(path), secret ? 0600 : 0644);
    if (secret)
        QCOMPARE(modeOf(r->historyFile), 0600); // the kept copy holds the old secret
}

void TestSafeWriter::failedWriteLeavesOldFile()
{
    if (::geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop root, so this refusal cannot be provoked");
    const QString path = write(u"compose.yaml"_s, "a: 1\n");
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner);
    const Result<SaveReport> r = SafeWriter::save(path, "a: 1\n", "a: 2\n", SaveOptions{m_dir->path(), QString()});
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!r.ok());
    QCOMPARE(read(path), QByteArray("a: 1\n"));
}

void TestSafeWriter::atomicForReaders()
{
    // A reader polling the file while it is rewritten sees the old bytes or the new ones, never a mix.
    const QByteArray oldBytes = QByteArray(2 * 1024 * 1024, 'a') + '\n';
    const QByteArray newBytes = QByteArray(2 * 1024 * 1024, 'b') + '\n';
    const QString path = write(u"big.yaml"_s, oldBytes);
    QProcess reader;
    reader.setProgram(u"/bin/sh"_s);
    reader.setArguments({u"-c"_s, u"i=0; while [ $i -lt 150 ]; do md5sum < \"$1\"; i=$((i+1)); done"_s, u"sh"_s, path});
    reader.start();
    QVERIFY(reader.waitForStarted());
    QByteArray current = oldBytes;
    for (int i = 0; i < 20; ++i) {
        const QByteArray next = current == oldBytes ? newBytes : oldBytes;
        QVERIFY(SafeWriter::save(path, current, next, SaveOptions{m_dir->path(), QString()}).ok());
        current = next;
    }
    QVERIFY(reader.waitForFinished(120000));
    const QByteArray oldSum = QCryptographicHash::hash(oldBytes, QCryptographicHash::Md5).toHex();
    const QByteArray newSum = QCryptographicHash::hash(newBytes, QCryptographicHash::Md5).toHex();
    const QList<QByteArray> sums = reader.readAllStandardOutput().split('\n');
    int seen = 0;
    for (const QByteArray &line : sums) {
        const QByteArray sum = line.left(32);
        if (sum.isEmpty())
            continue;
        QVERIFY2(sum == oldSum || sum == newSum, line.constData());
        ++seen;
    }
    QVERIFY(seen > 0);
}

void TestSafeWriter::historyFailureWritesNothing()
{
    // Without a place for the previous version, the file is not replaced.
    const QString path = write(u"compose.yaml"_s, "a: 1\n");
    QVERIFY(!write(u".stackdeck"_s, "not a folder").isEmpty());
    const Result<SaveReport> r = SafeWriter::save(path, "a: 1\n", "a: 2\n", SaveOptions{m_dir->path(), QString()});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"history"_s), qPrintable(r.error().message));
    QCOMPARE(read(path), QByteArray("a: 1\n"));
}

void TestSafeWriter::writesThroughSymlink()
{
    // A linked compose file stays a link; the file it points to gets the new bytes.
    const QString target = write(u"real.yaml"_s, "a: 1\n", 0640);
    const QString link = m_dir->filePath(u"compose.yaml"_s);
    QVERIFY(QFile::link(target, link));
    QVERIFY(SafeWriter::save(link, "a: 1\n", "a: 2\n", SaveOptions{m_dir->path(), QString()}).ok());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(read(target), QByteArray("a: 2\n"));
    QCOMPARE(modeOf(target), 0640);
}

QTEST_GUILESS_MAIN(TestSafeWriter)
#include "tst_safewriter.moc"
