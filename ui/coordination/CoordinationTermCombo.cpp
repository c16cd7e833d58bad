#include "CoordinationTermCombo.h"

#include "common/DisplaySettings.h"

namespace tansiq::ui {

CoordinationTermCombo::CoordinationTermCombo(
    CoordinationTerm vocabulary, const DisplaySettings& display, QWidget* parent)
    : QComboBox(parent)
{
    for (const Term& term : coordinationTerms(vocabulary))
        addItem(display.pick(term.nameEn, term.nameAr), term.code);
}

void CoordinationTermCombo::setCode(const QString& code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace tansiq::ui
