#include "core/interop/FourWExporter.h"

#include "core/interop/ActivityQuery.h"
#include "core/interop/FourWColumns.h"
#include "core/interop/ReferenceCatalog.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QLocale>

namespace tansiq::interop {

namespace {

template<typename T> QString number(const std::optional<T>& value)
{
    if (!value)
        return QString();
    if constexpr (std::is_floating_point_v<T>)
        return QString::number(*value, 'g', QLocale::FloatingPointShortest);
    else
        return QString::number(*value);
}

bool isNumeric(Field f)
{
    switch (f) {
    case Field::Latitude:
    case Field::Longitude:
    case Field::Targeted:
    case Field::Reached:
    case Field::ReachedGirls:
    case Field::ReachedBoys:
    case Field::ReachedWomen:
    case Field::ReachedMen:
    case Field::ReachedElderlyWomen:
    case Field::ReachedElderlyMen:
    case Field::Households:
    case Field::Budget:
    case Field::TransferValue:
        return true;
    default:
        return false;
    }
}

// The cells of one activity, column by column.
class RowWriter {
public:
    RowWriter(const ReferenceCatalog& catalog, Language language)
        : m_catalog(catalog), m_language(language), m_arabic(language == Language::Arabic)
    {
    }

    QStringList cells(const Activity& a) const
    {
        QString adm[5][2]; // [level][0 code, 1 name]
        for (const AdminUnit* unit = m_catalog.adminUnit(a.adminPcode); unit && unit->level > 0;
             unit = m_catalog.adminUnit(unit->parentPcode)) {
            if (unit->level <= 4) {
                adm[unit->level][0] = unit->pcode;
                adm[unit->level][1] = m_arabic ? unit->nameAr : unit->nameEn;
            }
        }
        const Organisation* impl = m_catalog.organisation(a.implementingOrgId);
        const Sector* sector = m_catalog.sector(a.sectorId);
        const ActivityType* type = m_catalog.activityType(a.activityTypeId);
        const Project* project = m_catalog.project(a.projectId);
        const bool hide = a.sensitive;
        QStringList out;
        out.reserve(exportColumns().size());
        for (const ExportColumn& column : exportColumns()) {
            switch (column.field) {
            case Field::RecordId:
                out << a.meta.id.toString(QUuid::WithoutBraces);
                break;
            case Field::ReportingMonth:
                out << a.reportingMonth;
                break;
            case Field::ReportingOrgName:
                out << m_catalog.organisationName(a.reportingOrgId, m_arabic);
                break;
            case Field::ImplOrgName:
                out << m_catalog.organisationName(a.implementingOrgId, m_arabic);
                break;
            case Field::ImplOrgId:
                out << (impl ? impl->acronym : QString());
                break;
            case Field::ImplOrgType:
                out << (impl ? termLabel(Vocabulary::OrgType, impl->type, m_language) : QString());
                break;
            case Field::ProgOrgName:
                out << m_catalog.organisationName(a.programmingOrgId, m_arabic);
                break;
            case Field::DonorName:
                out << m_catalog.organisationName(a.donorOrgId, m_arabic);
                break;
            case Field::SectorCode:
                out << (sector ? sector->code : QString());
                break;
            case Field::SectorName:
                out << (sector ? (m_arabic ? sector->nameAr : sector->nameEn) : QString());
                break;
            case Field::SubSector:
                out << QString();
                break;
            case Field::ActivityTypeCode:
                out << (type ? type->code : QString());
                break;
            case Field::ActivityTypeName:
                out << (type ? (m_arabic ? type->nameAr : type->nameEn) : QString());
                break;
            case Field::ProjectName:
                out << (project ? (m_arabic ? project->titleAr : project->titleEn) : QString());
                break;
            case Field::ProjectCode:
                out << (project ? project->code : QString());
                break;
            case Field::Modality:
                out << termLabel(Vocabulary::Modality, a.modality, m_language);
                break;
            case Field::Status:
                out << termLabel(Vocabulary::Status, a.status, m_language);
                break;
            case Field::StartDate:
                out << a.startDate;
                break;
            case Field::EndDate:
                out << a.endDate;
                break;
            case Field::Adm1Code:
                out << adm[1][0];
                break;
            case Field::Adm1Name:
                out << adm[1][1];
                break;
            case Field::Adm2Code:
                out << adm[2][0];
                break;
            case Field::Adm2Name:
                out << adm[2][1];
                break;
            case Field::Adm3Code:
                out << adm[3][0];
                break;
            case Field::Adm3Name:
                out << adm[3][1];
                break;
            case Field::Adm4Code:
                out << adm[4][0];
                break;
            case Field::Adm4Name:
                out << adm[4][1];
                break;
            case Field::LocCode:
                out << QString();
                break;
            case Field::LocName:
                out << (hide ? QString() : a.siteName);
                break;
            case Field::Latitude:
                out << (hide ? QString() : number(a.latitude));
                break;
            case Field::Longitude:
                out << (hide ? QString() : number(a.longitude));
                break;
            case Field::PopulationGroup:
                out << termLabel(Vocabulary::PopulationGroup, a.populationGroup, m_language);
                break;
            case Field::Targeted:
                out << number(a.targeted);
                break;
            case Field::Reached:
                out << number(a.reached);
                break;
            case Field::ReachedGirls:
                out << number(a.reachedGirls);
                break;
            case Field::ReachedBoys:
                out << number(a.reachedBoys);
                break;
            case Field::ReachedWomen:
                out << number(a.reachedWomen);
                break;
            case Field::ReachedMen:
                out << number(a.reachedMen);
                break;
            case Field::ReachedElderlyWomen:
                out << number(a.reachedElderlyWomen);
                break;
            case Field::ReachedElderlyMen:
                out << number(a.reachedElderlyMen);
                break;
            case Field::Households:
                out << number(a.households);
                break;
            case Field::Budget:
                out << number(a.budget);
                break;
            case Field::Currency:
                out << a.currency;
                break;
            case Field::TransferValue:
                out << number(a.transferValue);
                break;
            case Field::ContactName:
                out << (hide ? QString() : a.contactName);
                break;
            case Field::ContactEmail:
                out << (hide ? QString() : a.contactEmail);
                break;
            case Field::ContactPhone:
                out << (hide ? QString() : a.contactPhone);
                break;
            case Field::Comments:
                out << a.comments;
                break;
            case Field::ReachedFemale:
                out << bySex(a.reachedGirls, a.reachedWomen, a.reachedElderlyWomen);
                break;
            case Field::ReachedMale:
                out << bySex(a.reachedBoys, a.reachedMen, a.reachedElderlyMen);
                break;
            case Field::TargetedGirls:
                out << number(a.targetedGirls);
                break;
            case Field::TargetedBoys:
                out << number(a.targetedBoys);
                break;
            case Field::TargetedWomen:
                out << number(a.targetedWomen);
                break;
            case Field::TargetedMen:
                out << number(a.targetedMen);
                break;
            case Field::TargetedElderlyWomen:
                out << number(a.targetedElderlyWomen);
                break;
            case Field::TargetedElderlyMen:
                out << number(a.targetedElderlyMen);
                break;
            case Field::TargetedFemale:
                out << bySex(a.targetedGirls, a.targetedWomen, a.targetedElderlyWomen);
                break;
            case Field::TargetedMale:
                out << bySex(a.targetedBoys, a.targetedMen, a.targetedElderlyMen);
                break;
            }
        }
        return out;
    }

private:
    // All ages of one sex: the sum of the three age cells when all three are known.
    QString bySex(std::optional<qint64> children, std::optional<qint64> adults,
        std::optional<qint64> elderly) const
    {
        if (!children || !adults || !elderly)
            return QString();
        return number(std::optional<qint64>(*children + *adults + *elderly));
    }

    const ReferenceCatalog& m_catalog;
    Language m_language;
    bool m_arabic;
};

} // namespace

Result<ExportSummary> FourWExporter::write(TableSink& sink, const ExportFilter& filter,
    Language language, const Progress& progress, const std::atomic_bool* cancel)
{
    const ReferenceCatalog catalog = ReferenceCatalog::load(m_registry);
    TableSink::Layout layout;
    for (const ExportColumn& column : exportColumns()) {
        layout.header << exportHeader(column, language);
        layout.tags << exportTag(column, language);
        layout.numeric << isNumeric(column.field);
    }
    layout.rightToLeft = language == Language::Arabic;
    Status status = sink.begin(layout);
    if (!status.ok())
        return status;
    const RowWriter rows(catalog, language);
    ExportSummary summary;
    bool cancelled = false;
    ActivityQuery(m_registry.database()).forEach(filter, [&](const Activity& a) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        status = sink.row(rows.cells(a));
        if (!status.ok())
            return false;
        ++summary.rows;
        summary.sensitiveRows += a.sensitive ? 1 : 0;
        if (progress && summary.rows % 5000 == 0)
            progress(summary.rows);
        return true;
    });
    if (cancelled)
        return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
            QCoreApplication::translate("tansiq::interop::FourWExporter",
                "The export was cancelled; no file was written."));
    if (!status.ok())
        return status;
    status = sink.finish();
    if (!status.ok())
        return status;
    return summary;
}

} // namespace tansiq::interop
