#pragma once

#include "ui/coordination/CoordinationListPage.h"

class QPushButton;

namespace tansiq::ui {

// Monitoring visits to projects and activities, newest first: the project (or activity), the
// place, the visiting organisation, the rating of implementation and the findings, with the
// count of follow-up action points. Visits that found serious problems, or whose follow-up
// is overdue, stand out. "Add follow-up action point" records one for the selected visit.
class MonitoringVisitsPage : public CoordinationListPage {
    Q_OBJECT
public:
    explicit MonitoringVisitsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("visits"); }
    QString title() const override { return tr("Monitoring visits"); }
    void refresh() override;
    QPushButton* followUpButton() const { return m_followUp; }

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void addFollowUp();

    QPushButton* m_followUp;
};

} // namespace tansiq::ui
