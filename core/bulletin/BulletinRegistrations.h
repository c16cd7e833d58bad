#pragma once

#include "core/browse/RegistrationWatch.h"
#include "core/bulletin/BulletinData.h"

namespace tansiq {
class Database;
}

namespace tansiq::report {

class DocumentWriter;
namespace tables {
struct Scope;
}

// The bulletin's "New partners and registrations" section (issue 16): partners implementing
// in the area for the first time in the month, and the registrations of partners working in
// the area that had expired, or would expire within 60 days, at the end of the month.

// The registration standings at the last day of month `monthNo` (engine calendar), read by
// the bulletin's caller: the collector itself has no database.
QList<browse::OrganisationStanding> registrationsAtMonthEnd(Database& db, int monthNo);

namespace tables {
void partnerRegistrations(const Scope& scope, BulletinData& data);
}

void writePartnerRegistrations(DocumentWriter& writer, const BulletinData& data);

} // namespace tansiq::report
