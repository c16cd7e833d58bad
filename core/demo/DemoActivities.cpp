// Demo activities: where, who, what and how many (see DemoGenerator).

#include "core/common/Dates.h"
#include "core/demo/DemoState.h"
#include "core/registry/Registry.h"

#include <cmath>

namespace tansiq::demo {

namespace {

QString modalityFor(DemoRandom& random, const QString& sector)
{
    const double u = random.uniform();
    if (sector == u"FSL")
        return u < 0.4 ? QStringLiteral("in_kind")
            : u < 0.75 ? QStringLiteral("cash")
                       : QStringLiteral("voucher");
    if (sector == u"SHL" || sector == u"WASH" || sector == u"NUT")
        return u < 0.7 ? QStringLiteral("in_kind")
            : u < 0.85 ? QStringLiteral("cash")
                       : QStringLiteral("service");
    if (sector == u"ERL")
        return u < 0.5 ? QStringLiteral("cash") : QStringLiteral("service");
    return QStringLiteral("service");
}

QString populationGroup(DemoRandom& random)
{
    const double u = random.uniform();
    return u < 0.45 ? QStringLiteral("idp")
        : u < 0.75  ? QStringLiteral("host")
        : u < 0.9   ? QStringLiteral("returnee")
                    : QStringLiteral("mixed");
}

// Splits `total` into girls, boys, women, men, elderly women, elderly men.
void splitReach(DemoRandom& random, Activity& a, qint64 total)
{
    static const double shares[] = { 0.21, 0.2, 0.25, 0.21, 0.07 };
    qint64 parts[6];
    qint64 sum = 0;
    for (int i = 0; i < 5; ++i) {
        parts[i] = qint64(std::floor(total * shares[i] * random.uniform(0.85, 1.15)));
        parts[i] = std::min(parts[i], total - sum);
        sum += parts[i];
    }
    parts[5] = total - sum;
    a.reachedGirls = parts[0];
    a.reachedBoys = parts[1];
    a.reachedWomen = parts[2];
    a.reachedMen = parts[3];
    a.reachedElderlyWomen = parts[4];
    a.reachedElderlyMen = parts[5];
}

// Dates, status and reporting month for an activity starting in month `startMonth`.
void schedule(State& s, Activity& a, QDate startMonth)
{
    static const int durations[] = { 1, 1, 2, 3, 3, 6, 6, 12 };
    const QDate last = s.options.lastMonth;
    const QDate start = startMonth.addDays(s.random.below(28));
    const QDate endMonth = startMonth.addMonths(durations[s.random.below(8)] - 1);
    const bool openEnded = s.random.chance(0.05);
    a.startDate = dates::toIsoDate(start);
    a.endDate = openEnded ? QString() : dates::toIsoDate(endMonth.addMonths(1).addDays(-1));
    if (start > last.addMonths(1).addDays(-1)) {
        a.status = QStringLiteral("planned");
    } else if (!openEnded && endMonth < last) {
        const double u = s.random.uniform();
        a.status = u < 0.92 ? QStringLiteral("completed")
            : u < 0.96      ? QStringLiteral("suspended")
                            : QStringLiteral("cancelled");
    } else {
        a.status = QStringLiteral("ongoing");
    }
    a.reportingMonth = dates::toMonth(openEnded || endMonth > last ? last : endMonth);
}

void figures(State& s, Activity& a)
{
    const qint64 targeted
        = std::max<qint64>(20, qint64(std::exp(s.random.normal(6.3, 1.0)) / 10) * 10);
    a.targeted = targeted;
    if (a.status == u"planned") {
        a.reached.reset();
        return;
    }
    const qint64 reached
        = a.status == u"cancelled" ? 0 : qint64(targeted * s.random.uniform(0.35, 1.12));
    a.reached = reached;
    splitReach(s.random, a, reached);
    a.households = qint64(reached / s.random.uniform(5.0, 7.0));
    a.budget = std::round(targeted * s.random.uniform(8, 60));
    if (a.modality == u"cash" || a.modality == u"voucher")
        a.transferValue = std::round(s.random.uniform(40, 150));
}

// The same work by another organisation, overlapping in time: a duplication to find.
Activity duplicateOf(State& s, const Activity& original, const QList<int>& candidates)
{
    Activity copy = original;
    copy.meta.id = s.random.uuid();
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Org& other = s.orgs.at(candidates.at(s.random.below(int(candidates.size()))));
        if (other.id != original.implementingOrgId) {
            copy.implementingOrgId = other.id;
            break;
        }
    }
    copy.reportingOrgId = copy.implementingOrgId;
    copy.projectId = QUuid();
    copy.programmingOrgId = QUuid();
    copy.startDate
        = dates::toIsoDate(dates::parseIsoDate(original.startDate)->addDays(s.random.below(20)));
    if (!copy.endDate.isEmpty() && copy.endDate < copy.startDate)
        copy.endDate = copy.startDate;
    figures(s, copy);
    return copy;
}

} // namespace

Status createActivities(Registry& registry, State& s, const DemoGenerator::Progress& progress,
    const std::atomic_bool* cancel)
{
    const QDate first = s.options.lastMonth.addMonths(-(24 - 1));
    const qint64 total = s.options.activities;
    qint64 done = 0;
    while (done < total) {
        if (cancel && cancel->load()) {
            return Issue::error(QStringLiteral("cancelled"), QString(), QString(),
                QCoreApplication::translate(
                    "tansiq::DemoGenerator", "Demo generation was cancelled."));
        }
        const Place& place = s.places.at(s.placeIndex.draw(s.random));
        const QList<int>& candidates = s.orgsByGovernorate.value(place.governorate);
        const Org& org = s.orgs.at(candidates.at(s.random.below(int(candidates.size()))));
        QString sector = s.random.pick(org.sectors);
        if (s.gaps.contains(place.pcode + QLatin1Char('/') + sector))
            continue; // a planted gap: nobody works here in this sector

        Activity a;
        a.meta.id = s.random.uuid();
        a.implementingOrgId = org.id;
        a.sectorId = s.sectorIds.value(sector);
        a.activityTypeId = s.random.pick(s.activityTypes.value(sector));
        a.adminPcode = place.pcode;
        const QList<Project>& projects = s.projectsFor.value(org.id.toString() + sector);
        if (!projects.isEmpty()) {
            const Project& project = s.random.pick(projects);
            a.projectId = project.id;
            a.donorOrgId = project.donor;
        }
        a.modality = modalityFor(s.random, sector);
        a.populationGroup = populationGroup(s.random);
        a.sensitive = sector == u"PRT" && s.random.chance(0.3);
        schedule(s, a, first.addMonths(s.random.below(24)));
        figures(s, a);

        QList<Activity> batch { a };
        if (done + 1 < total && s.random.chance(s.options.duplicateShare)) {
            batch << duplicateOf(s, a, candidates);
            ++s.summary.plantedDuplicates;
        }
        for (const Activity& activity : batch) {
            // Joins the demo's one transaction: any failure rolls the whole demo back, so a
            // savepoint per activity (about a tenth of its cost) would undo nothing more.
            const auto created = registry.activities().create(
                activity, RecordWriter::Audit::Batch, Transaction::Nesting::Join);
            if (!created.ok())
                return created;
            ++done;
            if (progress && done % 10000 == 0)
                progress(done, total);
        }
    }
    s.summary.activities = done;
    if (progress && done % 10000 != 0)
        progress(done, total);
    return success();
}

} // namespace tansiq::demo
