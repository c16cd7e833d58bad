#include "ui/registry/OrganisationCombo.h"

#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

OrganisationCombo::OrganisationCombo(const QList<Organisation>& organisations,
    const DisplaySettings& display, bool optional, QWidget* parent)
    : FilterCombo(parent)
{
    if (optional)
        addEntry(QString(), QUuid());
    for (const Organisation& o : organisations)
        addEntry(o.acronym.isEmpty()
                ? display.pick(o.nameEn, o.nameAr)
                : o.acronym + QStringLiteral(" — ") + display.pick(o.nameEn, o.nameAr),
            o.meta.id, o.acronym + QLatin1Char(' ') + o.nameEn + QLatin1Char(' ') + o.nameAr);
}

void OrganisationCombo::setOrganisationId(const QUuid& id)
{
    setCurrentData(id);
}

} // namespace tansiq::ui
