#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace tansiq {
class Database;
class RecordWriter;
} // namespace tansiq

namespace tansiq::sync {

// A concurrent edit recorded by the merge, for a person to review. The database already shows
// the value every office converged on (the highest clock); resolving confirms or replaces it
// with an ordinary edit, which travels to every office and closes the conflict there too.
struct Conflict {
    qint64 id = 0;
    QString table;
    QUuid row;
    int field = 0;
    QString fieldName; // column name, or "deleted"
    QString kind; // "value" or "edit-delete"
    struct Head {
        QByteArray replica;
        QUuid office;
        quint64 hlc = 0;
        QVariant value;
    };
    QList<Head> heads;
    QVariant current;
    bool resolved = false;
};

class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(tansiq::sync)

public:
    Conflicts(Database& db, RecordWriter& writer);

    QList<Conflict> list(bool includeResolved = false);
    std::optional<Conflict> get(qint64 id);
    // keep: "current" (confirm the shown value), a head number (1-based, as listed), or for
    // edit-delete conflicts "record" / "deletion". `value` (if set) replaces the field.
    Status resolve(qint64 id, const QString& keep);

private:
    Database& m_db;
    RecordWriter& m_writer;
};

} // namespace tansiq::sync
