#include "ui/registry/NeedEditor.h"

#include "ui/common/DateField.h"
#include "ui/common/EditorForm.h"
#include "ui/common/FormReader.h"
#include "ui/common/PlacePicker.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/SectorCombo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tansiq::ui {

NeedEditor::NeedEditor(RecordEdits& edits, const DisplaySettings& display,
    const QList<AdminUnit>& places, const QList<Sector>& sectors, std::optional<Need> existing,
    QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(Need {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("needEditor"));
    m_form = new EditorForm(this);
    m_place = new PlacePicker(places, display, this);
    m_place->setPcode(m_record.adminPcode);
    m_sector = new SectorCombo(sectors, display, false, this);
    m_sector->setSectorId(m_record.sectorId);
    m_severity = new QSpinBox(this);
    m_severity->setRange(1, 5);
    m_severity->setValue(m_record.severity);
    m_people = new QLineEdit(m_isNew ? QString() : QString::number(m_record.peopleInNeed), this);
    m_people->setObjectName(QStringLiteral("people"));
    m_source = new QLineEdit(m_record.source, this);
    m_assessedOn = new DateField(DateField::Kind::Day, display, this);
    m_assessedOn->setObjectName(QStringLiteral("assessedOn"));
    m_assessedOn->setIsoText(m_record.assessedOn);
    m_captions = { m_form->addRow("place P-code", m_place), m_form->addRow("sector", m_sector),
        m_form->addRow("severity", m_severity), m_form->addRow("people in need", m_people),
        m_form->addRow("source", m_source), m_form->addRow("assessment date", m_assessedOn) };
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NeedEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslate();
}

bool NeedEditor::save()
{
    Need n = m_record;
    n.adminPcode = m_place->pcode();
    n.sectorId = m_sector->sectorId();
    n.severity = m_severity->value();
    n.source = m_source->text();
    n.assessedOn = m_assessedOn->isoText();
    FormReader reader;
    n.peopleInNeed = reader.count("people in need", m_people).value_or(0);
    if (!reader.ok()) { // every problem at once: what could not be read, and core's on the rest
        m_form->showIssues(reader.withCore(m_edits.check(n)));
        return false;
    }
    bool saved = false;
    Issues issues;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(n);
        saved = created.ok();
        issues = created.issues();
    } else {
        const Status updated = m_edits.update(n);
        saved = updated.ok();
        issues = updated.issues();
    }
    m_form->showIssues(issues);
    if (saved)
        accept();
    return saved;
}

void NeedEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New need") : tr("Edit need"));
    const QStringList captions { tr("Place"), tr("Sector"), tr("Severity (1-5)"),
        tr("People in need"), tr("Source"), tr("Assessed on") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
}

} // namespace tansiq::ui
