#pragma once

#include "core/registry/coordination/Coordination.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextEdit;
class QToolButton;

namespace tansiq::ui {

class CoordinationEdits;
class DisplaySettings;
class EditorForm;
class FilterCombo;
class PlacePicker;
class SectorCombo;

// Adds or edits a meeting on four tabs: details (date, working group or a general meeting,
// title, place, venue, chair), attendance (organisations ticked), agenda and minutes (rich
// text: bold, italics, lists), and decisions (one per line, in order), each optionally about a
// sector, a place and a need (gap) chosen under the list. Saved through the undo history;
// refused input is shown above the tabs.
class MeetingEditor : public QDialog {
    Q_OBJECT
public:
    MeetingEditor(CoordinationEdits& edits, const DisplaySettings& display,
        std::optional<Meeting> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* decisions() const { return m_decisions; }
    SectorCombo* decisionSector() const { return m_decisionSector; }
    PlacePicker* decisionPlace() const { return m_decisionPlace; }
    FilterCombo* decisionNeed() const { return m_decisionNeed; }
    bool save();

    // What a decision row holds besides its text.
    enum DecisionRole { IdRole = Qt::UserRole, SectorRole, PlaceRole, NeedRole };

private:
    void retranslate();
    QWidget* buildDecisionsTab(const DisplaySettings& display);
    void addDecision(const MeetingDecision& decision);
    void showDecisionLinks();
    void keepDecisionLinks();

    CoordinationEdits& m_edits;
    Meeting m_record;
    bool m_isNew;
    QTabWidget* m_tabs;
    EditorForm* m_form;
    QLineEdit* m_date;
    QComboBox* m_group;
    QLineEdit* m_title;
    PlacePicker* m_place;
    QLineEdit* m_venue;
    QLineEdit* m_chair;
    QListWidget* m_attendance;
    QPlainTextEdit* m_agenda;
    QTextEdit* m_minutes;
    QToolButton* m_bold;
    QToolButton* m_italic;
    QToolButton* m_list;
    QListWidget* m_decisions;
    QToolButton* m_addDecision;
    QToolButton* m_removeDecision;
    QLabel* m_aboutCaption;
    SectorCombo* m_decisionSector;
    PlacePicker* m_decisionPlace;
    FilterCombo* m_decisionNeed;
    QList<QLabel*> m_linkCaptions;
    bool m_showingLinks = false;
    QLabel* m_agendaCaption;
    QLabel* m_minutesCaption;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
