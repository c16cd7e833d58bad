#include "core/bulletin/BulletinText.h"

#include "core/i18n/Catalogue.h"

#include <QTranslator>

#include <memory>

namespace tansiq::report {

namespace {

// Loaded on first use and never changed afterwards, so reading it from several threads
// (the GUI writes bulletins on a worker thread) needs no lock.
const QTranslator* arabicCatalogue()
{
    static const std::unique_ptr<QTranslator> catalogue = [] {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(i18n::catalogueResource(QStringLiteral("ar"))))
            translator.reset();
        return translator;
    }();
    return catalogue.get();
}

} // namespace

QString BulletinText::translate(const char* context, const char* sourceText) const
{
    if (m_language == Language::Arabic) {
        if (const QTranslator* catalogue = arabicCatalogue()) {
            QString translated = catalogue->translate(context, sourceText);
            // Catalogues made before the bulletin had its own context hold some of its
            // messages under no context (lupdate could not resolve an alias): use them.
            if (translated.isEmpty())
                translated = catalogue->translate("", sourceText);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromUtf8(sourceText);
}

bool BulletinText::catalogueAvailable(Language language)
{
    return language == Language::English || arabicCatalogue() != nullptr;
}

} // namespace tansiq::report
