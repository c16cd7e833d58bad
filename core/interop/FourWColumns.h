#pragma once

#include "core/interop/HxlTag.h"
#include "core/registry/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace tansiq::interop {

// The fields of a 4W row as files carry them (4w-data.md: 24 fields, some in several
// columns). Each has one export column; import recognises it by HXL tag (variants included).
enum class Field {
    RecordId,
    ReportingMonth,
    ReportingOrgName,
    ImplOrgName,
    ImplOrgId,
    ImplOrgType,
    ProgOrgName,
    DonorName,
    SectorCode,
    SectorName,
    SubSector,
    ActivityTypeCode,
    ActivityTypeName,
    ProjectName,
    ProjectCode,
    Modality,
    Status,
    StartDate,
    EndDate,
    Adm1Code,
    Adm1Name,
    Adm2Code,
    Adm2Name,
    Adm3Code,
    Adm3Name,
    Adm4Code,
    Adm4Name,
    LocCode,
    LocName,
    Latitude,
    Longitude,
    PopulationGroup,
    Targeted,
    Reached,
    ReachedGirls,
    ReachedBoys,
    ReachedWomen,
    ReachedMen,
    ReachedElderlyWomen,
    ReachedElderlyMen,
    Households,
    Budget,
    Currency,
    TransferValue,
    ContactName,
    ContactEmail,
    ContactPhone,
    Comments,
    // People by sex, all ages (#reached+f, #reached+m, #targeted+f, #targeted+m): not stored
    // (decision 0064 keeps 0057's reason: it would be a second figure for the same people);
    // they give the totals when those are missing, are checked against them, and are
    // exported summed from the age cells.
    ReachedFemale,
    ReachedMale,
    TargetedFemale,
    TargetedMale,
    // People targeted by sex and age (#targeted+f+children ... #targeted+m+elderly), stored
    // since schema 7 (decision 0064).
    TargetedGirls,
    TargetedBoys,
    TargetedWomen,
    TargetedMen,
    TargetedElderlyWomen,
    TargetedElderlyMen,
};
constexpr int kFieldCount = int(Field::TargetedElderlyMen) + 1;

struct ExportColumn {
    Field field;
    const char* tag; // HXL tag on export (English names); "+i_ar" is added in Arabic
    const char* headerEn; // human header row
    const char* headerAr;
    bool arabicNames; // a "+name" column whose values follow the export language
};

// Every export column, in the order of the design note.
const QList<ExportColumn>& exportColumns();
// The export tag of a column in a language (Arabic name columns carry "+i_ar").
QString exportTag(const ExportColumn& column, Language language);
QString exportHeader(const ExportColumn& column, Language language);

// The field a tag stands for, with the variants partners use (`#sector`, `#sector+name`,
// `#org+name`, `#reached+f+adult`, `#adm1+pcode` ...). Nothing for tags Tansiq does not read.
std::optional<Field> fieldForTag(const HxlTag& tag);

// The field whose export header (English or Arabic, folded) is `header`: a file that kept our
// human header row but lost the tag row still maps itself.
std::optional<Field> fieldForHeader(const QString& header);

// A short name of the field for messages ("implementing organisation").
QString fieldLabel(Field field);

} // namespace tansiq::interop
