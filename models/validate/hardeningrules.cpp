#include "models/validate/hardeningrules.h"

#include "models/validate/portmapping.h"

#include <QRegularExpression>
#include <QSet>

namespace Stackdeck {

namespace {

using Rules::join;
using Rules::Tr;
using Rules::written;

// Ports that only other containers need: Spark master RPC and REST, worker, driver and shuffle.
QString sparkPortName(int port)
{
    switch (port) {
    case 7077: return QStringLiteral("Spark master RPC");
    case 6066: return QStringLiteral("Spark REST submission");
    case 7078: return QStringLiteral("Spark worker RPC");
    case 7079: return QStringLiteral("Spark driver RPC");
    case 7337: return QStringLiteral("Spark shuffle service");
    default: return QString();
    }
}

QString databasePortName(int port)
{
    switch (port) {
    case 5432: return QStringLiteral("PostgreSQL");
    case 3306: return QStringLiteral("MySQL");
    case 6379: return QStringLiteral("Redis");
    case 27017: return QStringLiteral("MongoDB");
    case 9200: return QStringLiteral("Elasticsearch");
    case 9300: return QStringLiteral("Elasticsearch transport");
    case 1433: return QStringLiteral("SQL Server");
    case 1521: return QStringLiteral("Oracle");
    case 5984: return QStringLiteral("CouchDB");
    case 9042: return QStringLiteral("Cassandra");
    case 11211: return QStringLiteral("Memcached");
    case 8123: return QStringLiteral("ClickHouse HTTP");
    case 9000: return QString(); // also MinIO, php-fpm: too ambiguous
    default: return QString();
    }
}

bool isSecretName(const QString &name)
{
    static const QRegularExpression secret(
        QStringLiteral("(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|KEY|APIKEY|PRIVATE_KEY|CREDENTIALS?)(_|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return !name.endsWith(QLatin1String("_FILE"), Qt::CaseInsensitive) && secret.match(name).hasMatch();
}

bool isDefaultPassword(const QString &value)
{
    static const QSet<QString> defaults = {
        QStringLiteral("app"),     QStringLiteral("postgres"), QStringLiteral("admin"),  QStringLiteral("password"),
        QStringLiteral("changeme"), QStringLiteral("secret"),  QStringLiteral("root"),   QStringLiteral("example"),
        QStringLiteral("test"),    QStringLiteral("123456"),   QStringLiteral("pass"),   QStringLiteral("guest"),
        QStringLiteral("mysql"),   QStringLiteral("redis"),    QStringLiteral("letmein"), QStringLiteral("default"),
    };
    return defaults.contains(value.toLower());
}

// "${VAR}", "$VAR": the value comes from the environment, not the file.
bool isReference(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral("\\$(\\{[A-Za-z_]|[A-Za-z_])"));
    return reference.match(text).hasMatch();
}

class Checker final
{
public:
    explicit Checker(const RuleContext &context) : m_context(context) {}

    void service(const YamlNode &key, const YamlNode &service)
    {
        const QString &name = key.value;
        const QString path = join(QStringLiteral("services"), name);
        ports(service, path);
        limits(key, service, path);
        restart(key, service, path);
        logging(key, service, path);
        user(key, service, path);
        environment(service, path);
    }

private:
    void warn(const SourceLocation &where, const QString &path, const char *ruleId, const QString &message,
              const QString &fix)
    {
        m_context.add(Severity::Warning, where, path, QString::fromLatin1(ruleId), message, fix);
    }

    void ports(const YamlNode &service, const QString &path)
    {
        const YamlNodePtr ports = service.get(u"ports");
        if (!ports)
            return;
        for (const PortMapping &m : PortMapping::parseList(*ports, join(path, QStringLiteral("ports")))) {
            if (!m.valid() || !m.published() || m.loopbackOnly())
                continue;
            for (int port = m.targetStart; port <= m.targetEnd && port - m.targetStart < 64; ++port) {
                const QString spark = sparkPortName(port);
                const QString database = databasePortName(port);
                if (!spark.isEmpty()) {
                    warn(m.node->location, m.path, "ports.internal-published",
                         Tr::tr("%1 port %2 is published to the host; only the cluster's containers need it")
                             .arg(spark).arg(port),
                         Tr::tr("move it to expose: [\"%1\"] (or bind it to 127.0.0.1)").arg(port));
                } else if (!database.isEmpty() && m_context.isProduction(m.node->location)) {
                    warn(m.node->location, m.path, "ports.database-production",
                         Tr::tr("%1 port %2 is published to the host in a production file").arg(database).arg(port),
                         Tr::tr("remove the ports: entry; the applications reach it over the compose network"));
                } else if (!database.isEmpty()) {
                    warn(m.node->location, m.path, "ports.internal-published",
                         Tr::tr("%1 port %2 is published to the host").arg(database).arg(port),
                         Tr::tr("use expose: [\"%1\"], or bind it to 127.0.0.1 for local tools").arg(port));
                }
            }
        }
    }

    static YamlNodePtr at(const YamlNode &node, std::initializer_list<QStringView> keys)
    {
        YamlNodePtr n;
        const YamlNode *current = &node;
        for (QStringView key : keys) {
            if (!current || !current->isMap())
                return nullptr;
            n = current->get(key);
            current = n.get();
        }
        return n;
    }

    void limits(const YamlNode &key, const YamlNode &service, const QString &path)
    {
        const YamlNodePtr limits = at(service, {u"deploy", u"resources", u"limits"});
        const bool memory = (limits && limits->isMap() && limits->contains(u"memory")) || service.contains(u"mem_limit");
        const bool cpus = (limits && limits->isMap() && limits->contains(u"cpus")) || service.contains(u"cpus");
        if (memory && cpus)
            return;
        const QString missing = !memory && !cpus ? Tr::tr("no CPU or memory limit") : !memory ? Tr::tr("no memory limit")
                                                                                         : Tr::tr("no CPU limit");
        warn(key.location, path, "hardening.no-limits",
             Tr::tr("service \"%1\" has %2; one runaway container can starve the others").arg(key.value, missing),
             Tr::tr("add deploy.resources.limits with cpus: and memory: (e.g. cpus: '1', memory: 1G)"));
    }

    void restart(const YamlNode &key, const YamlNode &service, const QString &path)
    {
        if (service.contains(u"restart") || at(service, {u"deploy", u"restart_policy"}))
            return;
        warn(key.location, path, "hardening.no-restart",
             Tr::tr("service \"%1\" has no restart policy; it stays down after a crash or a reboot").arg(key.value),
             Tr::tr("add restart: unless-stopped"));
    }

    void logging(const YamlNode &key, const YamlNode &service, const QString &path)
    {
        const YamlNodePtr logging = service.get(u"logging");
        const QString driver = logging && logging->isMap() ? logging->text(u"driver") : QString();
        if (!driver.isEmpty() && driver != QLatin1String("json-file"))
            return; // other drivers rotate or ship logs elsewhere
        const YamlNodePtr options = logging && logging->isMap() ? logging->get(u"options") : YamlNodePtr();
        const bool size = options && options->isMap() && options->contains(u"max-size");
        const bool files = options && options->isMap() && options->contains(u"max-file");
        if (size && files)
            return;
        const SourceLocation where = logging ? logging->location : key.location;
        const QString where_path = logging ? join(path, QStringLiteral("logging")) : path;
        warn(where, where_path, "hardening.log-rotation",
             driver.isEmpty() && !logging
                 ? Tr::tr("service \"%1\" logs with the default json-file driver and no rotation; logs grow until the disk is full")
                       .arg(key.value)
                 : Tr::tr("json-file logging of \"%1\" has no %2; logs grow until the disk is full")
                       .arg(key.value, !size && !files ? QStringLiteral("max-size or max-file")
                                                       : !size ? QStringLiteral("max-size") : QStringLiteral("max-file")),
             Tr::tr("add logging: {driver: json-file, options: {max-size: \"10m\", max-file: \"3\"}}"));
    }

    void user(const YamlNode &key, const YamlNode &service, const QString &path)
    {
        const YamlNodePtr user = service.get(u"user");
        if (user && user->isScalar()) {
            const QString who = user->value.section(QLatin1Char(':'), 0, 0);
            if (who != QLatin1String("root") && who != QLatin1String("0"))
                return;
            warn(user->location, join(path, QStringLiteral("user")), "hardening.root-user",
                 Tr::tr("service \"%1\" runs as root").arg(key.value),
                 Tr::tr("run as an unprivileged user, e.g. user: \"1000:1000\""));
            return;
        }
        warn(key.location, path, "hardening.root-user",
             Tr::tr("service \"%1\" sets no user:, so it runs as the image's user, often root").arg(key.value),
             Tr::tr("add user: \"1000:1000\" (or the image's non-root user)"));
    }

    void environment(const YamlNode &service, const QString &path)
    {
        const YamlNodePtr env = service.get(u"environment");
        if (!env)
            return;
        const QString envPath = join(path, QStringLiteral("environment"));
        if (env->isMap()) {
            for (const YamlPair &pair : env->pairs) {
                if (pair.key && pair.value && pair.value->isScalar())
                    variable(pair.key->value, pair.value->value, written(*pair.value), *pair.value,
                             join(envPath, pair.key->value));
            }
        } else if (env->isSequence()) {
            for (qsizetype i = 0; i < env->items.size(); ++i) {
                const YamlNode *item = env->items[i].get();
                if (!item || !item->isScalar() || !item->value.contains(QLatin1Char('=')))
                    continue; // "NAME" alone takes the value from the shell
                const QString text = written(*item);
                variable(item->value.section(QLatin1Char('='), 0, 0), item->value.section(QLatin1Char('='), 1),
                         text.section(QLatin1Char('='), 1), *item, join(envPath, i));
            }
        }
    }

    void variable(const QString &name, const QString &value, const QString &asWritten, const YamlNode &node,
                  const QString &path)
    {
        if (!isSecretName(name) || value.isEmpty())
            return;
        if (isDefaultPassword(value)) {
            warn(node.location, path, "hardening.default-password",
                 isReference(asWritten)
                     ? Tr::tr("%1 falls back to the well-known default \"%2\"; anyone can guess it").arg(name, value)
                     : Tr::tr("%1 is the well-known default \"%2\"; anyone can guess it").arg(name, value),
                 Tr::tr("generate a strong value, keep it in .env (mode 0600) and write %1: ${%1:?set %1 in .env}")
                     .arg(name));
        } else if (!isReference(asWritten) && !value.startsWith(QLatin1Char('/'))) { // a path names a file, not a secret
            warn(node.location, path, "hardening.literal-secret",
                 Tr::tr("%1 is written in the compose file; it ends up in git and in docker inspect").arg(name),
                 Tr::tr("write %1: ${%1} and keep the value in .env (mode 0600), or use secrets:").arg(name));
        }
    }

    const RuleContext &m_context;
};

} // namespace

void HardeningRules::check(const RuleContext &context)
{
    const YamlNode *services = context.services();
    if (!services)
        return;
    Checker checker(context);
    for (const YamlPair &pair : services->pairs) {
        if (pair.key && pair.key->isScalar() && pair.value && pair.value->isMap())
            checker.service(*pair.key, *pair.value);
    }
}

} // namespace Stackdeck
