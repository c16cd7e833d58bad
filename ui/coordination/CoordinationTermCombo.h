#pragma once

#include "registry/coordination/CoordinationTerms.h"

#include <QComboBox>

namespace tansiq::ui {

class DisplaySettings;

// A combo box over a coordination vocabulary (cadence, member role, action status, visit
// rating): the label in the interface language, the code as data.
class CoordinationTermCombo : public QComboBox {
    Q_OBJECT
public:
    CoordinationTermCombo(
        CoordinationTerm vocabulary, const DisplaySettings& display, QWidget* parent = nullptr);

    QString code() const { return currentData().toString(); }
    void setCode(const QString& code);
};

} // namespace tansiq::ui
