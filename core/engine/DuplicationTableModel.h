#pragma once

#include "core/engine/DuplicationScan.h"
#include "core/registry/Vocabulary.h"

#include <QAbstractTableModel>

#include <memory>

namespace tansiq::engine {

// Possible duplications for views, highest score first. KeyRole gives the group key a
// "mark complementary" action needs; ValueRole the raw figure.
class DuplicationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        Place,
        ActivityType,
        Group,
        Organisations,
        Activities,
        SharedFrom,
        SharedTo,
        TimeOverlap,
        ReachRatio,
        Score,
        Complementary,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, KeyRole };

    explicit DuplicationTableModel(QObject* parent = nullptr);
    void setGroups(
        std::shared_ptr<const Snapshot> snapshot, QList<DuplicateGroup> groups, Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(int row, int column) const;

    std::shared_ptr<const Snapshot> m_snapshot;
    QList<DuplicateGroup> m_groups;
    Language m_language = Language::English;
};

} // namespace tansiq::engine
