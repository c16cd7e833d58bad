#pragma once

#include <QByteArray>
#include <QList>
#include <QVariantList>

namespace tansiq::publish {

// A column of the target schema and the PostgreSQL type it gets (docs/formats/
// postgres-publication.md, "Types").
struct PgColumn {
    enum class Kind { Uuid, Text, Date, Integer, Real, Timestamp };
    QByteArray name;
    Kind kind = Kind::Text;
};

// A table of the target: a replicated registry table (key `id`) or the admin units (key
// `pcode`). Columns are the key first, then the registry's columns in their order.
struct PublishedTable {
    QByteArray name;
    QList<PgColumn> columns;
    bool replicated = true;
    const QByteArray& key() const { return columns.first().name; }
};

// One record as it is published: its key as the registry stores it (16 bytes or a P-code),
// the values for the target's columns (ready to bind), their digest, and whether it is live.
struct PublishedRow {
    QByteArray key;
    QVariantList values;
    quint64 digest = 0;
    bool live = true;
};

} // namespace tansiq::publish
