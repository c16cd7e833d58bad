#include "core/registry/RecordWriter.h"

#include "core/common/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"
#include "core/sync/HybridClock.h"
#include "core/sync/OpCapture.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace tansiq {

namespace {

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.metaType().id() == QMetaType::QByteArray) {
        const QByteArray bytes = value.toByteArray();
        if (bytes.size() == 16)
            return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
        return QString::fromLatin1(bytes.toHex());
    }
    return QJsonValue::fromVariant(value);
}

QByteArray columnList(const TableSpec& table)
{
    QByteArray list;
    for (const char* column : table.columns)
        list += QByteArray(", ") + column;
    return list;
}

Issue notFound(const TableSpec& table, const QUuid& id)
{
    return Issue::error(QStringLiteral("not-found"), QString::fromLatin1(table.name),
        id.toString(QUuid::WithoutBraces),
        QCoreApplication::translate("tansiq::RecordWriter", "No record %1 exists in %2.")
            .arg(id.toString(QUuid::WithoutBraces), QString::fromLatin1(table.name)));
}

} // namespace

RecordWriter::RecordWriter(Database& db, const Clock& clock, WriteContext context)
    : m_db(db)
    , m_clock(clock)
    , m_context(std::move(context))
    , m_capture(std::make_unique<sync::OpCapture>(db, clock))
{
}

RecordWriter::~RecordWriter() = default;

QVariant RecordWriter::storageValue(const QVariant& value)
{
    if (value.isNull())
        return QVariant();
    switch (value.metaType().id()) {
    case QMetaType::QUuid: {
        const QUuid id = value.toUuid();
        return id.isNull() ? QVariant() : QVariant(id.toRfc4122());
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return QVariant(value.toLongLong());
    case QMetaType::Float:
        return QVariant(value.toDouble());
    default:
        return value;
    }
}

Statement& RecordWriter::tableStatement(TableQuery kind, const TableSpec& table)
{
    const QPair<const TableSpec*, int> key(&table, int(kind));
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return *it.value();
    QByteArray sql;
    switch (kind) {
    case TableQuery::Insert: {
        QByteArray placeholders = "?";
        for (qsizetype i = 0; i < table.columns.size() + 4; ++i)
            placeholders += ", ?";
        sql = QByteArray("INSERT INTO ") + table.name + " (id" + columnList(table)
            + ", origin_office, created_at, updated_at, deleted) VALUES (" + placeholders + ")";
        break;
    }
    case TableQuery::Read:
        sql = QByteArray("SELECT ") + columnList(table).mid(2) + " FROM " + table.name
            + " WHERE id = ?";
        break;
    case TableQuery::Exists:
        sql = QByteArray("SELECT deleted FROM ") + table.name + " WHERE id = ?";
        break;
    }
    it = m_statements.insert(key, std::make_shared<Statement>(m_db.handle(), sql));
    return *it.value();
}

Status RecordWriter::insert(
    const TableSpec& table, const QUuid& id, const QVariantList& values, Audit auditMode)
{
    Q_ASSERT(values.size() == table.columns.size());
    // The row and its captured operation commit together or not at all.
    return inTransaction(m_db, Transaction::Nesting::Join,
        [&]() -> Status { return insertRow(table, id, values, auditMode); });
}

Status RecordWriter::insertRow(
    const TableSpec& table, const QUuid& id, const QVariantList& values, Audit auditMode)
{
    const quint64 hlc = m_capture->stamp();
    const qint64 now = m_clock.nowMs();
    // Converted once: the row and the captured operation bind the same stored values.
    QVariantList stored;
    stored.reserve(values.size());
    for (const QVariant& value : values)
        stored << storageValue(value);
    Statement& statement = tableStatement(TableQuery::Insert, table);
    int index = 1;
    statement.bind(index++, id);
    for (const QVariant& value : std::as_const(stored))
        statement.bind(index++, value);
    statement.bind(index++, m_context.officeId);
    statement.bind(index++, now);
    statement.bind(index++, now);
    statement.bind(index++, qint64(0));
    const Status written = statement.run();
    if (!written.ok())
        return written;
    const Status captured = m_capture->created(table, id, stored, now, hlc);
    if (!captured.ok())
        return captured;
    notify(table, id);
    if (auditMode != Audit::Batch) {
        QJsonObject details;
        for (int i = 0; i < stored.size(); ++i) {
            if (!stored.at(i).isNull())
                details.insert(QString::fromLatin1(table.columns.at(i)), toJson(stored.at(i)));
        }
        const Status audited = audit("create", table, id, details);
        if (!audited.ok())
            return audited;
    }
    return written;
}

std::optional<QVariantList> RecordWriter::read(const TableSpec& table, const QUuid& id)
{
    Statement& select = tableStatement(TableQuery::Read, table);
    select.bind(1, id);
    std::optional<QVariantList> values;
    if (select.step() == Statement::Step::Row) {
        values.emplace();
        values->reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i)
            *values << select.value(i);
    }
    select.reset();
    return values;
}

bool RecordWriter::exists(const TableSpec& table, const QUuid& id, bool includeDeleted)
{
    Statement& select = tableStatement(TableQuery::Exists, table);
    select.bind(1, id);
    const bool found
        = select.step() == Statement::Step::Row && (includeDeleted || select.int64(0) == 0);
    select.reset();
    return found;
}

Result<bool> RecordWriter::update(
    const TableSpec& table, const QUuid& id, const QVariantList& values)
{
    Q_ASSERT(values.size() == table.columns.size());
    const std::optional<QVariantList> current = read(table, id);
    if (!current)
        return notFound(table, id);
    QByteArray assignments;
    QVariantList changed;
    QList<sync::FieldValue> fields;
    QJsonObject details;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant next = storageValue(values.at(i));
        const QVariant& before = current->at(i);
        if (next.isNull() == before.isNull() && (next.isNull() || next == before))
            continue;
        assignments += QByteArray(table.columns.at(i)) + " = ?, ";
        changed << next;
        fields.append({ i + 1, next });
        details.insert(QString::fromLatin1(table.columns.at(i)),
            QJsonObject { { QStringLiteral("old"), toJson(before) },
                { QStringLiteral("new"), toJson(next) } });
    }
    if (changed.isEmpty())
        return false;
    return inTransaction(m_db, Transaction::Nesting::Join, [&]() -> Result<bool> {
        const Status written = updateRow(table, id, assignments, changed);
        if (!written.ok())
            return written;
        const Status captured = m_capture->changed(table, id, fields, m_capture->stamp());
        if (!captured.ok())
            return captured;
        notify(table, id);
        const Status audited = audit("update", table, id, details);
        if (!audited.ok())
            return audited;
        return true;
    });
}

Status RecordWriter::updateRow(const TableSpec& table, const QUuid& id,
    const QByteArray& assignments, const QVariantList& changed)
{
    Statement statement(m_db.handle(),
        QByteArray("UPDATE ") + table.name + " SET " + assignments + "updated_at = ? WHERE id = ?");
    int index = 1;
    for (const QVariant& value : changed)
        statement.bind(index++, value);
    statement.bind(index++, m_clock.nowMs());
    statement.bind(index++, id);
    return statement.run();
}

Status RecordWriter::markDeleted(const TableSpec& table, const QUuid& id)
{
    return setDeleted(table, id, true);
}

// Deleting and restoring write the tombstone flag like any field: captured for sync, told to
// listeners and audited (a restore as an update of `deleted`).
Status RecordWriter::setDeleted(const TableSpec& table, const QUuid& id, bool deleted)
{
    if (!exists(table, id, true))
        return notFound(table, id);
    return inTransaction(m_db, Transaction::Nesting::Join, [&]() -> Status {
        Statement statement(m_db.handle(),
            QByteArray("UPDATE ") + table.name + " SET deleted = ?, updated_at = ? WHERE id = ?");
        statement.bind(1, deleted);
        statement.bind(2, m_clock.nowMs());
        statement.bind(3, id);
        const Status written = statement.run();
        if (!written.ok())
            return written;
        const Status captured = m_capture->changed(
            table, id, { { sync::kDeletedField, qint64(deleted ? 1 : 0) } }, m_capture->stamp());
        if (!captured.ok())
            return captured;
        notify(table, id);
        return deleted
            ? audit("delete", table, id, {})
            : audit("update", table, id,
                QJsonObject { { QStringLiteral("deleted"),
                    QJsonObject { { QStringLiteral("old"), 1 }, { QStringLiteral("new"), 0 } } } });
    });
}

Status RecordWriter::rewriteFields(
    const TableSpec& table, const QUuid& id, const QList<int>& fieldNumbers)
{
    const std::optional<QVariantList> current = read(table, id);
    if (!current)
        return notFound(table, id);
    QList<sync::FieldValue> fields;
    for (int field : fieldNumbers) {
        if (field == sync::kDeletedField)
            fields.append({ field, qint64(exists(table, id) ? 0 : 1) });
        else if (field >= 1 && field <= current->size())
            fields.append({ field, current->at(field - 1) });
    }
    // A savepoint of its own: a confirmation that fails leaves the caller's other writes alone.
    return inTransaction(m_db, [&]() -> Status {
        Statement touch(
            m_db.handle(), QByteArray("UPDATE ") + table.name + " SET updated_at = ? WHERE id = ?");
        touch.bind(1, m_clock.nowMs());
        touch.bind(2, id);
        Status step = touch.run();
        if (step.ok())
            step = m_capture->changed(table, id, fields, m_capture->stamp());
        if (step.ok())
            step
                = audit("update", table, id, QJsonObject { { QStringLiteral("confirmed"), true } });
        if (step.ok())
            notify(table, id);
        return step;
    });
}

Status RecordWriter::applyRemote(const TableSpec& table, const QUuid& id, bool create,
    const QList<sync::FieldValue>& fields, const QUuid& originOffice, qint64 createdAt,
    qint64 updatedAt)
{
    if (create) {
        Statement& statement = tableStatement(TableQuery::Insert, table);
        QVariantList values(table.columns.size());
        qint64 deleted = 0;
        for (const sync::FieldValue& field : fields) {
            if (field.field == sync::kDeletedField)
                deleted = field.value.toLongLong();
            else if (field.field >= 1 && field.field <= values.size())
                values[field.field - 1] = field.value;
        }
        int index = 1;
        statement.bind(index++, id);
        for (const QVariant& value : values)
            statement.bind(index++, value);
        statement.bind(index++, originOffice);
        statement.bind(index++, createdAt);
        statement.bind(index++, updatedAt);
        statement.bind(index++, deleted);
        const Status written = statement.run();
        if (written.ok())
            notify(table, id);
        return written;
    }
    QByteArray assignments;
    QVariantList bound;
    for (const sync::FieldValue& field : fields) {
        if (field.field == sync::kDeletedField) {
            assignments += "deleted = ?, ";
        } else if (field.field >= 1 && field.field <= table.columns.size()) {
            assignments += QByteArray(table.columns.at(field.field - 1)) + " = ?, ";
        } else {
            continue; // a field this version does not know
        }
        bound << field.value;
    }
    Statement statement(m_db.handle(),
        QByteArray("UPDATE ") + table.name + " SET " + assignments
            + "updated_at = max(updated_at, ?) WHERE id = ?");
    int index = 1;
    for (const QVariant& value : bound)
        statement.bind(index++, value);
    statement.bind(index++, updatedAt);
    statement.bind(index++, id);
    const Status written = statement.run();
    if (written.ok())
        notify(table, id);
    return written;
}

Status RecordWriter::restore(const TableSpec& table, const QUuid& id)
{
    return setDeleted(table, id, false);
}

void RecordWriter::notify(const TableSpec& table, const QUuid& id)
{
    for (RecordListener* listener : std::as_const(m_listeners))
        listener->recordWritten(table, id);
}

Status RecordWriter::recordBatch(const QString& tableName, const QJsonObject& details)
{
    Statement& statement = m_db.cached(
        "INSERT INTO audit_log (at, office_id, user_name, action, table_name, record_id, details)"
        " VALUES (?, ?, ?, 'bulk', ?, NULL, ?)");
    statement.bind(1, m_clock.nowMs());
    statement.bind(2, m_context.officeId);
    statement.bind(3, m_context.userName);
    statement.bind(4, tableName);
    statement.bind(5, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return statement.run();
}

Status RecordWriter::audit(
    const char* action, const TableSpec& table, const QUuid& id, const QJsonObject& details)
{
    Statement& statement = m_db.cached(
        "INSERT INTO audit_log (at, office_id, user_name, action, table_name, record_id, details)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)");
    statement.bind(1, m_clock.nowMs());
    statement.bind(2, m_context.officeId);
    statement.bind(3, m_context.userName);
    statement.bind(4, QString::fromLatin1(action));
    statement.bind(5, QString::fromLatin1(table.name));
    statement.bind(6, id);
    statement.bind(7, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return statement.run();
}

} // namespace tansiq
