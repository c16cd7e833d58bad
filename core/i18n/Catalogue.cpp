#include "core/i18n/Catalogue.h"

#include <QFile>

namespace tansiq::i18n {

bool catalogueLinked(const QString& language)
{
    return QFile::exists(catalogueResource(language));
}

} // namespace tansiq::i18n
