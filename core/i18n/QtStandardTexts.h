#pragma once

#include <vector>

namespace tansiq::i18n {

// One of Qt's own texts (a standard button, the line edit's menu, the file dialog) that the
// application's catalogue translates again so it speaks the application's register.
struct QtText {
    const char* context;
    const char* source;
};

// The Qt texts our catalogue overrides: Qt's Arabic (qtbase_ar) writes buttons as imperatives
// (احفظ، ألغِ، أغلق) while the application writes verbal nouns (حفظ، إلغاء، إغلاق). Our
// translator is installed after Qt's, so it is asked first (docs/decisions/0059).
const std::vector<QtText>& qtStandardTexts();

} // namespace tansiq::i18n
