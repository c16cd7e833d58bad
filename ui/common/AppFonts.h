#pragma once

#include <QString>

namespace tansiq::ui {

// Loads the bundled Arabic UI font (Noto Sans Arabic, OFL, embedded as a resource) and makes
// it the application font, so the look does not depend on the fonts of the machine. Latin
// text falls back to the system's sans-serif through the font's fallback chain.
class AppFonts {
public:
    // Returns the family installed, or an empty string when the resource is missing.
    static QString install();
};

} // namespace tansiq::ui
