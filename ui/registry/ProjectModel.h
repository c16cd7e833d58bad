#pragma once

#include "core/registry/Project.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tansiq::ui {

class DisplaySettings;

// The projects as a table, with the lead organisation's acronym.
class ProjectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Title, Lead, Start, End, Status, Budget, ColumnCount };

    explicit ProjectModel(const DisplaySettings& display, QObject* parent = nullptr);

    void setProjects(QList<Project> projects, QHash<QUuid, QString> acronyms);
    const Project& projectAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const DisplaySettings& m_display;
    QList<Project> m_rows;
    QHash<QUuid, QString> m_acronyms;
};

} // namespace tansiq::ui
