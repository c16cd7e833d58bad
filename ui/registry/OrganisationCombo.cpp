#include "OrganisationCombo.h"

#include "common/DisplaySettings.h"

namespace tansiq::ui {

OrganisationCombo::OrganisationCombo(const QList<Organisation>& organisations,
                                     const DisplaySettings& display, bool optional, QWidget* parent)
    : QComboBox(parent)
{
    if (optional)
        addItem(QString(), QUuid());
    for (const Organisation& o : organisations)
        addItem(o.acronym.isEmpty() ? display.pick(o.nameEn, o.nameAr)
                                    : o.acronym + QStringLiteral(" — ") + display.pick(o.nameEn, o.nameAr),
                o.meta.id);
    setMaxVisibleItems(15);
}

void OrganisationCombo::setOrganisationId(const QUuid& id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace tansiq::ui
