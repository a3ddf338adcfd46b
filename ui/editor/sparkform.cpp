#include "ui/editor/sparkform.h"

#include "models/core/quantity.h"
#include "ui/editor/sessioncommand.h"

#include <QCollator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stackdeck {

namespace {
const QStringList CoresPath{u"environment"_s, u"SPARK_WORKER_CORES"_s};
const QStringList MemoryPath{u"environment"_s, u"SPARK_WORKER_MEMORY"_s};
const QStringList CpuLimitPath{u"deploy"_s, u"resources"_s, u"limits"_s, u"cpus"_s};
const QStringList MemoryLimitPath{u"deploy"_s, u"resources"_s, u"limits"_s, u"memory"_s};
constexpr qint64 MiB = 1024 * 1024;
constexpr int MaxItems = 200;
}

SparkForm::SparkForm(EditSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_count(new QSpinBox(this))
    , m_cores(new QLineEdit(this))
    , m_memory(new QLineEdit(this))
    , m_masterUrl(new QLineEdit(this))
    , m_uiPort(new QLineEdit(this))
    , m_rpcPort(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_shared(new QLabel(this))
    , m_message(new QLabel(this))
    , m_status(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->addRow(m_status);
    m_count->setRange(0, 64);
    form->addRow(tr("Workers"), m_count);
    form->addRow(tr("Cores per worker"), m_cores);
    form->addRow(tr("Memory per worker"), m_memory);
    m_rule->setText(tr("Container memory limit = worker memory + max(512 MiB, 10 %), rounded up to 128 MiB; "
                       "CPU limit = cores."));
    m_rule->setWordWrap(true);
    form->addRow(QString(), m_rule);
    form->addRow(QString(), m_shared);
    form->addRow(tr("Master URL"), m_masterUrl);
    form->addRow(tr("Master web UI port (published)"), m_uiPort);
    form->addRow(tr("Master RPC port (stack only)"), m_rpcPort);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->hide();
    form->addRow(m_message);

    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) { showResult(setWorkerCount(count)); });
    connect(m_cores, &QLineEdit::editingFinished, this, [this] { showResult(setWorkerCores(m_cores->text().trimmed())); });
    connect(m_memory, &QLineEdit::editingFinished, this, [this] { showResult(setWorkerMemory(m_memory->text().trimmed())); });
    connect(m_masterUrl, &QLineEdit::editingFinished, this, [this] { showResult(setMasterUrl(m_masterUrl->text().trimmed())); });
    connect(m_uiPort, &QLineEdit::editingFinished, this, [this] { showResult(setUiPort(m_uiPort->text().trimmed())); });
    connect(session, &EditSession::changed, this, &SparkForm::refresh);
    refresh();
}

QString SparkForm::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SparkForm::detect()
{
    m_master.clear();
    m_workers.clear();
    for (const ServiceSpec &spec : m_session->project().services) {
        const QString command = spec.command.join(u' ');
        if (command.contains(u"deploy.worker.Worker"_s))
            m_workers << spec.name;
        else if (m_master.isEmpty()
                 && (command.contains(u"org.apache.spark.deploy.master.Master"_s)
                     || (spec.image.contains(u"spark"_s) && spec.name.contains(u"master"_s))))
            m_master = spec.name;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(m_workers.begin(), m_workers.end(), collator);
}

int SparkForm::commandIndex(const QString &service, const QString &needle) const
{
    for (int i = 0; i < MaxItems; ++i) {
        const FieldValue item = m_session->value(service, {u"command"_s, QString::number(i)});
        if (!item.isSet)
            return -1;
        if (item.value.contains(needle))
            return i;
    }
    return -1;
}

int SparkForm::portIndex(const QString &service, const QString &listKey, const QString &containerPort) const
{
    for (int i = 0; i < MaxItems; ++i) {
        const FieldValue item = m_session->value(service, {listKey, QString::number(i)});
        if (!item.isSet)
            return -1;
        const QString target = item.value.section(u':', -1).section(u'/', 0, 0);
        if (target == containerPort)
            return i;
    }
    return -1;
}

void SparkForm::refresh()
{
    if (!m_session)
        return;
    detect();
    const bool found = !m_workers.isEmpty() || !m_master.isEmpty();
    m_status->setText(found ? tr("Master: %1; workers: %2").arg(m_master.isEmpty() ? tr("none") : m_master,
                                                                 m_workers.join(u", "_s))
                            : tr("No Spark master or worker found in this stack."));
    {
        const QSignalBlocker block(m_count);
        m_count->setValue(int(m_workers.size()));
    }
    const QString first = m_workers.value(0);
    auto show = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus() && edit->text() != text)
            edit->setText(text);
    };
    if (!first.isEmpty()) {
        show(m_cores, m_session->value(first, CoresPath).value);
        const FieldValue memory = m_session->value(first, MemoryPath);
        show(m_memory, memory.value);
        if (!memory.anchor.isEmpty()) {
            QStringList all = QStringList{first} + memory.sharedWith;
            all.removeDuplicates();
            m_shared->setText(tr("applies to %1 (shared anchor &%2)").arg(all.join(u", "_s), memory.anchor));
        } else {
            m_shared->setText(tr("written in each worker"));
        }
        const int url = commandIndex(first, u"spark://"_s);
        show(m_masterUrl, url >= 0 ? m_session->value(first, {u"command"_s, QString::number(url)}).value : QString());
    }
    if (!m_master.isEmpty()) {
        const int ui = portIndex(m_master, u"ports"_s, u"8080"_s);
        const QString item = ui >= 0 ? m_session->value(m_master, {u"ports"_s, QString::number(ui)}).value : QString();
        show(m_uiPort, item.count(u':') >= 1 ? item.section(u':', -2, -2) : QString());
        const int rpc = portIndex(m_master, u"expose"_s, u"7077"_s);
        m_rpcPort->setText(rpc >= 0 ? tr("7077 (expose, not published)")
                                    : (portIndex(m_master, u"ports"_s, u"7077"_s) >= 0 ? tr("7077 is published: keep it under expose")
                                                                                      : tr("not declared")));
    }
}

QString SparkForm::containerLimitFor(const QString &workerMemory)
{
    const Result<qint64> bytes = Quantity::parseMemory(workerMemory);
    if (!bytes || *bytes <= 0)
        return {};
    const qint64 overhead = std::max<qint64>(512 * MiB, *bytes / 10);
    const qint64 step = 128 * MiB;
    const qint64 total = (*bytes + overhead + step - 1) / step * step;
    if (total % (1024 * MiB) == 0)
        return QString::number(total / (1024 * MiB)) + u'G';
    return QString::number(total / MiB) + u'M';
}

Status SparkForm::run(const QString &what, const std::function<Status()> &edit)
{
    return SessionCommand::run(m_session, m_undo, what, edit);
}

void SparkForm::showResult(const Status &status)
{
    m_message->setText(status ? QString() : status.error().toString());
    m_message->setVisible(!status);
    if (status)
        refresh();
}

namespace {
// Writes one value for every worker (a copy of the list: each edit re-detects them), once per place it is written (an anchor shared by all is one write).
Status setForWorkers(EditSession *session, const QStringList workers, const QStringList &path, const QString &value,
                     bool asString)
{
    QSet<QString> written;
    for (const QString &worker : workers) {
        const FieldValue current = session->value(worker, path);
        const QString place = current.isSet && !current.anchor.isEmpty()
            ? current.file + u'#' + current.rawPath.join(u'/')
            : worker;
        if (written.contains(place))
            continue;
        written.insert(place);
        if (current.isSet && current.value == value)
            continue;
        if (Status s = session->setValue(worker, path, value, asString); !s)
            return s;
    }
    return success();
}
}

Status SparkForm::setWorkerCores(const QString &cores)
{
    return run(tr("Set Spark worker cores"), [&]() -> Status {
        const Result<qint64> millis = Quantity::parseCpus(cores);
        if (!millis || *millis < 1000 || *millis % 1000 != 0)
            return Error{tr("Worker cores must be a whole number such as 2, not \"%1\".").arg(cores), {}, {}};
        if (Status s = setForWorkers(m_session, m_workers, CoresPath, cores, true); !s)
            return s;
        return setForWorkers(m_session, m_workers, CpuLimitPath, cores, true);
    });
}

Status SparkForm::setWorkerMemory(const QString &memory)
{
    return run(tr("Set Spark worker memory"), [&]() -> Status {
        const QString limit = containerLimitFor(memory);
        if (limit.isEmpty())
            return Error{tr("Worker memory \"%1\" is not a size such as 4g or 2048m.").arg(memory), {}, {}};
        if (Status s = setForWorkers(m_session, m_workers, MemoryPath, memory, true); !s)
            return s;
        return setForWorkers(m_session, m_workers, MemoryLimitPath, limit, false);
    });
}

Status SparkForm::setMasterUrl(const QString &url)
{
    return run(tr("Set Spark master URL"), [&]() -> Status {
        if (!url.startsWith(u"spark://"_s))
            return Error{tr("The master URL must start with spark://, e.g. spark://spark-master:7077."), {}, {}};
        QSet<QString> written;
        const QStringList workers = m_workers; // a copy: every edit's changed() re-detects the workers
        for (const QString &worker : workers) {
            const int index = commandIndex(worker, u"spark://"_s);
            if (index < 0)
                return Error{tr("%1 has no spark:// argument in a list-form command.").arg(worker), {}, {}};
            const QStringList path{u"command"_s, QString::number(index)};
            const FieldValue current = m_session->value(worker, path);
            const QString place = current.anchor.isEmpty() ? worker : current.file + current.rawPath.join(u'/');
            if (written.contains(place) || current.value == url)
                continue;
            written.insert(place);
            if (Status s = m_session->setValue(worker, path, url, true); !s)
                return s;
        }
        return success();
    });
}

Status SparkForm::setUiPort(const QString &port)
{
    return run(tr("Set Spark UI port"), [&]() -> Status {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return Error{tr("The UI port must be a number from 1 to 65535, not \"%1\".").arg(port), {}, {}};
        if (m_master.isEmpty())
            return Error{tr("No Spark master in this stack."), {}, {}};
        const int index = portIndex(m_master, u"ports"_s, u"8080"_s);
        if (index < 0)
            return m_session->setValue(m_master, {u"ports"_s, u"0"_s}, u"127.0.0.1:%1:8080"_s.arg(port), true);
        const QStringList path{u"ports"_s, QString::number(index)};
        QStringList parts = m_session->value(m_master, path).value.split(u':');
        if (parts.size() >= 2)
            parts[parts.size() - 2] = port;
        else
            parts.prepend(port);
        return m_session->setValue(m_master, path, parts.join(u':'), true);
    });
}

Status SparkForm::setWorkerCount(int count)
{
    return run(tr("Set Spark worker count to %1").arg(count), [&]() -> Status {
        detect();
        if (m_workers.isEmpty() && count > 0)
            return Error{tr("There is no Spark worker to copy; add one first."), {}, {}};
        static const QRegularExpression numbered(u"^(.*?)(\\d+)$"_s);
        while (m_workers.size() < count) {
            const QString last = m_workers.constLast();
            const QRegularExpressionMatch match = numbered.match(last);
            const QString prefix = match.hasMatch() ? match.captured(1) : last + u'-';
            int n = int(m_workers.size()) + 1;
            while (m_session->project().service(prefix + QString::number(n)))
                ++n;
            const qsizetype had = m_workers.size();
            if (Status s = m_session->duplicateService(last, prefix + QString::number(n)); !s)
                return s;
            detect();
            if (m_workers.size() <= had)
                return Error{tr("The copy of %1 is not recognised as a Spark worker.").arg(last), {}, {}};
        }
        while (m_workers.size() > count) {
            const qsizetype had = m_workers.size();
            const QString highest = m_workers.constLast(); // a copy: changed() re-detects the workers
            if (Status s = m_session->removeService(highest, true); !s)
                return s;
            detect();
            if (m_workers.size() >= had)
                return Error{tr("%1 could not be removed.").arg(highest), {}, {}};
        }
        return success();
    });
}

} // namespace Stackdeck
