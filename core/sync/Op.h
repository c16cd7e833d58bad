#pragma once

#include <QByteArray>
#include <QList>
#include <QUuid>
#include <QVariant>

namespace tansiq {
struct TableSpec;
}

namespace tansiq::sync {

// Field numbers: 0 is the deleted flag, n is the n-th column of the table's TableSpec.
constexpr int kDeletedField = 0;
// Not a column: a create op's created_at when it differs from its clock time.
constexpr int kCreatedAtField = 999;

struct FieldValue {
    int field = 0;
    QVariant value; // null, qint64, double, QString or QByteArray (as SQLite stores it)
};

// One captured write: a record created or some of its fields changed, at one replica.
struct Op {
    QByteArray tableName;
    const TableSpec* table = nullptr; // null when this version does not know the table
    QUuid row;
    quint64 seq = 0;
    quint64 hlc = 0;
    bool create = false;
    qint64 createdAt = 0; // create ops: the record's created_at
    QList<FieldValue> fields;
    // Local ops being sealed: the fields exactly as captured (CBOR map), copied into the batch
    // without decoding (record references go to the batch dictionary).
    QByteArray rawFields;
};

} // namespace tansiq::sync
