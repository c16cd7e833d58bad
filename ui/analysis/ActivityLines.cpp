#include "ui/analysis/ActivityLines.h"

#include "core/engine/Calendar.h"
#include "core/engine/Members.h"
#include "core/engine/PivotEngine.h"
#include "core/engine/PivotFilter.h"
#include "core/engine/Snapshot.h"
#include "ui/common/DisplaySettings.h"

#include <QUuid>

#include <algorithm>

namespace tansiq::ui {

using namespace tansiq::engine;

ActivityLine ActivityLines::line(const Snapshot& s, int row, Language language)
{
    const auto r = size_t(row);
    ActivityLine out;
    out.id = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(s.id[r].data()), 16).toHex());
    out.organisation = s.orgs.at(s.implementingOrg[r]).acronym;
    out.sector = memberLabel(s, Dimension::Sector, s.sector[r], language);
    out.activityType = s.activityType[r] >= 0
        ? memberLabel(s, Dimension::ActivityType, s.activityType[r], language)
        : QString();
    const PlaceEntry& place = s.places.at(s.place[r]);
    out.pcode = place.pcode;
    out.place
        = language == Language::Arabic && !place.nameAr.isEmpty() ? place.nameAr : place.nameEn;
    out.start = calendar::dayLabel(s.startDay[r]);
    out.end = s.endDay[r] == calendar::kOpenEnd ? QString() : calendar::dayLabel(s.endDay[r]);
    out.status = memberLabel(s, Dimension::Status, s.status[r], language);
    out.targeted = s.targeted[r];
    out.reached = s.reached[r];
    return out;
}

ActivityLines ActivityLines::matching(
    const Snapshot& s, const PivotQuery& query, Language language, int cap)
{
    ActivityLines out;
    const PivotFilter filter(s, query, PivotEngine(s).timeRange(query));
    constexpr int kChunk = 1024; // rows the filter selects at a time (decision 0119)
    int chosen[kChunk], scratch[kChunk];
    const int rows = int(s.rowCount());
    for (int base = 0; base < rows; base += kChunk) {
        const int n = filter.select(base, std::min(base + kChunk, rows), chosen, scratch);
        for (int k = 0; k < n; ++k) {
            if (out.total < cap)
                out.lines << line(s, chosen[k], language);
            ++out.total;
        }
    }
    return out;
}

ActivityLines ActivityLines::ofRows(
    const Snapshot& s, const std::vector<int>& rows, Language language)
{
    ActivityLines out;
    for (int row : rows)
        out.lines << line(s, row, language);
    out.total = out.lines.size();
    return out;
}

ActivityLinesModel::ActivityLinesModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void ActivityLinesModel::setLines(QList<ActivityLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ActivityLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ActivityLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ActivityLine& a = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Targeted || index.column() == Reached))
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Organisation)
        return a.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Organisation:
        return a.organisation;
    case Sector:
        return a.sector;
    case ActivityType:
        return a.activityType;
    case PCode:
        return a.pcode;
    case Place:
        return a.place;
    case Start:
        return m_display.date(a.start); // one left-to-right unit (decision 0076)
    case End:
        return a.end.isEmpty() ? tr("open") : m_display.date(a.end);
    case Status:
        return a.status;
    case Targeted:
        return m_display.number(a.targeted);
    case Reached:
        return m_display.number(a.reached);
    default:
        return {};
    }
}

QVariant ActivityLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Organisation:
        return tr("Organisation");
    case Sector:
        return tr("Sector");
    case ActivityType:
        return tr("Activity type");
    case PCode:
        return tr("P-code");
    case Place:
        return tr("Place");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case Targeted:
        return tr("Targeted");
    case Reached:
        return tr("Reached");
    default:
        return {};
    }
}

} // namespace tansiq::ui
