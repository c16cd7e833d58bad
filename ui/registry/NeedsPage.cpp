#include "ui/registry/NeedsPage.h"

#include "core/registry/Registry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FoldingFilterProxy.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PlaceChip.h"
#include "ui/common/PlaceSelection.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/registry/NeedEditor.h"
#include "ui/registry/NeedModel.h"
#include "ui/registry/RecordEdits.h"

#include <QBoxLayout>

namespace tansiq::ui {

NeedsPage::NeedsPage(UiContext& context, QWidget* parent)
    : RecordListPage(context, new NeedModel(context.display), parent)
{
    m_model = static_cast<NeedModel*>(m_proxy->sourceModel());
    m_model->setParent(this);
    connect(&context.edits, &RecordEdits::changed, this, [this](const QString& table) {
        if (table == QLatin1String("need"))
            refresh();
    });
    connect(&context.display, &DisplaySettings::changed, this, &NeedsPage::refresh);
    connect(&context.selection, &PlaceSelection::changed, this, &NeedsPage::refresh);
    // The map filters this page: the chip says so and clears it.
    if (auto* column = qobject_cast<QBoxLayout*>(layout()))
        column->insertWidget(1, new PlaceChip(context, this), 0, Qt::AlignLeading);
    retranslate();
}

void NeedsPage::refresh()
{
    m_model->setNeeds(
        NeedBrowser::list(m_context.workspace.database(), m_context.selection.pcode()));
}

void NeedsPage::openEditor(std::optional<Need> need)
{
    Registry& registry = m_context.workspace.registry();
    NeedEditor editor(m_context.edits, m_context.display, registry.reference().adminUnits(),
        registry.reference().sectors(), std::move(need), this);
    editor.exec();
}

void NeedsPage::addRecord()
{
    openEditor(std::nullopt);
}

void NeedsPage::editRecord(int sourceRow)
{
    openEditor(m_context.workspace.registry().needs().get(m_model->needAt(sourceRow).id));
}

void NeedsPage::removeRecord(int sourceRow)
{
    const NeedRow& n = m_model->needAt(sourceRow);
    if (!m_context.prompts.confirm(
            this, tr("Delete need"), tr("Delete this need? You can undo this.")))
        return;
    const Status removed = m_context.edits.removeNeed(n.id);
    if (!removed.ok())
        showIssues(this, tr("The need could not be deleted."), removed.issues());
}

void NeedsPage::retranslate()
{
    RecordListPage::retranslate();
    refresh();
}

} // namespace tansiq::ui
