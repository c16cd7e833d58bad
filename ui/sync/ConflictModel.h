#pragma once

#include "ui/sync/ConflictList.h"

#include <QAbstractItemModel>

namespace tansiq::ui {

class DisplaySettings;

// Open conflicts as a two-level tree: each conflict (record, field, the value shown now), and
// under it the competing values with the office and time each came from.
class ConflictModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Record, Field, Value, Office, When, ColumnCount };

    explicit ConflictModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setConflicts(const QList<ConflictView>& conflicts);
    const QList<ConflictView>& conflicts() const { return m_conflicts; }
    // The conflict and the choice (-1: the row of the conflict itself) at `index`.
    QPair<int, int> locate(const QModelIndex& index) const;
    QModelIndex choiceIndex(int conflict, int choice) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

    // A value as a person reads it: "(empty)", a deletion, text.
    QString showValue(const ConflictView& conflict, const QVariant& value) const;
    QString termValue(const ConflictView& conflict, const QString& code) const;
    QString fieldLabel(const QString& field) const;
    QString tableLabel(const QString& table) const;

private:
    static constexpr quintptr kTopLevel = 0; // internal id of conflict rows; choices: conflict + 1

    const DisplaySettings& m_display;
    QList<ConflictView> m_conflicts;
};

} // namespace tansiq::ui
