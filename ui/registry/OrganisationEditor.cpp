#include "ui/registry/OrganisationEditor.h"

#include "core/registry/Registry.h"
#include "ui/common/EditorForm.h"
#include "ui/common/TermCombo.h"
#include "ui/registry/RecordEdits.h"
#include "ui/registry/RegistrationRows.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tansiq::ui {

namespace {
QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}
} // namespace

OrganisationEditor::OrganisationEditor(RecordEdits& edits, const DisplaySettings& display,
    std::optional<Organisation> existing, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_record(existing.value_or(Organisation {}))
    , m_isNew(!existing.has_value())
{
    setObjectName(QStringLiteral("organisationEditor"));
    m_form = new EditorForm(this);
    m_acronym = lineEdit(this, "acronym", m_record.acronym);
    m_nameEn = lineEdit(this, "nameEn", m_record.nameEn);
    m_nameAr = lineEdit(this, "nameAr", m_record.nameAr);
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    m_nameEn->setLayoutDirection(Qt::LeftToRight);
    m_type = new TermCombo(Vocabulary::OrgType, display, this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setCode(m_record.type);
    m_registrations = new RegistrationRows(display, this);
    m_registrations->setSuggestedNumber(m_record.registrationNo);
    if (!m_isNew)
        m_registrations->setRegistrations(
            edits.registry().registrations().listFor(m_record.meta.id));
    m_legacyNumber = new QLabel(this);
    m_legacyNumber->setObjectName(QStringLiteral("legacyRegistrationNumber"));
    m_legacyNumber->setWordWrap(true);
    bool recorded = m_record.registrationNo.trimmed().isEmpty();
    for (const PartnerRegistration& r : m_registrations->registrations())
        recorded = recorded || r.number.trimmed() == m_record.registrationNo.trimmed();
    m_legacyNumber->setVisible(!recorded);
    m_contactName = lineEdit(this, "contactName", m_record.contactName);
    m_contactEmail = lineEdit(this, "contactEmail", m_record.contactEmail);
    m_contactPhone = lineEdit(this, "contactPhone", m_record.contactPhone);
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(m_record.active);
    m_captions = { m_form->addRow("acronym", m_acronym), m_form->addRow("English name", m_nameEn),
        m_form->addRow("Arabic name", m_nameAr), m_form->addRow("organisation type", m_type),
        m_form->addRow("registrations", m_registrations),
        m_form->addRow("contact name", m_contactName),
        m_form->addRow("contact email", m_contactEmail),
        m_form->addRow("contact phone", m_contactPhone), m_form->addRow("active", m_active) };
    // The rule "an Arabic or an English name" concerns both name fields: shown under each.
    m_form->showUnder("name", { "English name", "Arabic name" });
    m_form->showUnder("organisation name", { "English name", "Arabic name" });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_legacyNumber);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(820);
    retranslate();
}

Organisation OrganisationEditor::collect() const
{
    Organisation o = m_record;
    o.acronym = m_acronym->text();
    o.nameEn = m_nameEn->text();
    o.nameAr = m_nameAr->text();
    o.type = m_type->code();
    o.contactName = m_contactName->text();
    o.contactEmail = m_contactEmail->text();
    o.contactPhone = m_contactPhone->text();
    o.active = m_active->isChecked();
    return o;
}

bool OrganisationEditor::save()
{
    const Organisation o = collect();
    const QList<PartnerRegistration> registrations = m_registrations->registrations();
    Issues issues;
    if (m_isNew) {
        const Result<QUuid> created = m_edits.create(o, registrations);
        issues = created.issues();
        if (created.ok())
            m_savedId = created.value();
    } else {
        const Status updated = m_edits.update(o, registrations);
        issues = updated.issues();
        if (updated.ok())
            m_savedId = o.meta.id;
    }
    m_form->showIssues(m_registrations->showIssues(issues));
    if (m_savedId.isNull())
        return false;
    accept();
    return true;
}

void OrganisationEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OrganisationEditor::retranslate()
{
    setWindowTitle(m_isNew ? tr("New organisation") : tr("Edit organisation"));
    const QStringList captions { tr("Acronym"), tr("Name in English"), tr("Name in Arabic"),
        tr("Type"), tr("Registrations"), tr("Contact person"), tr("Contact email"),
        tr("Contact phone"), tr("Active") };
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_type->relabel();
    m_registrations->retranslate();
    m_legacyNumber->setText(
        tr("Registration no. recorded before registrations were kept: %1. Add it as a registration "
           "with its authority and dates; the old number stays as it was.")
            .arg(m_record.registrationNo.trimmed()));
}

} // namespace tansiq::ui
