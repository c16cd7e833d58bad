#include "core/engine/Dimensions.h"

#include <QCoreApplication>

namespace tansiq::engine {

const QList<DimensionInfo>& dimensionInfos()
{
    static const QList<DimensionInfo> list = {
        { Dimension::ImplementingOrg, "org",
            QT_TRANSLATE_NOOP("tansiq::Engine", "implementing organisation") },
        { Dimension::ReportingOrg, "reporting-org",
            QT_TRANSLATE_NOOP("tansiq::Engine", "reporting organisation") },
        { Dimension::FundingOrg, "funding-org",
            QT_TRANSLATE_NOOP("tansiq::Engine", "funding organisation (donor)") },
        { Dimension::OrgType, "org-type",
            QT_TRANSLATE_NOOP("tansiq::Engine", "type of the implementing organisation") },
        { Dimension::Sector, "sector", QT_TRANSLATE_NOOP("tansiq::Engine", "sector (cluster)") },
        { Dimension::ActivityType, "activity-type",
            QT_TRANSLATE_NOOP("tansiq::Engine", "activity type") },
        { Dimension::Admin1, "admin1", QT_TRANSLATE_NOOP("tansiq::Engine", "governorate") },
        { Dimension::Admin2, "admin2", QT_TRANSLATE_NOOP("tansiq::Engine", "district") },
        { Dimension::Admin3, "admin3", QT_TRANSLATE_NOOP("tansiq::Engine", "sub-district") },
        { Dimension::Admin4, "admin4", QT_TRANSLATE_NOOP("tansiq::Engine", "community") },
        { Dimension::Month, "month",
            QT_TRANSLATE_NOOP("tansiq::Engine", "month in which the activity was active") },
        { Dimension::Quarter, "quarter",
            QT_TRANSLATE_NOOP("tansiq::Engine", "quarter in which the activity was active") },
        { Dimension::Year, "year",
            QT_TRANSLATE_NOOP("tansiq::Engine", "year in which the activity was active") },
        { Dimension::Status, "status", QT_TRANSLATE_NOOP("tansiq::Engine", "status") },
        { Dimension::Modality, "modality", QT_TRANSLATE_NOOP("tansiq::Engine", "modality") },
        { Dimension::PopulationGroup, "group",
            QT_TRANSLATE_NOOP("tansiq::Engine", "population group") },
    };
    return list;
}

const QList<MeasureInfo>& measureInfos()
{
    static const QList<MeasureInfo> list = {
        { Measure::Activities, "activities",
            QT_TRANSLATE_NOOP("tansiq::Engine", "number of activities") },
        { Measure::Organisations, "orgs",
            QT_TRANSLATE_NOOP("tansiq::Engine", "number of different implementing organisations") },
        { Measure::Targeted, "targeted",
            QT_TRANSLATE_NOOP("tansiq::Engine", "people targeted (sum)") },
        { Measure::Reached, "reached",
            QT_TRANSLATE_NOOP(
                "tansiq::Engine", "people reached (sum, counts people served twice twice)") },
        { Measure::ReachedUnique, "reached-unique",
            QT_TRANSLATE_NOOP("tansiq::Engine",
                "people reached without double counting (largest reach per place, summed)") },
        { Measure::Households, "households",
            QT_TRANSLATE_NOOP("tansiq::Engine", "households reached (sum)") },
        { Measure::Coverage, "coverage",
            QT_TRANSLATE_NOOP(
                "tansiq::Engine", "people reached without double counting ÷ people in need") },
        { Measure::Budget, "budget",
            QT_TRANSLATE_NOOP("tansiq::Engine", "budget of the activities (sum)") },
        { Measure::ReachedWomen, "reached-women",
            QT_TRANSLATE_NOOP("tansiq::Engine", "women reached (sum of the breakdowns given)") },
        { Measure::ReachedMen, "reached-men",
            QT_TRANSLATE_NOOP("tansiq::Engine", "men reached (sum of the breakdowns given)") },
        { Measure::ReachedGirls, "reached-girls",
            QT_TRANSLATE_NOOP("tansiq::Engine", "girls reached (sum of the breakdowns given)") },
        { Measure::ReachedBoys, "reached-boys",
            QT_TRANSLATE_NOOP("tansiq::Engine", "boys reached (sum of the breakdowns given)") },
        { Measure::ReachedChildren, "reached-children",
            QT_TRANSLATE_NOOP("tansiq::Engine",
                "children reached: girls and boys (sum of the breakdowns given)") },
        { Measure::ReachedElderly, "reached-elderly",
            QT_TRANSLATE_NOOP("tansiq::Engine",
                "elderly people reached: women and men (sum of the breakdowns given)") },
        { Measure::TargetedWomen, "targeted-women",
            QT_TRANSLATE_NOOP("tansiq::Engine", "women targeted (sum of the breakdowns given)") },
        { Measure::TargetedMen, "targeted-men",
            QT_TRANSLATE_NOOP("tansiq::Engine", "men targeted (sum of the breakdowns given)") },
        { Measure::TargetedGirls, "targeted-girls",
            QT_TRANSLATE_NOOP("tansiq::Engine", "girls targeted (sum of the breakdowns given)") },
        { Measure::TargetedBoys, "targeted-boys",
            QT_TRANSLATE_NOOP("tansiq::Engine", "boys targeted (sum of the breakdowns given)") },
        { Measure::TargetedChildren, "targeted-children",
            QT_TRANSLATE_NOOP("tansiq::Engine",
                "children targeted: girls and boys (sum of the breakdowns given)") },
        { Measure::TargetedElderly, "targeted-elderly",
            QT_TRANSLATE_NOOP("tansiq::Engine",
                "elderly people targeted: women and men (sum of the breakdowns given)") },
    };
    return list;
}

std::optional<Dimension> dimensionByName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"place" || key == u"governorate")
        return Dimension::Admin1;
    if (key == u"district")
        return Dimension::Admin2;
    if (key == u"sub-district" || key == u"subdistrict")
        return Dimension::Admin3;
    if (key == u"community")
        return Dimension::Admin4;
    for (const DimensionInfo& info : dimensionInfos()) {
        if (key == QLatin1String(info.name))
            return info.dimension;
    }
    return std::nullopt;
}

std::optional<Measure> measureByName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (const MeasureInfo& info : measureInfos()) {
        if (key == QLatin1String(info.name))
            return info.measure;
    }
    return std::nullopt;
}

QString dimensionName(Dimension dimension)
{
    for (const DimensionInfo& info : dimensionInfos()) {
        if (info.dimension == dimension)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

QString measureName(Measure measure)
{
    for (const MeasureInfo& info : measureInfos()) {
        if (info.measure == measure)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

QString dimensionTitle(Dimension dimension)
{
    for (const DimensionInfo& info : dimensionInfos()) {
        if (info.dimension == dimension)
            return QCoreApplication::translate("tansiq::Engine", info.summary);
    }
    return QString();
}

QString measureTitle(Measure measure)
{
    for (const MeasureInfo& info : measureInfos()) {
        if (info.measure == measure)
            return QCoreApplication::translate("tansiq::Engine", info.summary);
    }
    return QString();
}

int adminLevelOf(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Admin1:
        return 1;
    case Dimension::Admin2:
        return 2;
    case Dimension::Admin3:
        return 3;
    case Dimension::Admin4:
        return 4;
    default:
        return 0;
    }
}

Dimension adminDimension(int level)
{
    switch (level) {
    case 1:
        return Dimension::Admin1;
    case 2:
        return Dimension::Admin2;
    case 3:
        return Dimension::Admin3;
    default:
        return Dimension::Admin4;
    }
}

bool isTimeDimension(Dimension dimension)
{
    return dimension == Dimension::Month || dimension == Dimension::Quarter
        || dimension == Dimension::Year;
}

PeopleCells peopleCellsOf(Measure measure)
{
    // people::Cell: 0 girls, 1 boys, 2 women, 3 men, 4 elderly women, 5 elderly men.
    switch (measure) {
    case Measure::ReachedWomen:
        return { true, { 2 } };
    case Measure::ReachedMen:
        return { true, { 3 } };
    case Measure::ReachedGirls:
        return { true, { 0 } };
    case Measure::ReachedBoys:
        return { true, { 1 } };
    case Measure::ReachedChildren:
        return { true, { 0, 1 } };
    case Measure::ReachedElderly:
        return { true, { 4, 5 } };
    case Measure::TargetedWomen:
        return { false, { 2 } };
    case Measure::TargetedMen:
        return { false, { 3 } };
    case Measure::TargetedGirls:
        return { false, { 0 } };
    case Measure::TargetedBoys:
        return { false, { 1 } };
    case Measure::TargetedChildren:
        return { false, { 0, 1 } };
    case Measure::TargetedElderly:
        return { false, { 4, 5 } };
    default:
        return {};
    }
}

} // namespace tansiq::engine
