#pragma once

#include "core/engine/PivotQuery.h"
#include "core/registry/Vocabulary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <vector>

namespace tansiq::engine {
struct Snapshot;
}

namespace tansiq::ui {

class DisplaySettings;

// One activity as a list shows it: names already in the language asked for, so the lines
// can be built on the analysis thread and shown on the GUI thread without the snapshot.
struct ActivityLine {
    QString id; // record id, hex without braces
    QString organisation;
    QString sector;
    QString activityType;
    QString pcode;
    QString place;
    QString start;
    QString end; // empty: open-ended
    QString status;
    qint64 targeted = 0;
    qint64 reached = 0;
};

// The activities behind something (a pivot cell, a duplication group): the first `cap`
// lines and how many there are in all (a cell of a million-row registry can hold a million).
struct ActivityLines {
    QList<ActivityLine> lines;
    qint64 total = 0;

    // The live activities `query`'s filters and period accept (its rows and columns ignored).
    static ActivityLines matching(const engine::Snapshot& snapshot, const engine::PivotQuery& query,
        Language language, int cap);
    // The given snapshot rows, in that order.
    static ActivityLines ofRows(
        const engine::Snapshot& snapshot, const std::vector<int>& rows, Language language);
    static ActivityLine line(const engine::Snapshot& snapshot, int row, Language language);
};

// A read-only table of activity lines; figures in the user's digits.
class ActivityLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Organisation,
        Sector,
        ActivityType,
        PCode,
        Place,
        Start,
        End,
        Status,
        Targeted,
        Reached,
        ColumnCount
    };

    explicit ActivityLinesModel(const DisplaySettings& display, QObject* parent = nullptr);
    void setLines(QList<ActivityLine> lines);
    const QList<ActivityLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const DisplaySettings& m_display;
    QList<ActivityLine> m_lines;
};

} // namespace tansiq::ui
