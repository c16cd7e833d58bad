#include "core/browse/RegistrationLabels.h"

namespace tansiq::browse {

QString standingLabel(RegistrationStanding standing, Language language)
{
    const bool ar = language == Language::Arabic;
    switch (standing) {
    case RegistrationStanding::Missing:
        return ar ? QStringLiteral("غير مسجَّلة") : QStringLiteral("Not registered");
    case RegistrationStanding::Expired:
        return ar ? QStringLiteral("انتهى التسجيل") : QStringLiteral("Registration expired");
    case RegistrationStanding::Suspended:
        return ar ? QStringLiteral("التسجيل موقوف") : QStringLiteral("Registration suspended");
    case RegistrationStanding::Pending:
        return ar ? QStringLiteral("التسجيل قيد الدراسة") : QStringLiteral("Registration pending");
    case RegistrationStanding::Expiring:
        return ar ? QStringLiteral("ينتهي التسجيل قريباً") : QStringLiteral("Registration expiring");
    case RegistrationStanding::Current:
        return ar ? QStringLiteral("مسجَّلة") : QStringLiteral("Registered");
    }
    return {};
}

QString standingDetail(const OrganisationStanding& s, Language language)
{
    const bool ar = language == Language::Arabic;
    // Dates and numbers isolated in Arabic so they keep their direction.
    auto iso
        = [ar](const QString& text) { return ar ? QChar(0x2068) + text + QChar(0x2069) : text; };
    const QString expiry = s.registration ? s.registration->expiresOn : QString();
    switch (s.standing) {
    case RegistrationStanding::Missing:
        return ar ? QStringLiteral("لا تسجيل لهذه المنظمة لدى أي جهة.")
                  : QStringLiteral("This organisation has no registration with any authority.");
    case RegistrationStanding::Expired:
        if (expiry.isEmpty())
            return ar ? QStringLiteral("التسجيل منتهٍ ولم يُجدَّد.")
                      : QStringLiteral("The registration has expired and was not renewed.");
        return ar
            ? QStringLiteral("انتهى التسجيل في %1 ولم يُجدَّد.").arg(iso(expiry))
            : QStringLiteral("The registration expired on %1 and was not renewed.").arg(expiry);
    case RegistrationStanding::Suspended:
        return ar ? QStringLiteral("التسجيل موقوف لدى الجهة المختصة.")
                  : QStringLiteral("The registration is suspended by the authority.");
    case RegistrationStanding::Pending:
        return ar ? QStringLiteral("طلب التسجيل قيد الدراسة منذ %1.")
                        .arg(iso(s.registration->registeredOn))
                  : QStringLiteral("The registration has been pending since %1.")
                        .arg(s.registration->registeredOn);
    case RegistrationStanding::Expiring:
        return ar ? QStringLiteral("ينتهي التسجيل في %1 (الأيام المتبقية: %2).")
                        .arg(iso(expiry), iso(QString::number(s.daysLeft.value_or(0))))
                  : QStringLiteral("The registration expires on %1 (days left: %2).")
                        .arg(expiry)
                        .arg(s.daysLeft.value_or(0));
    case RegistrationStanding::Current:
        if (expiry.isEmpty())
            return ar ? QStringLiteral("التسجيل سارٍ دون تاريخ انتهاء.")
                      : QStringLiteral("The registration is valid with no expiry.");
        return ar ? QStringLiteral("التسجيل سارٍ حتى %1.").arg(iso(expiry))
                  : QStringLiteral("The registration is valid until %1.").arg(expiry);
    }
    return {};
}

} // namespace tansiq::browse
