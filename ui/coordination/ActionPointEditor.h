#pragma once

#include "core/registry/coordination/Coordination.h"

#include <QDialog>

class QComboBox;
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

// Adds or edits an action point: what, who, by when, its status (a change is kept in the
// history with a note), the meeting that set it, and optionally a sector and a place. The
// history of status changes is shown, from every office.
class ActionPointEditor : public QDialog {
    Q_OBJECT
public:
    ActionPointEditor(CoordinationEdits& edits, const DisplaySettings& display,
        std::optional<ActionPoint> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    // A new point as the follow-up of `visit`: kept with the visit, at its place.
    void followUp(const MonitoringVisit& visit);
    bool save();

private:
    void retranslate();

    CoordinationEdits& m_edits;
    const DisplaySettings& m_display;
    ActionPoint m_record;
    bool m_isNew;
    EditorForm* m_form;
    QLineEdit* m_text;
    OrganisationCombo* m_org;
    QLineEdit* m_due;
    TermCombo* m_status;
    QLineEdit* m_note;
    QComboBox* m_meeting;
    SectorCombo* m_sector;
    PlacePicker* m_place;
    QListWidget* m_history;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
