#pragma once

#include "ui/common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace tansiq::ui {

class ActivityTableModel;
class OrganisationCombo;
class SectorCombo;
struct UiContext;

// The 4W table: search (Arabic or English, diacritics ignored), filters by sector,
// organisation, period and the place chosen on the map, sorting by any column; smooth on a
// million activities because filtering and sorting run on the engine's snapshot, off the GUI
// thread (see ActivityTableModel).
class ColumnFitter;

class ActivitiesPage : public Page {
    Q_OBJECT
public:
    explicit ActivitiesPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("activities"); }
    QString title() const override { return tr("Activities (4W)"); }
    void refresh() override;
    bool busy() const override;

    ActivityTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    SectorCombo* sectorFilter() const { return m_sector; }
    void applyFilters(); // now, without waiting for the typing pause
    void addActivity();
    void editActivity(int row);

protected:
    void retranslate() override;

private:
    void removeActivity(int row);
    void updateCount();
    void fillMonths();

    UiContext& m_context;
    ActivityTableModel* m_model;
    QLineEdit* m_search;
    SectorCombo* m_sector;
    OrganisationCombo* m_organisation;
    QComboBox* m_from;
    QComboBox* m_to;
    QLabel* m_place;
    QPushButton* m_clearPlace;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QTableView* m_table;
    QLabel* m_loading;
    QStackedWidget* m_stack;
    QLabel* m_count;
    QTimer* m_typing;
    ColumnFitter* m_columns;
    bool m_sized = false;
};

} // namespace tansiq::ui
