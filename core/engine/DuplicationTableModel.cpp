#include "core/engine/DuplicationTableModel.h"

#include "core/engine/Calendar.h"
#include "core/engine/Members.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tansiq::engine {

DuplicationTableModel::DuplicationTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void DuplicationTableModel::setGroups(
    std::shared_ptr<const Snapshot> snapshot, QList<DuplicateGroup> groups, Language language)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_groups = std::move(groups);
    m_language = language;
    endResetModel();
}

int DuplicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_groups.size());
}

int DuplicationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicationTableModel::value(int row, int column) const
{
    const Snapshot& s = *m_snapshot;
    const DuplicateGroup& g = m_groups.at(row);
    switch (column) {
    case Rank:
        return row + 1;
    case Place:
        return memberLabel(s, adminDimension(s.places.at(g.place).level), g.place, m_language);
    case ActivityType:
        return memberLabel(s, Dimension::ActivityType, g.activityType, m_language);
    case Group:
        return memberLabel(s, Dimension::PopulationGroup, g.populationGroup, m_language);
    case Organisations: {
        QStringList names;
        for (int r : g.rows) {
            const QString acronym = s.orgs.at(s.implementingOrg[size_t(r)]).label(false);
            if (!names.contains(acronym))
                names << acronym;
        }
        return names.join(QStringLiteral(", "));
    }
    case Activities:
        return qint64(g.rows.size());
    case SharedFrom:
        return calendar::dayLabel(g.sharedFirstDay);
    case SharedTo:
        return g.sharedLastDay == calendar::kOpenEnd ? QString()
                                                     : calendar::dayLabel(g.sharedLastDay);
    case TimeOverlap:
        return g.timeOverlap;
    case ReachRatio:
        return std::isnan(g.reachRatio) ? QVariant() : QVariant(g.reachRatio);
    case Score:
        return g.score;
    case Complementary:
        return g.complementary;
    default:
        return {};
    }
}

QVariant DuplicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_groups.size()
        || index.column() >= ColumnCount)
        return {};
    if (role == KeyRole)
        return m_groups.at(index.row()).key;
    const QVariant v = value(index.row(), index.column());
    if (role == ValueRole)
        return v;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TimeOverlap:
    case ReachRatio:
        return v.isNull() ? QString()
                          : locale.toString(v.toDouble() * 100.0, 'f', 0) + QLatin1Char('%');
    case Score:
        return locale.toString(v.toDouble(), 'f', 2);
    case Complementary:
        return v.toBool() ? QCoreApplication::translate("tansiq::Engine", "complementary")
                          : QString();
    default:
        return v;
    }
}

QVariant DuplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = { QT_TRANSLATE_NOOP("tansiq::Engine", "Rank"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Place"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Activity type"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Population group"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Organisations"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Activities"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "All active from"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "until"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Time overlap"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Combined reach ÷ people in need"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Score"),
        QT_TRANSLATE_NOOP("tansiq::Engine", "Reviewed") };
    return QCoreApplication::translate("tansiq::Engine", titles[section]);
}

} // namespace tansiq::engine
