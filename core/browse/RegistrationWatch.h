#pragma once

#include "core/registry/PartnerRegistration.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace tansiq {
class Clock;
class Database;
} // namespace tansiq

namespace tansiq::browse {

// Where an organisation stands with its registration (decision 0072), worst first.
enum class RegistrationStanding { Missing, Expired, Suspended, Pending, Expiring, Current };

struct OrganisationStanding {
    QUuid orgId;
    QString acronym;
    QString nameEn;
    QString nameAr;
    bool active = true;
    RegistrationStanding standing = RegistrationStanding::Missing;
    // The registration the standing comes from (the current one with the latest expiry, else
    // the latest by date); empty for Missing.
    std::optional<PartnerRegistration> registration;
    // Days from today to the expiry (negative once past); only when the registration expires.
    std::optional<int> daysLeft;

    bool flagged() const { return standing != RegistrationStanding::Current; }
};

// The registration queries behind the partners list, the CLI, the export and the bulletin,
// relative to today as the injected clock tells it (the local calendar date). Read only.
//
// A registration is current when its status is "registered" and it has no expiry or expires
// today or later. It has expired when its status says so or its expiry is past.
class RegistrationWatch {
public:
    RegistrationWatch(Database& db, const Clock& clock);

    QDate today() const;
    // The standing of every live organisation, by acronym; `expiringDays` decides when a
    // current registration counts as expiring.
    QList<OrganisationStanding> standings(int expiringDays) const;
    // Active organisations whose registration expires within `days` days or has expired
    // (and was not renewed), soonest expiry first.
    QList<OrganisationStanding> expiring(int days) const;
    // Active organisations without a current registration: none at all, or only pending,
    // suspended or expired ones.
    QList<OrganisationStanding> withoutCurrent() const;

    static constexpr int kDefaultExpiringDays = 60;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace tansiq::browse
