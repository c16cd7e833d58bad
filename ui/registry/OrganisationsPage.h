#pragma once

#include "ui/registry/RecordListPage.h"

class QPushButton;

namespace tansiq::ui {

class OrganisationModel;
class RegistrationFollowUp;

// The partner organisations: search, add, edit, delete (soft, undoable); partners whose
// registration needs following up are flagged in the list and listed below it; partners with
// overdue action points show how many, and "Overdue action points" opens them.
class OrganisationsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit OrganisationsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("organisations"); }
    QString title() const override { return tr("Organisations"); }
    void refresh() override;
    OrganisationModel* model() const { return m_model; }
    RegistrationFollowUp* followUp() const { return m_followUp; }
    QPushButton* overdueButton() const { return m_overdue; }

signals:
    // The overdue action points of an organisation (every organisation's when null).
    void overdueActionsRequested(const QUuid& orgId);

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void editOrganisation(const QUuid& id);
    void showOverdue();

    OrganisationModel* m_model;
    RegistrationFollowUp* m_followUp;
    QPushButton* m_overdue;
    int m_overdueTotal = 0;
};

} // namespace tansiq::ui
