// Demo organisations, projects and needs (see DemoGenerator).

#include "core/common/Dates.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoState.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>

#include <cmath>

namespace tansiq::demo {

namespace {
struct DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(tansiq::DemoGenerator)
};

QString sectorKey(const QUuid& org, const QString& sector)
{
    return org.toString() + sector;
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

Status loadReference(Registry& registry, State& s)
{
    QHash<QUuid, QString> sectorCodes;
    for (const Sector& sector : registry.reference().sectors()) {
        s.sectorIds.insert(sector.code, sector.id);
        s.sectorNames.insert(sector.code, { sector.nameEn, sector.nameAr });
        sectorCodes.insert(sector.id, sector.code);
    }
    for (const ActivityType& type : registry.reference().activityTypes())
        s.activityTypes[sectorCodes.value(type.sectorId)] << type.id;
    QList<double> weights;
    for (const AdminUnit& unit : registry.reference().adminUnits(3)) {
        const QString governorate = unit.pcode.left(4);
        s.places << Place { unit.pcode, governorate };
        weights << std::sqrt(double(unit.population.value_or(20000)))
                * governorateWeight(governorate);
    }
    if (s.places.isEmpty()) {
        return Issue::error(QStringLiteral("no-gazetteer"), DemoGenerator::tr("gazetteer"),
            QString(),
            DemoGenerator::tr("The database has no sub-districts: import the gazetteer first."));
    }
    s.placeIndex = WeightedIndex(weights);
    return success();
}

Status createOrganisations(Registry& registry, State& s)
{
    QStringList governorates; // sorted, so the outcome does not depend on hashing
    for (const Place& place : s.places) {
        if (!governorates.contains(place.governorate))
            governorates << place.governorate;
    }
    governorates.sort();
    for (const DemoOrganisation& entry : organisations()) {
        Organisation org;
        org.meta.id = s.random.uuid();
        org.acronym = QString::fromUtf8(entry.acronym);
        org.nameEn = QString::fromUtf8(entry.nameEn);
        org.nameAr = QString::fromUtf8(entry.nameAr);
        org.type = QString::fromUtf8(entry.type);
        if (org.type == u"nngo" || org.type == u"cbo")
            org.registrationNo = QStringLiteral("MoSAL-%1").arg(1000 + s.random.below(9000));
        // Free text has no language twin in the schema: it holds what a Syrian office types,
        // in Arabic (docs/decisions/0034-demo-texts-in-the-office-language.md).
        org.contactName = QStringLiteral("مسؤول التنسيق");
        org.contactEmail = QStringLiteral("coordination@%1.example.org").arg(org.acronym.toLower());
        const auto created = registry.organisations().create(org, RecordWriter::Audit::Batch);
        if (!created.ok())
            return created;
        const int index = int(s.orgs.size());
        s.orgs << Org { org.meta.id, org.type, words(entry.sectors) };
        const QStringList homes = words(entry.homeGovernorates);
        for (const QString& governorate : homes.isEmpty() ? governorates : homes) {
            // Local organisations report more activities where they are based.
            const int repeat = (org.type == u"nngo" || org.type == u"cbo") ? 3 : 1;
            for (int i = 0; i < repeat; ++i)
                s.orgsByGovernorate[governorate] << index;
        }
        ++s.summary.organisations;
    }
    return success();
}

Status createProjects(Registry& registry, State& s)
{
    QList<int> donors;
    for (int i = 0; i < s.orgs.size(); ++i) {
        if (s.orgs.at(i).type == u"un")
            donors << i;
    }
    const QDate first = s.options.lastMonth.addMonths(-(24 - 1));
    for (int n = 0; n < s.options.projects; ++n) {
        const Org& lead = s.pick(s.orgs);
        tansiq::Project project;
        project.meta.id = s.random.uuid();
        project.code = QStringLiteral("DEMO-%1").arg(n + 1, 4, 10, QLatin1Char('0'));
        const QString sector = s.random.pick(lead.sectors);
        const auto [sectorEn, sectorAr] = s.sectorNames.value(sector);
        project.titleEn = QStringLiteral("%1 response, phase %2").arg(sectorEn).arg(1 + n % 4);
        project.titleAr
            = QStringLiteral("الاستجابة في قطاع %1، المرحلة %2").arg(sectorAr).arg(1 + n % 4);
        project.leadOrgId = lead.id;
        const QDate start = first.addMonths(s.random.below(20));
        project.startDate = dates::toIsoDate(start);
        project.endDate = dates::toIsoDate(start.addMonths(6 + s.random.below(18)).addDays(-1));
        project.status = QStringLiteral("ongoing");
        project.budget = std::round(s.random.uniform(50, 2000)) * 1000.0;
        project.sectorIds << s.sectorIds.value(sector);
        const Org& donor = s.orgs.at(s.random.pick(donors));
        if (donor.id != lead.id)
            project.partners << ProjectPartner { donor.id, QStringLiteral("funding") };
        project.partners << ProjectPartner { lead.id, QStringLiteral("implementing") };
        const auto created = registry.projects().create(project, RecordWriter::Audit::Batch);
        if (!created.ok())
            return created;
        s.projectsFor[sectorKey(lead.id, sector)]
            << Project { project.meta.id, lead.id, donor.id, project.startDate, project.endDate };
        ++s.summary.projects;
    }
    return success();
}

Status createNeeds(Registry& registry, State& s)
{
    for (const Place& place : s.places) {
        const double pressure = governorateWeight(place.governorate);
        const auto unit = registry.reference().adminUnit(place.pcode);
        const qint64 population = unit && unit->population ? *unit->population : 20000;
        for (auto it = s.sectorIds.cbegin(); it != s.sectorIds.cend(); ++it) {
            if (it.key() == u"LOG")
                continue; // logistics serves partners, not people in need
            Need need;
            need.meta.id = s.random.uuid();
            need.adminPcode = place.pcode;
            need.sectorId = it.value();
            need.severity
                = std::clamp(int(std::lround(s.random.normal(2.3 + 0.2 * pressure, 0.9))), 1, 5);
            need.peopleInNeed
                = qint64(population * s.random.uniform(0.1, 0.5) * need.severity / 5.0);
            need.source = QStringLiteral("تقييم الاحتياجات متعدد القطاعات 2026 (بيانات تجريبية)");
            need.assessedOn = QStringLiteral("2026-09-15");
            const auto created = registry.needs().create(need, RecordWriter::Audit::Batch);
            if (!created.ok())
                return created;
            ++s.summary.needs;
            if (need.severity >= 3 && s.random.chance(s.options.gapShare)) {
                s.gaps.insert(place.pcode + QLatin1Char('/') + it.key());
                ++s.summary.plantedGaps;
            }
        }
    }
    return success();
}

} // namespace tansiq::demo
