#include "OrganisationModel.h"

#include "common/DisplaySettings.h"
#include "registry/Vocabulary.h"

namespace tansiq::ui {

OrganisationModel::OrganisationModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void OrganisationModel::setOrganisations(QList<Organisation> organisations)
{
    beginResetModel();
    m_rows = std::move(organisations);
    endResetModel();
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
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::UserRole))
        return {};
    const Organisation& o = m_rows.at(index.row());
    const Language language = m_display.isArabic() ? Language::Arabic : Language::English;
    switch (index.column()) {
    case Acronym:
        return o.acronym;
    case Name:
        return m_display.pick(o.nameEn, o.nameAr);
    case Type:
        return termLabel(Vocabulary::OrgType, o.type, language);
    case Registration:
        return o.registrationNo;
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
        return tr("Registration no.");
    case Contact:
        return tr("Contact");
    case Active:
        return tr("Status");
    }
    return {};
}

}  // namespace tansiq::ui
