#pragma once

#include "core/registry/coordination/Coordination.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace tansiq::ui {

class CoordinationEdits;
class DateField;
class DisplaySettings;
class EditorForm;
class FilterCombo;
class OrganisationCombo;
class PlacePicker;
class TermCombo;

// Adds or edits a monitoring visit: when, the project visited (or the activity, when the visit
// was recorded for one), the place, the visiting organisation, the rating of implementation
// and the findings. The visit's follow-up action points are listed, overdue ones marked.
// Saved through the undo history; refused input is shown under its field.
class MonitoringVisitEditor : public QDialog {
    Q_OBJECT
public:
    MonitoringVisitEditor(CoordinationEdits& edits, const DisplaySettings& display,
        std::optional<MonitoringVisit> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    DateField* date() const { return m_date; }
    FilterCombo* project() const { return m_project; }
    OrganisationCombo* organisation() const { return m_org; }
    PlacePicker* place() const { return m_place; }
    TermCombo* rating() const { return m_rating; }
    QPlainTextEdit* findings() const { return m_findings; }
    QListWidget* followUp() const { return m_followUp; }
    bool save();

private:
    void retranslate();

    CoordinationEdits& m_edits;
    MonitoringVisit m_record;
    bool m_isNew;
    EditorForm* m_form;
    DateField* m_date;
    FilterCombo* m_project;
    QLabel* m_activity;
    PlacePicker* m_place;
    OrganisationCombo* m_org;
    TermCombo* m_rating;
    QPlainTextEdit* m_findings;
    QListWidget* m_followUp;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
