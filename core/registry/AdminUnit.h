#pragma once

#include <QString>

#include <optional>

namespace tansiq {

// A place in Syria's administrative hierarchy, identified by its OCHA P-code. Reference data:
// every office imports the same COD, so P-codes (not UUIDs) are the identity.
struct AdminUnit {
    QString pcode;
    int level = 0; // 0 country, 1 governorate, 2 district, 3 sub-district, 4 community
    QString parentPcode;
    QString nameEn;
    QString nameAr;
    QString altNames; // '|'-separated alternative spellings
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<qint64> population;
    std::optional<int> populationYear;
};

} // namespace tansiq
