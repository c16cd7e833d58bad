#include "tests/core/engine/EngineFixtures.h"

#include <gtest/gtest.h>

namespace tansiq::test {

QUuid EngineData::org(const QString& acronym, const QString& type)
{
    Organisation o;
    o.meta.id = QUuid::createUuid();
    o.acronym = acronym;
    o.nameEn = acronym + QStringLiteral(" relief");
    o.nameAr = QStringLiteral("منظمة ") + acronym;
    o.type = type;
    const auto created = m_registry.organisations().create(o);
    EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    return created.ok() ? created.value() : QUuid();
}

QUuid EngineData::sector(const QString& code) const
{
    for (const Sector& s : m_registry.reference().sectors())
        if (s.code == code)
            return s.id;
    ADD_FAILURE() << "no sector " << code.toStdString();
    return {};
}

QUuid EngineData::type(const QString& code) const
{
    for (const ActivityType& t : m_registry.reference().activityTypes())
        if (t.code == code)
            return t.id;
    ADD_FAILURE() << "no activity type " << code.toStdString();
    return {};
}

QUuid EngineData::activity(const QUuid& org, const QString& typeCode, const QString& pcode,
    const QString& start, const QString& end, qint64 reached, const QString& group,
    const QString& status)
{
    Activity a;
    a.meta.id = QUuid::createUuid();
    a.implementingOrgId = org;
    a.sectorId = sector(typeCode.section(QLatin1Char('-'), 0, 0));
    a.activityTypeId = type(typeCode);
    a.adminPcode = pcode;
    a.startDate = start;
    a.endDate = end;
    a.reportingMonth = start.left(7);
    a.status = status;
    a.populationGroup = group;
    a.targeted = reached;
    a.reached = reached;
    const auto created = m_registry.activities().create(a);
    EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    return created.ok() ? created.value() : QUuid();
}

QUuid EngineData::need(const QString& pcode, const QString& sectorCode, int severity,
    qint64 peopleInNeed, const QString& assessedOn)
{
    Need n;
    n.meta.id = QUuid::createUuid();
    n.adminPcode = pcode;
    n.sectorId = sector(sectorCode);
    n.severity = severity;
    n.peopleInNeed = peopleInNeed;
    n.assessedOn = assessedOn;
    n.source = QStringLiteral("test assessment");
    const auto created = m_registry.needs().create(n);
    EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    return created.ok() ? created.value() : QUuid();
}

void EngineData::randomFill(std::mt19937& random, int count)
{
    const auto below
        = [&](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };
    const QStringList orgTypes { QStringLiteral("un"), QStringLiteral("ingo"),
        QStringLiteral("nngo"), QStringLiteral("cbo") };
    QList<QUuid> orgs;
    for (int i = 0; i < 6; ++i)
        orgs << org(QStringLiteral("ORG%1").arg(i), orgTypes.at(below(int(orgTypes.size()))));
    const QList<ActivityType> types = m_registry.reference().activityTypes();
    const QList<Sector> sectors = m_registry.reference().sectors();
    // Places at every level: two governorates, their districts and some sub-districts.
    QStringList places { QStringLiteral("SY09"), QStringLiteral("SY0903"),
        QStringLiteral("SY090301"), QStringLiteral("SY090302"), QStringLiteral("SY0901"),
        QStringLiteral("SY02"), QStringLiteral("SY0200"), QStringLiteral("SY020000") };
    for (QString& p : places) {
        if (!m_registry.reference().adminUnit(p)) {
            const QList<AdminUnit> units = m_registry.reference().adminUnits(p.size() == 4 ? 1
                    : p.size() == 6                                                        ? 2
                                                                                           : 3);
            p = units.at(below(int(units.size()))).pcode;
        }
    }
    QList<QUuid> projects;
    for (int i = 0; i < 3; ++i) {
        Project p;
        p.meta.id = QUuid::createUuid();
        p.code = QStringLiteral("P-%1").arg(i);
        p.titleEn = p.titleAr = p.code;
        p.leadOrgId = orgs.at(i);
        p.startDate = QStringLiteral("2025-01-01");
        p.status = QStringLiteral("ongoing");
        p.partners << ProjectPartner { orgs.at(i), QStringLiteral("implementing") };
        if (i < 2)
            p.partners << ProjectPartner { orgs.at(5 - i), QStringLiteral("funding") };
        const auto created = m_registry.projects().create(p);
        EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
        projects << p.meta.id;
    }
    const QStringList statuses { QStringLiteral("planned"), QStringLiteral("ongoing"),
        QStringLiteral("completed"), QStringLiteral("suspended"), QStringLiteral("cancelled") };
    const QStringList groups { QStringLiteral("idp"), QStringLiteral("host"),
        QStringLiteral("returnee"), QStringLiteral("mixed") };
    const QStringList modalities { QStringLiteral("in_kind"), QStringLiteral("cash"),
        QStringLiteral("voucher"), QStringLiteral("service") };
    for (int i = 0; i < count; ++i) {
        Activity a;
        a.meta.id = QUuid::createUuid();
        a.implementingOrgId = orgs.at(below(6));
        if (below(3) == 0)
            a.reportingOrgId = orgs.at(below(6));
        const ActivityType& t = types.at(below(int(types.size()) / 4)); // a few sectors only
        a.sectorId = t.sectorId;
        if (below(8) > 0)
            a.activityTypeId = t.id;
        if (below(3) == 0)
            a.donorOrgId = orgs.at(below(6));
        else if (below(2) == 0)
            a.projectId = projects.at(below(3));
        a.adminPcode = places.at(below(int(places.size())));
        const QDate start = QDate(2025, 1, 1).addDays(below(700));
        a.startDate = start.toString(Qt::ISODate);
        if (below(6) > 0)
            a.endDate = start.addDays(below(400)).toString(Qt::ISODate);
        a.reportingMonth = start.addMonths(below(4)).toString(QStringLiteral("yyyy-MM"));
        a.status = statuses.at(below(5));
        a.modality = modalities.at(below(4));
        a.populationGroup = groups.at(below(4));
        a.targeted = below(1000);
        if (below(5) > 0)
            a.reached = below(1000);
        if (below(2) == 0)
            a.households = below(200);
        if (below(2) == 0)
            a.budget = double(below(100000));
        // People by sex and age (decision 0064) for about half the activities, some cells
        // left empty, from a generator of their own so the draws above stay as they were.
        std::mt19937 cells(quint32(i) * 7919u + 1u);
        const auto cell = [&]() -> std::optional<qint64> {
            const int n = int(std::uniform_int_distribution<int>(-40, 160)(cells));
            return n < 0 ? std::nullopt : std::optional<qint64>(n);
        };
        if (i % 2 == 0) {
            a.targetedGirls = cell();
            a.targetedBoys = cell();
            a.targetedWomen = cell();
            a.targetedMen = cell();
            a.targetedElderlyWomen = cell();
            a.targetedElderlyMen = cell();
            a.reachedGirls = cell();
            a.reachedBoys = cell();
            a.reachedWomen = cell();
            a.reachedMen = cell();
            a.reachedElderlyWomen = cell();
            a.reachedElderlyMen = cell();
        }
        const auto created = m_registry.activities().create(a);
        EXPECT_TRUE(created.ok()) << created.errorText().toStdString();
    }
    for (const QString& p : places) {
        for (int k = 0; k < 3; ++k) {
            const Sector& s = sectors.at(below(4));
            need(p, s.code, 1 + below(5), below(5000),
                QDate(2026, 1, 1).addDays(below(3)).toString(Qt::ISODate));
        }
    }
}

} // namespace tansiq::test
