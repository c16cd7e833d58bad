#include "ProjectEditor.h"

#include "OrganisationCombo.h"
#include "RecordEdits.h"
#include "common/DisplaySettings.h"
#include "common/EditorForm.h"
#include "common/TermCombo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tansiq::ui {

ProjectEditor::ProjectEditor(RecordEdits& edits, const DisplaySettings& display,
                             const QList<Organisation>& organisations, const QList<Sector>& sectors,
                             std::optional<Project> existing, QWidget* parent)
    : QDialog(parent), m_edits(edits), m_record(existing.value_or(Project{})),
      m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("projectEditor"));
    m_form = new EditorForm(this);
    m_code = new QLineEdit(m_record.code, this);
    m_titleEn = new QLineEdit(m_record.titleEn, this);
    m_titleAr = new QLineEdit(m_record.titleAr, this);
    m_lead = new OrganisationCombo(organisations, display, false, this);
    m_lead->setOrganisationId(m_record.leadOrgId);
    m_start = new QLineEdit(m_record.startDate, this);
    m_start->setPlaceholderText(QStringLiteral("2026-01-31"));
    m_end = new QLineEdit(m_record.endDate, this);
    m_end->setPlaceholderText(QStringLiteral("2026-12-31"));
    m_status = new TermCombo(Vocabulary::Status, display, this);
    m_status->setCode(m_record.status);
    m_budget = new QLineEdit(m_record.budget ? QString::number(*m_record.budget, 'f', 0) : QString(), this);
    m_currency = new QLineEdit(m_record.currency, this);
    m_sectors = new QListWidget(this);
    m_sectors->setMaximumHeight(140);
    for (const Sector& sector : sectors) {
        auto* item = new QListWidgetItem(display.pick(sector.nameEn, sector.nameAr), m_sectors);
        item->setData(Qt::UserRole, sector.id);
        item->setCheckState(m_record.sectorIds.contains(sector.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_captions = {m_form->addRow("project code", m_code),   m_form->addRow("English title", m_titleEn),
                  m_form->addRow("Arabic title", m_titleAr), m_form->addRow("lead organisation", m_lead),
                  m_form->addRow("start date", m_start),     m_form->addRow("end date", m_end),
                  m_form->addRow("status", m_status),        m_form->addRow("budget", m_budget),
                  m_form->addRow("currency", m_currency),    m_form->addRow("sector", m_sectors)};
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslate();
}

Project ProjectEditor::collect() const
{
    Project p = m_record;
    p.code = m_code->text();
    p.titleEn = m_titleEn->text();
    p.titleAr = m_titleAr->text();
    p.leadOrgId = m_lead->organisationId();
    p.startDate = m_start->text().trimmed();
    p.endDate = m_end->text().trimmed();
    p.status = m_status->code();
    bool ok = false;
    const double budget = m_budget->text().trimmed().toDouble(&ok);
    p.budget = m_budget->text().trimmed().isEmpty() ? std::nullopt
               : ok                                  ? std::optional<double>(budget)
                                                     : std::optional<double>(-1);
    p.currency = m_currency->text().trimmed().toUpper();
    p.sectorIds.clear();
    for (int i = 0; i < m_sectors->count(); ++i) {
        if (m_sectors->item(i)->checkState() == Qt::Checked)
            p.sectorIds << m_sectors->item(i)->data(Qt::UserRole).toUuid();
    }
    return p;
}

bool ProjectEditor::save()
{
    const Project p = collect();
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
    const QStringList captions{tr("Code"),   tr("Title in English"), tr("Title in Arabic"),
                               tr("Lead organisation"), tr("Start date"), tr("End date"),
                               tr("Status"), tr("Budget"), tr("Currency"), tr("Sectors")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

}  // namespace tansiq::ui
