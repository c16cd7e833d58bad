#pragma once

#include <QString>

namespace tansiq::i18n {

// The compiled message catalogue of a language ("ar", "en"), bundled as a Qt resource by the
// tansiq_i18n library: the interface and the command line (for bulletins) both link it.
inline QString catalogueResource(const QString& language)
{
    return QStringLiteral(":/i18n/tansiq_%1.qm").arg(language);
}

// True when the catalogue is present in the program's resources (a link check).
bool catalogueLinked(const QString& language);

} // namespace tansiq::i18n
