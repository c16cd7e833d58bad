#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tansiq::text {

// Decodes bytes as UTF-8 and refuses anything that is not valid UTF-8 (no replacement
// characters are invented). A leading byte-order mark is dropped.
std::optional<QString> decodeUtf8Strict(const QByteArray& bytes);

// True when the text can be stored and exchanged as UTF-8: no unpaired surrogates, no NUL,
// no control characters other than tab and line breaks.
bool isWellFormed(const QString& text);

// Folds text for matching and searching: Arabic diacritics and tatweel removed, أ/إ/آ/ٱ → ا,
// ة → ه, ى → ي, Arabic-Indic digits → ASCII, Latin case and accents folded, punctuation and
// runs of spaces collapsed to one space. "  Dayr az-Zawr " and "dayr az zawr" fold alike.
QString foldForSearch(const QString& text);

} // namespace tansiq::text
