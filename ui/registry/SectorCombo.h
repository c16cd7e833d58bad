#pragma once

#include "core/registry/Sector.h"

#include <QComboBox>

namespace tansiq::ui {

class DisplaySettings;

// Chooses a sector (cluster) by its name in the interface language.
class SectorCombo : public QComboBox {
    Q_OBJECT
public:
    SectorCombo(const QList<Sector>& sectors, const DisplaySettings& display, bool optional,
        QWidget* parent = nullptr);

    QUuid sectorId() const { return currentData().toUuid(); }
    void setSectorId(const QUuid& id);
};

} // namespace tansiq::ui
