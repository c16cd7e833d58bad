#pragma once

#include "core/browse/NeedBrowser.h"

#include <QAbstractTableModel>

namespace tansiq::ui {

class DisplaySettings;

// Needs per place and sector, most severe first.
class NeedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Place, Pcode, Sector, Severity, PeopleInNeed, Source, AssessedOn, ColumnCount };

    explicit NeedModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setNeeds(QList<NeedRow> rows);
    const NeedRow& needAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const DisplaySettings& m_display;
    QList<NeedRow> m_rows;
};

} // namespace tansiq::ui
