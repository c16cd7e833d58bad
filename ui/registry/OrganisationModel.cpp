#include "ui/registry/OrganisationModel.h"

#include "core/browse/RegistrationLabels.h"
#include "core/registry/Vocabulary.h"
#include "ui/common/DisplaySettings.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace tansiq::ui {

OrganisationModel::OrganisationModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void OrganisationModel::setOrganisations(
    QList<Organisation> organisations, QList<browse::OrganisationStanding> standings)
{
    beginResetModel();
    m_rows = std::move(organisations);
    m_standings.clear();
    for (const browse::OrganisationStanding& s : standings)
        m_standings.insert(s.orgId, s);
    endResetModel();
}

void OrganisationModel::setOverdue(QHash<QUuid, QStringList> overdue)
{
    m_overdue = std::move(overdue);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Overdue), index(int(m_rows.size()) - 1, Overdue));
}

browse::OrganisationStanding OrganisationModel::standingAt(int row) const
{
    browse::OrganisationStanding current;
    current.standing = browse::RegistrationStanding::Current;
    return m_standings.value(m_rows.at(row).meta.id, current);
}

QVariant OrganisationModel::registrationData(const Organisation& o, int role) const
{
    const auto it = m_standings.constFind(o.meta.id);
    if (it == m_standings.constEnd())
        return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(o.registrationNo)
                                                               : QVariant();
    const browse::OrganisationStanding& s = it.value();
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    // Inactive organisations are not chased: their registration is shown, not flagged.
    const bool flagged = o.active && s.flagged();
    const bool serious = s.standing != browse::RegistrationStanding::Expiring
        && s.standing != browse::RegistrationStanding::Pending;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::UserRole:
        if (!s.registration)
            return browse::standingLabel(s.standing, language);
        return s.registration->number.isEmpty() ? browse::standingLabel(s.standing, language)
                                                : tr("%1 (%2)").arg(s.registration->number,
                                                    browse::standingLabel(s.standing, language));
    case Qt::ToolTipRole:
        return m_display.digitsOf(browse::standingDetail(s, language));
    case Qt::DecorationRole:
        if (!flagged)
            return {};
        return QApplication::style()->standardIcon(
            serious ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case Qt::ForegroundRole:
        if (!flagged)
            return {};
        return QBrush(serious ? QColor(0xb3, 0x26, 0x1e) : QColor(0x8a, 0x5a, 0x00));
    default:
        return {};
    }
}

int OrganisationModel::rowOf(const QUuid& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

int OrganisationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Organisation& o = m_rows.at(index.row());
    if (index.column() == Registration)
        return registrationData(o, role);
    if (index.column() == Overdue) {
        const QStringList points = m_overdue.value(o.meta.id);
        switch (role) {
        case Qt::DisplayRole:
            return points.isEmpty() ? QString() : m_display.number(qint64(points.size()));
        case Qt::UserRole:
            return int(points.size());
        case Qt::ToolTipRole:
            return points.isEmpty() ? QVariant()
                                    : QVariant(tr("Overdue action points:") + QLatin1Char('\n')
                                        + points.join(QLatin1Char('\n')));
        case Qt::ForegroundRole:
            return points.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x9b, 0x1c, 0x1c)));
        case Qt::FontRole: {
            if (points.isEmpty())
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    switch (index.column()) {
    case Acronym:
        return o.acronym;
    case Name:
        return m_display.pick(o.nameEn, o.nameAr);
    case Type:
        return termLabel(Vocabulary::OrgType, o.type, language);
    case Registration:
    case Overdue:
        return {};
    case Contact:
        return o.contactName;
    case Active:
        return o.active ? tr("Active") : tr("Inactive");
    }
    return {};
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Acronym:
        return tr("Acronym");
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Registration:
        return tr("Registration");
    case Overdue:
        return tr("Overdue action points");
    case Contact:
        return tr("Contact");
    case Active:
        return tr("Status");
    }
    return {};
}

} // namespace tansiq::ui
