#pragma once

#include "CoordinationListPage.h"
#include "registry/Vocabulary.h"

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

    // Where to write the minutes: asks the user (a save dialog) unless a test answers.
    using PathPrompt = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setPathPrompt(PathPrompt prompt) { m_askPath = std::move(prompt); }
    // Writes the selected meeting's minutes in `language`; returns the file or an empty string.
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
    PathPrompt m_askPath;
};

} // namespace tansiq::ui
