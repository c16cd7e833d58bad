#include "core/interop/RegistrationExporter.h"

#include "core/browse/RegistrationLabels.h"
#include "core/registry/RegistrationTerms.h"

namespace tansiq::interop {

namespace {

struct Column {
    const char* tag;
    const char* headerEn;
    const char* headerAr;
};

// HXL has no registration attributes; these follow its conventions (lower case, +attributes).
const Column kColumns[] = {
    { "#org+acronym", "Organisation acronym", "اختصار المنظمة" },
    { "#org+name", "Organisation", "المنظمة" },
    { "#status+registration+standing", "Standing", "وضع التسجيل" },
    { "#org+authority", "Authority", "الجهة" },
    { "#org+authority+name", "Authority name", "اسم الجهة" },
    { "#meta+registration+id", "Registration number", "رقم التسجيل" },
    { "#date+registered", "Registration date", "تاريخ التسجيل" },
    { "#date+expiry", "Expiry date", "تاريخ انتهاء التسجيل" },
    { "#status+registration", "Registration status", "حالة التسجيل" },
    { "#indicator+days_left", "Days to expiry", "الأيام حتى انتهاء التسجيل" },
};

} // namespace

TableSink::Layout RegistrationExporter::layout(Language language)
{
    TableSink::Layout layout;
    const bool ar = language == Language::Arabic;
    for (const Column& column : kColumns) {
        layout.header << QString::fromUtf8(ar ? column.headerAr : column.headerEn);
        QString tag = QString::fromUtf8(column.tag);
        if (ar && tag == u"#org+name")
            tag += QStringLiteral("+i_ar");
        layout.tags << tag;
        layout.numeric << (tag == u"#indicator+days_left");
    }
    layout.rightToLeft = ar;
    layout.sheetName = ar ? QStringLiteral("التسجيل") : QStringLiteral("Registrations");
    return layout;
}

Status RegistrationExporter::write(
    TableSink& sink, const QList<browse::OrganisationStanding>& rows, Language language)
{
    Status status = sink.begin(layout(language));
    if (!status.ok())
        return status;
    const bool ar = language == Language::Arabic;
    for (const browse::OrganisationStanding& s : rows) {
        QStringList cells { s.acronym, ar ? s.nameAr : s.nameEn,
            browse::standingLabel(s.standing, language) };
        if (s.registration) {
            const PartnerRegistration& r = *s.registration;
            cells << registrationTermLabel(RegistrationVocabulary::Authority, r.authority, language)
                  << r.authorityName << r.number << r.registeredOn << r.expiresOn
                  << registrationTermLabel(RegistrationVocabulary::Status, r.status, language)
                  << (s.daysLeft ? QString::number(*s.daysLeft) : QString());
        } else {
            for (int i = 0; i < 7; ++i)
                cells << QString();
        }
        status = sink.row(cells);
        if (!status.ok())
            return status;
    }
    return sink.finish();
}

} // namespace tansiq::interop
