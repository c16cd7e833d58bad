#include "ui/coordination/ActionPointsPage.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FilterCombo.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/coordination/ActionPointEditor.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/RecordEdits.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace tansiq::ui {

ActionPointsPage::ActionPointsPage(UiContext& context, QWidget* parent)
    : CoordinationListPage(context, parent)
{
    m_overdueOnly = new QCheckBox(this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_responsibleCaption = new QLabel(this);
    m_responsible = new FilterCombo(this);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_responsible->setMinimumContentsLength(12);
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        if (auto* bar = qobject_cast<QHBoxLayout*>(box->itemAt(0)->layout())) {
            bar->insertWidget(1, m_overdueOnly);
            bar->insertWidget(2, m_responsibleCaption);
            bar->insertWidget(3, m_responsible);
        }
    }
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_responsible, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    followTables({ QStringLiteral("action_point"), QStringLiteral("meeting"),
        QStringLiteral("organisation") });
    connect(&context.edits, &RecordEdits::changed, this, [this](const QString& table) {
        if (table == QLatin1String("organisation"))
            fillResponsible();
    });
    retranslate();
}

void ActionPointsPage::fillResponsible()
{
    const QSignalBlocker quiet(m_responsible);
    const QUuid chosen = m_responsible->currentData().toUuid();
    m_responsible->clear();
    m_responsible->addEntry(tr("All organisations"), QUuid());
    for (const Organisation& o : m_context.workspace.registry().organisations().list())
        m_responsible->addEntry(
            o.acronym.isEmpty() ? m_context.display.pick(o.nameEn, o.nameAr) : o.acronym, o.meta.id,
            o.acronym + QLatin1Char(' ') + o.nameEn + QLatin1Char(' ') + o.nameAr);
    m_responsible->setCurrentData(chosen);
}

void ActionPointsPage::showOverdue(const QUuid& orgId)
{
    {
        const QSignalBlocker quiet(m_overdueOnly);
        m_overdueOnly->setChecked(true);
    }
    fillResponsible();
    {
        const QSignalBlocker quiet(m_responsible);
        m_responsible->setCurrentData(orgId);
    }
    refresh();
}

void ActionPointsPage::refresh()
{
    const CoordinationNames n = names();
    const QString now = today();
    ActionPointFilter filter;
    if (m_overdueOnly->isChecked())
        filter.overdueOn = now;
    filter.orgId = m_responsible->currentData().toUuid();
    QList<CoordinationRowsModel::Row> rows;
    int overdue = 0;
    for (const ActionPoint& a : coordination().actions().list(filter)) {
        const bool late = a.isOverdue(now);
        overdue += late;
        rows << CoordinationRowsModel::Row { a.meta.id,
            { a.dueOn, a.text, n.organisation(a.orgId),
                m_context.display.pick(
                    coordinationLabel(CoordinationTerm::ActionStatus, a.status, Language::English),
                    coordinationLabel(CoordinationTerm::ActionStatus, a.status, Language::Arabic)),
                late ? tr("Overdue") : QString(), n.meeting(a.meetingId), n.sector(a.sectorId),
                n.place(a.adminPcode) },
            late };
    }
    m_model->setRows(rows);
    setAlert(overdue == 0
            ? QString()
            : tr("Overdue action points (open or in progress after their due date): %1")
                  .arg(m_context.display.number(qint64(overdue))));
    updateCount();
}

void ActionPointsPage::addRecord()
{
    ActionPointEditor editor(*m_edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void ActionPointsPage::editRecord(int sourceRow)
{
    ActionPointEditor editor(*m_edits, m_context.display,
        coordination().actions().get(m_model->rowAt(sourceRow).id), this);
    editor.exec();
}

void ActionPointsPage::removeRecord(int sourceRow)
{
    if (!m_context.prompts.confirm(
            this, tr("Delete action point"), tr("Delete this action point? Its history is kept.")))
        return;
    const Status removed = coordination().actions().remove(m_model->rowAt(sourceRow).id);
    if (!removed.ok())
        showIssues(this, tr("The action point could not be deleted."), removed.issues());
    refresh();
}

void ActionPointsPage::retranslate()
{
    RecordListPage::retranslate();
    m_overdueOnly->setText(tr("Overdue only"));
    m_responsibleCaption->setText(tr("Responsible:"));
    fillResponsible();
    m_model->setHeaders({ tr("Due"), tr("Action point"), tr("Responsible"), tr("Status"),
        tr("Overdue"), tr("Meeting"), tr("Sector"), tr("Place") });
    refresh();
}

} // namespace tansiq::ui
