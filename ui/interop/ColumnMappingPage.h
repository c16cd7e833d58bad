#pragma once

#include "core/interop/SheetLayout.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace tansiq::ui {

class ColumnMappingModel;

// Wizard step for files without an HXL hashtag row: which row holds the headers, and for
// each column the 4W field it carries (or "ignore"), with example values from the file.
class ColumnMappingPage : public QWidget {
    Q_OBJECT
public:
    explicit ColumnMappingPage(QWidget* parent = nullptr);

    // `rows`: the first rows of the file; `prefill`: the mapping to start from.
    void setSource(const QList<QStringList>& rows, int headerRow,
        const interop::ColumnMapping& prefill, bool arabic);
    ColumnMappingModel& model() const { return *m_model; }
    QSpinBox* headerRowBox() const { return m_headerRow; }
    QTableView* table() const { return m_table; }
    void setProblem(const QString& text);
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void openEditors();

    ColumnMappingModel* m_model;
    QLabel* m_intro;
    QLabel* m_headerRowLabel;
    QSpinBox* m_headerRow;
    QTableView* m_table;
    QLabel* m_problem;
    QList<QStringList> m_rows;
    interop::ColumnMapping m_prefill;
    bool m_arabic = false;
};

} // namespace tansiq::ui
