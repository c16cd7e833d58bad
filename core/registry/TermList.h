#pragma once

#include "core/registry/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace tansiq {

// Lookups over any closed list of terms: the 4W vocabularies, the coordination ones and the
// registration ones all answer through these, so a code, a label and a spelling are matched
// the same way everywhere.
bool isTermIn(const QList<Term>& list, const QString& code);
QString termLabelIn(const QList<Term>& list, const QString& code, Language language);
// A code, an English or Arabic name or a synonym, ignoring case, diacritics and punctuation.
std::optional<QString> matchTermIn(const QList<Term>& list, const QString& text);

} // namespace tansiq
