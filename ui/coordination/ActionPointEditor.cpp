#include "ui/coordination/ActionPointEditor.h"

#include "core/registry/Registry.h"
#include "core/registry/coordination/CoordinationRegistry.h"
#include "core/registry/coordination/CoordinationTerms.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/EditorForm.h"
#include "ui/common/PlacePicker.h"
#include "ui/common/TermCombo.h"
#include "ui/coordination/CoordinationEdits.h"
#include "ui/registry/OrganisationCombo.h"
#include "ui/registry/SectorCombo.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tansiq::ui {

ActionPointEditor::ActionPointEditor(CoordinationEdits& edits, const DisplaySettings& display,
    std::optional<ActionPoint> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_display(display)
    , m_record(existing.value_or(ActionPoint {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("actionPointEditor"));
    Registry& registry = edits.registry();
    CoordinationRegistry coordination(registry);
    m_form = new EditorForm(this);
    m_text = new QLineEdit(m_record.text, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_org = new OrganisationCombo(registry.organisations().list(), display, true, this);
    m_org->setObjectName(QStringLiteral("responsible"));
    m_org->setOrganisationId(m_record.orgId);
    m_due = new QLineEdit(m_record.dueOn, this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setPlaceholderText(QStringLiteral("2026-11-30"));
    m_status = new TermCombo(coordinationTerms(CoordinationTerm::ActionStatus), display, this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setCode(m_record.status);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("meeting"));
    m_meeting->addItem(QString(), QUuid());
    for (const Meeting& m : coordination.meetings().list())
        m_meeting->addItem(m.heldOn + QStringLiteral(" — ") + m.title, m.meta.id);
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(m_record.meetingId)));
    m_sector = new SectorCombo(registry.reference().sectors(), display, true, this);
    m_sector->setSectorId(m_record.sectorId);
    m_place = new PlacePicker(registry.reference().adminUnits(), display, this);
    m_place->setPcode(m_record.adminPcode);
    m_place->setMaximumHeight(160);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMaximumHeight(90);
    for (const ActionPointStatusChange& change : coordination.actions().history(m_record.meta.id)) {
        const QString when = QDateTime::fromMSecsSinceEpoch(change.at).toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString to = display.pick(
            coordinationLabel(CoordinationTerm::ActionStatus, change.toStatus, Language::English),
            coordinationLabel(CoordinationTerm::ActionStatus, change.toStatus, Language::Arabic));
        m_history->addItem(when + QStringLiteral("  ") + to
            + (change.note.isEmpty() ? QString() : QStringLiteral(" — ") + change.note));
    }
    m_captions << m_form->addRow("action point", m_text)
               << m_form->addRow("responsible organisation", m_org)
               << m_form->addRow("due date", m_due) << m_form->addRow("status", m_status)
               << m_form->addRow("note", m_note) << m_form->addRow("meeting", m_meeting)
               << m_form->addRow("sector", m_sector) << m_form->addRow("place P-code", m_place);
    auto* historyCaption = new QLabel(this);
    m_form->addRow(historyCaption, m_history);
    m_captions << historyCaption;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionPointEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    retranslate();
}

void ActionPointEditor::followUp(const MonitoringVisit& visit)
{
    m_record.visitId = visit.meta.id;
    m_place->setPcode(visit.adminPcode);
    setWindowTitle(tr("New follow-up action point"));
}

bool ActionPointEditor::save()
{
    ActionPoint a = m_record;
    a.text = m_text->text();
    a.orgId = m_org->organisationId();
    a.dueOn = m_due->text().trimmed();
    a.status = m_status->code();
    a.meetingId = m_meeting->currentData().toUuid();
    a.sectorId = m_sector->sectorId();
    a.adminPcode = m_place->pcode();
    Issues issues;
    bool saved = false;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(a);
        saved = created.ok();
        issues = created.issues();
    } else {
        const Status updated = m_edits.update(a, m_note->text());
        saved = updated.ok();
        issues = updated.issues();
    }
    m_form->showIssues(issues);
    if (saved)
        accept();
    return saved;
}

void ActionPointEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New action point") : tr("Edit action point"));
    const QStringList captions { tr("Action point"), tr("Responsible organisation"), tr("Due on"),
        tr("Status"), tr("Note on the status change"), tr("Set by the meeting"), tr("Sector"),
        tr("Place"), tr("History") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
