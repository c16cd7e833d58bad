#pragma once

#include "ui/coordination/CoordinationListPage.h"

namespace tansiq::ui {

// Working groups (sector, area, cadence, lead, co-lead and members) with how many action
// points their meetings set are overdue; groups with overdue points stand out, and the
// selected group's overdue points are listed under the table.
class WorkingGroupsPage : public CoordinationListPage {
    Q_OBJECT
public:
    explicit WorkingGroupsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("groups"); }
    QString title() const override { return tr("Working groups"); }
    void refresh() override;

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void showSelected();
};

} // namespace tansiq::ui
