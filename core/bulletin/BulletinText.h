#pragma once

#include "core/registry/Vocabulary.h"

#include <QString>

namespace tansiq::report {

// The bulletin's words in the bulletin's language, whatever language the interface speaks:
// an English-speaking coordinator can print an Arabic bulletin and the other way round.
// Messages come from the application's compiled catalogue (:/i18n/tansiq_<lang>.qm, linked
// into every program that links tansiq_report), read once per process; a message the
// catalogue does not have yet prints in English. Call as
// `text.translate("tansiq::Bulletin", "…")` so lupdate collects the message.
class BulletinText {
public:
    explicit BulletinText(Language language) : m_language(language) { }

    QString translate(const char* context, const char* sourceText) const;
    Language language() const { return m_language; }

    // False when the catalogue of `language` is not available (English needs none).
    static bool catalogueAvailable(Language language);

private:
    Language m_language;
};

} // namespace tansiq::report
