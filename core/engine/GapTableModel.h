#pragma once

#include "core/engine/GapAnalysis.h"
#include "core/registry/Vocabulary.h"

#include <QAbstractTableModel>

#include <memory>

namespace tansiq::engine {

// The gap list for views, in priority order. DisplayRole is text; ValueRole the raw figure;
// the header of the priority column carries the formula as its tooltip.
class GapTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Priority,
        PCode,
        Place,
        Sector,
        Severity,
        PeopleInNeed,
        Partners,
        ReachedUnique,
        Coverage,
        Uncovered,
        SevereWithoutPartner,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit GapTableModel(QObject* parent = nullptr);
    void setRows(
        std::shared_ptr<const Snapshot> snapshot, QList<GapRow> rows, int level, Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const GapRow& row, int column) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    QList<GapRow> m_rows;
    int m_level = 3;
    Language m_language = Language::English;
};

} // namespace tansiq::engine
