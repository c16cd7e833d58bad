#pragma once

#include "RecordListPage.h"

namespace tansiq::ui {

class OrganisationModel;

// The partner organisations: search, add, edit, delete (soft, undoable).
class OrganisationsPage : public RecordListPage {
    Q_OBJECT
public:
    explicit OrganisationsPage(UiContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("organisations"); }
    QString title() const override { return tr("Organisations"); }
    void refresh() override;
    OrganisationModel* model() const { return m_model; }

protected:
    void addRecord() override;
    void editRecord(int sourceRow) override;
    void removeRecord(int sourceRow) override;
    void retranslate() override;

private:
    OrganisationModel* m_model;
};

}  // namespace tansiq::ui
