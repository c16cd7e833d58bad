#include "core/registry/RegistrationTerms.h"

#include "core/registry/TermList.h"

namespace tansiq {

namespace {

Term term(const char* code, const char* en, const char* ar, const char* synonyms)
{
    return Term { QString::fromUtf8(code), QString::fromUtf8(en), QString::fromUtf8(ar),
        QString::fromUtf8(synonyms) };
}

const QList<Term> kAuthorities = {
    term("mosal", "Ministry of Social Affairs and Labour", "وزارة الشؤون الاجتماعية والعمل",
        "mosal|molsa|ministry|الوزارة"),
    term("mosal_directorate", "Directorate of Social Affairs and Labour",
        "مديرية الشؤون الاجتماعية والعمل", "dosal|directorate|المديرية"),
    term("other", "Other authority", "جهة أخرى", "other|أخرى"),
};

const QList<Term> kStatuses = {
    term("registered", "Registered", "مسجَّلة", "registered|valid|مسجلة|سارية"),
    term("pending", "Pending", "قيد الدراسة", "pending|applied|in process"),
    term("expired", "Expired", "منتهية", "expired|منتهية الصلاحية"),
    term("suspended", "Suspended", "موقوفة", "suspended"),
};

} // namespace

const QList<Term>& registrationTerms(RegistrationVocabulary vocabulary)
{
    return vocabulary == RegistrationVocabulary::Authority ? kAuthorities : kStatuses;
}

bool isRegistrationTerm(RegistrationVocabulary vocabulary, const QString& code)
{
    return isTermIn(registrationTerms(vocabulary), code);
}

QString registrationTermLabel(
    RegistrationVocabulary vocabulary, const QString& code, Language language)
{
    return termLabelIn(registrationTerms(vocabulary), code, language);
}

} // namespace tansiq
