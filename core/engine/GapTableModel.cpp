#include "core/engine/GapTableModel.h"

#include "core/engine/Members.h"
#include "core/engine/PivotTableModel.h"

#include <QCoreApplication>

#include <cmath>

namespace tansiq::engine {

GapTableModel::GapTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void GapTableModel::setRows(
    std::shared_ptr<const Snapshot> snapshot, QList<GapRow> rows, int level, Language language)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rows = std::move(rows);
    m_level = level;
    m_language = language;
    endResetModel();
}

int GapTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_rows.size());
}

int GapTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapTableModel::value(const GapRow& g, int column) const
{
    const Snapshot& s = *m_snapshot;
    switch (column) {
    case Priority:
        return g.priority;
    case PCode:
        return s.places.at(g.place).pcode;
    case Place:
        return memberLabel(s, adminDimension(m_level), g.place, m_language);
    case Sector:
        return memberLabel(s, Dimension::Sector, g.sector, m_language);
    case Severity:
        return g.severity;
    case PeopleInNeed:
        return g.peopleInNeed;
    case Partners:
        return g.partners;
    case ReachedUnique:
        return g.reachedUnique;
    case Coverage:
        return std::isnan(g.coverage) ? QVariant() : QVariant(g.coverage);
    case Uncovered:
        return g.uncovered;
    case SevereWithoutPartner:
        return g.severeWithoutPartner();
    default:
        return {};
    }
}

QVariant GapTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_rows.size()
        || index.column() >= ColumnCount)
        return {};
    const GapRow& g = m_rows.at(index.row());
    if (role == ValueRole)
        return value(g, index.column());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Coverage:
        return formatMeasure(Measure::Coverage, g.coverage);
    case SevereWithoutPartner:
        return g.severeWithoutPartner() ? QCoreApplication::translate("tansiq::Engine", "gap")
                                        : QString();
    case Severity:
        return g.severity > 0
            ? QVariant(g.severity)
            : QVariant(QCoreApplication::translate("tansiq::Engine", "not assessed"));
    default:
        return value(g, index.column());
    }
}

QVariant GapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == Priority)
        return GapAnalysis::priorityFormula();
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = { QT_TRANSLATE_NOOP("tansiq::Engine", "Priority"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "P-code"), QT_TRANSLATE_NOOP("tansiq::Engine", "Place"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Sector"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Severity"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "People in need"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Partners present"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Reached (without double counting)"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Coverage"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "In need, not reached"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Severe need, no partner") };
    return QCoreApplication::translate("tansiq::Engine", titles[section]);
}

} // namespace tansiq::engine
