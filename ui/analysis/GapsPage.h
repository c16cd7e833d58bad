#pragma once

#include "ui/common/Page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tansiq::engine {
class GapTableModel;
}

namespace tansiq::ui {

class ColumnFitter;
class DigitsProxy;
class GapColours;
struct AnalysisCatalog;
struct UiContext;

// The gap list: every place × sector with an assessed need or an activity, first the ones to
// look at (the formula is written above the list). Filters: sector, admin level, period, only
// severe needs without a partner. Selecting a line chooses its place for the other pages.
class GapsPage : public Page {
    Q_OBJECT
public:
    explicit GapsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("gaps"); }
    QString title() const override { return tr("Gaps"); }
    void refresh() override;
    bool busy() const override { return m_pending > 0; }

    QTableView* table() const { return m_table; }
    const engine::GapTableModel& model() const { return *m_model; }
    QCheckBox* onlyGaps() const { return m_onlyGaps; }
    QComboBox* level() const { return m_level; }

protected:
    void retranslate() override;

private:
    void fillCatalog(const AnalysisCatalog& catalog);
    void selectPlace();

    UiContext& m_context;
    QComboBox* m_sector;
    QComboBox* m_level;
    QComboBox* m_from;
    QComboBox* m_to;
    QCheckBox* m_onlyGaps;
    QLabel* m_formula;
    QLabel* m_summary;
    QList<QLabel*> m_captions;
    QTableView* m_table;
    engine::GapTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    GapColours* m_colours;
    ColumnFitter* m_columns;
    int m_request = 0;
    int m_pending = 0;
};

} // namespace tansiq::ui
