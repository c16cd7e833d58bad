#pragma once

#include "core/registry/Project.h"
#include "ui/registry/RecordListPage.h"

namespace tansiq::ui {

class ProjectModel;

// The projects: search, add, edit, delete.
class ProjectsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit ProjectsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("projects"); }
    QString title() const override { return tr("Projects"); }
    void refresh() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void openEditor(std::optional<Project> project);

    ProjectModel* m_model;
};

} // namespace tansiq::ui
