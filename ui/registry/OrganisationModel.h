#pragma once

#include "registry/Organisation.h"

#include <QAbstractTableModel>

namespace tansiq::ui {

class DisplaySettings;

// The organisations as a table: one row per live organisation.
class OrganisationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Acronym, Name, Type, Registration, Contact, Active, ColumnCount };

    explicit OrganisationModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setOrganisations(QList<Organisation> organisations);
    const Organisation& organisationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const DisplaySettings& m_display;
    QList<Organisation> m_rows;
};

}  // namespace tansiq::ui
