#pragma once

#include "ui/interop/ImportSteps.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tansiq::interop {
class ImportPlanModel;
}

namespace tansiq::ui {

class DisplaySettings;
class ValueChoicesPanel;

// Wizard step before anything is written: how many rows create, update, leave alone or
// have errors; the file's own warnings; the reporting month for the whole file (read from
// the title as a proposal, or typed); every row with its problems (errors only on demand);
// and the values that did not match, each to resolve once (ValueChoicesPanel). "Check
// again" plans the file anew with the month and the choices.
class ImportReviewPage : public QWidget {
    Q_OBJECT
public:
    ImportReviewPage(const DisplaySettings& display, QWidget* parent = nullptr);

    void setPlan(const interop::ImportPlan& plan, ReviewNames names);
    // The label showing the count of rows with `action` (tests read what the user reads).
    QLabel* countLabel(interop::RowAction action) const { return m_counts.value(int(action)); }
    QTableView* rows() const { return m_rows; }
    QTableView* unmatched() const;
    ValueChoicesPanel& valueChoices() const { return *m_choices; }
    QLineEdit* monthEdit() const { return m_month; }
    QString month() const; // YYYY-MM typed or proposed; empty to read it from the file
    QPushButton* recheckButton() const { return m_recheck; }
    // True when the month or a choice changed since the plan shown: check again first.
    bool hasPendingChanges() const { return m_pending; }
    void setProblem(const QString& text);
    QCheckBox* problemsOnly() const { return m_problemsOnly; }
    QString verdict() const;

signals:
    void recheckRequested();
    void pendingChanged();

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
    QLabel* m_monthLabel;
    QLineEdit* m_month;
    QLabel* m_monthSource;
    ValueChoicesPanel* m_choices;
    QPushButton* m_recheck;
    QLabel* m_verdict;
    bool m_pending = false;
};

} // namespace tansiq::ui
