#include "models/live/servicelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Services are built by hand from servicespec.h: the compose loader is not used here.
class TestServiceListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ports_data();
    void ports();
    void roles();
    void limitsFallBackToLegacyKeys();
    void mergeByName();
    void unchangedSnapshotIsSilent();

private:
    ServiceListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

static ServiceSpec service(const QString &name, const QString &image = QString())
{
    ServiceSpec s;
    s.name = name;
    s.image = image.isEmpty() ? u"bitnami/spark:3.5"_s : image;
    return s;
}

static QList<ServiceSpec> stack()
{
    ServiceSpec master = service(u"spark-master"_s);
    master.ports = {PortSpec{QString(), u"8080"_s, u"8080"_s, u"tcp"_s, false, {}}};
    master.expose = {u"7077"_s};
    master.healthcheck = Healthcheck{{u"CMD"_s, u"curl"_s, u"-f"_s, u"http://localhost:8080"_s}, u"10s"_s, {}, {}, {}, 3, false, {}};
    master.limits.memory = u"2G"_s;
    master.limits.cpus = u"1"_s;
    ServiceSpec worker = service(u"spark-worker"_s);
    worker.dependsOn = {Dependency{u"spark-master"_s, u"service_healthy"_s, true, false, {}}};
    worker.limits.memory = u"4G"_s;
    ServiceSpec db = service(u"postgres"_s, u"postgres:16"_s);
    db.ports = {PortSpec{u"127.0.0.1"_s, u"5432"_s, u"5432"_s, u"tcp"_s, false, {}}};
    return {master, worker, db};
}

void TestServiceListModel::init()
{
    m_model = new ServiceListModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestServiceListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestServiceListModel::ports_data()
{
    QTest::addColumn<QString>("hostIp");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("text");
    QTest::newRow("same port") << QString() << u"8080"_s << u"8080"_s << u"tcp"_s << u"8080→8080"_s;
    QTest::newRow("remapped") << QString() << u"18080"_s << u"8080"_s << u"tcp"_s << u"18080→8080"_s;
    QTest::newRow("loopback") << u"127.0.0.1"_s << u"5432"_s << u"5432"_s << u"tcp"_s << u"127.0.0.1:5432→5432"_s;
    QTest::newRow("ipv6") << u"::1"_s << u"6379"_s << u"6379"_s << u"tcp"_s << u"[::1]:6379→6379"_s;
    QTest::newRow("range") << QString() << u"9000-9001"_s << u"9000-9001"_s << u"tcp"_s << u"9000-9001→9000-9001"_s;
    QTest::newRow("udp") << QString() << u"53"_s << u"53"_s << u"udp"_s << u"53→53/udp"_s;
    QTest::newRow("container port only") << QString() << QString() << u"4040"_s << u"tcp"_s << u"4040"_s;
}

void TestServiceListModel::ports()
{
    QFETCH(QString, hostIp);
    QFETCH(QString, published);
    QFETCH(QString, target);
    QFETCH(QString, protocol);
    QFETCH(QString, text);
    QCOMPARE(ServiceListModel::portText(PortSpec{hostIp, published, target, protocol, false, {}}), text);
}

void TestServiceListModel::roles()
{
    m_model->setServices(stack());
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex master = m_model->index(0);
    QCOMPARE(master.data().toString(), u"spark-master"_s);
    QCOMPARE(master.data(ServiceListModel::NameRole).toString(), u"spark-master"_s);
    QCOMPARE(master.data(ServiceListModel::ImageRole).toString(), u"bitnami/spark:3.5"_s);
    QCOMPARE(master.data(ServiceListModel::PortsRole).toStringList(), QStringList{u"8080→8080"_s});
    QCOMPARE(master.data(ServiceListModel::HasHealthcheckRole).toBool(), true);
    QCOMPARE(master.data(ServiceListModel::MemoryLimitRole).toString(), u"2G"_s);
    QCOMPARE(master.data(ServiceListModel::CpuLimitRole).toString(), u"1"_s);
    const QModelIndex worker = m_model->index(1);
    QCOMPARE(worker.data(ServiceListModel::DependsOnRole).toStringList(), QStringList{u"spark-master"_s});
    QCOMPARE(worker.data(ServiceListModel::HasHealthcheckRole).toBool(), false);
    QCOMPARE(worker.data(ServiceListModel::CpuLimitRole).toString(), QString());
    QCOMPARE(m_model->index(2).data(ServiceListModel::PortsRole).toStringList(), QStringList{u"127.0.0.1:5432→5432"_s});
    QCOMPARE(m_model->rowOf(u"postgres"_s), 2);
    QCOMPARE(m_model->rowOf(u"nope"_s), -1);
    QCOMPARE(m_model->roleNames().value(ServiceListModel::DependsOnRole), QByteArray("dependsOn"));
    QVERIFY(!master.data(Qt::DecorationRole).isValid());

    ServiceSpec built = service(u"api"_s);
    built.image.clear();
    built.buildContext = u"./api"_s;
    built.healthcheck = Healthcheck{{u"NONE"_s}, {}, {}, {}, {}, std::nullopt, true, {}};
    QCOMPARE(ServiceListModel::roleValue(built, ServiceListModel::ImageRole).toString(), u"build: ./api"_s);
    QCOMPARE(ServiceListModel::roleValue(built, ServiceListModel::HasHealthcheckRole).toBool(), false);
}

void TestServiceListModel::limitsFallBackToLegacyKeys()
{
    ServiceSpec legacy = service(u"redis"_s, u"redis:7"_s);
    legacy.memLimit = u"512m"_s;
    legacy.cpusLegacy = u"0.5"_s;
    QCOMPARE(ServiceListModel::roleValue(legacy, ServiceListModel::MemoryLimitRole).toString(), u"512m"_s);
    QCOMPARE(ServiceListModel::roleValue(legacy, ServiceListModel::CpuLimitRole).toString(), u"0.5"_s);
    legacy.limits.memory = u"1G"_s;
    QCOMPARE(ServiceListModel::roleValue(legacy, ServiceListModel::MemoryLimitRole).toString(), u"1G"_s);
}

void TestServiceListModel::mergeByName()
{
    m_model->setServices(stack());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    // The worker gets a new image, postgres goes, redis arrives at the end.
    QList<ServiceSpec> next = stack();
    next[1].image = u"bitnami/spark:3.5.1"_s;
    next[1].limits.cpus = u"2"_s;
    next.removeAt(2);
    next.append(service(u"redis"_s, u"redis:7"_s));
    m_model->setServices(next);

    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 2);
    QCOMPARE(removed[0][2].toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 1);
    QCOMPARE(changed[0][1].toModelIndex().row(), 1);
    QList<int> roles = changed[0][2].value<QList<int>>();
    std::sort(roles.begin(), roles.end());
    QCOMPARE(roles, (QList<int>{ServiceListModel::ImageRole, ServiceListModel::CpuLimitRole}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), 2);
    QCOMPARE(inserted[0][2].toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->index(1).data(ServiceListModel::ImageRole).toString(), u"bitnami/spark:3.5.1"_s);
    QCOMPARE(m_model->index(2).data().toString(), u"redis"_s);

    // A new order moves rows instead of resetting.
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    std::reverse(next.begin(), next.end());
    m_model->setServices(next);
    QCOMPARE(moved.size(), 2);
    QCOMPARE(m_model->index(0).data().toString(), u"redis"_s);
    QCOMPARE(m_model->index(2).data().toString(), u"spark-master"_s);
    QCOMPARE(reset.size(), 0);

    m_model->setServices({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed[1][1].toInt(), 0);
    QCOMPARE(removed[1][2].toInt(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestServiceListModel::unchangedSnapshotIsSilent()
{
    m_model->setServices(stack());
    QSignalSpy any(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QList<ServiceSpec> same = stack();
    same[0].volumes.append(VolumeMount{u"volume"_s, u"data"_s, u"/data"_s, false, {}}); // not shown by any role
    m_model->setServices(same);
    QCOMPARE(any.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->services()[0].volumes.size(), 1); // the row still holds the new snapshot
}

QTEST_GUILESS_MAIN(TestServiceListModel)
#include "tst_servicelistmodel.moc"
