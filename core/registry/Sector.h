#pragma once

#include <QString>
#include <QUuid>

namespace tansiq {

// A cluster (sector). The ten standard clusters are seeded with name-based UUIDs.
struct Sector {
    QUuid id;
    QString code;
    QString nameEn;
    QString nameAr;
};

struct ActivityType {
    QUuid id;
    QUuid sectorId;
    QString code;
    QString nameEn;
    QString nameAr;
};

} // namespace tansiq
