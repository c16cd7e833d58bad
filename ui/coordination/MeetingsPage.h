#pragma once

#include "core/registry/Vocabulary.h"
#include "ui/coordination/CoordinationListPage.h"

#include <functional>

class QAction;
class QPushButton;

namespace tansiq::ui {

// Meetings, newest first, with their attendance, decisions and action points; meetings whose
// action points are overdue stand out. "Minutes as PDF" prints the selected meeting's minutes
// in Arabic or English with the bulletin's layout.
class MeetingsPage : public CoordinationListPage {
    Q_OBJECT
public:
    explicit MeetingsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("meetings"); }
    QString title() const override { return tr("Meetings"); }
    void refresh() override;

    // Writes the selected meeting's minutes in `language` to the file the user chooses (through
    // the context's prompts); returns the file or an empty string.
    QString printMinutes(Language language);
    QPushButton* minutesButton() const { return m_minutes; }

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    QPushButton* m_minutes;
    QAction* m_arabic;
    QAction* m_english;
};

} // namespace tansiq::ui
