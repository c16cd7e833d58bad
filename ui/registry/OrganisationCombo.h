#pragma once

#include "core/registry/Organisation.h"
#include "ui/common/FilterCombo.h"

namespace tansiq::ui {

class DisplaySettings;

// Chooses an organisation ("ACRONYM — name"), narrowed as you type its acronym or either name;
// optional ones start with an empty entry.
class OrganisationCombo : public FilterCombo {
    Q_OBJECT
public:
    OrganisationCombo(const QList<Organisation>& organisations, const DisplaySettings& display,
        bool optional, QWidget* parent = nullptr);

    QUuid organisationId() const { return currentData().toUuid(); }
    void setOrganisationId(const QUuid& id);
};

} // namespace tansiq::ui
