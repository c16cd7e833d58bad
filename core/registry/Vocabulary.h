#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tansiq {

enum class Language { Arabic, English };

// The closed vocabularies of the 4W (4w-data.md). Codes are stored; labels in both languages
// are data, because bulletins and exports choose their language apart from the interface.
enum class Vocabulary { OrgType, Status, Modality, PopulationGroup, PartnerRole };

struct Term {
    QString code;
    QString nameEn;
    QString nameAr;
    QString hxlSynonyms; // extra spellings accepted on import, separated by '|'
};

const QList<Term>& terms(Vocabulary vocabulary);
bool isKnownTerm(Vocabulary vocabulary, const QString& code);
QString termLabel(Vocabulary vocabulary, const QString& code, Language language);
// Matches a code, an English or Arabic name or a synonym, ignoring case, diacritics and
// punctuation ("In-kind", "in kind", "عيني" → "in_kind").
std::optional<QString> matchTerm(Vocabulary vocabulary, const QString& text);

} // namespace tansiq
