#pragma once

#include "core/browse/RegistrationWatch.h"
#include "core/registry/Vocabulary.h"

namespace tansiq::browse {

// A registration standing in words, as data in both languages (like the vocabularies), since
// exports and bulletins choose their language apart from the interface.
QString standingLabel(RegistrationStanding standing, Language language);
// One sentence for a tooltip or a list: "Registration expired on 2026-03-01",
// "No registration", "Expires in 12 days (2026-07-14)".
QString standingDetail(const OrganisationStanding& standing, Language language);

} // namespace tansiq::browse
