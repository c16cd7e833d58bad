#pragma once

#include "registry/coordination/Coordination.h"

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
class PlacePicker;

// Adds or edits a meeting on four tabs: details (date, working group or a general meeting,
// title, place, venue, chair), attendance (organisations ticked), agenda and minutes (rich
// text: bold, italics, lists), and decisions (one per line, in order). Saved through the undo
// history; refused input is shown above the tabs.
class MeetingEditor : public QDialog {
    Q_OBJECT
public:
    MeetingEditor(CoordinationEdits& edits, const DisplaySettings& display,
        std::optional<Meeting> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    QTabWidget* tabs() const { return m_tabs; }
    bool save();

private:
    void retranslate();
    void addDecision(const QString& text);

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
    QLabel* m_agendaCaption;
    QLabel* m_minutesCaption;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
