#include "ui/registry/SectorCombo.h"

#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

SectorCombo::SectorCombo(
    const QList<Sector>& sectors, const DisplaySettings& display, bool optional, QWidget* parent)
    : QComboBox(parent)
{
    if (optional)
        addItem(QString(), QUuid());
    for (const Sector& s : sectors)
        addItem(display.pick(s.nameEn, s.nameAr), s.id);
}

void SectorCombo::setSectorId(const QUuid& id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace tansiq::ui
