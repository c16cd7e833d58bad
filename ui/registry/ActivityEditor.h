#pragma once

#include "core/common/Issue.h"
#include "core/registry/Activity.h"
#include "core/registry/AdminUnit.h"
#include "core/registry/Organisation.h"
#include "core/registry/Project.h"
#include "core/registry/Sector.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tansiq::ui {

class DateField;
class DisplaySettings;
class EditorForm;
class FilterCombo;
class FormReader;
class OrganisationCombo;
class PeopleBreakdownGrid;
class PlacePicker;
class RecordEdits;
class SectorCombo;
class TermCombo;

// What the activity editor chooses from, read once when it opens.
struct ActivityChoices {
    QList<Organisation> organisations;
    QList<Project> projects;
    QList<Sector> sectors;
    QList<ActivityType> activityTypes;
    QList<AdminUnit> places;
};

// Adds or edits one 4W activity: who (organisation, project), what (sector, activity type),
// where (place picker), when (period, reporting month) and the figures. Choosing a project
// fills its implementing organisation and sector (and so narrows the activity types); the
// project, organisation and type lists narrow as you type. Counts and dates accept
// Arabic-Indic digits; every refusal is shown under its field in the user's language.
class ActivityEditor : public QDialog {
    Q_OBJECT
public:
    ActivityEditor(RecordEdits& edits, const DisplaySettings& display,
        const ActivityChoices& choices, std::optional<Activity> existing,
        QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    PlacePicker* placePicker() const { return m_place; }
    PeopleBreakdownGrid* breakdown() const { return m_breakdown; }
    QUuid savedId() const { return m_savedId; }
    bool save();

private:
    void retranslate();
    void fillTypes();
    void fillFromProject();
    Activity collect(FormReader& reader) const;

    RecordEdits& m_edits;
    const DisplaySettings& m_display;
    QList<ActivityType> m_types;
    Activity m_record;
    bool m_isNew;
    QUuid m_savedId;
    EditorForm* m_form;
    FilterCombo* m_project;
    OrganisationCombo* m_organisation;
    SectorCombo* m_sector;
    FilterCombo* m_type;
    PlacePicker* m_place;
    QLineEdit* m_site;
    DateField* m_start;
    DateField* m_end;
    DateField* m_month;
    TermCombo* m_status;
    TermCombo* m_modality;
    TermCombo* m_population;
    QLineEdit* m_targeted;
    QLineEdit* m_reached;
    PeopleBreakdownGrid* m_breakdown;
    QLineEdit* m_households;
    QLineEdit* m_comments;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
