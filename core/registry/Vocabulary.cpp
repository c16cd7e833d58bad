#include "core/registry/Vocabulary.h"

#include "core/common/Text.h"
#include "core/registry/TermList.h"

#include <QHash>

namespace tansiq {

namespace {

Term term(const char* code, const char* en, const char* ar, const char* synonyms = "")
{
    return Term { QString::fromUtf8(code), QString::fromUtf8(en), QString::fromUtf8(ar),
        QString::fromUtf8(synonyms) };
}

const QList<Term> kOrgTypes = {
    term("un", "UN agency", "وكالة أممية", "united nations|un agency|uno"),
    term("ingo", "International NGO", "منظمة غير حكومية دولية", "international ngo|ingo"),
    term("nngo", "National NGO", "منظمة غير حكومية وطنية", "national ngo|local ngo|nngo|ngo|جمعية"),
    term("government", "Government", "جهة حكومية", "government|gov|directorate|مديرية|حكومي"),
    term("red_cross", "Red Crescent / Red Cross", "الهلال الأحمر / الصليب الأحمر",
        "red crescent|red cross|rcrc|sarc|الهلال الأحمر"),
    term("cbo", "Community-based organisation", "منظمة مجتمعية",
        "community based organisation|community based organization|cbo"),
    term("private", "Private sector", "قطاع خاص", "private|private sector|company|شركة"),
};

const QList<Term> kStatuses = {
    term("planned", "Planned", "مخطَّط له", "pipeline|مخطط له|مخطط"),
    term(
        "ongoing", "Ongoing", "قيد التنفيذ", "active|in progress|ongoing|قيد التنفيذ|جاري|جارٍ|جار"),
    term("completed", "Completed", "منتهٍ", "complete|finished|done|مكتمل|منتهي|منته|منجز"),
    term("suspended", "Suspended", "متوقف", "on hold|paused|متوقف|معلّق|معلق"),
    term("cancelled", "Cancelled", "ملغى", "canceled|cancelled|ملغي"),
};

const QList<Term> kModalities = {
    term("in_kind", "In-kind", "عينية", "in kind|inkind|commodities|عينية|عيني"),
    term("cash", "Cash", "نقدية", "cash transfer|multipurpose cash|mpca|نقدية|نقدي"),
    term("voucher", "Voucher", "قسائم", "vouchers|e-voucher|قسيمة"),
    term("service", "Service", "خدمات", "services|service delivery|خدمات|خدمة"),
};

const QList<Term> kPopulationGroups = {
    term("idp", "IDPs", "نازحون", "idp|idps|internally displaced|displaced|نازحين"),
    term("returnee", "Returnees", "عائدون", "returnee|returnees|returned|عائدين"),
    term("host", "Host community", "المجتمع المضيف", "host|host community|residents|مقيمون|مقيمين"),
    term("mixed", "Mixed", "مختلطة", "all|mixed|all groups|الجميع|مختلط"),
};

const QList<Term> kPartnerRoles = {
    term("funding", "Funding", "ممول", "donor|funding|1|مانح"),
    term("programming", "Programming", "شريك البرنامج", "accountable|programming|appealing|2"),
    term("implementing", "Implementing", "منفذ", "implementing|implementer|4|شريك منفذ"),
};

} // namespace

const QList<Term>& terms(Vocabulary vocabulary)
{
    switch (vocabulary) {
    case Vocabulary::OrgType:
        return kOrgTypes;
    case Vocabulary::Status:
        return kStatuses;
    case Vocabulary::Modality:
        return kModalities;
    case Vocabulary::PopulationGroup:
        return kPopulationGroups;
    case Vocabulary::PartnerRole:
        return kPartnerRoles;
    }
    Q_UNREACHABLE();
}

bool isKnownTerm(Vocabulary vocabulary, const QString& code)
{
    return isTermIn(terms(vocabulary), code);
}

QString termLabel(Vocabulary vocabulary, const QString& code, Language language)
{
    return termLabelIn(terms(vocabulary), code, language);
}

std::optional<QString> matchTerm(Vocabulary vocabulary, const QString& text)
{
    return matchTermIn(terms(vocabulary), text);
}

} // namespace tansiq
