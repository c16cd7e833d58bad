#pragma once

#include "core/registry/Organisation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tansiq::ui {

class EditorForm;
class RecordEdits;
class RegistrationRows;
class TermCombo;
class DisplaySettings;

// Adds or edits one organisation and its registrations. Saving goes through RecordEdits
// (validated, one undoable step for the organisation and its registrations); refused input
// stays in the dialog with core's messages under the fields concerned.
class OrganisationEditor : public QDialog {
    Q_OBJECT
public:
    OrganisationEditor(RecordEdits& edits, const DisplaySettings& display,
        std::optional<Organisation> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    RegistrationRows* registrations() const { return m_registrations; }
    QUuid savedId() const { return m_savedId; }
    // Validates and writes; true when saved (the dialog is then accepted).
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Organisation collect() const;

    RecordEdits& m_edits;
    Organisation m_record;
    bool m_isNew;
    QUuid m_savedId;
    EditorForm* m_form;
    QLineEdit* m_acronym;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameAr;
    TermCombo* m_type;
    RegistrationRows* m_registrations;
    QLabel* m_legacyNumber; // the registration no. kept from before registrations (decision 0071)
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QLineEdit* m_contactPhone;
    QCheckBox* m_active;
    QList<QLabel*> m_captions;
    QDialogButtonBox* m_buttons;
};

} // namespace tansiq::ui
