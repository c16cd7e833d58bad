#pragma once

#include "CoordinationListPage.h"

class QCheckBox;

namespace tansiq::ui {

// Action points of every meeting and visit, by due date; overdue ones (open or in progress
// after their due date) in dark red on light red, countable with "Overdue only".
class ActionPointsPage : public CoordinationListPage {
    Q_OBJECT
public:
    explicit ActionPointsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("actions"); }
    QString title() const override { return tr("Action points"); }
    void refresh() override;
    QCheckBox* overdueOnly() const { return m_overdueOnly; }

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    QCheckBox* m_overdueOnly;
};

} // namespace tansiq::ui
