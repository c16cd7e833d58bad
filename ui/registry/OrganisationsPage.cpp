#include "OrganisationsPage.h"

#include "OrganisationEditor.h"
#include "OrganisationModel.h"
#include "RecordEdits.h"
#include "RegistrationFollowUp.h"
#include "browse/RegistrationWatch.h"
#include "common/DisplaySettings.h"
#include "common/FoldingFilterProxy.h"
#include "common/MessageBoxes.h"
#include "common/UiContext.h"
#include "registry/Registry.h"
#include "workspace/Workspace.h"

#include <QLayout>
#include <QMessageBox>

namespace tansiq::ui {

OrganisationsPage::OrganisationsPage(UiContext& context, QWidget* parent)
    : RecordListPage(context, new OrganisationModel(context.display), parent)
{
    m_model = static_cast<OrganisationModel*>(m_proxy->sourceModel());
    m_model->setParent(this);
    m_followUp = new RegistrationFollowUp(context.display, this);
    layout()->addWidget(m_followUp);
    connect(m_followUp, &RegistrationFollowUp::organisationActivated, this,
            &OrganisationsPage::editOrganisation);
    connect(&context.edits, &RecordEdits::changed, this, [this](const QString& table) {
        if (table == QLatin1String("organisation"))
            refresh();
    });
    connect(&context.display, &DisplaySettings::changed, this, &OrganisationsPage::refresh);
    retranslate();
    refresh();
}

void OrganisationsPage::refresh()
{
    const browse::RegistrationWatch watch(m_context.workspace.database(),
                                          m_context.workspace.clock());
    const QList<browse::OrganisationStanding> standings =
        watch.standings(browse::RegistrationWatch::kDefaultExpiringDays);
    m_model->setOrganisations(m_context.workspace.registry().organisations().list(), standings);
    m_followUp->setStandings(standings);
}

void OrganisationsPage::addRecord()
{
    OrganisationEditor editor(m_context.edits, m_context.display, std::nullopt, this);
    editor.exec();
}

void OrganisationsPage::editRecord(int sourceRow)
{
    OrganisationEditor editor(m_context.edits, m_context.display, m_model->organisationAt(sourceRow), this);
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
    if (QMessageBox::question(this, tr("Delete organisation"),
                              tr("Delete the organisation %1? You can undo this.").arg(o.shortLabel(m_context.display.isArabic())))
        != QMessageBox::Yes)
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

}  // namespace tansiq::ui
