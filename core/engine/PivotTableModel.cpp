#include "core/engine/PivotTableModel.h"

#include "core/engine/Members.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tansiq::engine {

QString formatMeasure(Measure measure, double value)
{
    if (std::isnan(value))
        return QString();
    const QLocale locale;
    switch (measure) {
    case Measure::Coverage:
        return locale.toString(value * 100.0, 'f', 1) + QLatin1Char('%');
    case Measure::Budget:
        return locale.toString(value, 'f', 2);
    default:
        return locale.toString(qint64(std::llround(value)));
    }
}

PivotTableModel::PivotTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void PivotTableModel::setResult(
    std::shared_ptr<const Snapshot> snapshot, PivotResult result, Language language)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_result = std::move(result);
    m_language = language;
    endResetModel();
}

int PivotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_result.rowCount() + 1;
}

int PivotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_result.columnCount() + 1;
}

QVariant PivotTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= rowCount()
        || index.column() >= columnCount())
        return {};
    const double value = m_result.value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatMeasure(m_result.query.measure, value);
    case ValueRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case ActivitiesRole:
        return m_result.activityCount(index.row(), index.column());
    default:
        return {};
    }
}

QVariant PivotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_snapshot || section < 0)
        return {};
    const bool rows = orientation == Qt::Vertical;
    const QList<int>& members = rows ? m_result.rowMembers : m_result.columnMembers;
    const Dimension dimension = rows ? m_result.query.rows : m_result.query.columns;
    if (section > members.size())
        return {};
    if (role != Qt::DisplayRole && role != CodeRole)
        return {};
    if (section == members.size()) {
        if (role == CodeRole)
            return QString();
        return dimension == Dimension::None && !rows
            ? measureTitle(m_result.query.measure)
            : QCoreApplication::translate("tansiq::Engine", "Total");
    }
    if (role == CodeRole)
        return memberCode(*m_snapshot, dimension, members.at(section));
    return memberLabel(*m_snapshot, dimension, members.at(section), m_language);
}

} // namespace tansiq::engine
