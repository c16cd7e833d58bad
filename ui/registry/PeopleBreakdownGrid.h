#pragma once

#include "core/common/Issue.h"
#include "core/registry/PeopleBreakdown.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace tansiq::ui {

class DisplaySettings;

// People by sex and age in the activity editor (issue 14 item 1, decision 0064): girls, boys,
// women, men, elderly women, elderly men (columns) × people targeted, people reached (rows),
// each row ending with the sum of its cells. The totals themselves are the editor's
// "people targeted" / "people reached" fields: while a total is empty it shows the sum it will
// get, and a visible warning says when a total and its breakdown disagree (people::disagrees).
class PeopleBreakdownGrid : public QWidget {
    Q_OBJECT
public:
    PeopleBreakdownGrid(const DisplaySettings& display, QLineEdit* targetedTotal,
        QLineEdit* reachedTotal, QWidget* parent = nullptr);

    void setCells(const people::Cells& targeted, const people::Cells& reached);
    // The cells as typed (Arabic-Indic digits accepted); false with issues when one is not a count.
    bool cells(people::Cells& targeted, people::Cells& reached, Issues& issues) const;

    QLineEdit* cell(bool reached, people::Cell cell) const;
    QLabel* warning() const { return m_warning; }
    QLabel* sum(bool reached) const { return m_sums[reached ? 1 : 0]; }

    // Recomputes the sums, the totals' placeholders and the warning from what is typed.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const DisplaySettings& m_display;
    std::array<QLineEdit*, 2> m_totals;
    std::array<std::array<QLineEdit*, people::kCellCount>, 2> m_cells {}; // [targeted, reached]
    std::array<QLabel*, people::kCellCount> m_heads {};
    std::array<QLabel*, 2> m_rowNames {};
    std::array<QLabel*, 2> m_sums {};
    QLabel* m_sumHead;
    QLabel* m_warning;
};

} // namespace tansiq::ui
