#include "ui/registry/ProjectsPage.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FoldingFilterProxy.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/registry/ProjectEditor.h"
#include "ui/registry/ProjectModel.h"
#include "ui/registry/RecordEdits.h"

namespace tansiq::ui {

ProjectsPage::ProjectsPage(UiContext& context, QWidget* parent)
    : RecordListPage(context, new ProjectModel(context.display), parent)
{
    m_model = static_cast<ProjectModel*>(m_proxy->sourceModel());
    m_model->setParent(this);
    connect(&context.edits, &RecordEdits::changed, this, [this](const QString& table) {
        if (table == QLatin1String("project") || table == QLatin1String("organisation"))
            refresh();
    });
    connect(&context.display, &DisplaySettings::changed, this, &ProjectsPage::refresh);
    retranslate();
}

void ProjectsPage::refresh()
{
    Registry& registry = m_context.workspace.registry();
    QHash<QUuid, QString> acronyms;
    for (const Organisation& o : registry.organisations().list())
        acronyms.insert(o.meta.id, o.shortLabel(m_context.display.isArabic()));
    m_model->setProjects(registry.projects().list(), acronyms);
}

void ProjectsPage::openEditor(std::optional<Project> project)
{
    Registry& registry = m_context.workspace.registry();
    ProjectEditor editor(m_context.edits, m_context.display, registry.organisations().list(),
        registry.reference().sectors(), std::move(project), this);
    editor.exec();
}

void ProjectsPage::addRecord()
{
    openEditor(std::nullopt);
}

void ProjectsPage::editRecord(int sourceRow)
{
    openEditor(m_model->projectAt(sourceRow));
}

void ProjectsPage::removeRecord(int sourceRow)
{
    const Project& p = m_model->projectAt(sourceRow);
    if (!m_context.prompts.confirm(this, tr("Delete project"),
            tr("Delete the project %1? You can undo this.").arg(p.code)))
        return;
    const Status removed = m_context.edits.removeProject(p.meta.id);
    if (!removed.ok())
        showIssues(this, tr("The project could not be deleted."), removed.issues());
}

void ProjectsPage::retranslate()
{
    RecordListPage::retranslate();
    refresh();
}

} // namespace tansiq::ui
