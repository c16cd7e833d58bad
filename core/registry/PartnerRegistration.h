#pragma once

#include "core/registry/RecordMeta.h"

#include <QString>

namespace tansiq {

// An organisation's registration with an authority (issue 16, decision 0071): the Ministry of
// Social Affairs and Labour, one of its directorates, or another authority named in
// `authorityName`. An organisation may hold several (a renewal is a new registration).
struct PartnerRegistration {
    RecordMeta meta;
    QUuid orgId;
    QString authority = QStringLiteral("mosal"); // RegistrationVocabulary::Authority
    QString authorityName; // which directorate, or the other authority (required for "other")
    QString number;
    QString registeredOn; // YYYY-MM-DD (for a pending one: the application)
    QString expiresOn; // YYYY-MM-DD, empty when it does not expire
    QString status = QStringLiteral("registered"); // RegistrationVocabulary::Status

    bool operator==(const PartnerRegistration& other) const
    {
        return meta.id == other.meta.id && orgId == other.orgId && authority == other.authority
            && authorityName == other.authorityName && number == other.number
            && registeredOn == other.registeredOn && expiresOn == other.expiresOn
            && status == other.status;
    }
};

} // namespace tansiq
