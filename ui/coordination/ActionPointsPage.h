#pragma once

#include "ui/coordination/CoordinationListPage.h"

class QCheckBox;
class QLabel;

namespace tansiq::ui {

class FilterCombo;

// Action points of every meeting and visit, by due date; overdue ones (open or in progress
// after their due date) in dark red on light red, countable with "Overdue only", and narrowed
// to one responsible organisation (the partners page opens it so).
class ActionPointsPage : public CoordinationListPage {
    Q_OBJECT
public:
    explicit ActionPointsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("actions"); }
    QString title() const override { return tr("Action points"); }
    void refresh() override;
    QCheckBox* overdueOnly() const { return m_overdueOnly; }
    FilterCombo* responsible() const { return m_responsible; }
    // Shows the overdue action points of `orgId` (every organisation's when null).
    void showOverdue(const QUuid& orgId);

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void fillResponsible();

    QCheckBox* m_overdueOnly;
    QLabel* m_responsibleCaption;
    FilterCombo* m_responsible;
};

} // namespace tansiq::ui
