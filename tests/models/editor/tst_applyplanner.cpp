#include "models/compose/composeloader.h"
#include "models/editor/applyplanner.h"
#include "models/editor/servicediff.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stackdeck;

// Plans apply changes from fixture pairs (applied/compose.yaml -> next/compose.yaml) under
// tests/data/editor/apply/<case>/, checked against <case>/expected.txt.
class TestApplyPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void planSummary();
    void diffIgnoresOrderAndLocation();
};

static QString caseDir(const QString &name)
{
    return QDir(QStringLiteral(STACKDECK_TEST_DATA)).filePath(u"editor/apply/"_s + name);
}

static QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

static std::optional<ComposeProject> load(const QString &path)
{
    if (!QFile::exists(path))
        return std::nullopt;
    ComposeLoadOptions options;
    options.files = {path};
    options.projectName = u"plan"_s;
    options.useProcessEnvironment = false;
    Result<ComposeProject> project = ComposeLoader::load(options);
    if (!project.ok()) {
        qWarning().noquote() << project.error().toString();
        return std::nullopt;
    }
    return project.value();
}

static QString code(ServicePlan::Action action)
{
    switch (action) {
    case ServicePlan::Action::Create: return u"create"_s;
    case ServicePlan::Action::Recreate: return u"recreate"_s;
    case ServicePlan::Action::Restart: return u"restart"_s;
    case ServicePlan::Action::Remove: return u"remove"_s;
    case ServicePlan::Action::Unchanged: return u"unchanged"_s;
    }
    return {};
}

void TestApplyPlanner::plan_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases = QDir(QDir(QStringLiteral(STACKDECK_TEST_DATA)).filePath(u"editor/apply"_s))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 8);
    for (const QString &name : cases) {
        if (QFile::exists(caseDir(name) + u"/expected.txt"_s))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestApplyPlanner::plan()
{
    QFETCH(QString, name);
    const QString dir = caseDir(name);
    const std::optional<ComposeProject> applied = load(dir + u"/applied/compose.yaml"_s);
    const std::optional<ComposeProject> next = load(dir + u"/next/compose.yaml"_s);
    QVERIFY2(next.has_value(), "next/compose.yaml does not load");
    QCOMPARE(next->services.isEmpty(), false);
    const QStringList running = readLines(dir + u"/running.txt"_s);

    const ApplyPlan plan = ApplyPlanner::plan(applied ? &*applied : nullptr, *next, running);

    QStringList actual;
    QStringList reasons;
    for (const ServicePlan &service : plan.services) {
        actual.append(service.service + u' ' + code(service.action));
        for (const QString &reason : service.reasons)
            reasons.append(service.service + u" reason "_s + reason);
    }
    QStringList expectedActions;
    for (const QString &line : readLines(dir + u"/expected.txt"_s)) {
        if (line.startsWith(u"absent "_s)) {
            const QString text = line.mid(7);
            for (const QString &reason : std::as_const(reasons))
                QVERIFY2(!reason.contains(text), qPrintable(u"reason shows \"%1\": %2"_s.arg(text, reason)));
        } else if (line.section(u' ', 1, 1) == u"reason") {
            QVERIFY2(reasons.contains(line), qPrintable(u"missing \"%1\"; reasons:\n  %2"_s.arg(line, reasons.join(u"\n  "_s))));
        } else {
            expectedActions.append(line);
        }
    }
    QCOMPARE(actual, expectedActions);
    for (const ServicePlan &service : plan.services) {
        if (service.action != ServicePlan::Action::Unchanged)
            QVERIFY2(!service.reasons.isEmpty(), qPrintable(service.service + u" has no reason"_s));
    }
}

void TestApplyPlanner::planSummary()
{
    ApplyPlan plan;
    plan.services = {{u"a"_s, ServicePlan::Action::Recreate, {}}, {u"b"_s, ServicePlan::Action::Recreate, {}},
                     {u"c"_s, ServicePlan::Action::Unchanged, {}}, {u"d"_s, ServicePlan::Action::Create, {}}};
    QVERIFY(!plan.isEmpty());
    QCOMPARE(plan.servicesWith(ServicePlan::Action::Recreate), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(plan.summary(), u"create d; recreate a, b; leave 1 alone"_s);
    ApplyPlan idle;
    idle.services = {{u"c"_s, ServicePlan::Action::Unchanged, {}}};
    QVERIFY(idle.isEmpty());
    QVERIFY(idle.summary().startsWith(u"nothing to change"_s));
}

void TestApplyPlanner::diffIgnoresOrderAndLocation()
{
    const std::optional<ComposeProject> a = load(caseDir(u"memory"_s) + u"/applied/compose.yaml"_s);
    const std::optional<ComposeProject> b = load(caseDir(u"memory"_s) + u"/next/compose.yaml"_s);
    QVERIFY(a && b);
    const YamlNodePtr webA = a->effective->get(u"services")->get(u"web");
    const YamlNodePtr webB = b->effective->get(u"services")->get(u"web");
    QVERIFY(webA->location.line != webB->location.line || webA->pairs.first().key->value != webB->pairs.first().key->value);
    QVERIFY(ServiceDiff::same(webA, webB));
    QVERIFY(!ServiceDiff::same(a->effective->get(u"services")->get(u"worker"), b->effective->get(u"services")->get(u"worker")));
    QVERIFY(ServiceDiff::isSecretName(u"POSTGRES_PASSWORD"_s));
    QVERIFY(!ServiceDiff::isSecretName(u"LOG_LEVEL"_s));
}

QTEST_GUILESS_MAIN(TestApplyPlanner)
#include "tst_applyplanner.moc"
