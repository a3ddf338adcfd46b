#include "tests/ui/inspector/inspectorfixtures.h"

#include "ui/inspector/serviceconfigsummary.h"
#include "ui/inspector/serviceinspector.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace Stackdeck::InspectorFixtures {

const QString dbPassword = u"hunter2-correct-horse"_s;
const QString apiToken = u"tok_9f8e7d6c5b4a3"_s;
const QString urlPassword = u"url-pass-5678"_s;
const QString plainValue = u"value-verbose-4711"_s;

namespace {

EnvVar env(const QString &name, const QString &value)
{
    EnvVar e;
    e.name = name;
    e.value = value;
    e.raw = value;
    return e;
}

PortSpec port(const QString &hostIp, const QString &published, const QString &target, const QString &protocol = u"tcp"_s)
{
    PortSpec p;
    p.hostIp = hostIp;
    p.published = published;
    p.target = target;
    p.protocol = protocol;
    return p;
}

} // namespace

// A service using every field the inspector shows, with secrets in the environment and one echoed by its healthcheck.
ServiceSpec warehouse()
{
    ServiceSpec s;
    s.name = u"warehouse"_s;
    s.image = u"ghcr.io/acme-data/warehouse-ingestion-service:2.3.1"_s;
    s.command = {u"python"_s, u"-m"_s, u"warehouse"_s, u"--workers"_s, u"4"_s, u"--label"_s, u"nightly batch"_s};
    s.restart = u"on-failure:3"_s;
    s.replicas = 2;
    s.limits.cpus = u"1.5"_s;
    s.limits.memory = u"768M"_s;
    s.reservations.cpus = u"0.5"_s;
    s.reservations.memory = u"256M"_s;
    Dependency pg;
    pg.service = u"postgres"_s;
    pg.condition = u"service_healthy"_s;
    Dependency redis;
    redis.service = u"redis"_s;
    Dependency migrate;
    migrate.service = u"migrate"_s;
    migrate.condition = u"service_completed_successfully"_s;
    migrate.required = false;
    s.dependsOn = {pg, redis, migrate};
    s.networks = {u"backend"_s, u"database"_s};
    VolumeMount data;
    data.type = u"volume"_s;
    data.source = u"warehouse_data"_s;
    data.target = u"/var/lib/warehouse"_s;
    VolumeMount config;
    config.type = u"bind"_s;
    config.source = u"./config/warehouse.yml"_s;
    config.target = u"/etc/warehouse/config.yml"_s;
    config.readOnly = true;
    s.volumes = {data, config};
    s.environment = {env(u"WAREHOUSE_DB_PASSWORD"_s, dbPassword), env(u"API_TOKEN"_s, apiToken),
                     env(u"LOG_LEVEL"_s, plainValue),
                     env(u"DATABASE_URL"_s, u"postgresql://wh:"_s + urlPassword + u"@postgres:5432/wh"_s),
                     env(u"GF_SECURITY_ADMIN_PASSWORD__FILE"_s, u"/run/secrets/admin-value-0815"_s)};
    Healthcheck h;
    h.test = {u"CMD-SHELL"_s, u"curl -fsS -H 'Authorization: Bearer "_s + apiToken + u"' http://localhost:8080/health"_s};
    h.interval = u"15s"_s;
    h.timeout = u"3s"_s;
    h.retries = 4;
    s.healthcheck = h;
    s.ports = {port({}, u"8080"_s, u"8080"_s), port(u"127.0.0.1"_s, u"9464"_s, u"9464"_s),
               port(u"192.168.1.20"_s, u"5000"_s, u"5000"_s), port({}, u"5353"_s, u"53"_s, u"udp"_s),
               port({}, u"9000-9001"_s, u"9000-9001"_s), port({}, {}, u"7000"_s)};
    s.expose = {u"8125"_s};
    return s;
}

QString plain(const QString &text)
{
    const QString p = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return ServiceConfigSummary::unbreakable(p);
}

// Every text a person (or a screen reader, or a screenshot) can get out of the widget tree.
QStringList allTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        out << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName() << w->accessibleDescription()
            << w->windowTitle();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text() << plain(l->text()) << l->selectedText();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out << e->text() << e->placeholderText();
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            for (int r = 0; r < v->model()->rowCount(); ++r) {
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    out << v->model()->index(r, c).data().toString() << v->model()->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    for (QString &s : out)
        s = ServiceConfigSummary::unbreakable(s);
    return out;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &t : texts) {
        if (t.contains(needle))
            return true;
    }
    return false;
}

// The configuration form as label → shown value (plain, without break opportunities).
QMap<QString, QString> configRows(ServiceInspector *inspector)
{
    QMap<QString, QString> rows;
    const QList<QFormLayout *> forms = inspector->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int r = 0; r < form->rowCount(); ++r) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)->widget());
            auto *field = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::FieldRole)->widget());
            if (label && field)
                rows.insert(label->text(), plain(field->text()));
        }
    }
    return rows;
}

QList<QLabel *> portLabels(ServiceInspector *inspector)
{
    return inspector->findChildren<QLabel *>(u"inspectorPort"_s);
}

QLabel *label(ServiceInspector *inspector, const QString &name)
{
    return inspector->findChild<QLabel *>(name);
}

ProbeResult probe(HealthState state, const QString &message, int secondsAgo, int latencyMs)
{
    ProbeResult r;
    r.state = state;
    r.message = message;
    r.latency = std::chrono::milliseconds(latencyMs);
    r.checkedAt = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
    return r;
}


} // namespace Stackdeck::InspectorFixtures
