#include "core/bulletin/BulletinRegistrations.h"

#include "core/browse/RegistrationLabels.h"
#include "core/bulletin/BulletinTables.h"
#include "core/bulletin/DocumentWriter.h"
#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/engine/Calendar.h"
#include "core/engine/PivotEngine.h"
#include "core/registry/RegistrationTerms.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace tansiq::report {

namespace {

using engine::Dimension;
using engine::Measure;

// Organisations implementing in the area during `period`.
QSet<int> implementingDuring(const tables::Scope& sc, const engine::Period& period)
{
    engine::PivotQuery q;
    q.rows = Dimension::ImplementingOrg;
    q.measure = Measure::Activities;
    q.filters = sc.filters;
    q.period = period;
    const engine::PivotResult result = engine::PivotEngine(sc.s).run(q);
    QSet<int> orgs;
    for (int r = 0; r < result.rowCount(); ++r) {
        if (result.rowMembers.at(r) >= 0)
            orgs.insert(result.rowMembers.at(r));
    }
    return orgs;
}

QString partnerName(const engine::OrgEntry& o, Language language)
{
    const QString name = language == Language::Arabic ? o.nameAr : o.nameEn;
    return name.isEmpty() || name == o.acronym ? o.acronym
                                               : o.acronym + QStringLiteral(" — ") + name;
}

QDate dayOf(int day)
{
    return QDate::fromString(engine::calendar::dayLabel(day), Qt::ISODate);
}

} // namespace

QList<browse::OrganisationStanding> registrationsAtMonthEnd(Database& db, int monthNo)
{
    const QDate last = dayOf(engine::calendar::lastDayOfMonth(monthNo));
    const FixedClock monthEnd(QDateTime(last, QTime(12, 0)).toMSecsSinceEpoch());
    return browse::RegistrationWatch(db, monthEnd)
        .standings(browse::RegistrationWatch::kDefaultExpiringDays);
}

namespace tables {

void partnerRegistrations(const Scope& sc, BulletinData& d)
{
    const BulletinText& t = sc.text;
    const Language language = t.language();
    const engine::Snapshot& s = sc.s;
    const engine::PivotEngine pivots(s);
    const engine::Period horizon = pivots.horizon();

    // Standings by organisation id, when the caller read them.
    QHash<QByteArray, browse::OrganisationStanding> standings;
    if (sc.request.registrations) {
        for (const browse::OrganisationStanding& st : *sc.request.registrations)
            standings.insert(st.orgId.toRfc4122(), st);
    }

    const QSet<int> now = implementingDuring(sc, sc.month);
    QSet<int> before;
    if (horizon.firstMonth < sc.month.firstMonth)
        before = implementingDuring(
            sc, engine::Period { horizon.firstMonth, sc.month.firstMonth - 1 });
    ReportTable& fresh = d.newPartners;
    fresh.headers = { t.translate("tansiq::Bulletin", "Partner"),
        t.translate("tansiq::Bulletin", "Type"), t.translate("tansiq::Bulletin", "Registration") };
    QList<int> newOrgs(now.cbegin(), now.cend());
    std::sort(newOrgs.begin(), newOrgs.end(), [&](int a, int b) {
        return s.orgs.at(a).acronym.compare(s.orgs.at(b).acronym, Qt::CaseInsensitive) < 0;
    });
    for (int org : std::as_const(newOrgs)) {
        if (before.contains(org))
            continue;
        const engine::OrgEntry& o = s.orgs.at(org);
        const auto it = standings.constFind(o.id);
        fresh.rows << QStringList { partnerName(o, language),
            termLabel(Vocabulary::OrgType, terms(Vocabulary::OrgType).value(o.type).code, language),
            it == standings.constEnd() ? QString()
                                       : browse::standingLabel(it->standing, language) };
    }

    // Registrations of the partners working in the area (ever), expired or expiring.
    const QSet<int> working = implementingDuring(sc, horizon);
    QSet<QByteArray> workingIds;
    for (int org : working)
        workingIds.insert(s.orgs.at(org).id);
    ReportTable& alerts = d.registrationAlerts;
    alerts.headers = { t.translate("tansiq::Bulletin", "Partner"),
        t.translate("tansiq::Bulletin", "Authority"),
        t.translate("tansiq::Bulletin", "Registration no."),
        t.translate("tansiq::Bulletin", "Expiry"), t.translate("tansiq::Bulletin", "Standing") };
    QList<browse::OrganisationStanding> listed;
    for (const browse::OrganisationStanding& st : std::as_const(standings)) {
        const bool dated = st.standing == browse::RegistrationStanding::Expired
            || st.standing == browse::RegistrationStanding::Expiring;
        if (st.active && dated && workingIds.contains(st.orgId.toRfc4122()))
            listed << st;
    }
    std::sort(listed.begin(), listed.end(), [](const auto& a, const auto& b) {
        if (a.daysLeft.value_or(0) != b.daysLeft.value_or(0))
            return a.daysLeft.value_or(0) < b.daysLeft.value_or(0);
        return a.acronym < b.acronym;
    });
    for (const browse::OrganisationStanding& st : std::as_const(listed)) {
        const PartnerRegistration& r = *st.registration;
        const QString authority
            = registrationTermLabel(RegistrationVocabulary::Authority, r.authority, language);
        const auto expiry = dates::parseIsoDate(r.expiresOn);
        alerts.rows << QStringList { st.acronym + QStringLiteral(" — ")
                + (language == Language::Arabic ? st.nameAr : st.nameEn),
            r.authorityName.isEmpty()
                ? authority
                : authority + QStringLiteral(" (") + r.authorityName + QLatin1Char(')'),
            r.number, expiry ? sc.format.date(*expiry) : QString(),
            browse::standingLabel(st.standing, language) };
    }
    d.registrationsKnown = sc.request.registrations.has_value();
    d.registrationsCaption
        = t.translate("tansiq::Bulletin",
               "Registrations with the Ministry of Social Affairs and Labour, its directorates or "
               "another "
               "authority, as they stood on %1 (the last day of the month), for the partners "
               "working in "
               "the area: expired, or expiring within 60 days.")
              .arg(sc.format.date(dayOf(engine::calendar::lastDayOfMonth(sc.month.lastMonth))));
}

} // namespace tables

void writePartnerRegistrations(DocumentWriter& w, const BulletinData& d)
{
    const BulletinText t(d.language);
    w.heading(t.translate("tansiq::Bulletin", "New partners and registrations"));
    w.paragraph(t.translate("tansiq::Bulletin", "New partners this month"), 10, true);
    if (d.newPartners.rows.isEmpty())
        w.paragraph(t.translate(
            "tansiq::Bulletin", "No partner implemented here for the first time this month."));
    else
        w.table(d.newPartners);
    w.paragraph(t.translate("tansiq::Bulletin", "Registrations expired or expiring"), 10, true);
    if (!d.registrationsKnown) {
        w.paragraph(
            t.translate("tansiq::Bulletin", "Registrations were not read for this bulletin."));
        return;
    }
    w.note(d.registrationsCaption);
    if (d.registrationAlerts.rows.isEmpty())
        w.paragraph(t.translate("tansiq::Bulletin",
            "No registration of a partner working here has expired or expires "
            "within 60 days."));
    else
        w.table(d.registrationAlerts);
}

} // namespace tansiq::report
