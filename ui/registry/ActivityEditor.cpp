#include "ActivityEditor.h"

#include "OrganisationCombo.h"
#include "PeopleBreakdownGrid.h"
#include "RecordEdits.h"
#include "SectorCombo.h"
#include "common/DisplaySettings.h"
#include "common/EditorForm.h"
#include "common/PlacePicker.h"
#include "common/TermCombo.h"
#include "registry/validation/FieldChecks.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
QLineEdit* field(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QString countText(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}
}  // namespace

ActivityEditor::ActivityEditor(RecordEdits& edits, const DisplaySettings& display,
                               const ActivityChoices& choices, std::optional<Activity> existing,
                               QWidget* parent)
    : QDialog(parent), m_edits(edits), m_display(display), m_types(choices.activityTypes),
      m_record(existing.value_or(Activity{})), m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("activityEditor"));
    m_form = new EditorForm(this);
    m_project = new QComboBox(this);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->addItem(QString(), QUuid());
    for (const Project& p : choices.projects)
        m_project->addItem(p.code + QStringLiteral(" — ") + display.pick(p.titleEn, p.titleAr), p.meta.id);
    m_project->setCurrentIndex(std::max(0, m_project->findData(m_record.projectId)));
    m_organisation = new OrganisationCombo(choices.organisations, display, false, this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setOrganisationId(m_record.implementingOrgId);
    m_sector = new SectorCombo(choices.sectors, display, false, this);
    m_sector->setObjectName(QStringLiteral("sector"));
    m_sector->setSectorId(m_record.sectorId);
    m_type = new QComboBox(this);
    fillTypes();
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_record.activityTypeId)));
    m_place = new PlacePicker(choices.places, display, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPcode(m_record.adminPcode);
    m_site = field(this, "site", m_record.siteName);
    m_start = field(this, "start", m_record.startDate);
    m_start->setPlaceholderText(QStringLiteral("2026-10-01"));
    m_end = field(this, "end", m_record.endDate);
    m_end->setPlaceholderText(QStringLiteral("2026-10-31"));
    m_month = field(this, "month", m_record.reportingMonth);
    m_month->setPlaceholderText(QStringLiteral("2026-10"));
    m_status = new TermCombo(Vocabulary::Status, display, this);
    m_status->setCode(m_record.status);
    m_modality = new TermCombo(Vocabulary::Modality, display, this);
    m_modality->setCode(m_record.modality);
    m_population = new TermCombo(Vocabulary::PopulationGroup, display, this);
    m_population->setCode(m_record.populationGroup);
    m_targeted = field(this, "targeted", countText(m_record.targeted));
    m_reached = field(this, "reached", countText(m_record.reached));
    m_breakdown = new PeopleBreakdownGrid(display, m_targeted, m_reached, this);
    m_breakdown->setCells(people::targetedCells(m_record), people::reachedCells(m_record));
    m_households = field(this, "households", countText(m_record.households));
    m_comments = field(this, "comments", m_record.comments);
    m_captions = {m_form->addRow("project", m_project),
                  m_form->addRow("implementing organisation", m_organisation),
                  m_form->addRow("sector", m_sector),
                  m_form->addRow("activity type", m_type),
                  m_form->addRow("place P-code", m_place),
                  m_form->addRow("site", m_site),
                  m_form->addRow("start date", m_start),
                  m_form->addRow("end date", m_end),
                  m_form->addRow("reporting month", m_month),
                  m_form->addRow("status", m_status),
                  m_form->addRow("modality", m_modality),
                  m_form->addRow("population group", m_population),
                  m_form->addRow("people targeted", m_targeted),
                  m_form->addRow("people reached", m_reached),
                  m_form->addRow("people by sex and age", m_breakdown),
                  m_form->addRow("households", m_households),
                  m_form->addRow("comments", m_comments)};
    connect(m_sector, &QComboBox::currentIndexChanged, this, &ActivityEditor::fillTypes);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(720, 720);
    retranslate();
}

void ActivityEditor::fillTypes()
{
    const QUuid sector = m_sector->sectorId();
    m_type->clear();
    m_type->addItem(QString(), QUuid());
    for (const ActivityType& type : std::as_const(m_types)) {
        if (type.sectorId == sector)
            m_type->addItem(m_display.pick(type.nameEn, type.nameAr), type.id);
    }
}

std::optional<Activity> ActivityEditor::collect(Issues& issues) const
{
    Activity a = m_record;
    a.projectId = m_project->currentData().toUuid();
    a.implementingOrgId = m_organisation->organisationId();
    if (m_isNew)
        a.reportingOrgId = QUuid();
    a.sectorId = m_sector->sectorId();
    a.activityTypeId = m_type->currentData().toUuid();
    a.adminPcode = m_place->pcode();
    a.siteName = m_site->text();
    a.startDate = m_start->text().trimmed();
    a.endDate = m_end->text().trimmed();
    a.reportingMonth = m_month->text().trimmed();
    a.status = m_status->code();
    a.modality = m_modality->code();
    a.populationGroup = m_population->code();
    a.comments = m_comments->text();
    bool ok = true;
    const auto parse = [&](const char* name, const QLineEdit* edit, std::optional<qint64>& out) {
        const auto parsed = FieldChecks::parseCount(EditorForm::coreFieldName(name), edit->text());
        if (parsed.ok()) {
            out = parsed.value();
        } else {
            issues += parsed.issues();
            ok = false;
        }
    };
    parse("people targeted", m_targeted, a.targeted);
    parse("people reached", m_reached, a.reached);
    parse("households", m_households, a.households);
    // An empty total is derived from the breakdown when saving (Validators::complete).
    people::Cells targeted, reached;
    if (m_breakdown->cells(targeted, reached, issues)) {
        people::setTargetedCells(a, targeted);
        people::setReachedCells(a, reached);
    } else {
        ok = false;
    }
    return ok ? std::optional<Activity>(a) : std::nullopt;
}

bool ActivityEditor::save()
{
    Issues issues;
    const std::optional<Activity> activity = collect(issues);
    if (!activity) {
        m_form->showIssues(issues);
        return false;
    }
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(*activity);
        issues = created.issues();
        if (created.ok())
            m_savedId = created.value();
    } else {
        const Status updated = m_edits.update(*activity);
        issues = updated.issues();
        if (updated.ok())
            m_savedId = activity->meta.id;
    }
    m_form->showIssues(issues);
    if (m_savedId.isNull())
        return false;
    accept();
    return true;
}

void ActivityEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New activity") : tr("Edit activity"));
    const QStringList captions{
        tr("Project"),         tr("Implementing organisation"), tr("Sector"),
        tr("Activity type"),   tr("Place"),                     tr("Site"),
        tr("Start date"),      tr("End date"),                  tr("Reporting month"),
        tr("Status"),          tr("Modality"),                  tr("Population group"),
        tr("People targeted"), tr("People reached"),            tr("By sex and age"),
        tr("Households"),      tr("Comments")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

}  // namespace tansiq::ui
