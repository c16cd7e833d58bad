#pragma once

#include "browse/ActivityBrowser.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tansiq::ui {

class DisplaySettings;

// The 4W table over any number of activities. It keeps only the ordered row keys of the
// current filter (8 bytes a row) and fetches the display rows a page at a time, as the view
// asks for them, keeping a bounded cache. Sorting and filtering re-run one query for the
// keys on a background connection: until it answers, the table keeps showing (and
// scrolling) the previous result, so the window never freezes on a million rows.
class ActivityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Month, Organisation, Sector, Place, Pcode, Status, Modality, Targeted, Reached,
                  Households, ColumnCount };

    ActivityTableModel(Database& db, const DisplaySettings& display, QObject* parent = nullptr);

    void setFilter(const ActivityFilter& filter);
    const ActivityFilter& filter() const { return m_filter; }
    void reload();  // re-runs the query (after edits), in the background
    bool loading() const { return m_pending > 0; }
    // The activity shown at `row` (fetching its page if needed).
    std::optional<ActivityRow> rowAt(int row) const;
    int rowOfKey(qint64 key) const { return int(m_keys.indexOf(key)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int kPageSize = 100;

signals:
    void loadingChanged(bool loading);

private:
    const QList<ActivityRow>& page(int index) const;
    QString text(const ActivityRow& row, int column) const;

    Database& m_db;
    ActivityBrowser m_browser;
    const DisplaySettings& m_display;
    ActivityFilter m_filter;
    ActivitySort m_sort = ActivitySort::Month;
    bool m_ascending = false;
    QList<qint64> m_keys;
    int m_generation = 0;
    int m_pending = 0;
    mutable QHash<int, QList<ActivityRow>> m_pages;
    mutable QList<int> m_pageOrder;  // least recently fetched first
};

}  // namespace tansiq::ui
