#pragma once

#include "core/registry/coordination/Coordination.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace tansiq::ui {

class CoordinationEdits;
class TermCombo;
class DisplaySettings;
class EditorForm;
class OrganisationCombo;
class PlacePicker;
class SectorCombo;

// Adds or edits a working group: names, sector (or cross-sector), area, cadence, the lead and
// co-lead organisations and the members (ticked). Saved through the undo history.
class WorkingGroupEditor : public QDialog {
    Q_OBJECT
public:
    WorkingGroupEditor(CoordinationEdits& edits, const DisplaySettings& display,
        std::optional<WorkingGroup> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    bool save();

private:
    void retranslate();

    CoordinationEdits& m_edits;
    WorkingGroup m_record;
    bool m_isNew;
    EditorForm* m_form;
    QLineEdit* m_nameEn;
    QLineEdit* m_nameAr;
    SectorCombo* m_sector;
    PlacePicker* m_area;
    TermCombo* m_cadence;
    OrganisationCombo* m_lead;
    OrganisationCombo* m_coLead;
    QListWidget* m_members;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
