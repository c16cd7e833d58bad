#pragma once

#include "core/registry/AdminUnit.h"
#include "core/registry/Need.h"
#include "core/registry/Sector.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace tansiq::ui {

class DateField;
class DisplaySettings;
class EditorForm;
class PlacePicker;
class RecordEdits;
class SectorCombo;

// Adds or edits a need: place, sector, severity 1-5, people in need, source and date.
class NeedEditor : public QDialog {
    Q_OBJECT
public:
    NeedEditor(RecordEdits& edits, const DisplaySettings& display, const QList<AdminUnit>& places,
        const QList<Sector>& sectors, std::optional<Need> existing, QWidget* parent = nullptr);

    EditorForm* form() const { return m_form; }
    bool save();

private:
    void retranslate();

    RecordEdits& m_edits;
    Need m_record;
    bool m_isNew;
    EditorForm* m_form;
    PlacePicker* m_place;
    SectorCombo* m_sector;
    QSpinBox* m_severity;
    QLineEdit* m_people;
    QLineEdit* m_source;
    DateField* m_assessedOn;
    QList<QLabel*> m_captions;
};

} // namespace tansiq::ui
