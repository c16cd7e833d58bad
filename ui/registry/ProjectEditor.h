#pragma once

#include "core/registry/Organisation.h"
#include "core/registry/Project.h"
#include "core/registry/Sector.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace tansiq::ui {

class DateField;
class DisplaySettings;
class EditorForm;
class FormReader;
class OrganisationCombo;
class RecordEdits;
class TermCombo;

// Adds or edits a project: code, titles, lead organisation, period, status, budget and the
// sectors it covers. Partners keep what they were (their editing comes with the project
// partners view).
class ProjectEditor : public QDialog {
    Q_OBJECT
public:
    ProjectEditor(RecordEdits& edits, const DisplaySettings& display,
        const QList<Organisation>& organisations, const QList<Sector>& sectors,
        std::optional<Project> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    bool save();

private:
    void retranslate();
    Project collect(FormReader& reader) const;

    RecordEdits& m_edits;
    Project m_record;
    bool m_isNew;
    EditorForm* m_form;
    QLineEdit* m_code;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleAr;
    OrganisationCombo* m_lead;
    DateField* m_start;
    DateField* m_end;
    TermCombo* m_status;
    QLineEdit* m_budget;
    QLineEdit* m_currency;
    QListWidget* m_sectors;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
