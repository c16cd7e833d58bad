#pragma once

#include "core/engine/PivotResult.h"
#include "core/engine/Snapshot.h"
#include "core/registry/Vocabulary.h"

#include <QAbstractTableModel>

#include <memory>

namespace tansiq::engine {

// A pivot for views: one row per row member and a last "Total" row; one column per column
// member and a last "Total" column. DisplayRole is the formatted figure (empty where not
// defined), ValueRole the number, ActivitiesRole the activities behind the cell, CodeRole (on
// headers) the member's code. No colours or fonts: views decide.
class PivotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, ActivitiesRole, CodeRole };

    explicit PivotTableModel(QObject* parent = nullptr);

    // Shows `result`; the snapshot gives names (kept alive by the model).
    void setResult(std::shared_ptr<const Snapshot> snapshot, PivotResult result, Language language);
    const PivotResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Snapshot> m_snapshot;
    PivotResult m_result;
    Language m_language = Language::English;
};

// Figures as a coordinator reads them: whole people, percentages for coverage, money with
// two decimals; empty when not defined.
QString formatMeasure(Measure measure, double value);

} // namespace tansiq::engine
