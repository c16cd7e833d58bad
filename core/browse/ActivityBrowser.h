#pragma once

#include "ActivityFilter.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace tansiq {

class Database;

enum class ActivitySort { Month, Place, Organisation, Sector, Status, Targeted, Reached };

// One line of the 4W table, with the names a reader needs (both languages).
struct ActivityRow {
    qint64 key = 0;  // the SQLite rowid: stable for the life of the record
    QUuid id;
    QString month;
    QString organisation;  // implementing organisation's acronym
    QString sectorCode;
    QString sectorEn;
    QString sectorAr;
    QString pcode;
    QString placeEn;
    QString placeAr;
    QString status;
    QString modality;
    std::optional<qint64> targeted;
    std::optional<qint64> reached;
    std::optional<qint64> households;
};

// Read-only access to the activity table for large views: the keys of every matching row in
// the requested order (8 bytes a row, so a million rows cost 8 MB), then the display rows
// for just the keys on screen. Never loads a million rows of strings.
class ActivityBrowser {
public:
    explicit ActivityBrowser(Database& db) : m_db(db) {}

    QList<qint64> keys(const ActivityFilter& filter, ActivitySort sort, bool ascending) const;
    std::optional<ActivityRow> row(qint64 key) const;

private:
    Database& m_db;
};

}  // namespace tansiq
