#include "core/registry/coordination/CoordinationTerms.h"

#include "core/common/Text.h"
#include "core/registry/TermList.h"

namespace tansiq {

namespace {

Term term(const char* code, const char* en, const char* ar, const char* synonyms = "")
{
    return Term { QString::fromUtf8(code), QString::fromUtf8(en), QString::fromUtf8(ar),
        QString::fromUtf8(synonyms) };
}

const QList<Term> kCadences = {
    term("weekly", "Weekly", "أسبوعياً"),
    term("fortnightly", "Every two weeks", "كل أسبوعين", "biweekly|bi-weekly"),
    term("monthly", "Monthly", "شهرياً"),
    term("quarterly", "Quarterly", "فصلياً", "every three months"),
    term("as_needed", "As needed", "عند الحاجة", "ad hoc|ad-hoc"),
};

const QList<Term> kMemberRoles = {
    term("lead", "Lead", "جهة رائدة", "chair|lead agency|قائد"),
    term("co_lead", "Co-lead", "جهة رائدة مشاركة", "co-lead|colead|co-chair"),
    term("member", "Member", "عضو"),
};

const QList<Term> kActionStatuses = {
    term("open", "Open", "مفتوحة", "new|to do"),
    term("in_progress", "In progress", "قيد التنفيذ", "in progress|ongoing|started"),
    term("done", "Done", "منجزة", "completed|closed|finished"),
    term("dropped", "Dropped", "ملغاة", "cancelled|canceled|abandoned"),
};

const QList<Term> kVisitRatings = {
    term("on_track", "On track", "وفق الخطة", "on track|good"),
    term("delays", "Delays", "تأخير", "delayed|late"),
    term("serious_problems", "Serious problems", "مشكلات جدية", "serious|problems|critical"),
};

} // namespace

const QList<Term>& coordinationTerms(CoordinationTerm vocabulary)
{
    switch (vocabulary) {
    case CoordinationTerm::Cadence:
        return kCadences;
    case CoordinationTerm::MemberRole:
        return kMemberRoles;
    case CoordinationTerm::ActionStatus:
        return kActionStatuses;
    case CoordinationTerm::VisitRating:
        break;
    }
    return kVisitRatings;
}

bool isCoordinationTerm(CoordinationTerm vocabulary, const QString& code)
{
    return isTermIn(coordinationTerms(vocabulary), code);
}

QString coordinationLabel(CoordinationTerm vocabulary, const QString& code, Language language)
{
    return termLabelIn(coordinationTerms(vocabulary), code, language);
}

std::optional<QString> matchCoordinationTerm(CoordinationTerm vocabulary, const QString& text)
{
    return matchTermIn(coordinationTerms(vocabulary), text);
}

} // namespace tansiq
