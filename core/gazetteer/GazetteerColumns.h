#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>

namespace tansiq {

// Where the gazetteer's fields sit in an OCHA COD tabular header. Both schemas are accepted,
// matched case-insensitively and ignoring punctuation: camel case (admin1Pcode,
// admin1Name_en, admin1Name_ar) and the HDX upper/lower case (ADM1_PCODE, ADM1_EN, ADM1_AR;
// adm1_pcode, adm1_name, adm1_name1). Extra columns are ignored.
struct GazetteerColumns {
    Q_DECLARE_TR_FUNCTIONS(tansiq::GazetteerColumns)

public:
    static constexpr int kLevels = 5; // 0 country .. 4 community
    std::array<int, kLevels> pcode { -1, -1, -1, -1, -1 };
    std::array<int, kLevels> nameEn { -1, -1, -1, -1, -1 };
    std::array<int, kLevels> nameAr { -1, -1, -1, -1, -1 };
    std::array<QList<int>, kLevels> altNames;
    int latitude = -1;
    int longitude = -1;
    int population = -1;
    int populationYear = -1;
    int deepest = -1; // deepest level with a P-code column
    int shallowest = -1;

    // Finds the columns in `header`; refuses a header with no P-code column, with a gap
    // between levels, or without the English and Arabic names of a level it has.
    static Result<GazetteerColumns> detect(const QStringList& header, const QString& what);
};

} // namespace tansiq
