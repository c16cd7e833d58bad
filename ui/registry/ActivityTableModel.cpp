#include "ActivityTableModel.h"

#include "common/BackgroundQuery.h"
#include "common/DisplaySettings.h"
#include "registry/Vocabulary.h"

namespace tansiq::ui {

namespace {
constexpr int kMaxCachedPages = 64;

std::optional<ActivitySort> sortOf(int column)
{
    switch (column) {
    case ActivityTableModel::Month:
        return ActivitySort::Month;
    case ActivityTableModel::Organisation:
        return ActivitySort::Organisation;
    case ActivityTableModel::Sector:
        return ActivitySort::Sector;
    case ActivityTableModel::Place:
    case ActivityTableModel::Pcode:
        return ActivitySort::Place;
    case ActivityTableModel::Status:
        return ActivitySort::Status;
    case ActivityTableModel::Targeted:
        return ActivitySort::Targeted;
    case ActivityTableModel::Reached:
        return ActivitySort::Reached;
    default:
        return std::nullopt;
    }
}
}  // namespace

ActivityTableModel::ActivityTableModel(Database& db, const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_browser(db), m_display(display)
{
}

void ActivityTableModel::setFilter(const ActivityFilter& filter)
{
    m_filter = filter;
    reload();
}

void ActivityTableModel::reload()
{
    const int generation = ++m_generation;
    if (m_pending++ == 0)
        emit loadingChanged(true);
    runBackgroundQuery<QList<qint64>>(
        this, m_db.path(),
        [filter = m_filter, sort = m_sort, ascending = m_ascending](Database& db) {
            return ActivityBrowser(db).keys(filter, sort, ascending);
        },
        [this, generation](QList<qint64> keys) {
            if (generation == m_generation) {  // a later request supersedes this one
                beginResetModel();
                m_pages.clear();
                m_pageOrder.clear();
                m_keys = std::move(keys);
                endResetModel();
            }
            if (--m_pending == 0)
                emit loadingChanged(false);
        });
}

void ActivityTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ActivitySort> sort = sortOf(column);
    if (!sort)
        return;
    m_sort = *sort;
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

const QList<ActivityRow>& ActivityTableModel::page(int index) const
{
    auto found = m_pages.constFind(index);
    if (found != m_pages.constEnd())
        return *found;
    QList<ActivityRow> rows;
    const qsizetype first = qsizetype(index) * kPageSize;
    const qsizetype last = std::min<qsizetype>(m_keys.size(), first + kPageSize);
    rows.reserve(last - first);
    for (qsizetype i = first; i < last; ++i) {
        std::optional<ActivityRow> row = m_browser.row(m_keys.at(i));
        rows << (row ? *row : ActivityRow{});
    }
    if (m_pageOrder.size() >= kMaxCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder << index;
    return *m_pages.insert(index, std::move(rows));
}

std::optional<ActivityRow> ActivityTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return std::nullopt;
    return page(row / kPageSize).value(row % kPageSize);
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::text(const ActivityRow& r, int column) const
{
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    const auto count = [&](const std::optional<qint64>& v) {
        return v ? m_display.number(*v) : QString();
    };
    switch (column) {
    case Month:
        return m_display.digitsOf(r.month);
    case Organisation:
        return r.organisation;
    case Sector:
        return m_display.pick(r.sectorEn, r.sectorAr);
    case Place:
        return m_display.pick(r.placeEn, r.placeAr);
    case Pcode:
        return r.pcode;
    case Status:
        return termLabel(Vocabulary::Status, r.status, language);
    case Modality:
        return termLabel(Vocabulary::Modality, r.modality, language);
    case Targeted:
        return count(r.targeted);
    case Reached:
        return count(r.reached);
    case Households:
        return count(r.households);
    }
    return {};
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_keys.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Targeted)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)  // tooltips show elided names whole
        return {};
    const QList<ActivityRow>& rows = page(index.row() / kPageSize);
    return text(rows.at(index.row() % kPageSize), index.column());
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Organisation:
        return tr("Organisation");
    case Sector:
        return tr("Sector");
    case Place:
        return tr("Place");
    case Pcode:
        return tr("P-code");
    case Status:
        return tr("Status");
    case Modality:
        return tr("Modality");
    case Targeted:
        return tr("Targeted");
    case Reached:
        return tr("Reached");
    case Households:
        return tr("Households");
    }
    return {};
}

}  // namespace tansiq::ui
