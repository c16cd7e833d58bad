#include "core/engine/Members.h"

#include "core/engine/Calendar.h"

#include <QCoreApplication>

namespace tansiq::engine {

namespace {

Vocabulary vocabularyOf(Dimension d)
{
    switch (d) {
    case Dimension::OrgType:
        return Vocabulary::OrgType;
    case Dimension::Status:
        return Vocabulary::Status;
    case Dimension::Modality:
        return Vocabulary::Modality;
    default:
        return Vocabulary::PopulationGroup;
    }
}

bool isOrg(Dimension d)
{
    return d == Dimension::ImplementingOrg || d == Dimension::ReportingOrg
        || d == Dimension::FundingOrg;
}

} // namespace

QString memberCode(const Snapshot& s, Dimension d, int member)
{
    if (member < 0 && !isTimeDimension(d))
        return QString();
    switch (d) {
    case Dimension::None:
        return QString();
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg:
        return s.orgs.at(member).label(false);
    case Dimension::Sector:
        return s.sectors.at(member).code;
    case Dimension::ActivityType:
        return s.types.at(member).code;
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return s.places.at(member).pcode;
    case Dimension::Month:
        return calendar::monthLabel(member);
    case Dimension::Quarter:
        return calendar::quarterLabel(member);
    case Dimension::Year:
        return QString::number(member);
    default: {
        const QList<Term>& list = terms(vocabularyOf(d));
        return member < list.size() ? list.at(member).code : QString();
    }
    }
}

QString memberKey(const Snapshot& s, Dimension d, int member)
{
    if (isOrg(d))
        return member < 0 ? QString() : QString::fromLatin1(s.orgs.at(member).id.toHex());
    return memberCode(s, d, member);
}

QString memberLabel(const Snapshot& s, Dimension d, int member, Language language)
{
    const bool ar = language == Language::Arabic;
    if (member < 0 && !isTimeDimension(d)) {
        if (adminLevelOf(d) > 0)
            return QCoreApplication::translate("tansiq::Engine", "(reported for a wider area)");
        return QCoreApplication::translate("tansiq::Engine", "(none)");
    }
    switch (d) {
    case Dimension::ImplementingOrg:
    case Dimension::ReportingOrg:
    case Dimension::FundingOrg: {
        return s.orgs.at(member).name(ar);
    }
    case Dimension::Sector:
        return ar ? s.sectors.at(member).nameAr : s.sectors.at(member).nameEn;
    case Dimension::ActivityType:
        return ar ? s.types.at(member).nameAr : s.types.at(member).nameEn;
    case Dimension::Admin1:
    case Dimension::Admin2:
    case Dimension::Admin3:
    case Dimension::Admin4:
        return ar ? s.places.at(member).nameAr : s.places.at(member).nameEn;
    case Dimension::OrgType:
    case Dimension::Status:
    case Dimension::Modality:
    case Dimension::PopulationGroup: {
        const QList<Term>& list = terms(vocabularyOf(d));
        if (member >= list.size())
            return QString();
        return ar ? list.at(member).nameAr : list.at(member).nameEn;
    }
    default:
        return memberCode(s, d, member);
    }
}

} // namespace tansiq::engine
