#pragma once

#include "ui/analysis/DigitsProxy.h"

namespace tansiq::ui {

// The gap list made readable: severity as a coloured cell ("4 — severe"), coverage with a
// background from red (nobody reached) to green (everyone), and gaps (severe need, no partner)
// highlighted. Figures in the user's digits (through DigitsProxy).
class GapColours : public DigitsProxy {
    Q_OBJECT
public:
    using DigitsProxy::DigitsProxy;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString severityName(int severity); // translated: "4 — severe"
};

} // namespace tansiq::ui
