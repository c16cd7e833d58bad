#pragma once

#include "ImportSteps.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tansiq::interop {
class ImportPlanModel;
}

namespace tansiq::ui {

class DisplaySettings;

// Wizard step before anything is written: how many rows create, update, leave alone or
// have errors; the file's own warnings; every row with its problems (errors only on demand);
// and the organisations, places and other names that did not match, with suggestions.
class ImportReviewPage : public QWidget {
    Q_OBJECT
public:
    ImportReviewPage(const DisplaySettings& display, QWidget* parent = nullptr);

    void setPlan(const interop::ImportPlan& plan, ReviewNames names);
    // The label showing the count of rows with `action` (tests read what the user reads).
    QLabel* countLabel(interop::RowAction action) const { return m_counts.value(int(action)); }
    QTableView* rows() const { return m_rows; }
    QTableView* unmatched() const { return m_unmatched; }
    QCheckBox* problemsOnly() const { return m_problemsOnly; }
    QString verdict() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showPlanTexts();

    const DisplaySettings& m_display;
    interop::ImportPlan m_plan;
    QLabel* m_file;
    QHash<int, QLabel*> m_counts;
    QHash<int, QLabel*> m_countNames;
    QLabel* m_fileIssues;
    QCheckBox* m_problemsOnly;
    interop::ImportPlanModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTableView* m_rows;
    QLabel* m_unmatchedTitle;
    QStandardItemModel* m_unmatchedModel;
    QTableView* m_unmatched;
    QLabel* m_verdict;
};

}  // namespace tansiq::ui
