#pragma once

#include "core/common/Result.h"
#include "core/registry/TableSpec.h"
#include "core/registry/WriteContext.h"
#include "core/storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QUuid>
#include <QVariantList>

#include <memory>
#include <optional>

namespace tansiq {

class Clock;
class Database;
class Statement;
namespace sync {
class OpCapture;
struct FieldValue;
} // namespace sync

// Told about every record the write path touches (after the row is written, inside the
// caller's transaction: a listener that caches must re-read, since the transaction may still
// roll back). Used to keep in-memory views (the 4W engine's snapshot) current.
class RecordListener {
public:
    virtual ~RecordListener() = default;
    virtual void recordWritten(const TableSpec& table, const QUuid& id) = 0;
};

// The single write path for replicated records. Repositories validate, then call this inside a
// transaction (inTransaction() or writeValidated()); it stamps identity and times, writes the
// row and the audit trail, and is the one place where sync capture happens. Nothing else in
// Tansiq writes replicated tables. Each write joins the caller's transaction, or opens its own
// when there is none, so a row and its captured operation commit together.
class RecordWriter {
public:
    enum class Audit { PerRecord, Batch }; // Batch: the caller records one entry per batch

    RecordWriter(Database& db, const Clock& clock, WriteContext context);
    ~RecordWriter();

    // Inserts a new record with the given user-column values (in TableSpec order).
    Status insert(const TableSpec& table, const QUuid& id, const QVariantList& values,
        Audit audit = Audit::PerRecord);
    // Writes the columns whose values differ; returns whether anything changed.
    Result<bool> update(const TableSpec& table, const QUuid& id, const QVariantList& values);
    // Soft delete: the row stays as a tombstone.
    Status markDeleted(const TableSpec& table, const QUuid& id);
    // Brings a tombstone back (undoing a delete or a creation in the editor's undo history).
    Status restore(const TableSpec& table, const QUuid& id);
    // Records the current values of `fields` (0 = deleted flag, n = n-th column) as a new
    // local write without changing them: how a person confirms a value in a sync conflict.
    Status rewriteFields(const TableSpec& table, const QUuid& id, const QList<int>& fields);
    // Writes fields that arrived from another office (already merged by core/sync). Not
    // captured again: the operation is already in the op-log as a received batch.
    Status applyRemote(const TableSpec& table, const QUuid& id, bool create,
        const QList<sync::FieldValue>& fields, const QUuid& originOffice, qint64 createdAt,
        qint64 updatedAt);
    // The capture of this write path (sync uses it to advance the clock).
    sync::OpCapture& capture() { return *m_capture; }

    // One audit entry for a bulk operation (a demo, an import).
    Status recordBatch(const QString& tableName, const QJsonObject& details);

    // The stored user-column values of a record (tombstones included), or nothing.
    std::optional<QVariantList> read(const TableSpec& table, const QUuid& id);
    bool exists(const TableSpec& table, const QUuid& id, bool includeDeleted = false);

    void addListener(RecordListener* listener) { m_listeners << listener; }
    void removeListener(RecordListener* listener) { m_listeners.removeAll(listener); }

    const WriteContext& context() const { return m_context; }
    Database& database() const { return m_db; }

    // Converts a value to how SQLite stores it (uuids as 16 bytes, booleans as integers).
    static QVariant storageValue(const QVariant& value);

private:
    Status audit(
        const char* action, const TableSpec& table, const QUuid& id, const QJsonObject& details);
    enum class TableQuery { Insert, Read, Exists };
    // Statements over a table, prepared once per table and kind: update and delete read the
    // current row on every call, so bulk edits should not prepare SQL per record.
    Statement& tableStatement(TableQuery kind, const TableSpec& table);
    Status insertRow(
        const TableSpec& table, const QUuid& id, const QVariantList& values, Audit audit);
    Status updateRow(const TableSpec& table, const QUuid& id, const QByteArray& assignments,
        const QVariantList& changed);
    void notify(const TableSpec& table, const QUuid& id);
    Status setDeleted(const TableSpec& table, const QUuid& id, bool deleted);

    Database& m_db;
    const Clock& m_clock;
    WriteContext m_context;
    QHash<QPair<const TableSpec*, int>, std::shared_ptr<Statement>> m_statements;
    QList<RecordListener*> m_listeners;
    std::unique_ptr<sync::OpCapture> m_capture; // every write is captured: no bypass
};

} // namespace tansiq
