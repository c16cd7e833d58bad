#pragma once

#include "registry/Organisation.h"

#include <QComboBox>

namespace tansiq::ui {

class DisplaySettings;

// Chooses an organisation ("ACRONYM — name"); optional ones start with an empty entry.
class OrganisationCombo : public QComboBox {
    Q_OBJECT
public:
    OrganisationCombo(const QList<Organisation>& organisations, const DisplaySettings& display,
                      bool optional, QWidget* parent = nullptr);

    QUuid organisationId() const { return currentData().toUuid(); }
    void setOrganisationId(const QUuid& id);
};

}  // namespace tansiq::ui
