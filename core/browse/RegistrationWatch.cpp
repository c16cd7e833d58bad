#include "core/browse/RegistrationWatch.h"

#include "core/common/Clock.h"
#include "core/common/Dates.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDateTime>

#include <algorithm>

namespace tansiq::browse {

namespace {

QList<PartnerRegistration> liveRegistrations(Database& db)
{
    Statement query(db.handle(),
        "SELECT id, org_id, authority, authority_name, registration_no, registered_on, "
        "expires_on, status FROM partner_registration WHERE deleted = 0 "
        "ORDER BY registered_on DESC, id");
    QList<PartnerRegistration> result;
    while (query.step() == Statement::Step::Row) {
        PartnerRegistration r;
        r.meta.id = query.uuid(0);
        r.orgId = query.uuid(1);
        r.authority = query.text(2);
        r.authorityName = query.text(3);
        r.number = query.text(4);
        r.registeredOn = query.text(5);
        r.expiresOn = query.isNull(6) ? QString() : query.text(6);
        r.status = query.text(7);
        result << r;
    }
    return result;
}

bool isCurrent(const PartnerRegistration& r, const QString& today)
{
    return r.status == u"registered" && (r.expiresOn.isEmpty() || r.expiresOn >= today);
}

// The later expiry of two current registrations (no expiry is the latest).
bool expiresLater(const PartnerRegistration& a, const PartnerRegistration& b)
{
    if (a.expiresOn.isEmpty() != b.expiresOn.isEmpty())
        return a.expiresOn.isEmpty();
    return a.expiresOn > b.expiresOn;
}

std::optional<int> daysUntil(const QDate& today, const QString& expiry)
{
    const std::optional<QDate> date = dates::parseIsoDate(expiry);
    if (!date)
        return std::nullopt;
    return int(today.daysTo(*date));
}

void judge(OrganisationStanding& s, const QList<PartnerRegistration>& own, const QDate& todayDate,
    int expiringDays)
{
    const QString today = dates::toIsoDate(todayDate);
    const PartnerRegistration* best = nullptr;
    for (const PartnerRegistration& r : own) {
        if (isCurrent(r, today) && (!best || expiresLater(r, *best)))
            best = &r;
    }
    if (best) {
        s.registration = *best;
        s.daysLeft = daysUntil(todayDate, best->expiresOn);
        s.standing = s.daysLeft && *s.daysLeft <= expiringDays ? RegistrationStanding::Expiring
                                                               : RegistrationStanding::Current;
        return;
    }
    if (own.isEmpty()) {
        s.standing = RegistrationStanding::Missing;
        return;
    }
    const PartnerRegistration& latest = own.first(); // newest date first
    s.registration = latest;
    s.daysLeft = daysUntil(todayDate, latest.expiresOn);
    if (latest.status == u"suspended")
        s.standing = RegistrationStanding::Suspended;
    else if (latest.status == u"pending")
        s.standing = RegistrationStanding::Pending;
    else
        s.standing = RegistrationStanding::Expired; // by its status or its date
}

} // namespace

RegistrationWatch::RegistrationWatch(Database& db, const Clock& clock) : m_db(db), m_clock(clock)
{
}

QDate RegistrationWatch::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
}

QList<OrganisationStanding> RegistrationWatch::standings(int expiringDays) const
{
    QHash<QUuid, QList<PartnerRegistration>> byOrg;
    for (const PartnerRegistration& r : liveRegistrations(m_db))
        byOrg[r.orgId] << r;
    const QDate todayDate = today();
    Statement query(m_db.handle(),
        "SELECT id, acronym, name_en, name_ar, active FROM organisation "
        "WHERE deleted = 0 ORDER BY acronym COLLATE NOCASE");
    QList<OrganisationStanding> result;
    while (query.step() == Statement::Step::Row) {
        OrganisationStanding s;
        s.orgId = query.uuid(0);
        s.acronym = query.text(1);
        s.nameEn = query.text(2);
        s.nameAr = query.text(3);
        s.active = query.int64(4) != 0;
        judge(s, byOrg.value(s.orgId), todayDate, expiringDays);
        result << s;
    }
    return result;
}

QList<OrganisationStanding> RegistrationWatch::expiring(int days) const
{
    QList<OrganisationStanding> result;
    for (const OrganisationStanding& s : standings(days)) {
        const bool expired = s.standing == RegistrationStanding::Expired;
        if (s.active && (expired || s.standing == RegistrationStanding::Expiring))
            result << s;
    }
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.daysLeft.value_or(0) < b.daysLeft.value_or(0);
    });
    return result;
}

QList<OrganisationStanding> RegistrationWatch::withoutCurrent() const
{
    QList<OrganisationStanding> result;
    for (const OrganisationStanding& s : standings(kDefaultExpiringDays)) {
        const bool current = s.standing == RegistrationStanding::Current
            || s.standing == RegistrationStanding::Expiring;
        if (s.active && !current)
            result << s;
    }
    return result;
}

} // namespace tansiq::browse
