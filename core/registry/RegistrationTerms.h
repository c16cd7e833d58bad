#pragma once

#include "core/registry/Vocabulary.h"

namespace tansiq {

// The closed vocabularies of partner registration (decision 0071): the authority and the
// status. Codes are stored; labels in both languages are data, like Vocabulary's.
enum class RegistrationVocabulary { Authority, Status };

const QList<Term>& registrationTerms(RegistrationVocabulary vocabulary);
bool isRegistrationTerm(RegistrationVocabulary vocabulary, const QString& code);
QString registrationTermLabel(
    RegistrationVocabulary vocabulary, const QString& code, Language language);

} // namespace tansiq
