#pragma once

#include "core/common/Result.h"
#include "core/engine/PivotQuery.h"
#include "core/engine/Snapshot.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace tansiq {
class Database;
}

namespace tansiq::engine {

// The same pivots computed by SQLite with GROUP BY, straight from the tables: the baseline of
// `tansiq-cli bench` and the independent formulation the engine is tested against. Slow on
// purpose-free SQL; never used to answer a user.
class SqlPivot {
public:
    struct Cell {
        qint64 activities = 0;
        double value = 0; // NaN: not defined (coverage without people in need)
    };
    // Key: row key + '|' + column key, as memberKey() writes them; totals are "#T".
    using Cells = QHash<QString, Cell>;
    static QString cellKey(const QString& row, const QString& column)
    {
        return row + QLatin1Char('|') + column;
    }
    static QString totalKey() { return QStringLiteral("#T"); }

    // `snapshot` only translates the query's member numbers into codes and ids.
    SqlPivot(Database& db, const Snapshot& snapshot) : m_db(db), m_s(snapshot) { }

    Result<Cells> run(const PivotQuery& query);

    // The common table expressions every baseline starts from: anc (place ancestors), act
    // (live activities with effective ends), latest (the newest needs per place and sector).
    static QString prelude();

private:
    QString filterConditions(const PivotQuery& query, QVariantList& binds) const;
    QString keySql(Dimension dimension) const;
    QString needConditions(const PivotQuery& query, Dimension rows, const QString& rowKey,
        Dimension cols, const QString& colKey, QVariantList& binds) const;
    Result<double> peopleInNeed(
        const PivotQuery& query, const QString& rowKey, const QString& colKey);

    Database& m_db;
    const Snapshot& m_s;
};

} // namespace tansiq::engine
