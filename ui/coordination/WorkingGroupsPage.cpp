#include "ui/coordination/WorkingGroupsPage.h"

#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/coordination/WorkingGroupEditor.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace tansiq::ui {

WorkingGroupsPage::WorkingGroupsPage(UiContext& context, QWidget* parent)
    : CoordinationListPage(context, parent)
{
    followTables({ QStringLiteral("working_group"), QStringLiteral("action_point"),
        QStringLiteral("meeting"), QStringLiteral("organisation") });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { showSelected(); });
    retranslate();
}

void WorkingGroupsPage::refresh()
{
    const CoordinationNames n = names();
    const QString now = today();
    QList<CoordinationRowsModel::Row> rows;
    int late = 0;
    for (const WorkingGroup& g : coordination().groups().list()) {
        QStringList leads, coLeads;
        for (const WorkingGroupMember& m : g.members) {
            if (m.role == QLatin1String("lead"))
                leads << n.organisation(m.orgId);
            else if (m.role == QLatin1String("co_lead"))
                coLeads << n.organisation(m.orgId);
        }
        ActionPointFilter filter;
        filter.groupId = g.meta.id;
        filter.overdueOn = now;
        const qint64 overdue = coordination().actions().list(filter).size();
        late += overdue > 0;
        rows << CoordinationRowsModel::Row { g.meta.id,
            { m_context.display.pick(g.nameEn, g.nameAr),
                g.sectorId.isNull() ? tr("Cross-sector") : n.sector(g.sectorId),
                n.place(g.adminPcode),
                m_context.display.pick(
                    coordinationLabel(CoordinationTerm::Cadence, g.cadence, Language::English),
                    coordinationLabel(CoordinationTerm::Cadence, g.cadence, Language::Arabic)),
                leads.join(QStringLiteral(", ")), coLeads.join(QStringLiteral(", ")),
                m_context.display.number(qint64(g.members.size())),
                m_context.display.number(overdue) },
            overdue > 0 };
    }
    m_model->setRows(rows);
    updateCount();
    showSelected();
    if (late > 0 && currentRow() < 0)
        setAlert(tr("Working groups with overdue action points: %1. Select one to see them.")
                     .arg(m_context.display.number(qint64(late))));
}

void WorkingGroupsPage::showSelected()
{
    const int row = currentRow();
    if (row < 0) {
        setAlert(QString());
        return;
    }
    const CoordinationNames n = names();
    ActionPointFilter filter;
    filter.groupId = m_model->rowAt(row).id;
    filter.overdueOn = today();
    QStringList lines;
    for (const ActionPoint& a : coordination().actions().list(filter))
        lines << tr("%1 — %2, due %3").arg(a.text, n.organisation(a.orgId), a.dueOn);
    setAlert(lines.isEmpty() ? QString()
                             : tr("Overdue action points of this group:") + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n')));
}

void WorkingGroupsPage::addRecord()
{
    WorkingGroupEditor editor(*m_edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void WorkingGroupsPage::editRecord(int sourceRow)
{
    WorkingGroupEditor editor(*m_edits, m_context.display,
        coordination().groups().get(m_model->rowAt(sourceRow).id), this);
    editor.exec();
}

void WorkingGroupsPage::removeRecord(int sourceRow)
{
    if (!m_context.prompts.confirm(this, tr("Delete working group"),
            tr("Delete this working group? Its meetings are kept.")))
        return;
    const Status removed = coordination().groups().remove(m_model->rowAt(sourceRow).id);
    if (!removed.ok())
        showIssues(this, tr("The working group could not be deleted."), removed.issues());
    refresh();
}

void WorkingGroupsPage::retranslate()
{
    RecordListPage::retranslate();
    m_model->setHeaders({ tr("Working group"), tr("Sector"), tr("Area"), tr("Cadence"), tr("Lead"),
        tr("Co-lead"), tr("Members"), tr("Overdue action points") });
    refresh();
}

} // namespace tansiq::ui
