#include "ui/coordination/MonitoringVisitEditor.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationNames.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"
#include "ui/common/DateField.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FilterCombo.h"
#include "ui/common/PlacePicker.h"
#include "ui/common/TermCombo.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/OrganisationCombo.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tansiq::ui {

MonitoringVisitEditor::MonitoringVisitEditor(CoordinationEdits& edits,
    const DisplaySettings& display, std::optional<MonitoringVisit> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(MonitoringVisit {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("visitEditor"));
    Registry& registry = edits.registry();
    const CoordinationNames names(
        registry, display.isArabic() ? Language::Arabic : Language::English);
    m_form = new EditorForm(this);
    m_date = new DateField(DateField::Kind::Day, display, this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setIsoText(m_record.visitedOn);
    m_project = new FilterCombo(this);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->addEntry(QString(), QUuid());
    for (const Project& p : registry.projects().list())
        m_project->addEntry(p.code + QStringLiteral(" — ") + display.pick(p.titleEn, p.titleAr),
            p.meta.id, p.titleEn + QLatin1Char(' ') + p.titleAr);
    m_project->setCurrentData(m_record.projectId);
    // A visit recorded for one activity (tansiq-cli visits add --activity) keeps it.
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setText(m_record.activityId.toString(QUuid::WithoutBraces));
    m_place = new PlacePicker(registry.reference().adminUnits(), display, this);
    m_place->setPcode(m_record.adminPcode);
    m_place->setMaximumHeight(160);
    m_org = new OrganisationCombo(registry.organisations().list(), display, true, this);
    m_org->setObjectName(QStringLiteral("visiting"));
    m_org->setOrganisationId(m_record.visitingOrgId);
    m_rating = new TermCombo(coordinationTerms(CoordinationTerm::VisitRating), display, this);
    m_rating->setObjectName(QStringLiteral("rating"));
    m_rating->setCode(m_record.rating);
    m_findings = new QPlainTextEdit(m_record.findings, this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setMaximumHeight(110);
    m_followUp = new QListWidget(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setMaximumHeight(90);
    if (!m_record.meta.id.isNull()) {
        ActionPointFilter filter;
        filter.visitId = m_record.meta.id;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const ActionPoint& a : CoordinationRegistry(registry).actions().list(filter)) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  %2 — %3")
                    .arg(display.date(a.dueOn), names.organisation(a.orgId), a.text),
                m_followUp);
            if (a.isOverdue(today)) {
                item->setText(
                    item->text() + QStringLiteral("  (") + tr("overdue") + QLatin1Char(')'));
                item->setForeground(QColor(0x9b, 0x1c, 0x1c));
            }
        }
    }
    m_captions << m_form->addRow("visit date", m_date)
               << m_form->addRow("project or activity", m_project);
    auto* activityCaption = new QLabel(this);
    m_form->addRow(activityCaption, m_activity);
    m_captions << activityCaption << m_form->addRow("place P-code", m_place)
               << m_form->addRow("visiting organisation", m_org)
               << m_form->addRow("rating", m_rating) << m_form->addRow("findings", m_findings);
    auto* followCaption = new QLabel(this);
    m_form->addRow(followCaption, m_followUp);
    m_captions << followCaption;
    activityCaption->setVisible(!m_record.activityId.isNull());
    m_activity->setVisible(!m_record.activityId.isNull());
    followCaption->setVisible(!m_isNew);
    m_followUp->setVisible(!m_isNew);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MonitoringVisitEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    retranslate();
}

bool MonitoringVisitEditor::save()
{
    MonitoringVisit v = m_record;
    v.visitedOn = m_date->isoText();
    v.projectId = m_project->currentData().toUuid();
    v.adminPcode = m_place->pcode();
    v.visitingOrgId = m_org->organisationId();
    v.rating = m_rating->code();
    v.findings = m_findings->toPlainText();
    Issues issues;
    bool saved = false;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(v);
        saved = created.ok();
        issues = created.issues();
    } else {
        const Status updated = m_edits.update(v);
        saved = updated.ok();
        issues = updated.issues();
    }
    m_form->showIssues(issues);
    if (saved)
        accept();
    return saved;
}

void MonitoringVisitEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New monitoring visit") : tr("Edit monitoring visit"));
    const QStringList captions { tr("Visited on"), tr("Project"), tr("Activity"), tr("Place"),
        tr("Visiting organisation"), tr("Implementation"), tr("Findings"),
        tr("Follow-up action points") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
