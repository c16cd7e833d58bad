#pragma once

#include "core/registry/Registry.h"

#include <QDateTime>

namespace tansiq::test {

// Noon UTC of a calendar day in milliseconds: "today" for RegistrationWatch in any time zone
// within twelve hours of UTC.
inline qint64 noonOf(const char* isoDate)
{
    return QDateTime(
        QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate), QTime(12, 0), Qt::UTC)
        .toMSecsSinceEpoch();
}

inline QUuid addOrganisation(Registry& registry, const QString& acronym, bool active = true)
{
    Organisation org;
    org.acronym = acronym;
    org.nameEn = acronym + QStringLiteral(" Society");
    org.nameAr = QStringLiteral("جمعية ") + acronym;
    org.active = active;
    return registry.organisations().create(org).value();
}

inline PartnerRegistration registration(const QUuid& orgId, const QString& number,
    const QString& date, const QString& expiry,
    const QString& status = QStringLiteral("registered"))
{
    PartnerRegistration r;
    r.orgId = orgId;
    r.authority = QStringLiteral("mosal");
    r.number = number;
    r.registeredOn = date;
    r.expiresOn = expiry;
    r.status = status;
    return r;
}

} // namespace tansiq::test
