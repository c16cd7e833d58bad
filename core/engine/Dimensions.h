#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tansiq::engine {

// What a pivot can group by. Places roll up through the P-code hierarchy; month, quarter and
// year mean "active during" (an activity counts in every period it overlaps).
enum class Dimension {
    None,
    ImplementingOrg,
    ReportingOrg,
    FundingOrg,
    OrgType,
    Sector,
    ActivityType,
    Admin1,
    Admin2,
    Admin3,
    Admin4,
    Month,
    Quarter,
    Year,
    Status,
    Modality,
    PopulationGroup,
};

// What a pivot counts (docs/measures.md explains each in a coordinator's words).
enum class Measure {
    Activities,
    Organisations,
    Targeted,
    Reached,
    ReachedUnique,
    Households,
    Coverage,
    Budget,
    // People by sex and age (decision 0064): sums of the breakdown cells; an activity without
    // a breakdown counts 0 in them.
    ReachedWomen,
    ReachedMen,
    ReachedGirls,
    ReachedBoys,
    ReachedChildren, // girls + boys
    ReachedElderly, // elderly women + elderly men
    TargetedWomen,
    TargetedMen,
    TargetedGirls,
    TargetedBoys,
    TargetedChildren,
    TargetedElderly,
};

// The breakdown cells (people::Cell order, 0-5) a sex-and-age measure adds up, and whether
// they are of people reached; an empty list for the other measures.
struct PeopleCells {
    bool reached = false;
    QList<int> cells;
};
PeopleCells peopleCellsOf(Measure measure);

struct DimensionInfo {
    Dimension dimension;
    const char* name; // command-line name, e.g. "org", "admin3"
    const char* summary; // QT_TRANSLATE_NOOP("tansiq::Engine", ...)
};

struct MeasureInfo {
    Measure measure;
    const char* name;
    const char* summary;
};

const QList<DimensionInfo>& dimensionInfos();
const QList<MeasureInfo>& measureInfos();
std::optional<Dimension> dimensionByName(const QString& name);
std::optional<Measure> measureByName(const QString& name);
QString dimensionName(Dimension dimension);
QString measureName(Measure measure);
QString dimensionTitle(Dimension dimension); // translated, for headers
QString measureTitle(Measure measure);

// 1..4 for Admin1..Admin4, else 0.
int adminLevelOf(Dimension dimension);
Dimension adminDimension(int level);
bool isTimeDimension(Dimension dimension);

} // namespace tansiq::engine
