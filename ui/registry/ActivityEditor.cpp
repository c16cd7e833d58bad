#include "ui/registry/ActivityEditor.h"

#include "core/registry/Registry.h"
#include "ui/common/DateField.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FilterCombo.h"
#include "ui/common/FormReader.h"
#include "ui/common/PlacePicker.h"
#include "ui/common/TermCombo.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/PeopleBreakdownGrid.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/SectorCombo.h"

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

DateField* dateField(QWidget* parent, const char* name, DateField::Kind kind,
    const DisplaySettings& display, const QString& iso)
{
    auto* edit = new DateField(kind, display, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setIsoText(iso);
    return edit;
}
} // namespace

ActivityEditor::ActivityEditor(RecordEdits& edits, const DisplaySettings& display,
    const ActivityChoices& choices, std::optional<Activity> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_display(display)
    , m_types(choices.activityTypes)
    , m_record(existing.value_or(Activity {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("activityEditor"));
    m_form = new EditorForm(this);
    m_project = new FilterCombo(this);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->addEntry(QString(), QUuid());
    for (const Project& p : choices.projects)
        m_project->addEntry(p.code + QStringLiteral(" — ") + display.pick(p.titleEn, p.titleAr),
            p.meta.id, p.titleEn + QLatin1Char(' ') + p.titleAr);
    m_project->setCurrentData(m_record.projectId);
    m_organisation = new OrganisationCombo(choices.organisations, display, false, this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setOrganisationId(m_record.implementingOrgId);
    m_sector = new SectorCombo(choices.sectors, display, false, this);
    m_sector->setObjectName(QStringLiteral("sector"));
    m_sector->setSectorId(m_record.sectorId);
    m_type = new FilterCombo(this);
    m_type->setObjectName(QStringLiteral("activityType"));
    fillTypes();
    m_type->setCurrentData(m_record.activityTypeId);
    m_place = new PlacePicker(choices.places, display, this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPcode(m_record.adminPcode);
    m_site = field(this, "site", m_record.siteName);
    m_start = dateField(this, "start", DateField::Kind::Day, display, m_record.startDate);
    m_end = dateField(this, "end", DateField::Kind::Day, display, m_record.endDate);
    m_month = dateField(this, "month", DateField::Kind::Month, display, m_record.reportingMonth);
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
    m_captions = { m_form->addRow("project", m_project),
        m_form->addRow("implementing organisation", m_organisation),
        m_form->addRow("sector", m_sector), m_form->addRow("activity type", m_type),
        m_form->addRow("place P-code", m_place), m_form->addRow("site", m_site),
        m_form->addRow("start date", m_start), m_form->addRow("end date", m_end),
        m_form->addRow("reporting month", m_month), m_form->addRow("status", m_status),
        m_form->addRow("modality", m_modality), m_form->addRow("population group", m_population),
        m_form->addRow("people targeted", m_targeted), m_form->addRow("people reached", m_reached),
        m_form->addRow("people by sex and age", m_breakdown),
        m_form->addRow("households", m_households), m_form->addRow("comments", m_comments) };
    connect(m_sector, &QComboBox::currentIndexChanged, this, &ActivityEditor::fillTypes);
    connect(m_project, &FilterCombo::chosen, this, &ActivityEditor::fillFromProject);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
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
    const QUuid chosen = m_type->currentData().toUuid();
    m_type->clear();
    m_type->addEntry(QString(), QUuid());
    for (const ActivityType& type : std::as_const(m_types)) {
        if (type.sectorId == sector)
            m_type->addEntry(m_display.pick(type.nameEn, type.nameAr), type.id,
                type.code + QLatin1Char(' ') + type.nameEn + QLatin1Char(' ') + type.nameAr);
    }
    m_type->setCurrentData(chosen); // kept when it belongs to the sector
}

void ActivityEditor::fillFromProject()
{
    const QUuid id = m_project->currentData().toUuid();
    if (id.isNull())
        return;
    const std::optional<Project> project = m_edits.registry().projects().get(id);
    if (!project)
        return;
    // The implementing organisation: the lead when it implements (or nobody is named as
    // implementing), else the one implementing partner named.
    QList<QUuid> implementing;
    for (const ProjectPartner& partner : project->partners) {
        if (partner.role == QLatin1String("implementing"))
            implementing << partner.orgId;
    }
    const QUuid organisation = implementing.isEmpty() || implementing.contains(project->leadOrgId)
        ? project->leadOrgId
        : implementing.first();
    if (!organisation.isNull())
        m_organisation->setOrganisationId(organisation);
    // The sector: kept when the project covers it, else the project's first; the activity
    // types follow the sector.
    if (!project->sectorIds.isEmpty() && !project->sectorIds.contains(m_sector->sectorId()))
        m_sector->setSectorId(project->sectorIds.first());
}

Activity ActivityEditor::collect(FormReader& reader) const
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
    a.startDate = m_start->isoText();
    a.endDate = m_end->isoText();
    a.reportingMonth = m_month->isoText();
    a.status = m_status->code();
    a.modality = m_modality->code();
    a.populationGroup = m_population->code();
    a.comments = m_comments->text();
    a.targeted = reader.count("people targeted", m_targeted);
    a.reached = reader.count("people reached", m_reached);
    a.households = reader.count("households", m_households);
    // An empty total is derived from the breakdown when saving (Validators::complete).
    people::Cells targeted, reached;
    Issues unread;
    if (m_breakdown->cells(targeted, reached, unread)) {
        people::setTargetedCells(a, targeted);
        people::setReachedCells(a, reached);
    } else {
        reader.add(unread);
    }
    return a;
}

bool ActivityEditor::save()
{
    FormReader reader;
    const Activity activity = collect(reader);
    if (!reader.ok()) { // every problem at once: what could not be read, and core's on the rest
        m_form->showIssues(reader.withCore(m_edits.check(activity)));
        return false;
    }
    Issues issues;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(activity);
        issues = created.issues();
        if (created.ok())
            m_savedId = created.value();
    } else {
        const Status updated = m_edits.update(activity);
        issues = updated.issues();
        if (updated.ok())
            m_savedId = activity.meta.id;
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
    const QStringList captions { tr("Project"), tr("Implementing organisation"), tr("Sector"),
        tr("Activity type"), tr("Place"), tr("Site"), tr("Start date"), tr("End date"),
        tr("Reporting month"), tr("Status"), tr("Modality"), tr("Population group"),
        tr("People targeted"), tr("People reached"), tr("By sex and age"), tr("Households"),
        tr("Comments") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
