#pragma once

#include "ui/coordination/CoordinationRowsModel.h"
#include "ui/registry/RecordListPage.h"

#include <memory>

class QLabel;

namespace tansiq {
class CoordinationRegistry;
class CoordinationNames;
} // namespace tansiq

namespace tansiq::ui {

class CoordinationEdits;

// The shape of the coordination pages: the registry list page (search, add, edit, delete,
// table, count) over rows whose alerts (overdue action points) stand out, with a line under
// the table that says how many there are.
class CoordinationListPage : public RecordListPage {
    Q_OBJECT
public:
    explicit CoordinationListPage(UiContext& context, QWidget* parent = nullptr);
    ~CoordinationListPage() override;

    CoordinationRowsModel* model() const { return m_model; }
    QLabel* alertLine() const { return m_alert; }

protected:
    // Today as YYYY-MM-DD (overdue means open or in progress with an earlier due date).
    static QString today();
    CoordinationRegistry& coordination();
    CoordinationNames names() const;
    // Shows `text` under the table in dark red, or hides the line when empty.
    void setAlert(const QString& text);
    // Re-reads when one of `tables` changed.
    void followTables(const QStringList& tables);

    CoordinationRowsModel* m_model;
    std::unique_ptr<CoordinationEdits> m_edits;

private:
    std::unique_ptr<CoordinationRegistry> m_coordination;
    QLabel* m_alert;
};

} // namespace tansiq::ui
