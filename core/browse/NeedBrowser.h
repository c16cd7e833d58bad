#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace tansiq {

class Database;

// One line of the needs table, with place and sector names in both languages.
struct NeedRow {
    QUuid id;
    QString pcode;
    QString placeEn;
    QString placeAr;
    QString sectorCode;
    QString sectorEn;
    QString sectorAr;
    int severity = 0;
    qint64 peopleInNeed = 0;
    QString source;
    QString assessedOn;
};

// Read-only list of live needs (a few thousand rows at most: place × sector).
class NeedBrowser {
public:
    static QList<NeedRow> list(Database& db, const QString& placePcode = {});
};

} // namespace tansiq
