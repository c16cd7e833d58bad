#pragma once

#include "tests/i18n/CatalogueFile.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>

namespace tansiq::test {

// docs/glossary.md as the check reads it: the term table, the banned variants and the nouns
// that a bare placeholder must not count.
struct Glossary {
    QList<QPair<QString, QString>> terms; // English, Arabic
    QList<QRegularExpression> banned;
    QList<QPair<QRegularExpression, QRegularExpression>>
        wrongSense; // English source, Arabic refused
    QStringList countedNouns;
};

Glossary readGlossary(const QString& path);

// What an Arabic catalogue does against the glossary and the rules for Arabic messages
// (placeholders isolated, counts as plural messages or labels), one line per problem.
QStringList glossaryViolations(const Glossary& glossary, const QList<CatalogueMessage>& arabic);

} // namespace tansiq::test
