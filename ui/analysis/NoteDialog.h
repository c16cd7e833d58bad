#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace tansiq::ui {

// Asks why a possible duplication is complementary. The note is required: it is what the next
// coordinator (in this office or another) reads instead of reviewing the group again.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& group, const QString& note, QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);

private:
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace tansiq::ui
