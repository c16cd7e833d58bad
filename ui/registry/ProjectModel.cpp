#include "ui/registry/ProjectModel.h"

#include "core/registry/Vocabulary.h"
#include "ui/common/DisplaySettings.h"

namespace tansiq::ui {

ProjectModel::ProjectModel(const DisplaySettings& display, QObject* parent)
    : QAbstractTableModel(parent), m_display(display)
{
}

void ProjectModel::setProjects(QList<Project> projects, QHash<QUuid, QString> acronyms)
{
    beginResetModel();
    m_rows = std::move(projects);
    m_acronyms = std::move(acronyms);
    endResetModel();
}

int ProjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Project& p = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Budget)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::UserRole && index.column() == Budget)
        return p.budget.value_or(-1);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Code:
        return p.code;
    case Title:
        return m_display.pick(p.titleEn, p.titleAr);
    case Lead:
        return m_acronyms.value(p.leadOrgId);
    case Start:
        return m_display.date(p.startDate);
    case End:
        return m_display.date(p.endDate);
    case Status:
        return termLabel(Vocabulary::Status, p.status,
            m_display.isArabic() ? Language::Arabic : Language::English);
    case Budget:
        return p.budget ? m_display.number(qint64(*p.budget)) + QLatin1Char(' ') + p.currency
                        : QString();
    }
    return {};
}

QVariant ProjectModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Lead:
        return tr("Lead organisation");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Status:
        return tr("Status");
    case Budget:
        return tr("Budget");
    }
    return {};
}

} // namespace tansiq::ui
