// Demo coordination records (see DemoGenerator): working groups, their monthly meetings with
// decisions and action points (some overdue), monitoring visits with follow-up points, and
// partner registrations (some expired or expiring). A few hundred records whatever the number
// of activities; drawn from the same seeded stream after the activities, so the activities of
// a seed are the same with or without them. Free text in Arabic (decision 0034).

#include "core/browse/NeedBrowser.h"
#include "core/common/Dates.h"
#include "core/demo/DemoState.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"

#include <algorithm>

namespace tansiq::demo {

namespace {

struct GroupPlan {
    const char* sector;
    const char* governorate;
    const char* nameEn;
    const char* nameAr;
};

const GroupPlan kGroups[] = {
    { "WASH", "SY09", "WASH working group, Deir-ez-Zor", "مجموعة عمل المياه والإصحاح، دير الزور" },
    { "SHL", "SY08", "Shelter and NFI working group, Al-Hasakeh",
        "مجموعة عمل المأوى والمواد غير الغذائية، الحسكة" },
    { "PRT", "SY11", "Protection working group, Ar-Raqqa", "مجموعة عمل الحماية، الرقة" },
    { "EDU", "SY02", "Education working group, Aleppo", "مجموعة عمل التعليم، حلب" },
};

const char* const kDecisions[] = {
    "توسيع نقل المياه بالصهاريج إلى التجمعات غير المغطاة",
    "توحيد محتوى السلال وفق المعايير المتفق عليها في القطاع",
    "إحالة حالات الحماية عبر مسار الإحالة الموحد",
    "تقاسم المخزون بين الشركاء قبل فصل الشتاء",
    "إعطاء الأولوية للنواحي ذات شدة الاحتياج العالية وغير المغطاة",
    "تجنب الازدواجية بتبادل قوائم المستفيدين شهرياً",
};

const char* const kActions[] = {
    "مشاركة أرقام المخزون المتاح",
    "رسم خريطة مسارات نقل المياه",
    "تقديم قائمة المستفيدين المحدثة",
    "إعداد تقرير عن فحوص الكلورة",
    "تنسيق زيارة مشتركة مع مديرية الشؤون الاجتماعية والعمل",
    "تحديث بيانات المصفوفة 4W للشهر",
    "تقييم الأضرار في المدارس المتضررة",
};

const char* const kFindings[][2] = {
    { "on_track", "التنفيذ وفق الخطة، والمستفيدون راضون عن جودة المساعدة." },
    { "on_track", "تم التوزيع في الموعد، ولوحظ تنظيم جيد في نقطة التوزيع." },
    { "delays", "تأخر التوريد أسبوعين بسبب إغلاق الطريق؛ جزء من المستفيدين لم يستلم بعد." },
    { "delays", "أعمال التأهيل متأخرة عن الجدول الزمني بسبب نقص المواد." },
    { "serious_problems", "شكاوى من معايير الاختيار، وقوائم المستفيدين تحتاج إلى تدقيق عاجل." },
};

QString iso(const QDate& date)
{
    return dates::toIsoDate(date);
}

// Organisations working in a governorate, without repeats, in a stable order.
QList<int> localOrgs(const State& s, const QString& governorate)
{
    QList<int> indices = s.orgsByGovernorate.value(governorate);
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    return indices;
}

QString placeIn(State& s, const QString& governorate)
{
    QList<QString> pcodes;
    for (const Place& place : s.places) {
        if (place.governorate == governorate)
            pcodes << place.pcode;
    }
    return pcodes.isEmpty() ? s.places.first().pcode : s.random.pick(pcodes);
}

QString statusFor(State& s, const QDate& due, const QDate& lastDay)
{
    // Older points are mostly closed; some stay open or in progress past their date (overdue).
    const double roll = s.random.uniform();
    if (due < lastDay.addMonths(-1)) {
        if (roll < 0.8)
            return QStringLiteral("done");
        if (roll < 0.88)
            return QStringLiteral("dropped");
        return roll < 0.95 ? QStringLiteral("in_progress") : QStringLiteral("open");
    }
    if (roll < 0.45)
        return QStringLiteral("done");
    return roll < 0.75 ? QStringLiteral("in_progress") : QStringLiteral("open");
}

Status createGroupsAndMeetings(Registry& registry, State& s, CoordinationRegistry& c)
{
    const QDate lastDay = s.options.lastMonth.addMonths(1).addDays(-1);
    for (const GroupPlan& plan : kGroups) {
        QString governorate = QString::fromLatin1(plan.governorate);
        if (!s.orgsByGovernorate.contains(governorate))
            governorate = s.places.first().governorate; // a small gazetteer: the first one
        const QList<int> local = localOrgs(s, governorate);
        if (local.size() < 3)
            continue;
        WorkingGroup group;
        group.meta.id = s.random.uuid();
        group.nameEn = QString::fromUtf8(plan.nameEn);
        group.nameAr = QString::fromUtf8(plan.nameAr);
        group.sectorId = s.sectorIds.value(QString::fromLatin1(plan.sector));
        group.adminPcode = governorate;
        group.cadence = QStringLiteral("monthly");
        QList<int> members = local;
        // Those working in the sector first (they lead), then a few others.
        std::stable_partition(members.begin(), members.end(),
            [&](int i) { return s.orgs.at(i).sectors.contains(QString::fromLatin1(plan.sector)); });
        members = members.mid(0, std::min<qsizetype>(members.size(), 6));
        for (qsizetype i = 0; i < members.size(); ++i)
            group.members << WorkingGroupMember { s.orgs.at(members.at(i)).id,
                i == 0 ? QStringLiteral("lead")
                       : (i == 1 ? QStringLiteral("co_lead") : QStringLiteral("member")) };
        const auto created = c.groups().create(group);
        if (!created.ok())
            return created;
        ++s.summary.workingGroups;

        // A meeting a month over the last six months of the demo period.
        for (int back = 5; back >= 0; --back) {
            const QDate month = s.options.lastMonth.addMonths(-back);
            Meeting m;
            m.meta.id = s.random.uuid();
            m.heldOn = iso(month.addDays(8 + s.random.below(12)));
            m.groupId = group.meta.id;
            m.title = QStringLiteral("الاجتماع الشهري لـ%1").arg(group.nameAr);
            m.adminPcode = governorate;
            m.venue = QStringLiteral("مكتب التنسيق");
            m.chair = QStringLiteral("منسق القطاع");
            m.agenda = QStringLiteral("١. مراجعة الفجوات في التغطية\n٢. متابعة نقاط العمل السابقة\n"
                                      "٣. ما يستجد من أعمال");
            m.minutes = QStringLiteral(
                "<p>راجع الشركاء <b>الفجوات</b> في التغطية ونقاط العمل المفتوحة.</p>"
                "<ul><li>عرض كل شريك ما أنجزه خلال الشهر</li>"
                "<li>نوقشت الأولويات للشهر القادم</li></ul>");
            for (const WorkingGroupMember& member : group.members) {
                if (s.random.chance(0.85))
                    m.attendance << member.orgId;
            }
            const QString place = placeIn(s, governorate);
            QUuid need;
            for (const NeedRow& row : NeedBrowser::list(registry.database(), place)) {
                if (row.sectorCode == QLatin1String(plan.sector))
                    need = row.id;
            }
            const int first = s.random.below(int(std::size(kDecisions)));
            m.decisions << MeetingDecision { QUuid(), QString::fromUtf8(kDecisions[first]),
                group.sectorId, place, need };
            m.decisions << MeetingDecision { QUuid(),
                QString::fromUtf8(kDecisions[(first + 1) % std::size(kDecisions)]), QUuid(),
                QString(), QUuid() };
            const auto meeting = c.meetings().create(m);
            if (!meeting.ok())
                return meeting;
            ++s.summary.meetings;

            const int points = 2 + s.random.below(2);
            for (int k = 0; k < points; ++k) {
                ActionPoint a;
                a.meta.id = s.random.uuid();
                a.text = QString::fromUtf8(kActions[s.random.below(int(std::size(kActions)))]);
                a.orgId = group.members.at(s.random.below(int(group.members.size()))).orgId;
                const QDate due
                    = QDate::fromString(m.heldOn, Qt::ISODate).addDays(14 + s.random.below(31));
                a.dueOn = iso(due);
                a.status = statusFor(s, due, lastDay);
                a.meetingId = m.meta.id;
                a.sectorId = group.sectorId;
                a.adminPcode = k == 0 ? place : QString();
                const auto point = c.actions().create(a);
                if (!point.ok())
                    return point;
                ++s.summary.actionPoints;
            }
        }
    }
    return success();
}

Status createVisits(State& s, CoordinationRegistry& c)
{
    QList<Project> projects;
    for (const QList<Project>& list : std::as_const(s.projectsFor))
        projects << list;
    std::sort(projects.begin(), projects.end(),
        [](const Project& a, const Project& b) { return a.id < b.id; }); // hash order aside
    QList<int> visitors;
    for (int i = 0; i < s.orgs.size(); ++i) {
        if (s.orgs.at(i).type == u"un" || s.orgs.at(i).type == u"ingo")
            visitors << i;
    }
    if (projects.isEmpty() || visitors.isEmpty())
        return success();
    const QDate lastDay = s.options.lastMonth.addMonths(1).addDays(-1);
    for (int back = 5; back >= 0; --back) {
        const QDate month = s.options.lastMonth.addMonths(-back);
        for (int n = 0; n < 3; ++n) {
            const auto& finding = kFindings[s.random.below(int(std::size(kFindings)))];
            MonitoringVisit v;
            v.meta.id = s.random.uuid();
            v.visitedOn = iso(month.addDays(s.random.below(27)));
            v.projectId = s.random.pick(projects).id;
            v.adminPcode = s.places.at(s.placeIndex.draw(s.random)).pcode;
            v.visitingOrgId = s.orgs.at(s.random.pick(visitors)).id;
            v.rating = QString::fromLatin1(finding[0]);
            v.findings = QString::fromUtf8(finding[1]);
            const auto visit = c.visits().create(v);
            if (!visit.ok())
                return visit;
            ++s.summary.visits;
            if (v.rating == u"on_track")
                continue;
            ActionPoint a;
            a.meta.id = s.random.uuid();
            a.text = v.rating == u"delays"
                ? QStringLiteral("تقديم خطة لتعويض التأخير")
                : QStringLiteral("تدقيق قوائم المستفيدين ومعالجة الشكاوى");
            for (const QList<Project>& list : std::as_const(s.projectsFor)) {
                for (const Project& p : list) {
                    if (p.id == v.projectId)
                        a.orgId = p.lead;
                }
            }
            const QDate due = QDate::fromString(v.visitedOn, Qt::ISODate).addDays(21);
            a.dueOn = iso(due);
            a.status = statusFor(s, due, lastDay);
            a.visitId = v.meta.id;
            a.adminPcode = v.adminPcode;
            const auto point = c.actions().create(a);
            if (!point.ok())
                return point;
            ++s.summary.actionPoints;
        }
    }
    return success();
}

Status createRegistrations(Registry& registry, State& s)
{
    // Partners register with the Ministry of Social Affairs and Labour (national ones with its
    // directorate), UN agencies through the Ministry of Foreign Affairs; government bodies do
    // not register. A few registrations have expired, a few expire soon after the demo period,
    // one is pending, and one national partner in nine has none recorded.
    const QDate lastDay = s.options.lastMonth.addMonths(1).addDays(-1);
    int n = 0;
    int national = 0;
    for (const Organisation& org : registry.organisations().list()) {
        if (org.type == u"government")
            continue;
        const bool local = org.type == u"nngo" || org.type == u"cbo";
        if (local && ++national % 9 == 0)
            continue; // none recorded: flagged on the partners page
        ++n;
        PartnerRegistration r;
        r.meta.id = s.random.uuid();
        r.orgId = org.meta.id;
        if (local) {
            r.authority = QStringLiteral("mosal_directorate");
            r.authorityName = QStringLiteral("مديرية الشؤون الاجتماعية والعمل");
        } else if (org.type == u"un") {
            r.authority = QStringLiteral("other");
            r.authorityName = QStringLiteral("وزارة الخارجية والمغتربين");
        } else {
            r.authority = QStringLiteral("mosal");
        }
        r.number = org.registrationNo.isEmpty()
            ? QStringLiteral("MoSAL-%1").arg(1000 + s.random.below(9000))
            : org.registrationNo;
        const QDate registered = lastDay.addMonths(-6 - s.random.below(30));
        r.registeredOn = iso(registered);
        QDate expires = registered.addYears(2);
        if (n % 8 == 3)
            expires = lastDay.addDays(-20 - s.random.below(60)); // expired
        else if (n % 8 == 5)
            expires = lastDay.addDays(10 + s.random.below(40)); // expiring soon
        if (expires <= registered)
            expires = registered.addMonths(6);
        r.expiresOn = iso(expires);
        r.status = n == 6       ? QStringLiteral("pending")
            : expires < lastDay ? QStringLiteral("expired")
                                : QStringLiteral("registered");
        const auto created = registry.registrations().create(r);
        if (!created.ok())
            return created;
        ++s.summary.registrations;
    }
    return success();
}

} // namespace

Status createCoordination(Registry& registry, State& s)
{
    if (s.places.isEmpty() || s.orgs.isEmpty())
        return success();
    CoordinationRegistry coordination(registry);
    Status step = createGroupsAndMeetings(registry, s, coordination);
    if (step.ok())
        step = createVisits(s, coordination);
    if (step.ok())
        step = createRegistrations(registry, s);
    return step;
}

} // namespace tansiq::demo
