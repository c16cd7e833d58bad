#include "ui/registry/OrganisationsPage.h"

#include "core/browse/RegistrationWatch.h"
#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/FoldingFilterProxy.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Prompts.h"
#include "ui/common/UiContext.h"
#include "ui/registry/OrganisationEditor.h"
#include "ui/registry/OrganisationModel.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/RegistrationFollowUp.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLayout>
#include <QPushButton>

namespace tansiq::ui {

OrganisationsPage::OrganisationsPage(UiContext& context, QWidget* parent)
    : RecordListPage(context, new OrganisationModel(context.display), parent)
{
    m_model = static_cast<OrganisationModel*>(m_proxy->sourceModel());
    m_model->setParent(this);
    m_overdue = new QPushButton(this);
    m_overdue->setObjectName(QStringLiteral("overdueActions"));
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        if (auto* bar = qobject_cast<QHBoxLayout*>(box->itemAt(0)->layout()))
            bar->addWidget(m_overdue);
    }
    connect(m_overdue, &QPushButton::clicked, this, &OrganisationsPage::showOverdue);
    m_followUp = new RegistrationFollowUp(context.display, this);
    layout()->addWidget(m_followUp);
    connect(m_followUp, &RegistrationFollowUp::organisationActivated, this,
        &OrganisationsPage::editOrganisation);
    connect(&context.edits, &RecordEdits::changed, this, [this](const QString& table) {
        if (table == QLatin1String("organisation") || table == QLatin1String("action_point"))
            refresh();
    });
    connect(&context.display, &DisplaySettings::changed, this, &OrganisationsPage::refresh);
    retranslate();
    refresh();
}

void OrganisationsPage::refresh()
{
    const browse::RegistrationWatch watch(
        m_context.workspace.database(), m_context.workspace.clock());
    const QList<browse::OrganisationStanding> standings
        = watch.standings(browse::RegistrationWatch::kDefaultExpiringDays);
    Registry& registry = m_context.workspace.registry();
    m_model->setOrganisations(registry.organisations().list(), standings);
    m_followUp->setStandings(standings);

    // Overdue as on the Action points page: open or in progress, due before today.
    ActionPointFilter filter;
    filter.overdueOn = QDate::currentDate().toString(Qt::ISODate);
    QHash<QUuid, QStringList> overdue;
    const QList<ActionPoint> points = CoordinationRegistry(registry).actions().list(filter);
    for (const ActionPoint& a : points)
        overdue[a.orgId] << m_context.display.date(a.dueOn) + QStringLiteral(" — ") + a.text;
    m_model->setOverdue(overdue);
    m_overdueTotal = int(points.size());
    m_overdue->setText(
        tr("Overdue action points (%1)").arg(m_context.display.number(qint64(m_overdueTotal))));
    m_overdue->setEnabled(m_overdueTotal > 0);
}

void OrganisationsPage::showOverdue()
{
    // The selected organisation's, when it has any; otherwise every organisation's.
    const int row = currentRow();
    const bool own = row >= 0 && m_model->overdueAt(row) > 0;
    emit overdueActionsRequested(own ? m_model->organisationAt(row).meta.id : QUuid());
}

void OrganisationsPage::addRecord()
{
    OrganisationEditor editor(m_context.edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void OrganisationsPage::editRecord(int sourceRow)
{
    OrganisationEditor editor(
        m_context.edits, m_context.display, m_model->organisationAt(sourceRow), this);
    editor.exec();
}

void OrganisationsPage::editOrganisation(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        editRecord(row);
}

void OrganisationsPage::removeRecord(int sourceRow)
{
    const Organisation& o = m_model->organisationAt(sourceRow);
    if (!m_context.prompts.confirm(this, tr("Delete organisation"),
            tr("Delete the organisation %1? You can undo this.")
                .arg(o.shortLabel(m_context.display.isArabic()))))
        return;
    const Status removed = m_context.edits.removeOrganisation(o.meta.id);
    if (!removed.ok())
        showIssues(this, tr("The organisation could not be deleted."), removed.issues());
}

void OrganisationsPage::retranslate()
{
    RecordListPage::retranslate();
    m_followUp->retranslate();
    refresh();
}

} // namespace tansiq::ui
