#include "ui/registry/ProjectEditor.h"

#include "ui/common/DateField.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FormReader.h"
#include "ui/common/TermCombo.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/RecordEdits.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tansiq::ui {

ProjectEditor::ProjectEditor(RecordEdits& edits, const DisplaySettings& display,
    const QList<Organisation>& organisations, const QList<Sector>& sectors,
    std::optional<Project> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(Project {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("projectEditor"));
    m_form = new EditorForm(this);
    m_code = new QLineEdit(m_record.code, this);
    m_code->setObjectName(QStringLiteral("code"));
    m_titleEn = new QLineEdit(m_record.titleEn, this);
    m_titleEn->setObjectName(QStringLiteral("titleEn"));
    m_titleAr = new QLineEdit(m_record.titleAr, this);
    m_titleAr->setObjectName(QStringLiteral("titleAr"));
    m_lead = new OrganisationCombo(organisations, display, false, this);
    m_lead->setObjectName(QStringLiteral("lead"));
    m_lead->setOrganisationId(m_record.leadOrgId);
    m_start = new DateField(DateField::Kind::Day, display, this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setIsoText(m_record.startDate);
    m_end = new DateField(DateField::Kind::Day, display, this);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setIsoText(m_record.endDate);
    m_status = new TermCombo(Vocabulary::Status, display, this);
    m_status->setCode(m_record.status);
    m_budget = new QLineEdit(
        m_record.budget ? QString::number(*m_record.budget, 'f', 0) : QString(), this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_currency = new QLineEdit(m_record.currency, this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_sectors = new QListWidget(this);
    m_sectors->setMaximumHeight(140);
    for (const Sector& sector : sectors) {
        auto* item = new QListWidgetItem(display.pick(sector.nameEn, sector.nameAr), m_sectors);
        item->setData(Qt::UserRole, sector.id);
        item->setCheckState(m_record.sectorIds.contains(sector.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_captions = { m_form->addRow("project code", m_code),
        m_form->addRow("English title", m_titleEn), m_form->addRow("Arabic title", m_titleAr),
        m_form->addRow("lead organisation", m_lead), m_form->addRow("start date", m_start),
        m_form->addRow("end date", m_end), m_form->addRow("status", m_status),
        m_form->addRow("budget", m_budget), m_form->addRow("currency", m_currency),
        m_form->addRow("sector", m_sectors) };
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslate();
}

Project ProjectEditor::collect(FormReader& reader) const
{
    Project p = m_record;
    p.code = m_code->text();
    p.titleEn = m_titleEn->text();
    p.titleAr = m_titleAr->text();
    p.leadOrgId = m_lead->organisationId();
    p.startDate = m_start->isoText();
    p.endDate = m_end->isoText();
    p.status = m_status->code();
    p.budget = reader.amount("budget", m_budget);
    // "usd" is USD; anything else goes to core as typed, so its refusal quotes the person.
    const QString currency = m_currency->text().trimmed();
    p.currency = currency.size() == 3 ? currency.toUpper() : currency;
    p.sectorIds.clear();
    for (int i = 0; i < m_sectors->count(); ++i) {
        if (m_sectors->item(i)->checkState() == Qt::Checked)
            p.sectorIds << m_sectors->item(i)->data(Qt::UserRole).toUuid();
    }
    return p;
}

bool ProjectEditor::save()
{
    FormReader reader;
    const Project p = collect(reader);
    if (!reader.ok()) { // every problem at once: what could not be read, and core's on the rest
        m_form->showIssues(reader.withCore(m_edits.check(p)));
        return false;
    }
    Issues issues;
    bool saved = false;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(p);
        issues = created.issues();
        saved = created.ok();
    } else {
        const Status updated = m_edits.update(p);
        issues = updated.issues();
        saved = updated.ok();
    }
    m_form->showIssues(issues);
    if (saved)
        accept();
    return saved;
}

void ProjectEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New project") : tr("Edit project"));
    const QStringList captions { tr("Code"), tr("Title in English"), tr("Title in Arabic"),
        tr("Lead organisation"), tr("Start date"), tr("End date"), tr("Status"), tr("Budget"),
        tr("Currency"), tr("Sectors") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
