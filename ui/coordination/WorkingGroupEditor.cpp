#include "ui/coordination/WorkingGroupEditor.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationTerms.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/PlacePicker.h"
#include "ui/common/TermCombo.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/SectorCombo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tansiq::ui {

WorkingGroupEditor::WorkingGroupEditor(CoordinationEdits& edits, const DisplaySettings& display,
    std::optional<WorkingGroup> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(WorkingGroup {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("workingGroupEditor"));
    Registry& registry = edits.registry();
    const QList<Organisation> organisations = registry.organisations().list();
    m_form = new EditorForm(this);
    m_nameEn = new QLineEdit(m_record.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameAr = new QLineEdit(m_record.nameAr, this);
    m_nameAr->setObjectName(QStringLiteral("nameAr"));
    m_sector = new SectorCombo(registry.reference().sectors(), display, true, this);
    m_sector->setSectorId(m_record.sectorId);
    m_area = new PlacePicker(registry.reference().adminUnits(), display, this);
    m_area->setPcode(m_record.adminPcode);
    m_area->setMaximumHeight(160);
    m_cadence = new TermCombo(coordinationTerms(CoordinationTerm::Cadence), display, this);
    m_cadence->setCode(m_record.cadence);
    m_lead = new OrganisationCombo(organisations, display, true, this);
    m_lead->setObjectName(QStringLiteral("lead"));
    m_coLead = new OrganisationCombo(organisations, display, true, this);
    m_coLead->setObjectName(QStringLiteral("coLead"));
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("members"));
    for (const Organisation& org : organisations) {
        auto* item = new QListWidgetItem(
            org.acronym + QStringLiteral(" — ") + display.pick(org.nameEn, org.nameAr), m_members);
        item->setData(Qt::UserRole, org.meta.id);
        item->setCheckState(Qt::Unchecked);
    }
    for (const WorkingGroupMember& member : m_record.members) {
        if (member.role == QLatin1String("lead"))
            m_lead->setOrganisationId(member.orgId);
        else if (member.role == QLatin1String("co_lead"))
            m_coLead->setOrganisationId(member.orgId);
        for (int i = 0; i < m_members->count(); ++i) {
            if (m_members->item(i)->data(Qt::UserRole).toUuid() == member.orgId)
                m_members->item(i)->setCheckState(Qt::Checked);
        }
    }
    m_captions << m_form->addRow("English name", m_nameEn)
               << m_form->addRow("Arabic name", m_nameAr) << m_form->addRow("sector", m_sector)
               << m_form->addRow("area P-code", m_area)
               << m_form->addRow("meeting cadence", m_cadence)
               << m_form->addRow("member role", m_lead);
    auto* coLeadCaption = new QLabel(this);
    m_form->addRow(coLeadCaption, m_coLead);
    m_captions << coLeadCaption << m_form->addRow("member organisation", m_members);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkingGroupEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslate();
}

bool WorkingGroupEditor::save()
{
    WorkingGroup g = m_record;
    g.nameEn = m_nameEn->text();
    g.nameAr = m_nameAr->text();
    g.sectorId = m_sector->sectorId();
    g.adminPcode = m_area->pcode();
    g.cadence = m_cadence->code();
    g.members.clear();
    const QUuid lead = m_lead->organisationId();
    const QUuid coLead = m_coLead->organisationId();
    if (!lead.isNull())
        g.members << WorkingGroupMember { lead, QStringLiteral("lead") };
    if (!coLead.isNull() && coLead != lead)
        g.members << WorkingGroupMember { coLead, QStringLiteral("co_lead") };
    for (int i = 0; i < m_members->count(); ++i) {
        const QUuid org = m_members->item(i)->data(Qt::UserRole).toUuid();
        if (m_members->item(i)->checkState() == Qt::Checked && org != lead && org != coLead)
            g.members << WorkingGroupMember { org, QStringLiteral("member") };
    }
    Issues issues;
    bool saved = false;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(g);
        saved = created.ok();
        issues = created.issues();
    } else {
        const Status updated = m_edits.update(g);
        saved = updated.ok();
        issues = updated.issues();
    }
    m_form->showIssues(issues);
    if (saved)
        accept();
    return saved;
}

void WorkingGroupEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New working group") : tr("Edit working group"));
    const QStringList captions { tr("English name"), tr("Arabic name"),
        tr("Sector (empty: cross-sector)"), tr("Area"), tr("Meets"), tr("Lead organisation"),
        tr("Co-lead organisation"), tr("Members") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
