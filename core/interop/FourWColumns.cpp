#include "core/interop/FourWColumns.h"

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QHash>

namespace tansiq::interop {

namespace {

using F = Field;

const QList<ExportColumn> kColumns = {
    { F::RecordId, "#meta+id", "Record ID", "معرّف السجل", false },
    { F::ReportingMonth, "#date+reported", "Reporting month", "شهر التقرير", false },
    { F::ReportingOrgName, "#org+reporting+name", "Reporting organisation", "الجهة المبلّغة", true },
    { F::ImplOrgName, "#org+impl+name", "Implementing organisation", "الجهة المنفذة", true },
    { F::ImplOrgId, "#org+impl+id", "Implementing organisation acronym", "اختصار الجهة المنفذة",
        false },
    { F::ImplOrgType, "#org+impl+type", "Organisation type", "نوع الجهة", false },
    { F::ProgOrgName, "#org+prog+name", "Programming partner", "شريك البرنامج", true },
    { F::DonorName, "#org+funding+name", "Donor", "الجهة المانحة", true },
    { F::SectorCode, "#sector+cluster+code", "Sector code", "رمز القطاع", false },
    { F::SectorName, "#sector+cluster+name", "Sector", "القطاع", true },
    { F::SubSector, "#subsector+name", "Sub-sector", "القطاع الفرعي", false },
    { F::ActivityTypeCode, "#activity+code", "Activity code", "رمز النشاط", false },
    { F::ActivityTypeName, "#activity+name", "Activity", "النشاط", true },
    { F::ProjectName, "#activity+project+name", "Project", "المشروع", true },
    { F::ProjectCode, "#activity+project+id", "Project code", "رمز المشروع", false },
    { F::Modality, "#modality", "Modality", "طريقة التقديم", false },
    { F::Status, "#status", "Status", "الحالة", false },
    { F::StartDate, "#date+start", "Start date", "تاريخ البدء", false },
    { F::EndDate, "#date+end", "End date", "تاريخ الانتهاء", false },
    { F::Adm1Code, "#adm1+code", "Governorate P-code", "رمز المحافظة", false },
    { F::Adm1Name, "#adm1+name", "Governorate", "المحافظة", true },
    { F::Adm2Code, "#adm2+code", "District P-code", "رمز المنطقة", false },
    { F::Adm2Name, "#adm2+name", "District", "المنطقة", true },
    { F::Adm3Code, "#adm3+code", "Sub-district P-code", "رمز الناحية", false },
    { F::Adm3Name, "#adm3+name", "Sub-district", "الناحية", true },
    { F::Adm4Code, "#adm4+code", "Community P-code", "رمز المدينة/القرية", false },
    { F::Adm4Name, "#adm4+name", "Community", "المدينة/القرية", true },
    { F::LocCode, "#loc+code", "Site code", "رمز الموقع", false },
    { F::LocName, "#loc+name", "Site, camp or facility", "الموقع أو المخيم أو المرفق", false },
    { F::Latitude, "#geo+lat", "Latitude", "خط العرض", false },
    { F::Longitude, "#geo+lon", "Longitude", "خط الطول", false },
    { F::PopulationGroup, "#beneficiary+type", "Population group", "الفئة السكانية", false },
    { F::Targeted, "#targeted+ind", "People targeted", "المستهدفون", false },
    { F::TargetedGirls, "#targeted+f+children", "Girls targeted", "الفتيات المستهدفات", false },
    { F::TargetedBoys, "#targeted+m+children", "Boys targeted", "الفتيان المستهدفون", false },
    { F::TargetedWomen, "#targeted+f+adults", "Women targeted", "النساء المستهدفات", false },
    { F::TargetedMen, "#targeted+m+adults", "Men targeted", "الرجال المستهدفون", false },
    { F::TargetedElderlyWomen, "#targeted+f+elderly", "Elderly women targeted",
        "المسنّات المستهدفات", false },
    { F::TargetedElderlyMen, "#targeted+m+elderly", "Elderly men targeted", "المسنّون المستهدفون",
        false },
    { F::TargetedFemale, "#targeted+f", "Women and girls targeted", "الإناث المستهدفات", false },
    { F::TargetedMale, "#targeted+m", "Men and boys targeted", "الذكور المستهدفون", false },
    { F::Reached, "#reached+ind", "People reached", "المستفيدون", false },
    { F::ReachedGirls, "#reached+f+children", "Girls reached", "الفتيات", false },
    { F::ReachedBoys, "#reached+m+children", "Boys reached", "الفتيان", false },
    { F::ReachedWomen, "#reached+f+adults", "Women reached", "النساء", false },
    { F::ReachedMen, "#reached+m+adults", "Men reached", "الرجال", false },
    { F::ReachedElderlyWomen, "#reached+f+elderly", "Elderly women reached", "المسنّات", false },
    { F::ReachedElderlyMen, "#reached+m+elderly", "Elderly men reached", "المسنّون", false },
    { F::ReachedFemale, "#reached+f", "Women and girls reached", "الإناث", false },
    { F::ReachedMale, "#reached+m", "Men and boys reached", "الذكور", false },
    { F::Households, "#reached+hh", "Households reached", "الأسر المستفيدة", false },
    { F::Budget, "#value+budget", "Budget", "الميزانية", false },
    { F::Currency, "#currency+code", "Currency", "العملة", false },
    { F::TransferValue, "#value+transfer", "Transfer value", "قيمة التحويل", false },
    { F::ContactName, "#contact+name", "Focal point", "جهة الاتصال", false },
    { F::ContactEmail, "#contact+email", "Focal point email", "بريد جهة الاتصال", false },
    { F::ContactPhone, "#contact+phone", "Focal point phone", "هاتف جهة الاتصال", false },
    { F::Comments, "#description", "Comments", "ملاحظات", false },
};

std::optional<Field> admField(const HxlTag& tag)
{
    static const Field codes[] = { F::Adm1Code, F::Adm2Code, F::Adm3Code, F::Adm4Code };
    static const Field names[] = { F::Adm1Name, F::Adm2Name, F::Adm3Name, F::Adm4Name };
    for (int level = 1; level <= 4; ++level) {
        if (tag.hashtag == QStringLiteral("adm%1").arg(level)) {
            if (tag.has(QStringLiteral("code")) || tag.has(QStringLiteral("pcode")))
                return codes[level - 1];
            return names[level - 1];
        }
    }
    return std::nullopt;
}

std::optional<Field> orgField(const HxlTag& tag)
{
    const bool isCode = tag.has(QStringLiteral("id")) || tag.has(QStringLiteral("code"))
        || tag.has(QStringLiteral("acronym"));
    if (tag.has(QStringLiteral("reporting")))
        return isCode ? std::nullopt : std::optional(F::ReportingOrgName);
    if (tag.has(QStringLiteral("funding")) || tag.has(QStringLiteral("donor")))
        return isCode ? std::nullopt : std::optional(F::DonorName);
    if (tag.has(QStringLiteral("prog")) || tag.has(QStringLiteral("partner")))
        return isCode ? std::nullopt : std::optional(F::ProgOrgName);
    if (tag.has(QStringLiteral("type")))
        return F::ImplOrgType;
    return isCode ? F::ImplOrgId : F::ImplOrgName; // #org+impl, or a plain #org (3W files)
}

bool hasAge(const HxlTag& tag)
{
    for (const char* age : { "children", "adults", "adult", "elderly" }) {
        if (tag.has(QLatin1String(age)))
            return true;
    }
    return false;
}

// One sex, with or without an age: the field among {all ages, children, adults, elderly} of
// that sex, the total for no sex and no age, nothing for both sexes or an age without a sex.
std::optional<Field> bySexField(
    const HxlTag& tag, Field total, const Field (&female)[4], const Field (&male)[4])
{
    const bool f = tag.has(QStringLiteral("f"));
    const bool m = tag.has(QStringLiteral("m"));
    if (!f && !m)
        return hasAge(tag) ? std::nullopt : std::optional(total);
    if (f == m)
        return std::nullopt;
    const Field(&cells)[4] = f ? female : male;
    if (!hasAge(tag))
        return cells[0];
    if (tag.has(QStringLiteral("children")))
        return cells[1];
    if (tag.has(QStringLiteral("adults")) || tag.has(QStringLiteral("adult")))
        return cells[2];
    return cells[3]; // elderly
}

std::optional<Field> targetedField(const HxlTag& tag)
{
    if (tag.has(QStringLiteral("hh")))
        return std::nullopt;
    static const Field female[4]
        = { F::TargetedFemale, F::TargetedGirls, F::TargetedWomen, F::TargetedElderlyWomen };
    static const Field male[4]
        = { F::TargetedMale, F::TargetedBoys, F::TargetedMen, F::TargetedElderlyMen };
    return bySexField(tag, F::Targeted, female, male);
}

std::optional<Field> reachedField(const HxlTag& tag)
{
    if (tag.has(QStringLiteral("hh")))
        return F::Households;
    static const Field female[4]
        = { F::ReachedFemale, F::ReachedGirls, F::ReachedWomen, F::ReachedElderlyWomen };
    static const Field male[4]
        = { F::ReachedMale, F::ReachedBoys, F::ReachedMen, F::ReachedElderlyMen };
    return bySexField(tag, F::Reached, female, male);
}

} // namespace

const QList<ExportColumn>& exportColumns()
{
    return kColumns;
}

QString exportTag(const ExportColumn& column, Language language)
{
    QString tag = QString::fromLatin1(column.tag);
    if (language == Language::Arabic && column.arabicNames)
        tag += QStringLiteral("+i_ar");
    return tag;
}

QString exportHeader(const ExportColumn& column, Language language)
{
    return QString::fromUtf8(language == Language::Arabic ? column.headerAr : column.headerEn);
}

std::optional<Field> fieldForTag(const HxlTag& tag)
{
    const QString& h = tag.hashtag;
    const auto has = [&](const char* attribute) { return tag.has(QLatin1String(attribute)); };
    if (h == u"meta")
        return has("id") ? std::optional(F::RecordId) : std::nullopt;
    if (h == u"date") {
        if (has("reported") || has("reporting"))
            return F::ReportingMonth;
        if (has("start"))
            return F::StartDate;
        if (has("end"))
            return F::EndDate;
        return std::nullopt;
    }
    if (h == u"org")
        return orgField(tag);
    if (h == u"sector")
        return has("code") || has("id") ? F::SectorCode : F::SectorName;
    if (h == u"subsector")
        return F::SubSector;
    if (h == u"activity") {
        const bool isCode = has("code") || has("id");
        if (has("project"))
            return isCode ? F::ProjectCode : F::ProjectName;
        return isCode ? F::ActivityTypeCode : F::ActivityTypeName;
    }
    if (h == u"modality")
        return F::Modality;
    if (h == u"status")
        return F::Status;
    if (const auto adm = admField(tag))
        return adm;
    if (h == u"loc")
        return has("code") || has("id") ? F::LocCode : F::LocName;
    if (h == u"geo") {
        if (has("lat"))
            return F::Latitude;
        if (has("lon"))
            return F::Longitude;
        return std::nullopt;
    }
    if (h == u"beneficiary" || h == u"population")
        return has("type") || tag.attributes.isEmpty() ? std::optional(F::PopulationGroup)
                                                       : std::nullopt;
    if (h == u"targeted")
        return targetedField(tag);
    if (h == u"reached")
        return reachedField(tag);
    if (h == u"value") {
        if (has("budget"))
            return F::Budget;
        if (has("transfer"))
            return F::TransferValue;
        return std::nullopt;
    }
    if (h == u"currency")
        return F::Currency;
    if (h == u"contact") {
        if (has("email"))
            return F::ContactEmail;
        if (has("phone"))
            return F::ContactPhone;
        return F::ContactName;
    }
    if (h == u"description")
        return F::Comments;
    return std::nullopt;
}

std::optional<Field> fieldForHeader(const QString& header)
{
    static const QHash<QString, Field> byHeader = [] {
        QHash<QString, Field> map;
        for (const ExportColumn& column : kColumns) {
            map.insert(text::foldForSearch(QString::fromUtf8(column.headerEn)), column.field);
            map.insert(text::foldForSearch(QString::fromUtf8(column.headerAr)), column.field);
        }
        return map;
    }();
    const auto it = byHeader.constFind(text::foldForSearch(header));
    if (it == byHeader.cend())
        return std::nullopt;
    return it.value();
}

QString fieldLabel(Field field)
{
    switch (field) {
    case F::TargetedFemale:
        return QCoreApplication::translate(
            "tansiq::interop::FourWColumns", "Women and girls targeted");
    case F::TargetedMale:
        return QCoreApplication::translate(
            "tansiq::interop::FourWColumns", "Men and boys targeted");
    default:
        break;
    }
    for (const ExportColumn& column : kColumns) {
        if (column.field == field)
            return QCoreApplication::translate("tansiq::interop::FourWColumns", column.headerEn);
    }
    return QString();
}

} // namespace tansiq::interop
