#include "ui/registry/ActivityTableModel.h"

#include "core/engine/Calendar.h"
#include "core/engine/Snapshot.h"
#include "core/registry/PeopleBreakdown.h"
#include "core/registry/Registry.h"
#include "core/registry/TableSpec.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/SnapshotService.h"

#include <QColor>
#include <QElapsedTimer>

#include <cstring>

namespace tansiq::ui {

namespace {
// The twelve sex-and-age cells in the table's column order: targeted, then reached.
std::array<std::optional<qint64>, 12> breakdownOf(const Activity& a)
{
    const people::Cells targeted = people::targetedCells(a), reached = people::reachedCells(a);
    std::array<std::optional<qint64>, 12> cells;
    for (int c = 0; c < people::kCellCount; ++c) {
        cells[size_t(c)] = targeted[size_t(c)];
        cells[size_t(c + people::kCellCount)] = reached[size_t(c)];
    }
    return cells;
}
} // namespace

struct ActivityTableModel::Ordered {
    std::shared_ptr<const engine::Snapshot> snapshot; // null: superseded while queued
    engine::Column<int32_t> rows;
    QStringList months;
    quint64 generation = 0; // the service's generation when asked
    double ms = 0;
};

namespace {
QString termText(Vocabulary vocabulary, int index, bool arabic)
{
    const QList<Term>& list = terms(vocabulary);
    if (index < 0 || index >= list.size())
        return {};
    return arabic ? list.at(index).nameAr : list.at(index).nameEn;
}

QByteArray idBytes(const std::array<unsigned char, 16>& id)
{
    return QByteArray(reinterpret_cast<const char*>(id.data()), 16);
}
} // namespace

ActivityTableModel::ActivityTableModel(
    Registry& registry, SnapshotService& snapshots, const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_snapshots(snapshots)
    , m_display(display)
    , m_cache(std::make_shared<ActivityOrderCache>())
{
    m_registry.writer().addListener(this);
    connect(&m_snapshots, &SnapshotService::snapshotChanged, this, &ActivityTableModel::request);
    connect(&m_snapshots, &SnapshotService::buildFailed, this, [this] {
        m_pending = 0; // no snapshot to answer with: stop waiting, keep what is shown
        m_failed = true;
        m_awaitingSnapshot = false;
        updateLoading();
    });
    request();
}

ActivityTableModel::~ActivityTableModel()
{
    m_registry.writer().removeListener(this);
}

void ActivityTableModel::setFilter(const ActivityFilter& filter)
{
    m_filter = filter;
    request();
}

void ActivityTableModel::reload()
{
    request();
}

void ActivityTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_ascending = order == Qt::AscendingOrder;
    request();
}

void ActivityTableModel::request()
{
    const int number = ++m_request;
    ++m_pending;
    updateLoading();
    const ActivityOrderRequest ask { m_filter, m_sortColumn, m_ascending, m_display.isArabic() };
    SnapshotService* service = &m_snapshots;
    const quint64 generation = m_snapshots.generation();
    m_snapshots.run<Ordered>(
        this,
        [service, ask, generation, cache = m_cache](const engine::Snapshot& snapshot) {
            Ordered ordered;
            ordered.generation = generation;
            // The analysis thread is the only one that replaces the snapshot, so the newest
            // one is the one being worked on; the pointer keeps it alive for the GUI.
            ordered.snapshot = service->current();
            if (ordered.snapshot.get() != &snapshot) {
                ordered.snapshot.reset();
                return ordered;
            }
            QElapsedTimer timer;
            timer.start();
            cache->prepare(ordered.snapshot);
            ordered.rows = orderActivities(snapshot, ask, *cache, service->workers());
            ordered.months = cache->months;
            ordered.ms = double(timer.nsecsElapsed()) / 1e6;
            return ordered;
        },
        [this, number](Ordered ordered) {
            --m_pending;
            if (number == m_request) { // a later request supersedes this one
                if (ordered.snapshot)
                    accept(std::move(ordered));
                else
                    request();
            }
            updateLoading();
        });
}

void ActivityTableModel::accept(Ordered ordered)
{
    beginResetModel();
    if (ordered.snapshot != m_snapshot)
        m_counts.clear();
    m_snapshot = std::move(ordered.snapshot);
    m_rows = std::move(ordered.rows);
    m_lastOrderMs = ordered.ms;
    m_failed = false;
    if (m_awaitingSnapshot && ordered.generation > m_editedBeforeGeneration) {
        m_awaitingSnapshot = false; // the snapshot now holds every write re-read so far
        m_edited.clear();
    }
    endResetModel();
    if (ordered.months != m_months) {
        m_months = ordered.months;
        emit monthsChanged();
    }
}

void ActivityTableModel::recordWritten(const TableSpec& table, const QUuid& id)
{
    if (&table != &tables::activity)
        return;
    // Called inside the writer's transaction: re-read once it has ended.
    if (m_writtenIds.isEmpty())
        QMetaObject::invokeMethod(this, &ActivityTableModel::rereadWritten, Qt::QueuedConnection);
    m_writtenIds << id;
    m_awaitingSnapshot = true;
    m_editedBeforeGeneration = m_snapshots.generation();
    updateLoading();
}

void ActivityTableModel::rereadWritten()
{
    const QList<QUuid> ids = std::exchange(m_writtenIds, {});
    for (const QUuid& id : ids) {
        const QByteArray key = id.toRfc4122();
        m_edited.insert(key, m_registry.activities().get(id));
        if (!m_snapshot)
            continue;
        for (size_t i = 0; i < m_rows.size(); ++i) { // a few milliseconds on a million rows
            if (std::memcmp(m_snapshot->id[size_t(m_rows[i])].data(), key.constData(), 16) == 0)
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

void ActivityTableModel::updateLoading()
{
    if (loading() != m_lastLoading) {
        m_lastLoading = loading();
        emit loadingChanged(m_lastLoading);
    }
}

QUuid ActivityTableModel::idOf(int32_t snapshotRow) const
{
    return QUuid::fromRfc4122(QByteArrayView(m_snapshot->id[size_t(snapshotRow)].data(), 16));
}

const Activity* ActivityTableModel::edited(int32_t snapshotRow) const
{
    if (m_edited.isEmpty())
        return nullptr;
    const auto found = m_edited.constFind(idBytes(m_snapshot->id[size_t(snapshotRow)]));
    return found != m_edited.constEnd() && found->has_value() ? &**found : nullptr;
}

const ActivityTableModel::Counts& ActivityTableModel::countsOf(int32_t snapshotRow) const
{
    const auto found = m_counts.constFind(snapshotRow);
    if (found != m_counts.constEnd())
        return *found;
    if (m_counts.size() >= kMaxCachedCounts)
        m_counts.clear();
    Counts counts;
    // One indexed read per row on screen: the snapshot cannot tell an empty count from 0.
    if (const std::optional<Activity> activity = m_registry.activities().get(idOf(snapshotRow)))
        counts = { activity->targeted, activity->reached, activity->households,
            breakdownOf(*activity) };
    return *m_counts.insert(snapshotRow, counts);
}

std::optional<ActivityRow> ActivityTableModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return std::nullopt;
    const int32_t r = m_rows[size_t(row)];
    const engine::Snapshot& s = *m_snapshot;
    ActivityRow shown;
    shown.key = r;
    shown.id = idOf(r);
    if (const Activity* activity = edited(r)) {
        shown.month = activity->reportingMonth;
        shown.pcode = activity->adminPcode;
        shown.status = activity->status;
        shown.modality = activity->modality;
        shown.targeted = activity->targeted;
        shown.reached = activity->reached;
        shown.households = activity->households;
    } else {
        const engine::PlaceEntry& place = s.places.at(s.place[size_t(r)]);
        shown.month = engine::calendar::monthLabel(s.reportingMonth[size_t(r)]);
        shown.pcode = place.pcode;
        shown.placeEn = place.nameEn;
        shown.placeAr = place.nameAr;
        const engine::SectorEntry& sector = s.sectors.at(s.sector[size_t(r)]);
        shown.sectorCode = sector.code;
        shown.sectorEn = sector.nameEn;
        shown.sectorAr = sector.nameAr;
        shown.status = terms(Vocabulary::Status).value(s.status[size_t(r)]).code;
        shown.modality = terms(Vocabulary::Modality).value(s.modality[size_t(r)]).code;
        const Counts& counts = countsOf(r);
        shown.targeted = counts.targeted;
        shown.reached = counts.reached;
        shown.households = counts.households;
    }
    shown.organisation = text(row, Organisation);
    return shown;
}

int ActivityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::editedText(const Activity& a, int column) const
{
    const engine::Snapshot& s = *m_snapshot;
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    const auto count
        = [&](const std::optional<qint64>& v) { return v ? m_display.number(*v) : QString(); };
    switch (column) {
    case Month:
        return m_display.date(a.reportingMonth);
    case Organisation: {
        const QByteArray id = a.implementingOrgId.toRfc4122();
        const int org = s.orgIndex.find(id.constData(), int(id.size()));
        return org >= 0 ? s.orgs.at(org).label(m_display.isArabic()) : QString();
    }
    case Sector: {
        const QByteArray id = a.sectorId.toRfc4122();
        const int sector = s.sectorIndex.find(id.constData(), int(id.size()));
        return sector >= 0
            ? m_display.pick(s.sectors.at(sector).nameEn, s.sectors.at(sector).nameAr)
            : QString();
    }
    case Place: {
        const int place = s.placeOf(a.adminPcode);
        return place >= 0 ? m_display.pick(s.places.at(place).nameEn, s.places.at(place).nameAr)
                          : a.adminPcode;
    }
    case Pcode:
        return a.adminPcode;
    case Status:
        return termLabel(Vocabulary::Status, a.status, language);
    case Modality:
        return termLabel(Vocabulary::Modality, a.modality, language);
    case Targeted:
        return count(a.targeted);
    case Reached:
        return count(a.reached);
    case Households:
        return count(a.households);
    }
    if (isBreakdown(column))
        return count(breakdownOf(a)[size_t(column - FirstBreakdown)]);
    return {};
}

QString ActivityTableModel::text(int row, int column) const
{
    const int32_t r = m_rows[size_t(row)];
    if (const Activity* activity = edited(r))
        return editedText(*activity, column);
    const engine::Snapshot& s = *m_snapshot;
    const size_t i = size_t(r);
    const bool arabic = m_display.isArabic();
    const auto count
        = [&](const std::optional<qint64>& v) { return v ? m_display.number(*v) : QString(); };
    switch (column) {
    case Month:
        return m_display.date(engine::calendar::monthLabel(s.reportingMonth[i]));
    case Organisation:
        return s.orgs.at(s.implementingOrg[i]).label(arabic);
    case Sector: {
        const engine::SectorEntry& sector = s.sectors.at(s.sector[i]);
        return m_display.pick(sector.nameEn, sector.nameAr);
    }
    case Place: {
        const engine::PlaceEntry& place = s.places.at(s.place[i]);
        return m_display.pick(place.nameEn, place.nameAr);
    }
    case Pcode:
        return s.places.at(s.place[i]).pcode;
    case Status:
        return termText(Vocabulary::Status, s.status[i], arabic);
    case Modality:
        return termText(Vocabulary::Modality, s.modality[i], arabic);
    case Targeted:
        return count(countsOf(r).targeted);
    case Reached:
        return count(countsOf(r).reached);
    case Households:
        return count(countsOf(r).households);
    }
    if (isBreakdown(column))
        return count(countsOf(r).breakdown[size_t(column - FirstBreakdown)]);
    return {};
}

QVariant ActivityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= Targeted)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !m_edited.isEmpty()) {
        // Deleted since the snapshot: shown greyed until the next snapshot drops it.
        const auto found
            = m_edited.constFind(idBytes(m_snapshot->id[size_t(m_rows[size_t(index.row())])]));
        if (found != m_edited.constEnd() && (!found->has_value() || (*found)->meta.deleted))
            return QColor(Qt::gray);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) // tooltips show elided names whole
        return {};
    return text(index.row(), index.column());
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
    if (isBreakdown(section)) {
        const QString names[] = { tr("Girls targeted"), tr("Boys targeted"), tr("Women targeted"),
            tr("Men targeted"), tr("Elderly women targeted"), tr("Elderly men targeted"),
            tr("Girls reached"), tr("Boys reached"), tr("Women reached"), tr("Men reached"),
            tr("Elderly women reached"), tr("Elderly men reached") };
        return names[section - FirstBreakdown];
    }
    return {};
}

} // namespace tansiq::ui
