#include "ui/settings/SettingsPage.h"

#include "core/office/LocalOffice.h"
#include "core/registry/Registry.h"
#include "core/storage/Database.h"
#include "core/workspace/Workspace.h"
#include "ui/common/DisplaySettings.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/UiContext.h"
#include "ui/settings/PathField.h"
#include "ui/sync/OfficeKeysWidget.h"
#include "ui/sync/OfficeSetupForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>

namespace tansiq::ui {

SettingsPage::SettingsPage(UiContext& context, QWidget* parent) : Page(parent), m_context(context)
{
    m_officeLabel = new QLabel(this);
    m_office = new QLineEdit(this);
    m_office->setObjectName(QStringLiteral("office"));
    m_saveOffice = new QPushButton(this);
    m_officeStatus = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so a user lost in the other one finds their own.
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_digitsLabel = new QLabel(this);
    m_digits = new QComboBox(this);
    m_digits->setObjectName(QStringLiteral("digits"));
    for (int i = 0; i < 3; ++i)
        m_digits->addItem(QString(), i);
    m_databaseLabel = new QLabel(this);
    m_database = new PathField(context.workspace.database().path(), this);
    m_database->setObjectName(QStringLiteral("database"));
    // The page scrolls: the office and keys section grows with the roster.
    auto* content = new QWidget;
    m_officeKeys = new OfficeKeysWidget(context, content);
    // One office name on the page: the field above; the office set-up uses it.
    m_officeKeys->setupForm()->setNameShown(false);
    m_about = new QLabel(content);
    m_about->setWordWrap(true);

    auto* officeRow = new QHBoxLayout;
    officeRow->addWidget(m_office, 1);
    officeRow->addWidget(m_saveOffice);
    auto* form = new QFormLayout;
    form->addRow(m_officeLabel, officeRow);
    form->addRow(QString(), m_officeStatus);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_digitsLabel, m_digits);
    form->addRow(m_databaseLabel, m_database);
    auto* layout = new QVBoxLayout(content);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_officeKeys);
    layout->addSpacing(24);
    layout->addWidget(m_about);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_saveOffice, &QPushButton::clicked, this, &SettingsPage::saveOfficeName);
    connect(m_language, &QComboBox::activated, this,
        [this] { m_context.display.setLanguage(m_language->currentData().toString()); });
    connect(m_digits, &QComboBox::activated, this, [this] {
        m_context.display.setDigits(DisplaySettings::Digits(m_digits->currentData().toInt()));
    });
    retranslate();
    refresh();
}

void SettingsPage::refresh()
{
    m_office->setText(LocalOffice::name(m_context.workspace.database(),
        m_context.display.isArabic() ? Language::Arabic : Language::English));
    m_officeKeys->setupForm()->setOfficeName(m_office->text());
    m_language->setCurrentIndex(m_language->findData(m_context.display.language()));
    m_digits->setCurrentIndex(int(m_context.display.digits()));
    m_officeKeys->refresh();
}

bool SettingsPage::busy() const
{
    return m_officeKeys->jobs().busy();
}

void SettingsPage::saveOfficeName()
{
    const QString name = m_office->text().trimmed();
    if (name.isEmpty()) {
        m_officeStatus->setText(tr("The office name cannot be empty."));
        return;
    }
    // The name in the interface's language (what the title, bulletins and exports show in
    // it) and the name the office is known by to the others (enrolment, roster).
    Database& db = m_context.workspace.database();
    Status renamed = LocalOffice::setName(
        db, m_context.display.isArabic() ? Language::Arabic : Language::English, name);
    if (renamed.ok())
        renamed = LocalOffice::rename(db, name);
    if (!renamed.ok()) {
        showIssues(this, tr("The office name could not be saved."), renamed.issues());
        return;
    }
    m_officeKeys->setupForm()->setOfficeName(name);
    m_officeStatus->setText(tr("Saved."));
    emit officeNameChanged();
}

void SettingsPage::retranslate()
{
    m_officeLabel->setText(tr("Office name"));
    m_saveOffice->setText(tr("Save"));
    m_officeStatus->clear();
    m_languageLabel->setText(tr("Language"));
    m_digitsLabel->setText(tr("Digits"));
    m_digits->setItemText(0, tr("As the language (Arabic-Indic in Arabic)"));
    m_digits->setItemText(1, tr("Arabic-Indic (٠١٢٣)"));
    m_digits->setItemText(2, tr("Latin (0123)"));
    m_databaseLabel->setText(tr("Database"));
    m_database->retranslate();
    m_about->setText(
        tr("Tansiq %1 — coordination of humanitarian activities (4W), offline first.\n"
           "Boundaries: OCHA/UNCS COD-AB via geoBoundaries, CC BY 3.0 IGO. Gazetteer: "
           "OpenSyria Data Geography, CC BY 4.0. Font: Noto Sans Arabic, SIL Open Font "
           "License.")
            .arg(m_context.display.digitsOf(QStringLiteral(TANSIQ_VERSION))));
    refresh();
}

} // namespace tansiq::ui
