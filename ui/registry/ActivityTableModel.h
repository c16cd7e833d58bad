#pragma once

#include "core/filter/ActivityOrder.h"
#include "core/registry/Activity.h"
#include "core/registry/RecordWriter.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace tansiq {
class Registry;
}

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

class DisplaySettings;
class SnapshotService;

// The table's columns are its sort orders, defined with the ordering in core.
using tansiq::ActivityColumns;

// One line of the 4W table, with the names a reader needs (both languages).
struct ActivityRow {
    qint64 key = 0; // the snapshot row
    QUuid id;
    QString month;
    QString organisation; // implementing organisation's acronym
    QString sectorCode;
    QString sectorEn;
    QString sectorAr;
    QString pcode;
    QString placeEn;
    QString placeAr;
    QString status;
    QString modality;
    std::optional<qint64> targeted;
    std::optional<qint64> reached;
    std::optional<qint64> households;
};

// The 4W table over any number of activities, shown from the engine's in-memory snapshot.
//
// Filtering and sorting (core/filter: ActivityMatcher and orderActivities) run on the analysis
// thread (SnapshotService) and answer with the ordered snapshot row numbers (4 bytes a row); the
// cells are then read straight from the snapshot's columns. Until the first snapshot exists the
// table is empty and loading(). The counts are read from the database for the rows on screen only
// (the snapshot stores an empty count as 0, the table shows it empty). A record written through
// this connection is re-read at once and shown as it now is, until the next snapshot (rebuilt about
// a second later on a million rows) brings the table up to date; rows created meanwhile appear
// then.
class ActivityTableModel : public QAbstractTableModel,
                           public ActivityColumns,
                           public RecordListener {
    Q_OBJECT
public:
    ActivityTableModel(Registry& registry, SnapshotService& snapshots,
        const DisplaySettings& display, QObject* parent = nullptr);
    ~ActivityTableModel() override;

    void setFilter(const ActivityFilter& filter);
    const ActivityFilter& filter() const { return m_filter; }
    void reload(); // asks the analysis thread again (the language or the snapshot changed)
    // True until the rows of the current filter, sort and snapshot are shown.
    bool loading() const
    {
        return m_pending > 0 || m_awaitingSnapshot || (!m_snapshot && !m_failed);
    }
    bool hasSnapshot() const { return m_snapshot != nullptr; }
    // Reporting months present in the snapshot (for the period filters), oldest first.
    const QStringList& months() const { return m_months; }
    // The activity shown at `row`.
    std::optional<ActivityRow> rowAt(int row) const;
    // How long the last filter-and-sort took on the analysis thread.
    double lastOrderMs() const { return m_lastOrderMs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void recordWritten(const TableSpec& table, const QUuid& id) override;

signals:
    void loadingChanged(bool loading);
    void monthsChanged();

private:
    struct Counts {
        std::optional<qint64> targeted, reached, households;
        std::array<std::optional<qint64>, 12> breakdown; // targeted cells, then reached cells
    };
    struct Ordered;
    void request();
    void accept(Ordered ordered);
    void rereadWritten();
    void updateLoading();
    const Counts& countsOf(int32_t snapshotRow) const;
    const Activity* edited(int32_t snapshotRow) const;
    QString text(int row, int column) const;
    QString editedText(const Activity& activity, int column) const;
    QUuid idOf(int32_t snapshotRow) const;

    Registry& m_registry;
    SnapshotService& m_snapshots;
    const DisplaySettings& m_display;
    ActivityFilter m_filter;
    int m_sortColumn = Month;
    bool m_ascending = false;

    std::shared_ptr<ActivityOrderCache> m_cache; // used on the analysis thread only
    std::shared_ptr<const engine::Snapshot> m_snapshot;
    engine::Column<int32_t> m_rows; // snapshot rows, in the order shown
    QStringList m_months;
    int m_request = 0;
    int m_pending = 0;
    bool m_lastLoading = true;
    bool m_failed = false; // the snapshot could not be built (the service said why)
    double m_lastOrderMs = 0;

    // Written since the snapshot shown: re-read records (by 16-byte id), until a newer
    // snapshot answers. `m_writtenIds` waits for the write's transaction to end.
    QHash<QByteArray, std::optional<Activity>> m_edited;
    QList<QUuid> m_writtenIds;
    bool m_awaitingSnapshot = false;
    quint64 m_editedBeforeGeneration = 0;

    static constexpr int kMaxCachedCounts = 4000;
    mutable QHash<int32_t, Counts> m_counts;
};

} // namespace tansiq::ui
