#pragma once

#include "core/browse/RegistrationWatch.h"
#include "core/registry/Organisation.h"

#include <QAbstractTableModel>

namespace tansiq::ui {

class DisplaySettings;

// The organisations as a table: one row per live organisation. The registration column shows
// the registration's number and flags (icon, colour, tooltip) active partners whose
// registration is missing, expired, expiring, pending or suspended. The overdue column counts
// the organisation's action points open or in progress past their due date (dark red, the
// points in its tooltip).
class OrganisationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Acronym, Name, Type, Registration, Overdue, Contact, Active, ColumnCount };

    explicit OrganisationModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setOrganisations(
        QList<Organisation> organisations, QList<browse::OrganisationStanding> standings = {});
    // Each organisation's overdue action points, as lines ("due date — text").
    void setOverdue(QHash<QUuid, QStringList> overdue);
    int overdueAt(int row) const { return int(m_overdue.value(m_rows.at(row).meta.id).size()); }
    const Organisation& organisationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid& id) const;
    // The registration standing of a row (Current when unknown).
    browse::OrganisationStanding standingAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const DisplaySettings& m_display;
    QVariant registrationData(const Organisation& organisation, int role) const;

    QList<Organisation> m_rows;
    QHash<QUuid, browse::OrganisationStanding> m_standings;
    QHash<QUuid, QStringList> m_overdue;
};

} // namespace tansiq::ui
