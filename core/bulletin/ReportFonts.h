#pragma once

#include "core/registry/Vocabulary.h"

#include <QFont>

namespace tansiq::report {

// The bundled OFL faces (Noto Naskh Arabic for Arabic text, Noto Sans for Latin), registered
// once per process so output never depends on the machine's fonts.
class ReportFonts {
public:
    // Registers the fonts; false if a resource could not be loaded.
    static bool ensureLoaded();
    // Body text in the bulletin's language at `pointSize`, falling back across scripts.
    static QFont body(Language language, qreal pointSize, bool bold = false);
};

} // namespace tansiq::report
