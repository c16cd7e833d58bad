#pragma once

#include "RecordListPage.h"

namespace tansiq::ui {

class OrganisationModel;
class RegistrationFollowUp;

// The partner organisations: search, add, edit, delete (soft, undoable); partners whose
// registration needs following up are flagged in the list and listed below it.
class OrganisationsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit OrganisationsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("organisations"); }
    QString title() const override { return tr("Organisations"); }
    void refresh() override;
    OrganisationModel* model() const { return m_model; }
    RegistrationFollowUp* followUp() const { return m_followUp; }

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    void editOrganisation(const QUuid& id);

    OrganisationModel* m_model;
    RegistrationFollowUp* m_followUp;
};

}  // namespace tansiq::ui
