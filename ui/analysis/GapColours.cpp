#include "ui/analysis/GapColours.h"

#include "core/engine/GapTableModel.h"

#include <QColor>

#include <cmath>

namespace tansiq::ui {

using engine::GapTableModel;

QString GapColours::severityName(int severity)
{
    switch (severity) {
    case 1:
        return tr("minimal");
    case 2:
        return tr("stress");
    case 3:
        return tr("severe");
    case 4:
        return tr("extreme");
    case 5:
        return tr("catastrophic");
    default:
        return tr("not assessed");
    }
}

QVariant GapColours::data(const QModelIndex& index, int role) const
{
    const int column = index.column();
    const QVariant value = QIdentityProxyModel::data(index, GapTableModel::ValueRole);
    if (column == GapTableModel::Severity) {
        const int severity = value.toInt();
        if (role == Qt::DisplayRole)
            return severity > 0 ? DigitsProxy::data(index, role).toString() + QStringLiteral(" — ")
                    + severityName(severity)
                                : severityName(0);
        if (role == Qt::BackgroundRole && severity > 0) {
            static const QColor shades[] = { QColor(0xfe, 0xf0, 0xd9), QColor(0xfd, 0xd4, 0x9e),
                QColor(0xfc, 0x8d, 0x59), QColor(0xe3, 0x4a, 0x33), QColor(0xb3, 0x00, 0x00) };
            return shades[std::clamp(severity, 1, 5) - 1];
        }
        if (role == Qt::ForegroundRole && severity >= 4)
            return QColor(Qt::white);
    }
    if (column == GapTableModel::Coverage && role == Qt::BackgroundRole && value.isValid()) {
        const double share = std::clamp(value.toDouble(), 0.0, 1.0);
        return QColor::fromHsvF(float(share * 120.0 / 360.0), 0.35f, 1.0f); // red → green
    }
    if (column == GapTableModel::SevereWithoutPartner && value.toBool()) {
        if (role == Qt::BackgroundRole)
            return QColor(0xb3, 0x00, 0x00);
        if (role == Qt::ForegroundRole)
            return QColor(Qt::white);
    }
    return DigitsProxy::data(index, role);
}

} // namespace tansiq::ui
